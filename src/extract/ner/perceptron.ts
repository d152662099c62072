// An averaged perceptron over string features: the weights for each feature and label, trained
// online and averaged over all updates (Collins 2002), saved as compact gzipped JSON.
import { gzipSync, gunzipSync } from 'node:zlib';

export interface ModelFile {
  labels: string[];
  /** feature -> [labelIndex, weight * 1000, labelIndex, weight * 1000, ...] */
  weights: Record<string, number[]>;
}

export class Perceptron {
  readonly labels: readonly string[];
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private readonly counts = new Map<string, number>();
  private instances = 0;

  constructor(labels: readonly string[]) {
    this.labels = labels;
  }

  /** Scores of every label for a feature set, into `out`. */
  scores(features: readonly string[], out: Float64Array): Float64Array {
    out.fill(0);
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let l = 0; l < w.length; l++) out[l]! += w[l]!;
    }
    return out;
  }

  /** One training step: if the guess was wrong, reward the truth and punish the guess. */
  update(truth: number, guess: number, features: readonly string[]): void {
    this.instances++;
    for (const f of features) this.counts.set(f, (this.counts.get(f) ?? 0) + 1);
    if (truth === guess) return;
    for (const f of features) {
      this.bump(f, truth, 1);
      this.bump(f, guess, -1);
    }
  }

  private bump(f: string, label: number, delta: number): void {
    let w = this.weights.get(f);
    if (!w) {
      const n = this.labels.length;
      w = new Float64Array(n);
      this.weights.set(f, w);
      this.totals.set(f, new Float64Array(n));
      this.stamps.set(f, new Float64Array(n));
    }
    const totals = this.totals.get(f)!;
    const stamps = this.stamps.get(f)!;
    totals[label]! += (this.instances - stamps[label]!) * w[label]!;
    stamps[label] = this.instances;
    w[label]! += delta;
  }

  /** The averaged model, pruned of rare features and negligible weights. */
  averaged(minCount = 2): ModelFile {
    const weights: Record<string, number[]> = {};
    const keys = [...this.weights.keys()].filter((f) => (this.counts.get(f) ?? 0) >= minCount).sort();
    for (const f of keys) {
      const w = this.weights.get(f)!;
      const totals = this.totals.get(f)!;
      const stamps = this.stamps.get(f)!;
      const packed: number[] = [];
      for (let l = 0; l < w.length; l++) {
        const total = totals[l]! + (this.instances - stamps[l]!) * w[l]!;
        const avg = Math.round((total / this.instances) * 1000);
        if (avg !== 0) packed.push(l, avg);
      }
      if (packed.length) weights[f] = packed;
    }
    return { labels: [...this.labels], weights };
  }
}

/** A trained model, ready to score: each feature's weights at an offset of one dense array. */
export class TrainedModel {
  readonly labels: readonly string[];
  private readonly offsets: Map<string, number>;
  private readonly weights: Float32Array;

  constructor(file: ModelFile) {
    this.labels = file.labels;
    const n = file.labels.length;
    const features = Object.keys(file.weights);
    this.offsets = new Map();
    this.weights = new Float32Array(features.length * n);
    features.forEach((f, i) => {
      const packed = file.weights[f]!;
      this.offsets.set(f, i * n);
      for (let k = 0; k < packed.length; k += 2) this.weights[i * n + packed[k]!] = packed[k + 1]! / 1000;
    });
  }

  scores(features: readonly string[], out: Float64Array): Float64Array {
    out.fill(0);
    const n = out.length;
    const w = this.weights;
    for (const f of features) {
      const at = this.offsets.get(f);
      if (at === undefined) continue;
      for (let l = 0; l < n; l++) out[l]! += w[at + l]!;
    }
    return out;
  }

  /** The two models of a two-pass tagger, from the shipped file. */
  static pairFromGzip(bytes: Buffer): { first: TrainedModel; second: TrainedModel } {
    const pair = JSON.parse(gunzipSync(bytes).toString('utf8')) as ModelPair;
    return { first: new TrainedModel(pair.first), second: new TrainedModel(pair.second) };
  }
}

export interface ModelPair {
  first: ModelFile;
  second: ModelFile;
}

/** Same model, same bytes: keys are sorted by `averaged`, and gzip gets fixed options and no timestamp. */
export function modelToGzip(pair: ModelPair): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(pair)), { level: 9 });
}
