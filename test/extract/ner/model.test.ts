// The shipped model on sentences written for this test (not from CoNLL or any given article).
import { loadTagger, type EntityLabel } from '../../../src/extract/ner/tagger.js';

const tagger = loadTagger();

/** Entities as "text/LABEL". */
function entities(sentence: string): string[] {
  const tokens = sentence.split(' ');
  const [spans] = tagger.tagDocument([tokens]);
  return spans!.map((s) => `${tokens.slice(s.start, s.end).join(' ')}/${s.label satisfies EntityLabel}`);
}

describe('the shipped entity model', () => {
  test.each<[string, string[]]>([
    ['Angela Merkel met Emmanuel Macron in Paris on Tuesday .', ['Angela Merkel/PER', 'Emmanuel Macron/PER', 'Paris/LOC']],
    ['Shares of Toyota Motor Corp fell in Tokyo .', ['Toyota Motor Corp/ORG', 'Tokyo/LOC']],
    ['The United Nations said aid convoys would reach Syria next week .', ['United Nations/ORG', 'Syria/LOC']],
    ['Police in Nairobi arrested two Kenyan men on Friday , a spokesman said .', ['Nairobi/LOC', 'Kenyan/MISC']],
    ['“ We will not back down , ” Prime Minister Justin Trudeau told reporters in Ottawa .', ['Justin Trudeau/PER', 'Ottawa/LOC']],
    ['Iran ’s foreign ministry summoned the British ambassador .', ['Iran/LOC', 'British/MISC']],
    ['Microsoft said it would buy the startup for $ 2 billion .', ['Microsoft/ORG']],
    ['The weather was mild and the markets were quiet .', []],
  ])('%s', (sentence, expected) => expect(entities(sentence)).toEqual(expected));

  test('one list of spans per sentence, empty for empty sentences', () => {
    const spans = tagger.tagDocument([['Berlin', 'is', 'large', '.'], [], ['It', 'rained', '.']]);
    expect(spans).toHaveLength(3);
    expect(spans[0]).toEqual([{ start: 0, end: 1, label: 'LOC' }]);
    expect(spans[1]).toEqual([]);
    expect(spans[2]).toEqual([]);
    expect(tagger.tagDocument([])).toEqual([]);
  });

  test('the document helps: a name tagged once is tagged the same elsewhere', () => {
    const doc = [
      'Jacinda Ardern said on Monday the budget would pass .'.split(' '),
      'Ardern added that talks would continue .'.split(' '),
    ];
    const spans = tagger.tagDocument(doc);
    expect(spans[1]).toEqual([{ start: 0, end: 1, label: 'PER' }]);
  });

  test('the model is loaded once', () => {
    expect(loadTagger()).toBe(tagger);
  });
});
