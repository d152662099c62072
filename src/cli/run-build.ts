// `kg build`: the CLI around buildGraph.
import { buildGraph } from '../build/build.js';
import { writeGraph } from '../build/graph-io.js';
import { UsageError } from '../model/errors.js';
import { progressBar } from './progress.js';
import { painter, table } from './output.js';
import { KINDS, RELATIONS, type KgGraph } from '../model/contract.js';

/** Exit status when the graph was written but some documents in a folder had to be skipped. */
export const EXIT_SKIPPED = 3;

export function runBuild(inputs: string[], opts: { output?: string; summary?: boolean; quiet?: boolean }): number {
  if (!opts.output) throw new UsageError('build: no output file given (use -o graph.json)');
  const progress = progressBar('building', !opts.quiet && Boolean(process.stderr.isTTY));
  const result = buildGraph(inputs, { onProgress: progress.update });
  progress.finish();
  writeGraph(result.graph, opts.output);
  const paint = painter(process.stderr);
  for (const s of result.skipped) process.stderr.write(`${paint('yellow', 'kg: skipped')} ${s.reason}\n`);
  if (opts.summary) process.stdout.write(summarize(result.graph, opts.output) + '\n');
  if (result.skipped.length) {
    process.stderr.write(`kg: ${result.skipped.length} document(s) skipped; the graph of the rest was written to ${opts.output}\n`);
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
