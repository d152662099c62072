// Which steps a path may take: the edge filters (relations, confidence, direction) and the node
// filters (kinds of intermediate nodes, avoided nodes, hubs) shared by every path query.
import type { KgGraph, Kind, Relation } from '../model/contract.js';

export interface WalkOptions {
  /** Follow edges only as written (default: an edge may be walked backwards). */
  directed?: boolean;
  /** Only these relations. */
  via?: readonly Relation[];
  /** Only these kinds as intermediate nodes. */
  through?: readonly Kind[];
  /** Never pass through these nodes. */
  avoid?: readonly string[];
  /** Hide edges below this confidence. */
  minConfidence?: number;
  /** Allow very high-degree nodes as intermediate nodes (countries, news agencies). */
  throughHubs?: boolean;
}

export interface Step {
  to: string;
  edge: string;
  /** Walked as written (source to target) or backwards. */
  forward: boolean;
}

/**
 * The degree from which a node is a hub: far above the graph's typical degree (a country, a news
 * agency), and never more than about 1% of the nodes.
 */
export function hubThreshold(graph: KgGraph): number {
  const degrees = graph.mapNodes((n) => graph.degree(n)).sort((a, b) => a - b);
  if (!degrees.length) return Infinity;
  const median = degrees[Math.floor(degrees.length / 2)]!;
  // the degree of the node at the top 1%: ties aside, no more than 1% of the nodes are hubs
  const top = degrees[degrees.length - Math.ceil(degrees.length / 100)]!;
  return Math.max(12, 6 * median, top);
}

// Queries treat a loaded graph as read-only; the hub set is computed once per graph (and again if
// nodes or edges were added since), so repeated path queries on a large graph stay fast.
const hubCache = new WeakMap<KgGraph, { order: number; size: number; hubs: ReadonlySet<string> }>();

/** The graph's hubs: nodes whose degree reaches hubThreshold. */
export function hubsOf(graph: KgGraph): ReadonlySet<string> {
  const cached = hubCache.get(graph);
  if (cached && cached.order === graph.order && cached.size === graph.size) return cached.hubs;
  const threshold = hubThreshold(graph);
  const hubs = new Set(graph.filterNodes((n) => graph.degree(n) >= threshold));
  hubCache.set(graph, { order: graph.order, size: graph.size, hubs });
  return hubs;
}

export class Walker {
  private readonly via?: ReadonlySet<string>;
  private readonly through?: ReadonlySet<string>;
  private readonly avoid: ReadonlySet<string>;

  constructor(readonly graph: KgGraph, readonly options: WalkOptions = {}) {
    if (options.via) this.via = new Set(options.via);
    if (options.through) this.through = new Set(options.through);
    this.avoid = new Set(options.avoid ?? []);
  }

  get hubs(): ReadonlySet<string> {
    return hubsOf(this.graph);
  }

  edgeAllowed(edge: string): boolean {
    const a = this.graph.getEdgeAttributes(edge);
    if (this.via && !this.via.has(a.relation)) return false;
    return this.options.minConfidence === undefined || a.confidence >= this.options.minConfidence;
  }

  /** Whether a path may pass through the node (endpoints are always allowed). */
  nodeAllowed(node: string): boolean {
    if (this.avoid.has(node)) return false;
    if (this.through && !this.through.has(this.graph.getNodeAttribute(node, 'kind'))) return false;
    return this.options.throughHubs || !this.hubs.has(node);
  }

  /** The steps out of a node, one per neighbour and direction: the most confident edge among parallel ones. */
  steps(node: string, reverse = false): Step[] {
    const best = new Map<string, Step & { confidence: number }>();
    const consider = (edge: string, to: string, forward: boolean) => {
      if (!this.edgeAllowed(edge)) return;
      const confidence = this.graph.getEdgeAttribute(edge, 'confidence');
      const id = `${to}|${forward}`;
      const known = best.get(id);
      if (!known || confidence > known.confidence || (confidence === known.confidence && edge < known.edge)) best.set(id, { to, edge, forward, confidence });
    };
    // Walking out of `node` forwards follows out-edges; the backward search of a bidirectional
    // query (reverse) follows in-edges, and both follow the other kind when undirected.
    const out = !reverse;
    if (out || !this.options.directed) this.graph.forEachOutEdge(node, (e, _a, _s, t) => consider(e, t, out));
    if (!out || !this.options.directed) this.graph.forEachInEdge(node, (e, _a, s) => consider(e, s, !out));
    return [...best.values()].map(({ to, edge, forward }) => ({ to, edge, forward }));
  }
}
