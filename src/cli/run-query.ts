// The query commands' work: read the graph, run the query function, print text or JSON.
import type { Command } from 'commander';
import { readGraph } from '../build/graph-io.js';
import { resolveGraphPath } from './graph-option.js';
import { printJson } from './output.js';
import { confidence, eventTypes, isoDate, kinds, positiveInteger, relations } from './query-options.js';
import { findPaths } from '../query/path-query.js';
import { neighbors } from '../query/neighbors.js';
import { card } from '../query/card.js';
import { findEntities, resolveEntity } from '../query/names.js';
import { stats } from '../query/stats.js';
import { timeline } from '../query/timeline.js';
import { nodeRef } from '../query/describe.js';
import { formatCard, formatFind, formatNeighbors, formatPaths, formatStats, formatTimeline } from './query-format.js';
import { UsageError } from '../model/errors.js';

type Opts = Record<string, string | boolean | string[] | undefined>;

export function runQuery(command: string, args: unknown[]): number {
  // commander passes the positional arguments, then the options, then the command
  const cmd = args[args.length - 1] as Command;
  const opts = cmd.opts() as Opts;
  const positional = args.slice(0, -2) as string[];
  const str = (k: string) => opts[k] as string | undefined;
  const graph = readGraph(resolveGraphPath(str('graph')));
  const minConfidence = confidence(str('minConfidence'), command);
  const out = (json: unknown, text: () => string) => {
    if (opts.json) printJson(json);
    else process.stdout.write(text() + '\n');
  };
  switch (command) {
    case 'path': {
      const k = positiveInteger(str('k'), '-k', 'path');
      const maxHops = positiveInteger(str('maxHops'), '--max-hops', 'path');
      if (k !== undefined && opts.all) throw new UsageError('path: choose --all or -k, not both');
      const result = findPaths(graph, positional[0]!, positional[1]!, {
        ...(k !== undefined ? { k } : {}),
        ...(maxHops !== undefined ? { maxHops } : {}),
        ...(minConfidence !== undefined ? { minConfidence } : {}),
        all: Boolean(opts.all),
        directed: Boolean(opts.directed),
        throughHubs: Boolean(opts.throughHubs),
        ...(opts.via ? { via: relations(str('via'), 'path')! } : {}),
        ...(opts.through ? { through: kinds(str('through'), 'path')! } : {}),
        ...(opts.avoid ? { avoid: opts.avoid as string[] } : {}),
      });
      out(result, () => formatPaths(result, Boolean(opts.evidence)));
      return 0;
    }
    case 'neighbors': {
      const key = resolveEntity(graph, positional[0]!, 'neighbors');
      const groups = neighbors(graph, key, {
        depth: positiveInteger(str('depth'), '--depth', 'neighbors') ?? 1,
        ...(opts.relation ? { relation: relations(str('relation'), 'neighbors')! } : {}),
        ...(opts.kind ? { kind: kinds(str('kind'), 'neighbors')! } : {}),
        ...(minConfidence !== undefined ? { minConfidence } : {}),
      });
      out({ entity: nodeRef(graph, key), groups }, () => formatNeighbors(nodeRef(graph, key), groups));
      return 0;
    }
    case 'show': {
      const c = card(graph, resolveEntity(graph, positional[0]!, 'show'), minConfidence !== undefined ? { minConfidence } : {});
      out(c, () => formatCard(c));
      return 0;
    }
    case 'find': {
      const kind = kinds(str('kind'), 'find')?.[0];
      const found = findEntities(graph, positional[0]!, { ...(kind ? { kind } : {}), limit: positiveInteger(str('limit'), '--limit', 'find') ?? 20 });
      out({ query: positional[0], results: found }, () => formatFind(found));
      return found.length ? 0 : 1;
    }
    case 'stats': {
      const s = stats(graph);
      out(s, () => formatStats(s));
      return 0;
    }
    case 'timeline': {
      const from = isoDate(str('from'), '--from', 'timeline');
      const to = isoDate(str('to'), '--to', 'timeline');
      const t = timeline(graph, {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(opts.kind ? { kinds: eventTypes(str('kind'), 'timeline')! } : {}),
        ...(opts.involving ? { involving: resolveEntity(graph, str('involving')!, 'timeline') } : {}),
        ...(minConfidence !== undefined ? { minConfidence } : {}),
      });
      out(t, () => formatTimeline(t, Boolean(opts.evidence)));
      return 0;
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}
