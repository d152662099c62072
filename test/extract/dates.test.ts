import { findDates } from '../../src/extract/dates.js';

const iso = (text: string, date?: string) => findDates(text, 0, text.length, date).map((d) => d.iso);

describe('findDates', () => {
  test.each<[string, string | undefined, string[]]>([
    ['The attack on December 27, 2019 killed one.', undefined, ['2019-12-27']],
    ['The attack on December 27th killed one.', '2020-01-03', ['2019-12-27']],
    ['It happened late on Friday.', '2020-01-03', ['2020-01-03']],
    ['Germany on Monday banned the airline.', '2019-01-23', ['2019-01-21']],
    ['The war began in 2003.', undefined, ['2003']],
    ['The attacks took place this week.', '2020-01-03', ['2020-W01']],
    ['It was signed in March.', '2019-07-08', ['2019-03']],
    ['It was signed in November.', '2019-07-08', ['2018-11']],
    ['He was arrested yesterday.', '2019-05-16', ['2019-05-15']],
    ['In March 2018 the talks failed.', undefined, ['2018-03']],
    // without a document date, nothing is read against the clock
    ['He was arrested yesterday.', undefined, []],
    ['He was arrested last night and charged today.', undefined, []],
    ['It comes one day after a strike.', '2020-01-03', []],
    ['608 troops were killed.', '2020-01-03', []],
    // a year before what it dates; not a count
    ['He is serving a sentence for the 1968 assassination.', '2019-09-03', ['1968']],
    ['The 2000 people fled.', '2019-09-03', []],
    // what is to come looks ahead
    ['The next primary is scheduled for March 3.', '2020-02-23', ['2020-03-03']],
    ['The leaders will meet on Friday.', '2020-02-23', ['2020-02-28']],
    ['Elections are expected to take place in January.', '2019-11-20', ['2020-01']],
    ['The ferry is due to sail on Monday.', '2021-06-10', ['2021-06-14']],
    // "due to" that says why looks back
    ['The league halted play on Monday due to the storm.', '2021-06-10', ['2021-06-07']],
    // a lower-case "march" or "may" is a verb
    ['Thousands march in London and may return.', '2020-02-23', []],
    // a duration is no date
    ['Meri won 49 in a second vote earlier on Tuesday.', '1996-08-27', ['1996-08-27']],
    ['The ship had been missing for 59 days.', '2019-01-10', []],
    // a day or a week counted back from the report; "last" a weekday before the report's own
    ['The bridge fell two days ago.', '2021-06-10', ['2021-06-08']],
    ['The bridge fell a week ago.', '2021-06-10', ['2021-W22']],
    ['The bridge fell last Thursday.', '2021-06-10', ['2021-06-03']],
    ['The bridge fell on Thursday.', '2021-06-10', ['2021-06-10']],
    // the present is no day of an event
    ['Prices are higher now than four years ago.', '2021-06-10', []],
  ])('%s (document date %s)', (text, date, expected) => {
    expect(iso(text, date)).toEqual(expected);
  });

  test('offsets cover the expression', () => {
    const text = 'Talks ended on January 3, 2020 in Geneva.';
    const [d] = findDates(text, 0, text.length);
    expect(text.slice(d!.start, d!.end)).toBe('January 3, 2020');
  });
});
