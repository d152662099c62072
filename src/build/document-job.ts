// One document's work, the same in the main thread and in a worker: read, check, extract.
import { createHash } from 'node:crypto';
import type { DocumentExtraction } from '../extract/types.js';
import { extractDocument } from '../extract/index.js';
import { parseHeader } from '../extract/document.js';
import { KgError } from '../model/errors.js';
import { readDocumentText, type InputSource } from './inputs.js';
import { countWords } from './words.js';

export type JobResult =
  | { ok: true; text: string; sha256: string; date?: string; title?: string; words: number; extraction: DocumentExtraction | null }
  | { ok: false; reason: string; userError: boolean };

/** Reads and extracts one document; `known` says which contents the graph already has (skipped). */
export function runJob(source: InputSource, known: ReadonlySet<string>): JobResult {
  let text: string;
  try {
    text = readDocumentText(source);
  } catch (err) {
    return { ok: false, reason: err instanceof KgError ? err.message : String(err), userError: err instanceof KgError };
  }
  const sha256 = createHash('sha256').update(text).digest('hex');
  const words = countWords(text);
  if (known.has(sha256)) return { ok: true, text, sha256, words, extraction: null };
  const header = parseHeader(text);
  const extraction = extractDocument(text, { date: header.date, bodyStart: header.bodyStart });
  return {
    ok: true, text, sha256, words, extraction,
    ...(header.date ? { date: header.date } : {}),
    ...(header.title ? { title: header.title } : {}),
  };
}
