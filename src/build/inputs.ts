// Finding and reading the documents a build is asked for: files, folders (recursively, .txt and
// .md) and `-` for standard input. Every problem names the file and says what is wrong.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { InputError, NotFoundError, UsageError } from '../model/errors.js';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

/** One input document: where it came from and whether the user named it directly. */
export interface InputSource {
  path: string;
  /** Named on the command line (a problem fails the build) or found in a folder (skipped). */
  named: boolean;
}

/** Expands the command line's inputs into document sources, in a stable order. */
export function collectInputs(inputs: readonly string[]): InputSource[] {
  if (inputs.length === 0) throw new UsageError('build: no input given (name files, folders or - for standard input)');
  const out: InputSource[] = [];
  for (const input of inputs) {
    if (input === '-') { out.push({ path: '-', named: true }); continue; }
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new NotFoundError(`${input}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const found = walk(input);
      if (found.length === 0) throw new InputError(`${input}: no documents found (looked for ${DOCUMENT_EXTENSIONS.join(', ')} files)`);
      for (const path of found) out.push({ path, named: false });
    } else {
      out.push({ path: input, named: true });
    }
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (DOCUMENT_EXTENSIONS.includes(extname(entry.name).toLowerCase())) out.push(path);
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
