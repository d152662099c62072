// Which steps a path may take: the edge filters (relations, confidence, direction) and the node
// filters (kinds of intermediate nodes, avoided nodes, hubs) shared by every path query.
import type { EdgeAttributes, KgGraph, Kind, Relation } from '../model/contract.js';

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
  return thresholdOf(degreesOf(graph).degrees);
}

function degreesOf(graph: KgGraph): { keys: string[]; degrees: Uint32Array } {
  const keys = graph.nodes();
  const degrees = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) degrees[i] = graph.degree(keys[i]);
  return { keys, degrees };
}

function thresholdOf(degrees: Uint32Array): number {
  if (!degrees.length) return Infinity;
  // degrees are small integers: a histogram finds the median and the top 1% in linear time
  const counts: number[] = [];
  for (const d of degrees) counts[d] = (counts[d] ?? 0) + 1;
  const at = (rank: number): number => {
    let seen = 0;
    for (let d = 0; d < counts.length; d++) if ((seen += counts[d] ?? 0) > rank) return d;
    return counts.length - 1;
  };
  const median = at(Math.floor(degrees.length / 2));
  // the degree of the node at the top 1%: ties aside, no more than 1% of the nodes are hubs
  const top = at(degrees.length - Math.ceil(degrees.length / 100));
  return Math.max(12, 6 * median, top);
}

// Queries treat a loaded graph as read-only; the hub set is computed once per graph (and again if
// nodes or edges were added since), so repeated path queries on a large graph stay fast.
const hubCache = new WeakMap<KgGraph, { order: number; size: number; hubs: ReadonlySet<string> }>();

/** The graph's hubs: nodes whose degree reaches hubThreshold. */
export function hubsOf(graph: KgGraph): ReadonlySet<string> {
  const cached = hubCache.get(graph);
  if (cached && cached.order === graph.order && cached.size === graph.size) return cached.hubs;
  const { keys, degrees } = degreesOf(graph);
  const threshold = thresholdOf(degrees);
  const hubs = new Set<string>();
  for (let i = 0; i < keys.length; i++) if (degrees[i]! >= threshold) hubs.add(keys[i]!);
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
    return this.allowed(this.graph.getEdgeAttributes(edge));
  }

  private allowed(a: EdgeAttributes): boolean {
    if (this.via && !this.via.has(a.relation)) return false;
    return this.options.minConfidence === undefined || a.confidence >= this.options.minConfidence;
  }

  /** Whether a path may pass through the node (endpoints are always allowed). */
  nodeAllowed(node: string): boolean {
    if (this.avoid.has(node)) return false;
    if (this.through && !this.through.has(this.graph.getNodeAttribute(node, 'kind'))) return false;
    return this.options.throughHubs || !this.hubs.has(node);
  }

  /**
   * Calls `visit` with each node one allowed edge away (a node may come once per parallel edge),
   * until it returns true. Walking out of `node` follows out-edges; the backward search of a
   * bidirectional query (`reverse`) follows in-edges; both follow the other kind when undirected.
   */
  someNeighbor(node: string, reverse: boolean, visit: (to: string) => boolean): boolean {
    const both = !this.options.directed;
    if ((!reverse || both) && this.graph.someOutEdge(node, (_e, a, _s, t) => this.allowed(a) && visit(t))) return true;
    return (reverse || both) && this.graph.someInEdge(node, (_e, a, s) => this.allowed(a) && visit(s));
  }

  /**
   * The edge a hop from `from` to `to` takes: the most confident allowed edge between them, one
   * written that way before one walked backwards, then the first key.
   */
  bestEdge(from: string, to: string): Step | undefined {
    let best: (Step & { confidence: number }) | undefined;
    const consider = (edge: string, a: EdgeAttributes, forward: boolean) => {
      if (!this.allowed(a)) return;
      const better = !best || a.confidence > best.confidence
        || (a.confidence === best.confidence && (forward && !best.forward || (forward === best.forward && edge < best.edge)));
      if (better) best = { to, edge, forward, confidence: a.confidence };
    };
    this.graph.forEachOutEdge(from, to, (e, a) => consider(e, a, true));
    if (!this.options.directed) this.graph.forEachOutEdge(to, from, (e, a) => consider(e, a, false));
    return best && { to, edge: best.edge, forward: best.forward };
  }

  /** The steps out of a node, one per neighbour: the edge bestEdge picks. */
  steps(node: string, reverse = false): Step[] {
    const seen = new Set<string>();
    const out: Step[] = [];
    this.someNeighbor(node, reverse, (to) => {
      if (seen.has(to)) return false;
      seen.add(to);
      const step = reverse ? this.bestEdge(to, node) : this.bestEdge(node, to);
      if (step) out.push({ ...step, to });
      return false;
    });
    return out;
  }
}
