import {
  casing, documentLabels, documentStats, featureId, isHeadline, MAX_TAG_FEATURES, normalizeToken, prepareDocument, shape, tagFeatures,
  wordInfo, type PreparedSentence,
} from '../../../src/extract/ner/features.js';
import { START_TAG, typeOf } from '../../../src/extract/ner/tagger.js';
import { wordClasses } from '../../../src/extract/ner/word-clusters.js';

/** The fixed features of token i of a prepared sentence. */
const fixedOf = (s: PreparedSentence, i: number) => [...s.fixed.subarray(s.offsets[i]!, s.offsets[i + 1]!)];

describe('shape', () => {
  test.each([
    ['Soleimani', 'Xx'], ['U.S.', 'X.X.'], ['2019', 'd'], ['MQ-9', 'X-d'], ['iPhone', 'xXx'], ['al-Mohandes', 'x-Xx'], ['IRGC', 'X'],
    ['1996-08-22', 'd-d-d'], ['Dept.', 'Xx.'], ["'s", "'x"], ['Zürich', 'Xx'],
  ])('%s -> %s', (word, expected) => expect(shape(word)).toBe(expected));
});

describe('casing', () => {
  test.each([
    ['iran', 'lower'], ['Iran', 'init'], ['IRAN', 'caps'], ['McCain', 'mixed'], ['1996', 'digit'], ['MQ-9', 'alnum-'],
    ['U.S.', 'caps.'], ['Iran-backed', 'init-'], ['al-Mohandes', 'mixed-'], [',', 'other'], ['-', 'other'],
  ])('%s -> %s', (word, expected) => expect(casing(word)).toBe(expected));
});

describe('normalizeToken', () => {
  test.each([['Iran’s', "Iran's"], ['“', '"'], ['—', '-'], ['Shi‘ite', "Shi'ite"], ['Iran', 'Iran']])('%s -> %s', (a, b) => expect(normalizeToken(a)).toBe(b));

  test('typographic and ASCII forms of a word have the same features', () => {
    expect(wordInfo('Iran’s').own).toEqual(wordInfo("Iran's").own);
    expect(wordInfo('Iran–Iraq').own).toEqual(wordInfo('Iran-Iraq').own);
  });
});

describe('isHeadline', () => {
  test.each<[string[], boolean]>([
    [['BAGHDAD', '1996-08-22'], false],
    [['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN'], true],
    [['Germany', 'won', '.'], false],
    [['U.S.', 'troops', 'left'], false],
  ])('%j', (s, expected) => expect(isHeadline(s)).toBe(expected));
});

describe('features of a word alone', () => {
  test.each<[string, [Parameters<typeof featureId>[0], string][]]>([
    ['Soleimani', [['w', 'soleimani'], ['s', 'Xx'], ['case', 'init'], ['p3', 'sol'], ['p4', 'sole'], ['x2', 'ni'], ['x4', 'mani']]],
    ['U.S.', [['w', 'u.s.'], ['s', 'X.X.'], ['case', 'caps.'], ['g', 'country']]],
    ['Iranian', [['g', 'demonym']]],
    ['Baghdad', [['g', 'city']]],
    ['Corp', [['orgsfx', '']]],
  ])('%s', (word, expected) => {
    const own = [...wordInfo(word).own];
    for (const [template, value] of expected) {
      const id = template === 'orgsfx' ? featureId('orgsfx', 1) : featureId(template, value);
      expect(own).toContain(id);
    }
  });

  test('short words have no affixes longer than themselves', () => {
    const own = [...wordInfo('of').own];
    expect(own).toContain(featureId('p1', 'o'));
    expect(own).not.toContain(featureId('p2', 'of'));
  });

  test("the word's classes, whatever its case, and none for a word without one", () => {
    const { fine, coarse } = wordClasses('tuesday');
    expect([...wordInfo('Tuesday').own]).toEqual(expect.arrayContaining([featureId('c', fine), featureId('cc', coarse)]));
    expect([...wordInfo('Qzxwvq').own]).toEqual(expect.arrayContaining([featureId('c', 0), featureId('cc', 0)]));
  });

  test('gazetteer classes need a capital: "turkey" is no country', () => {
    expect([...wordInfo('turkey').own]).not.toContain(featureId('g', 'country'));
    expect([...wordInfo('Turkey').own]).toContain(featureId('g', 'country'));
  });
});

describe('features of a word in context', () => {
  const doc = [['Iran', "'s", 'army', 'met', 'Gen.', 'Smith', 'in', 'New', 'Delhi', '.'], ['The', 'army', 'left', 'Smith', 'behind', '.']];
  const [s] = prepareDocument(doc);

  test.each<[number, [Parameters<typeof featureId>[0], ...(string | number)[]][]]>([
    [5, [['w-1', 'gen.'], ['w+1', 'in'], ['w-2', 'met'], ['w+2', 'new'], ['s-1', 'Xx.'], ['w-1w', 'gen.', 'smith'], ['title-1', 'init'], ['doc-cap', 1]]],
    [0, [['first', 'Xx'], ['w-1', '<s>'], ['w-2', '<s>'], ['g', 'country']]],
    [7, [['g2', 'city']]],
    [8, [['g0', 'city'], ['w+1', '.'], ['w+2', '</s>']]],
    [2, [['w', 'army']]],
    [1, [['orgsfx+1', 'lower']]],
    [0, [['orgsfx+2', 'init']]],
  ])('token %i', (i, expected) => {
    const features = fixedOf(s!, i);
    for (const [template, ...values] of expected) expect(features).toContain(featureId(template, ...values));
  });

  test('only the first word of a sentence gets the first-word feature', () => {
    expect(fixedOf(s!, 5)).not.toContain(featureId('first', 'Xx'));
  });

  test('what the document says of a word elsewhere', () => {
    const stats = documentStats(doc.map((d) => d.map(wordInfo)));
    expect(stats.capitalisedInside.has(wordInfo('Smith').hLower)).toBe(true);
    expect(stats.capitalisedInside.has(wordInfo('The').hLower)).toBe(false);
    expect(stats.lower.has(wordInfo('army').hLower)).toBe(true);
  });

  test('a headline lower-cases its words and says so', () => {
    const [h] = prepareDocument([['IRAN', 'WARNS', 'U.S.']]);
    expect(h!.headline).toBe(true);
    expect(fixedOf(h!, 1)).toEqual(expect.arrayContaining([featureId('hl', 1), featureId('hl|w', 'warns')]));
  });
});

describe('tag features', () => {
  const [s] = prepareDocument([['Smith', 'visited', 'Paris', '.']]);
  const out = new Int32Array(MAX_TAG_FEATURES);

  test('the previous tags are features', () => {
    const k = tagFeatures(s!, 1, 1, START_TAG, undefined, out);
    expect([...out.subarray(0, k)]).toEqual([
      featureId('t-1', 1), featureId('t-2t-1', START_TAG, 1), featureId('t-1w', 1, 'visited'), featureId('t-1s', 1, 'x'), featureId('t-1c', 1, 'lower'),
    ]);
  });

  test("the first pass's labels of the word and its neighbours are features of the second", () => {
    // B-PER on "Smith", B-LOC on "Paris": labels by type (1 = PER, 3 = LOC).
    const labels = documentLabels([s!], [[1, 0, 5, 0]], typeOf);
    expect(labels.get(wordInfo('Smith').hLower)).toBe(1);
    expect(labels.get(wordInfo('Paris').hLower)).toBe(3);
    const k = tagFeatures(s!, 1, 1, START_TAG, labels, out);
    const features = [...out.subarray(0, k)];
    expect(features).toEqual(expect.arrayContaining([featureId('dl-none', 1), featureId('dl-1', 1), featureId('dl+1', 3)]));
  });

  test('the majority label wins', () => {
    const [a, b, c] = prepareDocument([['Jordan', 'said'], ['Jordan', 'won'], ['in', 'Jordan']]);
    const labels = documentLabels([a!, b!, c!], [[1, 0], [1, 0], [0, 5]], typeOf);
    expect(labels.get(wordInfo('Jordan').hLower)).toBe(1);
  });
});
