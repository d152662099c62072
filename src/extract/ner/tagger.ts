// The entity tagger: greedy left-to-right decoding of BIO tags with the trained perceptron,
// over whole documents, in two passes: the second sees what the first made of each word
// elsewhere in the document.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TrainedModels, type Scorer } from './perceptron.js';
import { documentLabels, MAX_TAG_FEATURES, prepareDocument, tagFeatures, type DocumentLabels, type PreparedSentence, type WordInfo } from './features.js';
import { InputError } from '../../model/errors.js';

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';
/**
 * Token indices in the sentence, end exclusive. `firm`: the label was given by what the sentence
 * says of the name ("rock band X", "X, a firm that"), which outweighs the model's other readings.
 */
export interface TokenSpan { start: number; end: number; label: EntityLabel; firm?: boolean }

export interface Tagger {
  /** Tags every sentence of one document (sentences as arrays of token strings); returns entity spans per sentence. */
  tagDocument(sentences: readonly (readonly string[])[]): TokenSpan[][];
}

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
/** The tag index that stands before a sentence's first token. */
export const START_TAG = LABELS.length;
/** A label's entity type: 0 for O, else 1 + its index in TYPES. */
export const typeOf = (tag: number): number => (tag + 1) >> 1;
/** BIO: an I- tag only continues a name of its own type. ALLOWED[prev * LABELS.length + tag]. */
const ALLOWED = Uint8Array.from({ length: (LABELS.length + 1) * LABELS.length }, (_, k) => {
  const prev = Math.floor(k / LABELS.length);
  const tag = k % LABELS.length;
  return tag === 0 || tag % 2 === 1 || (prev < LABELS.length && typeOf(prev) === typeOf(tag)) ? 1 : 0;
});

export const DEFAULT_MODEL = fileURLToPath(new URL('../../../models/ner.bin.gz', import.meta.url));

export { type Scorer };

/** Sees each token's features and the decoder's guess (training); returns the tag to go on with. */
export type Observer = (sentence: number, token: number, fixed: [Int32Array, number, number], dynamic: [Int32Array, number, number], guess: number) => number;

/**
 * The scores of the fixed features of a document's tokens, computed beforehand: token t of the
 * document (counting through the sentences in order) has its scores at t * stride + offset.
 */
export interface FixedScores {
  scores: Float64Array;
  stride: number;
  offset: number;
}

/**
 * Tags prepared sentences with BIO label indices. With `docLabels`, the features include what a
 * first pass made of each word; with `fixed`, the scores of each token's fixed features are
 * given, not computed.
 */
export function decode(scorer: Scorer, sentences: readonly PreparedSentence[], docLabels?: DocumentLabels, observe?: Observer,
  fixed?: FixedScores): number[][] {
  const n = scorer.labels.length;
  const scores = new Float64Array(n);
  const dynamic = new Int32Array(MAX_TAG_FEATURES);
  let at = fixed ? fixed.offset : 0;
  return sentences.map((s, si) => {
    const tags: number[] = new Array<number>(s.words.length);
    let prev: number = START_TAG;
    let prev2: number = START_TAG;
    for (let i = 0; i < s.words.length; i++) {
      if (fixed) {
        for (let l = 0; l < n; l++) scores[l] = fixed.scores[at + l]!;
        at += fixed.stride;
      } else {
        scores.fill(0);
        scorer.add(s.fixed, s.offsets[i]!, s.offsets[i + 1]!, scores);
      }
      const k = tagFeatures(s, i, prev, prev2, docLabels, dynamic);
      scorer.add(dynamic, 0, k, scores);
      let best = 0;
      for (let l = 1; l < n; l++) {
        if (ALLOWED[prev * n + l] && scores[l]! > scores[best]!) best = l;
      }
      const chosen = observe ? observe(si, i, [s.fixed, s.offsets[i]!, s.offsets[i + 1]!], [dynamic, 0, k], best) : best;
      tags[i] = chosen;
      prev2 = prev;
      prev = chosen;
    }
    return tags;
  });
}

/**
 * The scores of every token's fixed features under every model, in one sweep over the table:
 * token t of the document has model m's at (t * width + m) * labels. The scores of a word's own
 * features (those of the word alone) are cached by word.
 */
function fixedScoresOf(models: TrainedModels, sentences: readonly PreparedSentence[]): Float64Array {
  const stride = models.labels.length * models.width;
  let tokens = 0;
  for (const s of sentences) tokens += s.words.length;
  const out = new Float64Array(tokens * stride);
  const cache = ownScores.get(models) ?? new Map<WordInfo, Float64Array>();
  ownScores.set(models, cache);
  if (cache.size > 200000) cache.clear();
  let at = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++, at += stride) {
      const w = s.words[i]!;
      const from = s.offsets[i]!;
      let own = cache.get(w);
      if (!own) {
        own = new Float64Array(stride);
        models.addAll(s.fixed, from, from + w.own.length, own, 0);
        cache.set(w, own);
      }
      for (let l = 0; l < stride; l++) out[at + l] = own[l]!;
      models.addAll(s.fixed, from + w.own.length, s.offsets[i + 1]!, out, at);
    }
  }
  return out;
}

const ownScores = new WeakMap<TrainedModels, Map<WordInfo, Float64Array>>();

/** Two passes: the second model sees what the first made of each word across the document. */
export function tagTwoPass(models: TrainedModels, sentences: readonly PreparedSentence[]): number[][] {
  const scores = fixedScoresOf(models, sentences);
  const stride = models.labels.length * models.width;
  const fixed = (m: number): FixedScores => ({ scores, stride, offset: m * models.labels.length });
  const firstTags = decode(models.model(0), sentences, undefined, undefined, fixed(0));
  return decode(models.model(1), sentences, documentLabels(sentences, firstTags, typeOf), undefined, fixed(1));
}

/** The spans a BIO sequence names (an I- without its B- starts a name). */
export function spansOf(tags: readonly (string | number)[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((t, i) => {
    const tag = typeof t === 'number' ? LABELS[t]! : t;
    const type = tag.slice(2) as EntityLabel;
    if (tag.startsWith('B-') || (tag.startsWith('I-') && (!open || open.label !== type))) {
      if (open) spans.push(open);
      open = { start: i, end: i + 1, label: type };
    } else if (tag.startsWith('I-') && open) {
      open.end = i + 1;
    } else {
      if (open) spans.push(open);
      open = undefined;
    }
  });
  if (open) spans.push(open);
  return spans;
}

/** The tagger of a model file's bytes. */
export function taggerFromBytes(bytes: Buffer): Tagger {
  const models = TrainedModels.fromBytes(bytes);
  return { tagDocument: (sentences) => tagTwoPass(models, prepareDocument(sentences)).map(spansOf) };
}

const cache = new Map<string, Tagger>();

export function loadTagger(modelPath: string = DEFAULT_MODEL): Tagger {
  let tagger = cache.get(modelPath);
  if (tagger) return tagger;
  let bytes: Buffer;
  try {
    bytes = readFileSync(modelPath);
  } catch {
    throw new InputError(`ner: cannot read the entity model ${modelPath} (run \`npm run train\` to make it)`);
  }
  try {
    tagger = taggerFromBytes(bytes);
  } catch {
    throw new InputError(`ner: ${modelPath} is not a kg entity model (run \`npm run train\` to make it)`);
  }
  cache.set(modelPath, tagger);
  return tagger;
}

export { TYPES as ENTITY_LABELS };
