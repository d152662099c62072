// Features of a token for the entity tagger: the word and its shape, affixes, casing, class, its
// neighbours, gazetteer membership, and what the document says about the word elsewhere.
//
// A feature is a 32-bit hash of its template and values, never a string: everything about a word
// type (its lower case, shape, affixes, gazetteer entries) is computed once and cached, and the
// features of a token are integers mixed from those hashes, so tagging allocates almost nothing.
// `featureId` computes the same hash from strings, for tests and inspection.
import { MODEL_TITLES, ORG_SUFFIXES } from '../lexicon/titles.js';
import { wordClasses } from './word-clusters.js';
import { cityCountry, countryName, countryOfDemonym, isGivenName, isRegion, mayBeginPlaceName } from '../lexicon/gazetteer.js';

/** Every feature template, in a fixed order: a template's index is part of its features' hashes. */
export const TEMPLATES = [
  'bias', 'w', 's', 'case', 'p1', 'p2', 'p3', 'p4', 'x1', 'x2', 'x3', 'x4',
  'w-1', 'w+1', 'w-2', 'w+2', 's-1', 's+1', 's-2', 's+2', 's-1ss+1', 'w-1w', 'ww+1', 'w-1s', 'sw+1',
  'first', 'hl', 'hl|w', 'doc-lower', 'doc-cap', 'doc-cap-lower', 'hl|doc-cap',
  'g', 'g2', 'g0', 'gn', 'gn-1', 'gn+1', 'title-1', 'orgsfx', 'orgsfx+1', 'orgsfx+2',
  't-1', 't-2t-1', 't-1w', 't-1s', 't-1c', 'dl', 'dl|t-1', 'dl-none', 'dl-1', 'dl+1',
  'c', 'cc',
] as const;
export type Template = (typeof TEMPLATES)[number];
const T = Object.fromEntries(TEMPLATES.map((t, i) => [t, Math.imul(i + 1, 0x9e3779b1)])) as Record<Template, number>;

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** One round of MurmurHash3's body: folds k into h. */
function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser; never 0, which the model's hash table keeps for empty slots. */
function fin(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h | 0;
}

const f1 = (t: number, a: number) => fin(mix(t, a));
const f2 = (t: number, a: number, b: number) => fin(mix(mix(t, a), b));
const f3 = (t: number, a: number, b: number, c: number) => fin(mix(mix(mix(t, a), b), c));

/**
 * The feature a template gives for values, as strings (word values are lower-cased by the caller)
 * or as numbers (tag indices). For tests and inspection: `featureId('w-1', 'gen.')`.
 */
export function featureId(template: Template, ...values: (string | number)[]): number {
  let h = T[template];
  for (const v of values) h = mix(h, typeof v === 'number' ? v : hashString(v));
  return fin(h);
}

/** Normalises typography so news text and CoNLL's ASCII read the same. */
export function normalizeToken(token: string): string {
  return /[’‘`“”‐‑‒–—―]/.test(token)
    ? token.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑‒–—―]/g, '-')
    : token;
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

/** The casing class of a word: "lower", "init", "caps", "mixed", "digit", "alnum" or "other", and "-"/"." when it has them. */
export function casing(word: string): string {
  const letters = /\p{L}/u.test(word);
  const digits = /\p{N}/u.test(word);
  let c: string;
  if (letters && digits) c = 'alnum';
  else if (digits) c = 'digit';
  else if (!letters) c = 'other';
  else if (!/\p{Lu}/u.test(word)) c = 'lower';
  else if (!/\p{Ll}/u.test(word)) c = 'caps';
  else if (/^\p{Lu}[^\p{Lu}]*$/u.test(word)) c = 'init';
  else c = 'mixed';
  if (word.length > 1 && word.includes('-')) c += '-';
  if (word.length > 1 && word.includes('.')) c += '.';
  return c;
}

/** Everything about a word type that does not depend on its context, computed once per type. */
export interface WordInfo {
  /** The token with typography normalised. */
  text: string;
  lower: string;
  shape: string;
  hLower: number;
  hShape: number;
  /** The hash of the word's casing class. */
  hCase: number;
  /** Starts with a capital / a lower-case letter; has a letter; has no lower-case letter. */
  upperInitial: boolean;
  lowerInitial: boolean;
  hasLetter: boolean;
  noLower: boolean;
  /** Opens a quotation or aside: the next word is capitalised whatever it is. */
  opener: boolean;
  givenName: boolean;
  personTitle: boolean;
  orgSuffix: boolean;
  /** The hash of the word's gazetteer class ("country", "city", ...), or 0. */
  gazetteer: number;
  /** Whether a gazetteer name of several words may begin with the word ("New", "South"). */
  beginsPlaceName: boolean;
  /** The features of the word alone: itself, shape, casing, affixes, gazetteer, word classes. */
  own: Int32Array;
}

const words = new Map<string, WordInfo>();
const PREFIXES = [T.p1, T.p2, T.p3, T.p4];
const SUFFIXES = [T.x1, T.x2, T.x3, T.x4];

/** The cached facts about a token. */
export function wordInfo(token: string): WordInfo {
  let info = words.get(token);
  if (info) return info;
  if (words.size > 500000) words.clear();
  const text = normalizeToken(token);
  const lower = text.toLowerCase();
  const sh = shape(text);
  const hLower = hashString(lower);
  const hCase = hashString(casing(text));
  const upperInitial = /^\p{Lu}/u.test(text);
  const gazetteer = upperInitial ? gazetteerClass(text) : 0;
  const givenName = upperInitial && isGivenName(titleCase(text));
  const orgSuffix = ORG_SUFFIXES.has(lower);
  const own = [T.bias, f1(T.w, hLower), f1(T.s, hashString(sh)), f1(T.case, hCase)];
  // affixes of 1 to 4 characters, each shorter than the word (but always the first and last character)
  const affixes = Math.max(1, Math.min(4, lower.length - 1));
  for (let n = 1; n <= affixes; n++) own.push(f1(PREFIXES[n - 1]!, hashString(lower.slice(0, n))));
  for (let n = 1; n <= affixes; n++) own.push(f1(SUFFIXES[n - 1]!, hashString(lower.slice(-n))));
  if (gazetteer) own.push(f1(T.g, gazetteer));
  if (givenName) own.push(f1(T.gn, 1));
  if (orgSuffix) own.push(f1(T.orgsfx, 1));
  // its fine and coarse class (0 for none: a rare word is a sign too)
  const classes = wordClasses(lower);
  own.push(f1(T.c, classes.fine), f1(T.cc, classes.coarse));
  info = {
    text, lower, shape: sh, hLower, hShape: hashString(sh), hCase,
    upperInitial, lowerInitial: /^\p{Ll}/u.test(text), hasLetter: /\p{L}/u.test(text), noLower: !/\p{Ll}/u.test(text),
    opener: /^["'(\-]$/.test(text), givenName, personTitle: MODEL_TITLES.has(lower), orgSuffix, gazetteer,
    beginsPlaceName: upperInitial && mayBeginPlaceName(text),
    own: Int32Array.from(own),
  };
  words.set(token, info);
  return info;
}

const GAZETTEER_CLASSES = { country: hashString('country'), demonym: hashString('demonym'), city: hashString('city'), region: hashString('region') };

/** The gazetteer class of a capitalised name of one or more words, as a hash, or 0. */
function gazetteerClass(name: string): number {
  if (countryName(name)) return GAZETTEER_CLASSES.country;
  if (countryOfDemonym(name)) return GAZETTEER_CLASSES.demonym;
  if (cityCountry(name)) return GAZETTEER_CLASSES.city;
  if (isRegion(name)) return GAZETTEER_CLASSES.region;
  return 0;
}

const pairs = new Map<string, number>();

/** The gazetteer class of two capitalised words together ("New Delhi", "Middle East"), or 0. */
function pairClass(a: WordInfo, b: WordInfo): number {
  if (!a.upperInitial || !b.upperInitial || !a.beginsPlaceName) return 0;
  const name = `${a.text} ${b.text}`;
  let c = pairs.get(name);
  if (c === undefined) {
    if (pairs.size > 200000) pairs.clear();
    c = gazetteerClass(name);
    pairs.set(name, c);
  }
  return c;
}

/** A sentence in capitals (headlines, datelines): casing says nothing there. */
export function isHeadline(sentence: readonly (string | WordInfo)[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const t of sentence) {
    const w = typeof t === 'string' ? wordInfo(t) : t;
    if (!w.hasLetter) continue;
    letters++;
    if (w.noLower) upper++;
  }
  return letters >= 2 && upper / letters > 0.8;
}

/** A sentence ready for tagging: its words, and the features of each token that do not depend on the tags. */
export interface PreparedSentence {
  words: WordInfo[];
  headline: boolean;
  /** Token i's fixed features are fixed[offsets[i]] up to fixed[offsets[i + 1]]. */
  fixed: Int32Array;
  offsets: Int32Array;
}

/** What the document says about each word (by its lower-case hash): seen in lower case, seen capitalised mid-sentence. */
export interface DocumentStats {
  lower: ReadonlySet<number>;
  capitalisedInside: ReadonlySet<number>;
}

export function documentStats(sentences: readonly (readonly WordInfo[])[]): DocumentStats {
  const lower = new Set<number>();
  const capitalisedInside = new Set<number>();
  for (const s of sentences) {
    const headline = isHeadline(s);
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      if (w.lowerInitial) lower.add(w.hLower);
      else if (i > 0 && !headline && w.upperInitial && !s[i - 1]!.opener) capitalisedInside.add(w.hLower);
    }
  }
  return { lower, capitalisedInside };
}

const START = hashString('<s>');
const END = hashString('</s>');

/** Prepares a document's sentences: everything about each token that decoding does not change. */
export function prepareDocument(sentences: readonly (readonly string[])[]): PreparedSentence[] {
  const infos = sentences.map((s) => s.map(wordInfo));
  const stats = documentStats(infos);
  const buffer: number[] = [];
  return infos.map((ws) => {
    const headline = isHeadline(ws);
    const offsets = new Int32Array(ws.length + 1);
    buffer.length = 0;
    for (let i = 0; i < ws.length; i++) {
      offsets[i] = buffer.length;
      fixedFeatures(ws, i, headline, stats, buffer);
    }
    offsets[ws.length] = buffer.length;
    return { words: ws, headline, fixed: Int32Array.from(buffer), offsets };
  });
}

/** Appends the features of token i that do not depend on the tags. */
function fixedFeatures(ws: readonly WordInfo[], i: number, headline: boolean, stats: DocumentStats, out: number[]): void {
  const w = ws[i]!;
  const n = ws.length;
  const prev = i > 0 ? ws[i - 1] : undefined;
  const next = i + 1 < n ? ws[i + 1] : undefined;
  const lw = w.hLower;
  const l1 = prev ? prev.hLower : START;
  const r1 = next ? next.hLower : END;
  const l2 = i > 1 ? ws[i - 2]!.hLower : START;
  const r2 = i + 2 < n ? ws[i + 2]!.hLower : END;
  const s1 = prev ? prev.hShape : START;
  const sr1 = next ? next.hShape : END;
  for (const f of w.own) out.push(f);
  out.push(
    f1(T['w-1'], l1), f1(T['w+1'], r1), f1(T['w-2'], l2), f1(T['w+2'], r2),
    f1(T['s-1'], s1), f1(T['s+1'], sr1),
    f1(T['s-2'], i > 1 ? ws[i - 2]!.hShape : START), f1(T['s+2'], i + 2 < n ? ws[i + 2]!.hShape : END),
    f3(T['s-1ss+1'], s1, w.hShape, sr1),
    f2(T['w-1w'], l1, lw), f2(T['ww+1'], lw, r1), f2(T['w-1s'], l1, w.hShape), f2(T['sw+1'], w.hShape, r1),
  );
  // The first word of a sentence or of a quotation is capitalised whatever it is.
  if (!prev || prev.opener) out.push(f1(T.first, w.hShape));
  if (headline) {
    out.push(f1(T.hl, 1), f1(T['hl|w'], lw));
    if (stats.capitalisedInside.has(lw)) out.push(f1(T['hl|doc-cap'], 1));
  } else if (w.upperInitial) {
    // Casing is informative: is the word a common word elsewhere in this document?
    if (stats.lower.has(lw)) out.push(f1(T['doc-lower'], 1));
    if (stats.capitalisedInside.has(lw)) out.push(f1(T['doc-cap'], 1));
  } else if (stats.capitalisedInside.has(lw)) out.push(f1(T['doc-cap-lower'], 1));
  if (next) {
    const g = pairClass(w, next);
    if (g) out.push(f1(T.g2, g));
  }
  if (prev) {
    const g = pairClass(prev, w);
    if (g) out.push(f1(T.g0, g));
  }
  if (prev?.givenName) out.push(f1(T['gn-1'], 1));
  if (next?.givenName) out.push(f1(T['gn+1'], 1));
  // A title or an organisation's suffix nearby says more about a capitalised word than another.
  if (prev?.personTitle) out.push(f1(T['title-1'], w.hCase));
  if (next?.orgSuffix) out.push(f1(T['orgsfx+1'], w.hCase));
  if (i + 2 < n && ws[i + 2]!.orgSuffix) out.push(f1(T['orgsfx+2'], w.hCase));
}

/** Entity types of the first pass's document labels: 0 for none, then PER, ORG, LOC, MISC as tag indices give them. */
export type DocumentLabels = ReadonlyMap<number, number>;

/**
 * Writes into `out` the features of token i that depend on the tags already given to the tokens
 * before it (greedy left-to-right decoding) and, in the second pass, on the first pass's reading
 * of the document; returns how many. Tags are label indices; `START_TAG` before the sentence.
 */
export function tagFeatures(s: PreparedSentence, i: number, prev: number, prev2: number, docLabels: DocumentLabels | undefined, out: Int32Array): number {
  const w = s.words[i]!;
  out[0] = f1(T['t-1'], prev);
  out[1] = f2(T['t-2t-1'], prev2, prev);
  out[2] = f2(T['t-1w'], prev, w.hLower);
  out[3] = f2(T['t-1s'], prev, w.hShape);
  out[4] = f2(T['t-1c'], prev, w.hCase);
  if (!docLabels) return 5;
  let k = 5;
  const dl = docLabels.get(w.hLower);
  if (dl !== undefined) {
    out[k++] = f1(T.dl, dl);
    out[k++] = f2(T['dl|t-1'], dl, prev);
  } else out[k++] = f1(T['dl-none'], 1);
  const before = i > 0 ? docLabels.get(s.words[i - 1]!.hLower) : undefined;
  if (before !== undefined) out[k++] = f1(T['dl-1'], before);
  const after = i + 1 < s.words.length ? docLabels.get(s.words[i + 1]!.hLower) : undefined;
  if (after !== undefined) out[k++] = f1(T['dl+1'], after);
  return k;
}

/** Room `tagFeatures` needs. */
export const MAX_TAG_FEATURES = 9;

/**
 * The entity type the first pass gave most often to each capitalised word of a document (0 for
 * none, else the type as `typeOf` gives it), keyed by the word's lower-case hash. A word where
 * casing says something (not first in its sentence, not in a headline) counts twice, and a tie
 * goes to a name: a name is often first in a sentence, where the first pass is least sure.
 */
export function documentLabels(sentences: readonly PreparedSentence[], tags: readonly (readonly number[])[], typeOf: (tag: number) => number): Map<number, number> {
  const counts = new Map<number, number[]>();
  sentences.forEach((s, si) => {
    s.words.forEach((w, i) => {
      if (!w.upperInitial) return;
      let c = counts.get(w.hLower);
      if (!c) counts.set(w.hLower, (c = [0, 0, 0, 0, 0]));
      c[typeOf(tags[si]![i]!)]! += i === 0 || s.headline || s.words[i - 1]!.opener ? 1 : 2;
    });
  });
  const out = new Map<number, number>();
  for (const [w, c] of counts) {
    let best = 0;
    for (let k = 1; k < c.length; k++) if (c[k]! > c[best]! || (best === 0 && c[k]! === c[0]!)) best = k;
    out.set(w, best);
  }
  return out;
}

function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}
