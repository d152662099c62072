// The build: read documents, extract each, merge the results into one graph, write it.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { DocumentInfo, KgGraph } from '../model/contract.js';
import { KgError } from '../model/errors.js';
import { extractDocument } from '../extract/index.js';
import { parseHeader } from '../extract/document.js';
import { collectInputs, readDocumentText, type InputSource } from './inputs.js';
import { createGraph } from './graph-io.js';
import { addDocument } from './merge.js';
import { VERSION } from '../version.js';

export interface BuildOptions {
  /** Called after each document, for progress display. */
  onProgress?: (done: number, total: number, words: number) => void;
  /** An existing graph to add to (update mode). */
  base?: KgGraph;
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
  words: number;
}

/** Builds a graph from files, folders or `-`. A bad document named directly fails the build; one found in a folder is skipped. */
export function buildGraph(inputs: readonly string[], options: BuildOptions = {}): BuildResult {
  const sources = collectInputs(inputs);
  const graph = options.base ?? createGraph(VERSION);
  graph.setAttribute('builtWith', { name: 'kg', version: VERSION });
  const result: BuildResult = { graph, added: 0, unchanged: 0, skipped: [], words: 0 };
  const usedIds = new Set(graph.getAttribute('documents').map((d) => d.id));
  sources.forEach((source, i) => {
    let text: string;
    try {
      text = readDocumentText(source);
    } catch (err) {
      if (source.named || !(err instanceof KgError)) throw err;
      result.skipped.push({ path: source.path, reason: err.message });
      return;
    }
    const info = documentInfo(source, text, usedIds);
    const known = graph.getAttribute('documents').find((d) => d.sha256 === info.sha256);
    if (known) {
      result.unchanged++;
    } else {
      usedIds.add(info.id);
      const header = parseHeader(text);
      if (header.date) info.date = header.date;
      if (header.title) info.title = header.title;
      const extraction = extractDocument(text, { date: header.date, bodyStart: header.bodyStart });
      addDocument(graph, info, text, extraction);
      result.added++;
    }
    result.words += countWords(text);
    options.onProgress?.(i + 1, sources.length, result.words);
  });
  return result;
}

function documentInfo(source: InputSource, text: string, usedIds: Set<string>): DocumentInfo {
  const stem = source.path === '-' ? 'stdin' : basename(source.path, extname(source.path));
  let id = stem;
  for (let n = 2; usedIds.has(id); n++) id = `${stem}~${n}`;
  return {
    id,
    path: source.path,
    sha256: createHash('sha256').update(text).digest('hex'),
    chars: text.length,
  };
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
