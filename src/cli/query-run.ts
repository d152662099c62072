// The query commands' work: read the graph, check the options, run the query function of
// src/query, print text or one JSON document. Loaded only when a query command runs.
import { readGraph } from '../build/graph-io.js';
import type { KgGraph } from '../model/contract.js';
import { NotFoundError, UsageError } from '../model/errors.js';
import { fillEvidenceText } from '../export/evidence-text.js';
import { findPaths } from '../query/path-query.js';
import { neighbors } from '../query/neighbors.js';
import { card } from '../query/card.js';
import { findEntities, resolveEntity } from '../query/names.js';
import { stats } from '../query/stats.js';
import { timeline } from '../query/timeline.js';
import { nodeRef } from '../query/describe.js';
import { resolveGraphPath } from './graph-option.js';
import { printJson } from './output.js';
import type { QueryCliOptions } from './query-common.js';
import { confidence, eventTypes, isoDate, kinds, positiveInteger, relations } from './query-options.js';
import { formatCard, formatFind, formatNeighbors, formatPaths, formatStats, formatTimeline } from './query-format.js';

export interface PathCliOptions extends QueryCliOptions {
  all?: boolean;
  k?: string;
  maxHops?: string;
  directed?: boolean;
  via?: string;
  through?: string;
  avoid?: string[];
  throughHubs?: boolean;
  evidence?: boolean;
}
export interface NeighborsCliOptions extends QueryCliOptions { depth?: string; relation?: string; kind?: string }
export interface FindCliOptions extends QueryCliOptions { kind?: string; limit?: string }
export interface StatsCliOptions extends QueryCliOptions { top?: string }
export interface TimelineCliOptions extends QueryCliOptions {
  from?: string;
  to?: string;
  kind?: string;
  involving?: string;
  evidence?: boolean;
}

/** Checks every option before reading the graph, so a bad option is reported as such. */
function load(opts: QueryCliOptions, withEvidence: boolean): KgGraph {
  const path = resolveGraphPath(opts.graph);
  const graph = readGraph(path);
  // graphs built by kg quote their evidence; others get it from their documents when still there
  if (withEvidence) fillEvidenceText(graph, path);
  return graph;
}

function print(opts: QueryCliOptions, json: unknown, text: () => string): void {
  if (opts.json) printJson(json);
  else process.stdout.write(text() + '\n');
}

export function runPath(from: string, to: string, opts: PathCliOptions): number {
  const k = positiveInteger(opts.k, '-k', 'path');
  const maxHops = positiveInteger(opts.maxHops, '--max-hops', 'path');
  if (k !== undefined && opts.all) throw new UsageError('path: choose --all or -k, not both');
  const minConfidence = confidence(opts.minConfidence, 'path');
  const via = relations(opts.via, 'path');
  const through = kinds(opts.through, 'path');
  const graph = load(opts, Boolean(opts.evidence || opts.json));
  const result = findPaths(graph, from, to, {
    ...(k !== undefined ? { k } : {}),
    ...(maxHops !== undefined ? { maxHops } : {}),
    ...(minConfidence !== undefined ? { minConfidence } : {}),
    ...(via ? { via } : {}),
    ...(through ? { through } : {}),
    ...(opts.avoid ? { avoid: opts.avoid } : {}),
    all: Boolean(opts.all),
    directed: Boolean(opts.directed),
    throughHubs: Boolean(opts.throughHubs),
  });
  print(opts, result, () => formatPaths(result, Boolean(opts.evidence)));
  return 0;
}

export function runNeighbors(entity: string, opts: NeighborsCliOptions): number {
  const depth = positiveInteger(opts.depth, '--depth', 'neighbors') ?? 1;
  const relation = relations(opts.relation, 'neighbors');
  const kind = kinds(opts.kind, 'neighbors');
  const minConfidence = confidence(opts.minConfidence, 'neighbors');
  const graph = load(opts, false);
  const key = resolveEntity(graph, entity, 'neighbors');
  const groups = neighbors(graph, key, {
    depth,
    ...(relation ? { relation } : {}),
    ...(kind ? { kind } : {}),
    ...(minConfidence !== undefined ? { minConfidence } : {}),
  });
  const of = nodeRef(graph, key);
  print(opts, { entity: of, groups }, () => formatNeighbors(of, groups));
  return 0;
}

export function runShow(entity: string, opts: QueryCliOptions): number {
  const minConfidence = confidence(opts.minConfidence, 'show');
  const graph = load(opts, true);
  const c = card(graph, resolveEntity(graph, entity, 'show'), minConfidence !== undefined ? { minConfidence } : {});
  print(opts, c, () => formatCard(c));
  return 0;
}

export function runFind(text: string, opts: FindCliOptions): number {
  const kind = kinds(opts.kind, 'find');
  const limit = positiveInteger(opts.limit, '--limit', 'find') ?? 20;
  const minConfidence = confidence(opts.minConfidence, 'find');
  const graph = load(opts, false);
  const results = findEntities(graph, text, { limit, ...(kind ? { kind } : {}), ...(minConfidence !== undefined ? { minConfidence } : {}) });
  if (!results.length && !opts.json) throw new NotFoundError(`find: no entity matches "${text}"${kind ? ` among kind ${kind.join(', ')}` : ''}`);
  print(opts, { query: text, results }, () => formatFind(results));
  return results.length ? 0 : 1;
}

export function runStats(opts: StatsCliOptions): number {
  const top = positiveInteger(opts.top, '--top', 'stats') ?? 10;
  const minConfidence = confidence(opts.minConfidence, 'stats');
  const graph = load(opts, false);
  const s = stats(graph, { top, ...(minConfidence !== undefined ? { minConfidence } : {}) });
  print(opts, s, () => formatStats(s, minConfidence));
  return 0;
}

export function runTimeline(opts: TimelineCliOptions): number {
  const from = isoDate(opts.from, '--from', 'timeline');
  const to = isoDate(opts.to, '--to', 'timeline');
  if (from && to && from.localeCompare(to) > 0 && !to.startsWith(from) && !from.startsWith(to)) {
    throw new UsageError(`timeline: --from ${from} is after --to ${to}`);
  }
  const types = eventTypes(opts.kind, 'timeline');
  const minConfidence = confidence(opts.minConfidence, 'timeline');
  const graph = load(opts, Boolean(opts.evidence || opts.json));
  const t = timeline(graph, {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(types ? { kinds: types } : {}),
    ...(opts.involving ? { involving: resolveEntity(graph, opts.involving, 'timeline') } : {}),
    ...(minConfidence !== undefined ? { minConfidence } : {}),
  });
  print(opts, t, () => formatTimeline(t, Boolean(opts.evidence)));
  return 0;
}
