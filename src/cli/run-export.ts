// `kg export`: read the graph, quote evidence from the documents where the graph lacks it, and
// write one file or a folder of files, each atomically.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readGraph, writeFileAtomic } from '../build/graph-io.js';
import { exportGraph, FORMATS, formatOfPath, isFormat, type Format } from '../export/index.js';
import { fillEvidenceText } from '../export/evidence-text.js';
import { UsageError } from '../model/errors.js';
import { resolveGraphPath } from './graph-option.js';
import { printJson } from './output.js';

export interface ExportCliOptions {
  format?: string;
  output: string;
  graph?: string;
  json?: boolean;
}

export interface ExportReport {
  format: Format;
  graph: string;
  nodes: number;
  edges: number;
  files: { path: string; bytes: number }[];
}

export function runExport(opts: ExportCliOptions): number {
  const format = chooseFormat(opts);
  const toStdout = opts.output === '-';
  if (toStdout && opts.json) throw new UsageError('export: --json reports the files written; it cannot share standard output with -o -');
  const graphPath = resolveGraphPath(opts.graph);
  const graph = readGraph(graphPath);
  fillEvidenceText(graph, graphPath);
  const out = exportGraph(graph, format);
  const report: ExportReport = { format, graph: graphPath, nodes: graph.order, edges: graph.size, files: [] };
  if ('file' in out) {
    if (toStdout) {
      // a reader that stops early (| head) has all it wants: end quietly, not with a stack trace
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE') throw err;
        process.exit(0);
      });
      process.stdout.write(out.file);
      return 0;
    }
    if (isFolder(opts.output)) throw new UsageError(`export: ${opts.output} is a folder; give a file name such as graph.${format}`);
    writeFileAtomic(opts.output, out.file);
    report.files.push({ path: opts.output, bytes: Buffer.byteLength(out.file) });
  } else {
    if (toStdout) throw new UsageError(`export: ${format} writes several files (${Object.keys(out.files).join(', ')}); give a folder, not -`);
    makeFolder(opts.output);
    for (const [name, text] of Object.entries(out.files)) {
      const path = join(opts.output, name);
      writeFileAtomic(path, text);
      report.files.push({ path, bytes: Buffer.byteLength(text) });
    }
  }
  if (opts.json) printJson(report);
  else {
    const files = report.files.map((f) => `${f.path} (${kb(f.bytes)})`).join(', ');
    process.stdout.write(`export: wrote ${report.nodes} nodes and ${report.edges} edges as ${format}: ${files}\n`);
  }
  return 0;
}

function chooseFormat(opts: ExportCliOptions): Format {
  if (opts.format === undefined) {
    const implied = formatOfPath(opts.output);
    if (!implied) throw new UsageError(`export: which format? give --format (one of: ${FORMATS.join(', ')})`);
    return implied;
  }
  const format = opts.format.toLowerCase();
  if (isFormat(format)) return format;
  const near = FORMATS.find((f) => distance(f, format) <= 2);
  throw new UsageError(`export: unknown format "${opts.format}"${near ? `; did you mean ${near}?` : ''} (one of: ${FORMATS.join(', ')})`);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function makeFolder(path: string): void {
  if (existsSync(path) && !isFolder(path)) throw new UsageError(`export: ${path} is a file; csv and neo4j-csv write a folder of files`);
  try {
    mkdirSync(path, { recursive: true });
  } catch (err) {
    throw new UsageError(`export: ${path}: cannot create folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`);

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
