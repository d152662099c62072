import { parseHeader } from '../../src/extract/document.js';

describe('parseHeader', () => {
  test.each<[string, ReturnType<typeof parseHeader>]>([
    ['date 2020-01-03\nThe strike hit.', { date: '2020-01-03', bodyStart: 16 }],
    [' date 2020-01-03 The strike hit.', { date: '2020-01-03', bodyStart: 17 }],
    ['date 2019-01-23\nGermany bans Mahan Air\n\nText.', { date: '2019-01-23', title: 'Germany bans Mahan Air', bodyStart: 16 }],
    ['date 2019-02-30\nNot a real date.', { bodyStart: 0 }],
    ['No date here.', { bodyStart: 0 }],
  ])('%j', (text, expected) => {
    const got = parseHeader(text);
    expect(got.date).toBe(expected.date);
    expect(got.bodyStart).toBe(expected.bodyStart);
    expect(got.title).toBe(expected.title);
  });
});
