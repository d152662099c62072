// `kg path` as a function: names in, paths out, or an error that says why there is none.
import type { KgGraph } from '../model/contract.js';
import { KgError, UsageError } from '../model/errors.js';
import { allShortestPaths, kShortestPaths, shortestPath, type Path, type PathOptions } from './paths.js';
import { resolveEntity } from './names.js';
import { evidenceOf, nodeRef, type EvidenceRef, type NodeRef } from './describe.js';
import { Walker } from './walk.js';

/** Exit status when the graph has no path between the two (a valid question, a negative answer). */
export class NoPathError extends KgError {
  constructor(message: string) {
    super(message, 2);
  }
}

export interface PathQuery extends PathOptions {
  all?: boolean;
  k?: number;
}

export interface HopView {
  from: NodeRef;
  to: NodeRef;
  edge: string;
  relation: string;
  label: string;
  direction: 'forward' | 'backward';
  confidence: number;
  evidence: EvidenceRef[];
}

export interface PathView {
  length: number;
  hops: HopView[];
}

export interface PathResult {
  from: NodeRef;
  to: NodeRef;
  paths: PathView[];
  /** Hubs a shorter path would have gone through, left out because of --through-hubs. */
  skippedHubs: NodeRef[];
}

export function findPaths(graph: KgGraph, fromName: string, toName: string, query: PathQuery = {}): PathResult {
  const from = resolveEntity(graph, fromName, 'path');
  const to = resolveEntity(graph, toName, 'path');
  const label = (key: string) => graph.getNodeAttribute(key, 'label');
  if (from === to) throw new UsageError(`path: "${fromName}" and "${toName}" are the same entity, ${label(from)}`);
  const avoid = (query.avoid ?? []).map((a) => resolveEntity(graph, a, 'path'));
  for (const [name, key] of avoid.map((k, i) => [query.avoid![i]!, k] as const)) {
    if (key === from || key === to) throw new UsageError(`path: cannot avoid "${name}": it is an end of the path (${label(key)})`);
  }
  const options: PathOptions = { ...query, avoid };
  const run = (o: PathOptions): Path[] => {
    if (query.k !== undefined) return kShortestPaths(graph, from, to, query.k, o);
    if (query.all) return allShortestPaths(graph, from, to, o);
    const p = shortestPath(graph, from, to, o);
    return p ? [p] : [];
  };
  let paths = run(options);
  let skippedHubs: string[] = [];
  if (!query.throughHubs) {
    const viaHubs = shortestPath(graph, from, to, { ...options, throughHubs: true });
    const hubs = new Walker(graph, options).hubs;
    if (viaHubs && (!paths.length || viaHubs.hops.length < paths[0]!.hops.length)) {
      skippedHubs = viaHubs.nodes.slice(1, -1).filter((n) => hubs.has(n));
    }
  }
  if (!paths.length) throw new NoPathError(explain(graph, from, to, options, skippedHubs));
  return {
    from: nodeRef(graph, from),
    to: nodeRef(graph, to),
    paths: paths.map((p) => view(graph, p)),
    skippedHubs: skippedHubs.map((h) => nodeRef(graph, h)),
  };
}

function explain(graph: KgGraph, from: string, to: string, options: PathOptions, hubs: string[]): string {
  const a = graph.getNodeAttribute(from, 'label');
  const b = graph.getNodeAttribute(to, 'label');
  if (!shortestPath(graph, from, to, { throughHubs: true })) return `path: no path between ${a} and ${b}: they are in different components of the graph`;
  if (hubs.length) {
    const names = hubs.map((h) => `${graph.getNodeAttribute(h, 'label')} (${graph.degree(h)} links)`).join(', ');
    return `path: ${a} and ${b} are connected only through hubs: ${names}; add --through-hubs to allow them`;
  }
  const limit = options.maxHops !== undefined ? ` within ${options.maxHops} hops` : '';
  return `path: no path between ${a} and ${b}${limit} with these filters; they are connected without them`;
}

function view(graph: KgGraph, path: Path): PathView {
  return {
    length: path.hops.length,
    hops: path.hops.map((h) => {
      const e = graph.getEdgeAttributes(h.edge);
      return {
        from: nodeRef(graph, h.from),
        to: nodeRef(graph, h.to),
        edge: h.edge,
        relation: e.relation,
        label: e.label,
        direction: h.forward ? 'forward' : 'backward',
        confidence: e.confidence,
        evidence: evidenceOf(graph, h.edge),
      };
    }),
  };
}
