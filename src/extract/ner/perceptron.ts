// An averaged perceptron over hashed features: the weights for each feature and label, trained
// online and averaged over all updates (Collins 2002), saved as a compact binary table.
import { gzipSync, gunzipSync, constants } from 'node:zlib';

/** Something that scores labels for features: the perceptron being trained, or a trained model. */
export interface Scorer {
  readonly labels: readonly string[];
  /** Adds to `out` the weights of features[from..to) for every label. */
  add(features: Int32Array, from: number, to: number, out: Float64Array): void;
}

export interface ModelFile {
  labels: string[];
  /** Sorted by feature: [feature, labelIndex, weight * 1000, labelIndex, weight * 1000, ...] */
  weights: number[][];
}

/** Weights are stored in thousandths. */
const SCALE = 1000;

export class Perceptron implements Scorer {
  readonly labels: readonly string[];
  private readonly rows = new Map<number, number>();
  private keys = new Int32Array(1024);
  private weights: Float64Array;
  private totals: Float64Array;
  private stamps: Float64Array;
  private counts = new Int32Array(1024);
  private instances = 0;

  constructor(labels: readonly string[]) {
    this.labels = labels;
    this.weights = new Float64Array(1024 * labels.length);
    this.totals = new Float64Array(1024 * labels.length);
    this.stamps = new Float64Array(1024 * labels.length);
  }

  add(features: Int32Array, from: number, to: number, out: Float64Array): void {
    const n = this.labels.length;
    const w = this.weights;
    for (let k = from; k < to; k++) {
      const row = this.rows.get(features[k]!);
      if (row === undefined) continue;
      const at = row * n;
      for (let l = 0; l < n; l++) out[l]! += w[at + l]!;
    }
  }

  /** One training step over a token's features (several ranges of arrays): if the guess was wrong, reward the truth and punish the guess. */
  update(truth: number, guess: number, parts: readonly [Int32Array, number, number][]): void {
    this.instances++;
    for (const [features, from, to] of parts) {
      for (let k = from; k < to; k++) {
        const f = features[k]!;
        let row = this.rows.get(f);
        if (row === undefined) {
          if (truth === guess) continue;
          row = this.newRow(f);
        }
        this.counts[row]!++;
        if (truth === guess) continue;
        this.bump(row, truth, 1);
        this.bump(row, guess, -1);
      }
    }
  }

  private newRow(feature: number): number {
    const row = this.rows.size;
    if (row >= this.keys.length) {
      const grow = <A extends Int32Array | Float64Array>(a: A, make: (size: number) => A): A => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.keys = grow(this.keys, (s) => new Int32Array(s));
      this.counts = grow(this.counts, (s) => new Int32Array(s));
      this.weights = grow(this.weights, (s) => new Float64Array(s));
      this.totals = grow(this.totals, (s) => new Float64Array(s));
      this.stamps = grow(this.stamps, (s) => new Float64Array(s));
    }
    this.rows.set(feature, row);
    this.keys[row] = feature;
    return row;
  }

  private bump(row: number, label: number, delta: number): void {
    const at = row * this.labels.length + label;
    this.totals[at]! += (this.instances - this.stamps[at]!) * this.weights[at]!;
    this.stamps[at] = this.instances;
    this.weights[at]! += delta;
  }

  /** The averaged model, pruned of features seen fewer than `minCount` times and of negligible weights. */
  averaged(minCount = 2): ModelFile {
    const n = this.labels.length;
    const out: number[][] = [];
    const rows = [...this.rows.values()].filter((r) => this.counts[r]! >= minCount).sort((a, b) => this.keys[a]! - this.keys[b]!);
    for (const row of rows) {
      const packed: number[] = [this.keys[row]!];
      for (let l = 0; l < n; l++) {
        const at = row * n + l;
        const total = this.totals[at]! + (this.instances - this.stamps[at]!) * this.weights[at]!;
        const avg = Math.round((total / this.instances) * SCALE);
        if (avg !== 0) packed.push(l, avg);
      }
      if (packed.length > 1) out.push(packed);
    }
    return { labels: [...this.labels], weights: out };
  }
}

/**
 * Trained models, ready to score: an open-addressing hash table from feature to a row holding the
 * weights of every model for every label, so one probe serves all of them (the two passes of the
 * tagger share most features).
 */
export class TrainedModels {
  readonly labels: readonly string[];
  /** How many models share the table. */
  readonly width: number;
  private readonly mask: number;
  /** [feature, first entry << 5 | entry count] per slot; feature 0 is an empty slot. */
  private readonly slots: Int32Array;
  /** The features, ascending, and how many entries each has: the table's contents, as saved. */
  private readonly features: Int32Array;
  private readonly counts: Uint8Array;
  /**
   * Each feature's non-zero weights, one entry each, feature after feature: the index
   * model * labels + label in the top 8 bits, the weight in thousandths in the low 24 (signed).
   * Scores are in thousandths too.
   */
  private readonly entries: Int32Array;

  constructor(labels: readonly string[], width: number, features: Int32Array, counts: Uint8Array, entries: Int32Array) {
    this.labels = labels;
    this.width = width;
    this.features = features;
    this.counts = counts;
    this.entries = entries;
    // Linear probing stays within a cache line or two up to a load of about 0.7.
    let size = 1024;
    while (size * 0.7 < features.length) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let k = 0, at = 0; k < features.length; at += counts[k]!, k++) {
      let slot = features[k]! & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = features[k]!;
      this.slots[slot * 2 + 1] = (at << 5) | counts[k]!;
    }
  }

  /** The models that training gives (`Perceptron.averaged`), in one table. */
  static fromFiles(files: readonly ModelFile[]): TrainedModels {
    const n = files[0]!.labels.length;
    const rows = new Map<number, number[]>();
    files.forEach((file, m) => {
      for (const packed of file.weights) {
        let row = rows.get(packed[0]!);
        if (!row) rows.set(packed[0]!, (row = []));
        for (let k = 1; k < packed.length; k += 2) row.push(m * n + packed[k]!, packed[k + 1]!);
      }
    });
    const features = Int32Array.from(rows.keys()).sort();
    const counts = new Uint8Array(features.length);
    const entries: number[] = [];
    const limit = 2 ** 23 - 1;
    features.forEach((f, k) => {
      const row = rows.get(f)!;
      counts[k] = row.length / 2;
      for (let e = 0; e < row.length; e += 2) entries.push((row[e]! << 24) | (Math.max(-limit, Math.min(limit, row[e + 1]!)) & 0xffffff));
    });
    return new TrainedModels(files[0]!.labels, files.length, features, counts, Int32Array.from(entries));
  }

  /** A feature's entries as first << 5 | count, or -1. */
  private find(f: number): number {
    const { slots, mask } = this;
    let slot = f & mask;
    for (;;) {
      const key = slots[slot * 2]!;
      if (key === f) return slots[slot * 2 + 1]!;
      if (key === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** Adds to out[at..at + width * labels) the weights of features[from..to) in every model. */
  addAll(features: Int32Array, from: number, to: number, out: Float64Array, at: number): void {
    const entries = this.entries;
    for (let k = from; k < to; k++) {
      const found = this.find(features[k]!);
      if (found < 0) continue;
      const end = (found >>> 5) + (found & 31);
      for (let e = found >>> 5; e < end; e++) {
        const entry = entries[e]!;
        out[at + (entry >>> 24)]! += (entry << 8) >> 8;
      }
    }
  }

  /** Model m alone, as a scorer. */
  model(m: number): Scorer {
    const n = this.labels.length;
    const entries = this.entries;
    const low = m * n;
    const high = low + n;
    return {
      labels: this.labels,
      add: (features, from, to, out) => {
        for (let k = from; k < to; k++) {
          const found = this.find(features[k]!);
          if (found < 0) continue;
          const end = (found >>> 5) + (found & 31);
          for (let e = found >>> 5; e < end; e++) {
            const entry = entries[e]!;
            const index = entry >>> 24;
            if (index >= low && index < high) out[index - low]! += (entry << 8) >> 8;
          }
        }
      },
    };
  }

  /**
   * The model file: `MAGIC`, then little-endian u32s (labels' JSON length, models, features,
   * entries), the labels as JSON, padding to 4 bytes, the features, the entries, the counts;
   * gzipped with fixed options, so the same model is the same bytes.
   */
  toBytes(): Buffer {
    const labels = Buffer.from(JSON.stringify(this.labels));
    const head = Buffer.alloc(MAGIC.length + 16);
    head.write(MAGIC, 0, 'latin1');
    [labels.length, this.width, this.features.length, this.entries.length].forEach((v, i) => head.writeUInt32LE(v, MAGIC.length + i * 4));
    const pad = Buffer.alloc((4 - ((head.length + labels.length) % 4)) % 4);
    const raw = Buffer.concat([head, labels, pad, view(this.features), view(this.entries), view(this.counts)]);
    return gzipSync(raw, { level: 9, memLevel: 9, strategy: constants.Z_DEFAULT_STRATEGY });
  }

  /** The models of a saved file (`toBytes`); throws on anything else. */
  static fromBytes(bytes: Buffer): TrainedModels {
    const raw = gunzipSync(bytes);
    if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a kg entity model');
    const [labelBytes, width, features, entries] = [0, 1, 2, 3].map((i) => raw.readUInt32LE(MAGIC.length + i * 4)) as [number, number, number, number];
    let at = MAGIC.length + 16;
    const labels = JSON.parse(raw.toString('utf8', at, at + labelBytes)) as string[];
    at += labelBytes + ((4 - ((at + labelBytes) % 4)) % 4);
    // a copy, aligned: the typed arrays then do not depend on where Node put the buffer
    const ints = (count: number) => { const a = new Int32Array(count); new Uint8Array(a.buffer).set(raw.subarray(at, (at += count * 4))); return a; };
    const f = ints(features);
    const e = ints(entries);
    return new TrainedModels(labels, width, f, Uint8Array.from(raw.subarray(at, at + features)), e);
  }
}

/** Version 1 of the model file. */
const MAGIC = 'kg-ner/1';

const view = (a: Int32Array | Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** One trained model as a scorer. */
export function trainedModel(file: ModelFile): Scorer {
  return TrainedModels.fromFiles([file]).model(0);
}

export interface ModelPair {
  first: ModelFile;
  second: ModelFile;
}

/** The file of a two-pass model: same model, same bytes (features sorted by `averaged`, weights integers). */
export function modelToBytes(pair: ModelPair): Buffer {
  return TrainedModels.fromFiles([pair.first, pair.second]).toBytes();
}
