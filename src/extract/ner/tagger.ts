// The entity tagger: greedy left-to-right decoding of BIO tags with the trained perceptron,
// over whole documents (the features use what the document says about each word elsewhere).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TrainedModel } from './perceptron.js';
import { documentLabels, prepareDocument, tagFeatures, type PreparedSentence } from './features.js';
import { InputError } from '../../model/errors.js';

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';
/** Token indices in the sentence, end exclusive. */
export interface TokenSpan { start: number; end: number; label: EntityLabel }

export interface Tagger {
  /** Tags every sentence of one document (sentences as arrays of token strings); returns entity spans per sentence. */
  tagDocument(sentences: readonly (readonly string[])[]): TokenSpan[][];
}

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;

export const DEFAULT_MODEL = fileURLToPath(new URL('../../../models/ner.json.gz', import.meta.url));

/** Something that scores labels for a feature set: a trained model, or the perceptron being trained. */
export interface Scorer {
  readonly labels: readonly string[];
  scores(features: readonly string[], out: Float64Array): Float64Array;
}

/**
 * Tags one document's sentences with BIO labels, calling `observe` with each token's features
 * (training). With `docLabels`, the features include what a first pass made of each word.
 */
export function decode(scorer: Scorer, sentences: readonly (readonly string[])[] | readonly PreparedSentence[],
  observe?: (sentence: number, token: number, features: string[], guess: number) => number,
  docLabels?: ReadonlyMap<string, string>): string[][] {
  const prepared = isPrepared(sentences) ? sentences : prepareDocument(sentences);
  const labels = scorer.labels;
  const scores = new Float64Array(labels.length);
  const extra = new Float64Array(labels.length);
  return prepared.map((s, si) => {
    const tags: string[] = [];
    for (let i = 0; i < s.words.length; i++) {
      const prev = tags[i - 1] ?? '<s>';
      const dynamic = tagFeatures(s, i, prev, tags[i - 2] ?? '<s>', docLabels);
      scorer.scores(s.fixed[i]!, scores);
      scorer.scores(dynamic, extra);
      let best = -1;
      for (let l = 0; l < labels.length; l++) {
        scores[l]! += extra[l]!;
        if (!allowed(prev, labels[l]!)) continue;
        if (best < 0 || scores[l]! > scores[best]!) best = l;
      }
      const chosen = observe ? observe(si, i, [...s.fixed[i]!, ...dynamic], best) : best;
      tags.push(labels[chosen]!);
    }
    return tags;
  });
}

function isPrepared(s: readonly (readonly string[])[] | readonly PreparedSentence[]): s is readonly PreparedSentence[] {
  return s.length > 0 && !Array.isArray(s[0]);
}

/** Two passes: the second model sees what the first made of each word across the document. */
export function tagTwoPass(first: Scorer, second: Scorer, sentences: readonly (readonly string[])[]): string[][] {
  const prepared = prepareDocument(sentences);
  const firstTags = decode(first, prepared);
  return decode(second, prepared, undefined, documentLabels(sentences, firstTags));
}

/** BIO: an I- tag continues a name of the same type. */
function allowed(prev: string, label: string): boolean {
  return !label.startsWith('I-') || prev.slice(2) === label.slice(2);
}

/** The spans a BIO sequence names. */
export function spansOf(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((tag, i) => {
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
  const { first, second } = TrainedModel.pairFromGzip(bytes);
  tagger = { tagDocument: (sentences) => tagTwoPass(first, second, sentences).map(spansOf) };
  cache.set(modelPath, tagger);
  return tagger;
}
