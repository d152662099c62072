// The build: read documents, extract each (on worker threads for many documents), merge the
// results into one graph in input order.
import { availableParallelism } from 'node:os';
import { basename, extname } from 'node:path';
import type { DocumentInfo, KgGraph } from '../model/contract.js';
import { InputError } from '../model/errors.js';
import { collectInputs, type InputSource } from './inputs.js';
import { createGraph } from './graph-io.js';
import { addDocument, removeDocument } from './merge.js';
import { runJob, type JobResult } from './document-job.js';
import { runInPool } from './pool.js';
import { VERSION } from '../version.js';

export interface BuildOptions {
  /** Called after each document, for progress display. */
  onProgress?: (done: number, total: number, words: number) => void;
  /** An existing graph to add to (update mode): documents it has (same sha256) are skipped. */
  base?: KgGraph;
  /** Worker threads for extraction; default: one per core for many documents, none for a few. */
  workers?: number;
  /** With `base`: a document whose path is in the graph with other content replaces its old version. */
  update?: boolean;
  /** Pairs of names the analyst said are different entities: never merged across documents. */
  keepApart?: readonly (readonly [string, string])[];
}

export interface SkippedDocument {
  path: string;
  reason: string;
}

export interface BuildResult {
  graph: KgGraph;
  added: number;
  unchanged: number;
  skipped: SkippedDocument[];
  /** Files in folders left out as notes about the folder ("README.md", "LICENSE.txt"). */
  leftOut: string[];
  words: number;
}

/** Documents below this count are extracted in the main thread: starting workers costs more. */
const POOL_THRESHOLD = 12;

/** Builds a graph from files, folders or `-`. A bad document named directly fails the build; one found in a folder is skipped. */
export async function buildGraph(inputs: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const { sources, leftOut } = collectInputs(inputs);
  const graph = options.base ?? createGraph(VERSION);
  graph.setAttribute('builtWith', { name: 'kg', version: VERSION });
  const result: BuildResult = { graph, added: 0, unchanged: 0, skipped: [], leftOut, words: 0 };
  const known = new Set(graph.getAttribute('documents').map((d) => d.sha256));
  const usedIds = new Set(graph.getAttribute('documents').map((d) => d.id));
  const workers = options.workers ?? (sources.length >= POOL_THRESHOLD ? Math.min(availableParallelism(), 8) : 1);
  const results = workers > 1 && !sources.some((s) => s.path === '-')
    ? runInPool(sources, known, workers)
    : inThread(sources, known);

  let i = 0;
  for await (const job of results) {
    const source = sources[i++]!;
    if (!job.ok) {
      if (source.named || !job.userError) throw new InputError(job.reason);
      result.skipped.push({ path: source.path, reason: job.reason });
    } else if (!job.extraction || known.has(job.sha256)) {
      result.unchanged++;
      result.words += job.words;
    } else {
      known.add(job.sha256);
      const previous = options.update ? graph.getAttribute('documents').find((d) => d.path === source.path) : undefined;
      if (previous) {
        // a changed document: its old mentions and evidence go, its id stays
        removeDocument(graph, previous.id);
        usedIds.delete(previous.id);
      }
      const info = documentInfo(source, job, usedIds);
      usedIds.add(info.id);
      addDocument(graph, info, job.text, job.extraction, options.keepApart);
      result.added++;
      result.words += job.words;
    }
    options.onProgress?.(i, sources.length, result.words);
  }
  return result;
}

async function* inThread(sources: readonly InputSource[], known: ReadonlySet<string>): AsyncGenerator<JobResult> {
  for (const source of sources) yield runJob(source, known);
}

function documentInfo(source: InputSource, job: Extract<JobResult, { ok: true }>, usedIds: Set<string>): DocumentInfo {
  const stem = source.path === '-' ? 'stdin' : basename(source.path, extname(source.path));
  let id = stem;
  for (let n = 2; usedIds.has(id); n++) id = `${stem}~${n}`;
  return {
    id,
    path: source.path,
    ...(job.title ? { title: job.title } : {}),
    ...(job.date ? { date: job.date } : {}),
    sha256: job.sha256,
    chars: job.text.length,
  };
}
