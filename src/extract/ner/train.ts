// Training the entity tagger on CoNLL-2003 style data: greedy decoding with the perceptron as it
// learns, documents in a seeded shuffled order each iteration, the averaged weights at the end.
import { Perceptron, TrainedModel, type ModelFile, type ModelPair } from './perceptron.js';
import { decode, LABELS, spansOf } from './tagger.js';
import { documentLabels, prepareDocument } from './features.js';

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

export interface TrainOptions {
  iterations: number;
  seed?: number;
  /** Called after each iteration with the model so far (for validation figures). */
  onIteration?: (iteration: number, model: ModelFile) => void;
  /** First-pass labels of a document, for training the second pass. */
  docLabels?: (doc: ConllDocument) => ReadonlyMap<string, string> | undefined;
}

/**
 * Trains the two-pass tagger. The second model learns from first-pass labels of documents the
 * first pass did not train on (two folds), so it learns how far to trust them on unseen text.
 */
export function trainTwoPass(docs: readonly ConllDocument[], options: TrainOptions): ModelPair {
  const quiet = { iterations: options.iterations, seed: options.seed ?? 1 };
  const half = Math.ceil(docs.length / 2);
  const folds = [docs.slice(0, half), docs.slice(half)];
  const labelsOf = new Map<ConllDocument, Map<string, string>>();
  folds.forEach((fold, k) => {
    const model = new TrainedModel(train(folds[1 - k]!, quiet));
    for (const doc of fold) {
      const words = doc.sentences.map((s) => s.words);
      labelsOf.set(doc, documentLabels(words, decode(model, words)));
    }
  });
  const first = train(docs, quiet);
  const second = train(docs, { ...options, docLabels: (doc) => labelsOf.get(doc) });
  return { first, second };
}

export function train(docs: readonly ConllDocument[], options: TrainOptions): ModelFile {
  const model = new Perceptron(LABELS);
  const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
  const order = docs.map((_, i) => i);
  const prepared = docs.map((d) => prepareDocument(d.sentences.map((s) => s.words)));
  let seed = options.seed ?? 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let it = 1; it <= options.iterations; it++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) {
      const doc = docs[d]!;
      decode(model, prepared[d]!, (si, ti, features, guess) => {
        const truth = labelIndex.get(doc.sentences[si]!.tags[ti]!) ?? 0;
        model.update(truth, guess, features);
        // continue with the guess, as tagging will
        return guess;
      }, options.docLabels?.(doc));
    }
    options.onIteration?.(it, model.averaged());
  }
  return model.averaged();
}

export interface Score { precision: number; recall: number; f1: number }

/** Exact-match entity F1 over spans (conlleval), for all labels or only some. */
export function evaluate(gold: readonly string[][], predicted: readonly string[][], only?: ReadonlySet<string>): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const key = (s: { start: number; end: number; label: string }) => `${s.start}:${s.end}:${s.label}`;
    const gs = new Set(spansOf(g).filter((s) => !only || only.has(s.label)).map(key));
    const ps = new Set(spansOf(predicted[i]!).filter((s) => !only || only.has(s.label)).map(key));
    for (const s of ps) if (gs.has(s)) tp++; else fp++;
    for (const s of gs) if (!ps.has(s)) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
