// The curation commands' work: record the decision, apply it to the graph, write both.
import type { Command } from 'commander';
import { readGraph, writeGraph } from '../build/graph-io.js';
import { addDecision, applyCuration, curationPathFor, readCuration, requireNamed, writeCuration, type Decision } from '../build/curation.js';
import { findDuplicates } from '../build/duplicates.js';
import { resolveGraphPath } from './graph-option.js';
import { printJson, table } from './output.js';
import { UsageError } from '../model/errors.js';

export function runCurate(command: string, args: unknown[]): number {
  const cmd = args[args.length - 1] as Command;
  const opts = cmd.opts() as { graph?: string; curation?: string; note?: string; acrossKinds?: boolean; json?: boolean; limit?: string };
  const names = args.slice(0, -2) as string[];
  const graphPath = resolveGraphPath(opts.graph);
  const graph = readGraph(graphPath);
  if (command === 'duplicates') {
    const limit = Number(opts.limit ?? 20);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`duplicates: --limit must be a whole number of at least 1 (got ${opts.limit})`);
    const pairs = findDuplicates(graph, limit).map((p) => ({ ...p, aLabel: graph.getNodeAttribute(p.a, 'label'), bLabel: graph.getNodeAttribute(p.b, 'label'), kind: graph.getNodeAttribute(p.a, 'kind') }));
    if (opts.json) printJson({ pairs });
    else process.stdout.write((pairs.length ? table(pairs.map((p) => [p.aLabel, p.bLabel, p.kind, `score ${p.score}`, `${p.neighbours} shared neighbours`])) : 'no likely duplicates') + '\n');
    return 0;
  }
  const curationPath = curationPathFor(graphPath, opts.curation);
  const curation = readCuration(curationPath);
  const note = opts.note ? { note: opts.note } : {};
  let decision: Decision;
  switch (command) {
    case 'merge': {
      const keep = requireNamed(graph, names[0]!, 'merge');
      const other = requireNamed(graph, names[1]!, 'merge');
      if (keep === other) throw new UsageError(`merge: "${names[0]}" and "${names[1]}" are already one entity`);
      // names as the analyst reads them, with the kind, so the file stays readable and survives rebuilds
      const named = (k: string) => `${graph.getNodeAttribute(k, 'label')} (${graph.getNodeAttribute(k, 'kind')})`;
      decision = { op: 'merge', keep: named(keep), merge: named(other), ...(opts.acrossKinds ? { acrossKinds: true } : {}), ...note };
      break;
    }
    case 'keep-apart':
      decision = { op: 'keep-apart', a: graph.getNodeAttribute(requireNamed(graph, names[0]!, 'keep-apart'), 'label'), b: graph.getNodeAttribute(requireNamed(graph, names[1]!, 'keep-apart'), 'label'), ...note };
      break;
    case 'rename':
      decision = { op: 'rename', entity: graph.getNodeAttribute(requireNamed(graph, names[0]!, 'rename'), 'label'), label: names[1]!, ...note };
      break;
    case 'drop':
      decision = { op: 'drop', entity: graph.getNodeAttribute(requireNamed(graph, names[0]!, 'drop'), 'label'), ...note };
      break;
    case 'split': {
      const before = curation.decisions.length;
      const name = names[0]!.toLowerCase();
      curation.decisions = curation.decisions.filter((d) => !(d.op === 'merge' && (d.keep.toLowerCase() === name || d.merge.toLowerCase() === name)));
      const removed = before - curation.decisions.length;
      if (!removed) throw new UsageError(`split: no merge of "${names[0]}" is recorded in ${curationPath}`);
      writeCuration(curationPath, curation);
      process.stdout.write(`removed ${removed} merge decision(s) from ${curationPath}; rebuild the graph to separate the entities\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
  const report = applyCuration(graph, { decisions: [decision] });
  if (report.stale.length) throw new UsageError(`${command}: ${report.stale[0]!.replace(/^decision 1 \([^)]*\): /, '')}`);
  addDecision(curation, decision);
  writeCuration(curationPath, curation);
  writeGraph(graph, graphPath);
  process.stdout.write(`${command}: done; recorded in ${curationPath} (applied at every build)\n`);
  return 0;
}
