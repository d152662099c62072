// Finding and reading the documents a build is asked for: files, folders (recursively, .txt and
// .md, but not the files that describe a folder) and `-` for standard input. Every problem names
// the file and says what is wrong.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { InputError, NotFoundError, UsageError } from '../model/errors.js';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

/**
 * Files that describe a folder rather than report news ("LICENSE.md", "README.txt", a corpus's
 * "SOURCE.md"): a folder walk leaves them out; named on the command line they are built.
 */
const FOLDER_NOTES = /^(readme|licen[cs]e|copying|notice|changelog|authors|contributors|contributing|code_of_conduct|sources?|citation)$/i;

/** What a folder walk left out as notes about the folder, not documents. */
export interface CollectedInputs {
  sources: InputSource[];
  leftOut: string[];
}

/** One input document: where it came from and whether the user named it directly. */
export interface InputSource {
  path: string;
  /** Named on the command line (a problem fails the build) or found in a folder (skipped). */
  named: boolean;
}

/** Expands the command line's inputs into document sources, in a stable order. */
export function collectInputs(inputs: readonly string[]): CollectedInputs {
  if (inputs.length === 0) throw new UsageError('build: no input given (name files, folders or - for standard input)');
  const out: InputSource[] = [];
  const leftOut: string[] = [];
  for (const input of inputs) {
    if (input === '-') { out.push({ path: '-', named: true }); continue; }
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new NotFoundError(`${input}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const found = walk(input, leftOut);
      if (found.length === 0) throw new InputError(`${input}: no documents found (looked for ${DOCUMENT_EXTENSIONS.join(', ')} files)`);
      for (const path of found) out.push({ path, named: false });
    } else {
      out.push({ path: input, named: true });
    }
  }
  return { sources: out, leftOut };
}

function walk(dir: string, leftOut: string[]): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const ext = extname(entry.name);
    if (entry.isDirectory()) out.push(...walk(path, leftOut));
    else if (!DOCUMENT_EXTENSIONS.includes(ext.toLowerCase())) continue;
    else if (FOLDER_NOTES.test(entry.name.slice(0, -ext.length))) leftOut.push(path);
    else out.push(path);
  }
  return out;
}

/** Reads a document as UTF-8 text, refusing what is not text. */
export function readDocumentText(source: InputSource): string {
  let bytes: Buffer;
  try {
    bytes = source.path === '-' ? readFileSync(0) : readFileSync(source.path);
  } catch (err) {
    throw new InputError(`${source.path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return decodeText(bytes, source.path === '-' ? '(standard input)' : source.path);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Buffer, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: empty file`);
  if (bytes.includes(0)) throw new InputError(`${name}: binary file (contains NUL bytes), not a text document`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(`${name}: empty file (only white space)`);
  return text;
}
