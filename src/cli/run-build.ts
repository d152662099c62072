// `kg build`: the CLI around buildGraph.
import { buildGraph } from '../build/build.js';
import { readGraph, writeGraph } from '../build/graph-io.js';
import { layoutGraph } from '../build/layout.js';
import { applyCuration, curationPathFor, keptApart, readCuration } from '../build/curation.js';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { UsageError } from '../model/errors.js';
import { progressBar } from './progress.js';
import { painter, table } from './output.js';
import { KINDS, RELATIONS, type KgGraph } from '../model/contract.js';

/** Exit status when the graph was written but some documents in a folder had to be skipped. */
export const EXIT_SKIPPED = 3;

export interface BuildCliOptions {
  output?: string;
  update?: string;
  summary?: boolean;
  quiet?: boolean;
  workers?: string;
  layout?: boolean;
  curation?: string;
}

export async function runBuild(inputs: string[], opts: BuildCliOptions): Promise<number> {
  const output = opts.output ?? opts.update;
  if (!output) throw new UsageError('build: no output file given (use -o graph.json, or --update graph.json)');
  const base = opts.update ? readGraph(opts.update) : undefined;
  const curationPath = curationPathFor(output, opts.curation);
  if (opts.curation && !existsSync(opts.curation)) throw new UsageError(`build: no curation file ${opts.curation}`);
  const curation = readCuration(curationPath);
  const progress = progressBar('building', !opts.quiet && Boolean(process.stderr.isTTY));
  const workers = opts.workers === undefined ? undefined : Number(opts.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) throw new UsageError(`build: --workers must be a whole number of at least 1 (got ${opts.workers})`);
  const result = await buildGraph(inputs, {
    onProgress: progress.update, keepApart: keptApart(curation),
    ...(workers ? { workers } : {}), ...(base ? { base, update: true } : {}),
  });
  progress.finish();
  const curated = applyCuration(result.graph, curation);
  for (const stale of curated.stale) process.stderr.write(`kg: curation ${curationPath}: ${stale}\n`);
  if (opts.layout !== false) layoutGraph(result.graph);
  writeGraph(result.graph, output);
  const paint = painter(process.stderr);
  if (result.leftOut.length && !opts.quiet) {
    const names = result.leftOut.map((p) => basename(p));
    process.stderr.write(`kg: left out ${names.length} file(s) about the folder, not news: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''} (name one to build it)\n`);
  }
  for (const s of result.skipped) process.stderr.write(`${paint('yellow', 'kg: skipped')} ${s.reason}\n`);
  if (opts.summary) process.stdout.write(summarize(result.graph, output) + '\n');
  if (base && !opts.quiet) process.stderr.write(`kg: ${result.added} document(s) added or replaced, ${result.unchanged} unchanged\n`);
  if (result.skipped.length) {
    process.stderr.write(`kg: ${result.skipped.length} document(s) skipped; the graph of the rest was written to ${output}\n`);
    return EXIT_SKIPPED;
  }
  return 0;
}

export function summarize(graph: KgGraph, path: string): string {
  const nodes = new Map<string, number>();
  const edges = new Map<string, number>();
  graph.forEachNode((_, a) => nodes.set(a.kind, (nodes.get(a.kind) ?? 0) + 1));
  graph.forEachEdge((_, a) => edges.set(a.relation, (edges.get(a.relation) ?? 0) + 1));
  const docs = graph.getAttribute('documents').length;
  const lines = [`${path}: ${docs} document(s), ${graph.order} nodes, ${graph.size} edges`];
  lines.push(table(KINDS.filter((k) => nodes.has(k)).map((k) => [`  ${k}`, String(nodes.get(k))])));
  lines.push(table(RELATIONS.filter((r) => edges.has(r)).map((r) => [`  ${r}`, String(edges.get(r))])));
  return lines.filter(Boolean).join('\n');
}
