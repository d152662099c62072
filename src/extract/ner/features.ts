// Features of a token for the entity tagger: the word and its shape, affixes, casing, its
// neighbours, gazetteer membership, and what the document says about the word elsewhere.
import { PERSON_TITLES, ORG_SUFFIXES } from '../lexicon/titles.js';
import { cityCountry, countryName, countryOfDemonym, isGivenName, isRegion } from '../lexicon/gazetteer.js';

/** The entity type the first pass gave most often to each capitalised word of a document, or "O". */
export function documentLabels(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  sentences.forEach((words, s) => {
    words.forEach((raw, i) => {
      const w = normalizeToken(raw);
      if (!/^\p{Lu}/u.test(w)) return;
      const tag = tags[s]![i]!;
      const type = tag === 'O' ? 'O' : tag.slice(2);
      const lw = w.toLowerCase();
      const c = counts.get(lw) ?? new Map<string, number>();
      c.set(type, (c.get(type) ?? 0) + 1);
      counts.set(lw, c);
    });
  });
  const out = new Map<string, string>();
  for (const [w, c] of counts) {
    const best = [...c.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    out.set(w, best[0]);
  }
  return out;
}

/** What the document says about each lower-cased word: seen in lower case, seen capitalised mid-sentence. */
export interface DocumentStats {
  lower: ReadonlySet<string>;
  capitalisedInside: ReadonlySet<string>;
}

/** Normalises typography so news text and CoNLL's ASCII read the same. */
export function normalizeToken(token: string): string {
  return token.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑‒–—―]/g, '-');
}

/** The word's shape with runs collapsed: "Soleimani" -> "Xx", "U.S." -> "X.X.", "2019" -> "d", "MQ-9" -> "X-d". */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export function documentStats(sentences: readonly (readonly string[])[]): DocumentStats {
  const lower = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const s of sentences) {
    const headline = isHeadline(s);
    s.forEach((raw, i) => {
      const w = normalizeToken(raw);
      if (/^\p{Ll}/u.test(w)) lower.add(w);
      else if (i > 0 && !headline && /^\p{Lu}/u.test(w) && !/^["'(\-]$/.test(s[i - 1] ?? '')) capitalisedInside.add(w.toLowerCase());
    });
  }
  return { lower, capitalisedInside };
}

/** A sentence in capitals (headlines, datelines): casing says nothing there. */
export function isHeadline(sentence: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const t of sentence) {
    if (!/\p{L}/u.test(t)) continue;
    letters++;
    if (t === t.toUpperCase()) upper++;
  }
  return letters >= 2 && upper / letters > 0.8;
}

const gazetteerCache = new Map<string, string | null>();

function gazetteerTag(word: string): string | undefined {
  let tag = gazetteerCache.get(word);
  if (tag === undefined) {
    tag = lookUpGazetteer(word) ?? null;
    if (gazetteerCache.size > 200000) gazetteerCache.clear();
    gazetteerCache.set(word, tag);
  }
  return tag ?? undefined;
}

function lookUpGazetteer(word: string): string | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  if (countryName(word)) return 'country';
  if (countryOfDemonym(word)) return 'demonym';
  if (cityCountry(word)) return 'city';
  if (isRegion(word)) return 'region';
  return undefined;
}

/** A sentence ready for feature extraction: normalised words, their lower-case forms and shapes. */
export interface PreparedSentence {
  words: string[];
  lowers: string[];
  shapes: string[];
  headline: boolean;
  /** The features of each token that do not depend on the tags (computed once for both passes). */
  fixed: string[][];
}

/** Prepares a document's sentences: everything about each token that decoding does not change. */
export function prepareDocument(sentences: readonly (readonly string[])[]): PreparedSentence[] {
  const stats = documentStats(sentences);
  return sentences.map((raw) => {
    const words = raw.map(normalizeToken);
    const lowers = words.map((w) => w.toLowerCase());
    const shapes = words.map(shape);
    const prepared: PreparedSentence = { words, lowers, shapes, headline: isHeadline(words), fixed: [] };
    prepared.fixed = words.map((_, i) => fixedFeatures(prepared, i, stats));
    return prepared;
  });
}

/** Features of token i that do not depend on the tags before it. */
function fixedFeatures(s: PreparedSentence, i: number, stats: DocumentStats): string[] {
  const { words, lowers, shapes, headline } = s;
  const w = words[i]!;
  const lw = lowers[i]!;
  const sh = shapes[i]!;
  const at = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : lowers[k]!);
  const shapeAt = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : shapes[k]!);
  const f: string[] = [
    'b',
    `w=${lw}`,
    `s=${sh}`,
    `p1=${lw.slice(0, 1)}`, `p2=${lw.slice(0, 2)}`, `p3=${lw.slice(0, 3)}`,
    `x1=${lw.slice(-1)}`, `x2=${lw.slice(-2)}`, `x3=${lw.slice(-3)}`, `x4=${lw.slice(-4)}`,
    `w-1=${at(i - 1)}`, `w+1=${at(i + 1)}`, `w-2=${at(i - 2)}`, `w+2=${at(i + 2)}`,
    `s-1=${shapeAt(i - 1)}`, `s+1=${shapeAt(i + 1)}`,
    `s-1s+1=${shapeAt(i - 1)}|${sh}|${shapeAt(i + 1)}`,
    `w-1w=${at(i - 1)}|${lw}`, `ww+1=${lw}|${at(i + 1)}`,
  ];
  // The first word of a sentence or of a quotation is capitalised whatever it is.
  if (i === 0 || /^["(\-]$/.test(words[i - 1]!)) f.push(`first|${sh}`);
  if (headline) f.push('hl', `hl|w=${lw}`);
  else if (/^\p{Lu}/u.test(w)) {
    // Casing is informative: is the word a common word elsewhere in this document?
    if (stats.lower.has(lw)) f.push('doc-lower');
    if (stats.capitalisedInside.has(lw)) f.push('doc-cap');
  } else if (stats.capitalisedInside.has(lw)) f.push('doc-cap-here-lower');
  if (headline && stats.capitalisedInside.has(lw)) f.push('hl|doc-cap');
  const g = gazetteerTag(w) ?? (headline ? gazetteerTag(titleCase(w)) : undefined);
  if (g) f.push(`g=${g}`);
  if (i + 1 < words.length) {
    const g2 = gazetteerTag(`${w} ${words[i + 1]}`);
    if (g2) f.push(`g2=${g2}`);
  }
  if (i > 0) {
    const g0 = gazetteerTag(`${words[i - 1]} ${w}`);
    if (g0) f.push(`g0=${g0}`);
  }
  if (isGivenName(titleCase(w))) f.push('gn');
  if (i > 0 && isGivenName(titleCase(words[i - 1]!))) f.push('gn-1');
  if (PERSON_TITLES.has(at(i - 1))) f.push('title-1');
  if (ORG_SUFFIXES.has(at(i + 1)) || ORG_SUFFIXES.has(at(i + 2))) f.push('orgsfx+');
  if (ORG_SUFFIXES.has(lw)) f.push('orgsfx');
  return f;
}

/**
 * Features of token i that depend on the tags already given to the tokens before it (greedy
 * left-to-right decoding) and, in the second pass, on the first pass's reading of the document.
 */
export function tagFeatures(s: PreparedSentence, i: number, prev: string, prev2: string, docLabels?: ReadonlyMap<string, string>): string[] {
  const lw = s.lowers[i]!;
  const f = [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1w=${prev}|${lw}`, `t-1s=${prev}|${s.shapes[i]}`];
  if (docLabels) {
    const dl = docLabels.get(lw);
    if (dl) f.push(`dl=${dl}`, `dl=${dl}|${prev}`);
    else f.push('dl-none');
  }
  return f;
}

/** All features of token i (fixed and tag-dependent), for tests and inspection. */
export function tokenFeatures(words: readonly string[], _lowers: readonly string[], i: number, prev: string, prev2: string,
  _headline: boolean, stats: DocumentStats, docLabels?: ReadonlyMap<string, string>): string[] {
  const prepared = { words: [...words], lowers: words.map((w) => w.toLowerCase()), shapes: words.map(shape), headline: isHeadline(words), fixed: [] };
  return [...fixedFeatures(prepared, i, stats), ...tagFeatures(prepared, i, prev, prev2, docLabels)];
}

function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}
