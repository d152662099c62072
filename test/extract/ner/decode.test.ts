import { decode, LABELS, spansOf, type Scorer } from '../../../src/extract/ner/tagger.js';
import { prepareDocument } from '../../../src/extract/ner/features.js';

describe('spansOf', () => {
  test.each<[string[], [number, number, string][]]>([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [[0, 2, 'PER'], [3, 4, 'LOC']]],
    [['I-ORG', 'I-ORG', 'O'], [[0, 2, 'ORG']]],
    [['B-PER', 'B-PER'], [[0, 1, 'PER'], [1, 2, 'PER']]],
    [['B-PER', 'I-LOC'], [[0, 1, 'PER'], [1, 2, 'LOC']]],
    [['O', 'I-MISC'], [[1, 2, 'MISC']]],
    [['B-ORG', 'I-ORG', 'I-ORG'], [[0, 3, 'ORG']]],
    [['O', 'O'], []],
    [[], []],
  ])('%j', (tags, expected) => {
    expect(spansOf(tags).map((s) => [s.start, s.end, s.label])).toEqual(expected);
  });

  test('label indices read as their labels', () => {
    expect(spansOf([1, 2, 0, 5])).toEqual(spansOf(['B-PER', 'I-PER', 'O', 'B-LOC']));
  });
});

describe('decode', () => {
  /** A scorer that prefers the labels in `order`, best first, whatever the features. */
  const prefer = (...order: string[]): Scorer => ({
    labels: LABELS,
    add: (_f, _from, _to, out) => order.forEach((l, k) => { out[LABELS.indexOf(l as (typeof LABELS)[number])]! += 10 - k; }),
  });
  const tag = (scorer: Scorer, words: string[]) => decode(scorer, prepareDocument([words]))[0]!.map((t) => LABELS[t]);

  test.each<[string[], string[]]>([
    // An I- tag never starts a name: after O (or at the start) the best allowed label wins.
    [['I-PER', 'B-PER'], ['B-PER', 'I-PER', 'I-PER']],
    [['I-PER', 'O'], ['O', 'O', 'O']],
    // An I- tag only continues a name of its own type.
    [['I-LOC', 'B-ORG', 'O'], ['B-ORG', 'B-ORG', 'B-ORG']],
    [['B-MISC'], ['B-MISC', 'B-MISC', 'B-MISC']],
  ])('preferring %j gives %j', (order, expected) => {
    expect(tag(prefer(...order), ['Ada', 'Lovelace', 'Byron'])).toEqual(expected);
  });

  test('observe sees every token and may override the guess', () => {
    const seen: number[] = [];
    const [tags] = decode(prefer('I-PER', 'B-PER'), prepareDocument([['a', 'b']]), undefined, (_s, t, fixed, _d, guess) => {
      seen.push(t);
      expect(fixed[2]).toBeGreaterThan(fixed[1]);
      return t === 0 ? 0 : guess;
    });
    expect(seen).toEqual([0, 1]);
    expect(tags!.map((t) => LABELS[t])).toEqual(['O', 'B-PER']);
  });
});
