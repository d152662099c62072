// `kg export`: read the graph, write one file or a folder of files, atomically.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readGraph, writeFileAtomic } from '../build/graph-io.js';
import { exportGraph, FORMATS, type Format } from '../export/index.js';
import { UsageError } from '../model/errors.js';
import { resolveGraphPath } from './graph-option.js';

export function runExport(opts: { format: string; output: string; graph?: string }): number {
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`export: unknown format "${opts.format}" (one of: ${FORMATS.join(', ')})`);
  const graph = readGraph(resolveGraphPath(opts.graph));
  const out = exportGraph(graph, opts.format as Format);
  if ('file' in out) {
    if (opts.output === '-') process.stdout.write(out.file);
    else writeFileAtomic(opts.output, out.file);
    return 0;
  }
  if (opts.output === '-') {
    // several files on one stream: each under a header line
    for (const [name, text] of Object.entries(out.files)) process.stdout.write(`# ${name}\n${text}`);
    return 0;
  }
  try {
    mkdirSync(opts.output, { recursive: true });
  } catch (err) {
    throw new UsageError(`${opts.output}: cannot create folder (${(err as NodeJS.ErrnoException).code})`);
  }
  if (!statSync(opts.output).isDirectory()) throw new UsageError(`${opts.output}: not a folder (${opts.format} writes several files)`);
  for (const [name, text] of Object.entries(out.files)) writeFileAtomic(join(opts.output, name), text);
  return 0;
}
