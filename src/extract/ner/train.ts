// Training the entity tagger on CoNLL-2003 style data: greedy decoding with the perceptron as it
// learns, documents in a seeded shuffled order each iteration, the averaged weights at the end.
import { Perceptron, trainedModel, type ModelFile, type ModelPair } from './perceptron.js';
import { decode, LABELS, spansOf, typeOf } from './tagger.js';
import { documentLabels, prepareDocument, type DocumentLabels, type PreparedSentence } from './features.js';

export interface ConllDocument {
  sentences: { words: string[]; tags: string[] }[];
}

/** Reads CoNLL-2003 text: a token and its tag per line (the last column), blank lines between sentences, -DOCSTART- between documents. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | undefined;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length && doc) doc.sentences.push({ words, tags });
    words = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) { flush(); doc = { sentences: [] }; docs.push(doc); continue; }
    if (!line) { flush(); continue; }
    const parts = line.split(/\s+/);
    words.push(parts[0]!);
    tags.push(parts[parts.length - 1]!);
  }
  flush();
  return docs.filter((d) => d.sentences.length);
}

/** A training document: its prepared sentences and gold label indices. */
export interface TrainingDocument {
  sentences: PreparedSentence[];
  gold: number[][];
}

export function toTraining(doc: ConllDocument): TrainingDocument {
  const index = new Map<string, number>(LABELS.map((l, i) => [l, i]));
  return {
    sentences: prepareDocument(doc.sentences.map((s) => s.words)),
    gold: doc.sentences.map((s) => s.tags.map((t) => index.get(t) ?? 0)),
  };
}

export interface TrainOptions {
  iterations: number;
  seed?: number;
  /** Called after each iteration with the averaged model so far (validation figures). */
  onIteration?: (iteration: number, model: ModelFile) => void;
  /** First-pass labels of each document, for training the second pass. */
  docLabels?: (doc: TrainingDocument) => DocumentLabels | undefined;
  /** Called with the first pass's model before the second is trained. */
  onFirst?: (model: ModelFile) => void;
}

/**
 * Trains the two-pass tagger. The second model learns from first-pass labels of documents the
 * first pass did not train on (two folds), so it learns how far to trust them on unseen text.
 */
export function trainTwoPass(docs: readonly TrainingDocument[], options: TrainOptions): ModelPair {
  const quiet = { iterations: options.iterations, seed: options.seed ?? 1 };
  const half = Math.ceil(docs.length / 2);
  const folds = [docs.slice(0, half), docs.slice(half)];
  const labelsOf = new Map<TrainingDocument, DocumentLabels>();
  folds.forEach((fold, k) => {
    const model = trainedModel(train(folds[1 - k]!, quiet));
    for (const doc of fold) labelsOf.set(doc, documentLabels(doc.sentences, decode(model, doc.sentences), typeOf));
  });
  const first = train(docs, quiet);
  options.onFirst?.(first);
  const second = train(docs, { ...options, docLabels: (doc) => labelsOf.get(doc) });
  return { first, second };
}

export function train(docs: readonly TrainingDocument[], options: TrainOptions): ModelFile {
  const model = new Perceptron(LABELS);
  const order = docs.map((_, i) => i);
  let seed = options.seed ?? 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let it = 1; it <= options.iterations; it++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) {
      const doc = docs[d]!;
      decode(model, doc.sentences, options.docLabels?.(doc), (si, ti, fixed, dynamic, guess) => {
        model.update(doc.gold[si]![ti]!, guess, [fixed, dynamic]);
        // go on with the guess, as tagging will
        return guess;
      });
    }
    if (options.onIteration) options.onIteration(it, model.averaged());
  }
  return model.averaged();
}

export interface Score { precision: number; recall: number; f1: number }

/** Exact-match entity F1 over spans (conlleval), for all labels or only some. */
export function evaluate(gold: readonly (readonly (string | number)[])[], predicted: readonly (readonly (string | number)[])[], only?: ReadonlySet<string>): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const key = (s: { start: number; end: number; label: string }) => `${s.start}:${s.end}:${s.label}`;
  gold.forEach((g, i) => {
    const gs = new Set(spansOf(g).filter((s) => !only || only.has(s.label)).map(key));
    const ps = new Set(spansOf(predicted[i]!).filter((s) => !only || only.has(s.label)).map(key));
    for (const s of ps) if (gs.has(s)) tp++; else fp++;
    for (const s of gs) if (!ps.has(s)) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
