import { decode, spansOf, LABELS, type Scorer } from '../../../src/extract/ner/tagger.js';

describe('spansOf', () => {
  test.each<[string[], [number, number, string][]]>([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [[0, 2, 'PER'], [3, 4, 'LOC']]],
    [['I-ORG', 'I-ORG', 'O'], [[0, 2, 'ORG']]],
    [['B-PER', 'B-PER'], [[0, 1, 'PER'], [1, 2, 'PER']]],
    [['B-PER', 'I-LOC'], [[0, 1, 'PER'], [1, 2, 'LOC']]],
    [['O', 'O'], []],
  ])('%j', (tags, expected) => {
    expect(spansOf(tags).map((s) => [s.start, s.end, s.label])).toEqual(expected);
  });
});

describe('decode', () => {
  // A scorer that always prefers I-PER, then B-PER: decoding must never start a name with I-.
  const scorer: Scorer = {
    labels: LABELS,
    scores: (_f, out) => { out.fill(0); out[LABELS.indexOf('I-PER')] = 2; out[LABELS.indexOf('B-PER')] = 1; return out; },
  };
  test('an I- tag only continues a name of its type', () => {
    const [tags] = decode(scorer, [['Ada', 'Lovelace', 'Byron']]);
    expect(tags).toEqual(['B-PER', 'I-PER', 'I-PER']);
  });
  test('observe sees every token and may override the guess', () => {
    const seen: number[] = [];
    const [tags] = decode(scorer, [['a', 'b']], (_s, t, _f, guess) => { seen.push(t); return t === 0 ? 0 : guess; });
    expect(seen).toEqual([0, 1]);
    expect(tags).toEqual(['O', 'B-PER']);
  });
});
