import { documentLabels, documentStats, isHeadline, normalizeToken, shape, tokenFeatures } from '../../../src/extract/ner/features.js';

describe('shape', () => {
  test.each([
    ['Soleimani', 'Xx'], ['U.S.', 'X.X.'], ['2019', 'd'], ['MQ-9', 'X-d'], ['iPhone', 'xXx'], ['al-Mohandes', 'x-Xx'], ['IRGC', 'X'],
  ])('%s -> %s', (word, expected) => expect(shape(word)).toBe(expected));
});

describe('normalizeToken', () => {
  test.each([['Iran’s', "Iran's"], ['“', '"'], ['—', '-'], ['Shi‘ite', "Shi'ite"]])('%s -> %s', (a, b) => expect(normalizeToken(a)).toBe(b));
});

describe('isHeadline', () => {
  test.each<[string[], boolean]>([
    [['BAGHDAD', '1996-08-22'], false],
    [['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN'], true],
    [['Germany', 'won', '.'], false],
  ])('%j', (s, expected) => expect(isHeadline(s)).toBe(expected));
});

describe('tokenFeatures', () => {
  const sentence = ['Iran', "'s", 'army', 'met', 'Gen.', 'Smith', 'in', 'Baghdad', '.'];
  const lowers = sentence.map((w) => w.toLowerCase());
  const stats = documentStats([sentence, ['The', 'army', 'left', 'Smith', 'behind', '.']]);
  const f = (i: number, prev = 'O') => tokenFeatures(sentence, lowers, i, prev, 'O', false, stats);

  test('word, shape, affixes and neighbours', () => {
    expect(f(5)).toEqual(expect.arrayContaining(['w=smith', 's=Xx', 'p2=sm', 'x3=ith', 'w-1=gen.', 'w+1=in', 'title-1']));
  });
  test('the first word of a sentence is marked', () => {
    expect(f(0).some((x) => x.startsWith('first|'))).toBe(true);
    expect(f(5).some((x) => x.startsWith('first|'))).toBe(false);
  });
  test('gazetteer membership', () => {
    expect(f(0)).toContain('g=country');
    expect(f(7)).toContain('g=city');
  });
  test('the previous tag is a feature', () => {
    expect(f(6, 'B-PER')).toContain('t-1=B-PER');
  });
  test('what the document says of the word elsewhere', () => {
    expect(stats.capitalisedInside.has('smith')).toBe(true);
    expect(stats.lower.has('army')).toBe(true);
  });
  test('first-pass labels become features of the second pass', () => {
    const labels = documentLabels([sentence], [['B-LOC', 'O', 'O', 'O', 'O', 'B-PER', 'O', 'B-LOC', 'O']]);
    expect(labels.get('smith')).toBe('PER');
    expect(tokenFeatures(sentence, lowers, 5, 'O', 'O', false, stats, labels)).toContain('dl=PER');
  });
});
