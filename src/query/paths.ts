// Paths between two entities: the shortest (bidirectional BFS), all shortest, and the k shortest
// simple paths (Yen's algorithm), under the walk's filters. Stateless functions of the graph.
import type { KgGraph } from '../model/contract.js';
import { Walker, type WalkOptions } from './walk.js';

export interface Hop {
  from: string;
  to: string;
  edge: string;
  forward: boolean;
}

export interface Path {
  nodes: string[];
  hops: Hop[];
}

export interface PathOptions extends WalkOptions {
  maxHops?: number;
}

/**
 * The shortest path, or undefined. Searches from both ends a layer at a time (the smaller frontier
 * first), so a query on a huge graph touches few nodes; the edge of each hop is chosen once the
 * path is known (Walker.bestEdge), which keeps the search itself to node bookkeeping.
 */
export function shortestPath(graph: KgGraph, from: string, to: string, options: PathOptions = {}, walker = new Walker(graph, options)): Path | undefined {
  if (from === to) return { nodes: [from], hops: [] };
  const max = options.maxHops ?? Infinity;
  // each side's parent pointers: the node one step closer to its own end
  const fwd = new Map<string, string | null>([[from, null]]);
  const bwd = new Map<string, string | null>([[to, null]]);
  let fFrontier = [from];
  let bFrontier = [to];
  let fDepth = 0;
  let bDepth = 0;
  const passable = (node: string) => node === from || node === to || walker.nodeAllowed(node);
  while (fFrontier.length && bFrontier.length && fDepth + bDepth < max) {
    const forward = fFrontier.length <= bFrontier.length;
    const seen = forward ? fwd : bwd;
    const other = forward ? bwd : fwd;
    const next: string[] = [];
    let meet: string | undefined;
    for (const node of forward ? fFrontier : bFrontier) {
      if (!passable(node)) continue;
      const met = walker.someNeighbor(node, !forward, (n) => {
        if (seen.has(n)) return false;
        seen.set(n, node);
        // a shortest path: no earlier layer met, so this meeting is at the least possible depth
        if (other.has(n) && passable(n)) { meet = n; return true; }
        next.push(n);
        return false;
      });
      if (met) break;
    }
    if (meet !== undefined) return assemble(walker, meet, fwd, bwd);
    if (forward) { fFrontier = next; fDepth++; } else { bFrontier = next; bDepth++; }
  }
  return undefined;
}

function assemble(walker: Walker, meet: string, fwd: Map<string, string | null>, bwd: Map<string, string | null>): Path {
  const nodes: string[] = [];
  for (let n: string | null | undefined = meet; n != null; n = fwd.get(n)) nodes.unshift(n);
  for (let n = bwd.get(meet); n != null; n = bwd.get(n)) nodes.push(n);
  return withEdges(walker, nodes);
}

/**
 * Every shortest path (up to `limit`), in a stable order. Searches from both ends a whole layer at
 * a time, keeping every parent one layer closer to its end; the paths are the ways through the
 * nodes where the two searches meet.
 */
export function allShortestPaths(graph: KgGraph, from: string, to: string, options: PathOptions = {}, limit = 100): Path[] {
  if (from === to) return [{ nodes: [from], hops: [] }];
  const walker = new Walker(graph, options);
  const max = options.maxHops ?? Infinity;
  const passable = (node: string) => node === from || node === to || walker.nodeAllowed(node);
  // depth from each end, and each node's parents: the nodes one step closer to that end
  const fDepth = new Map<string, number>([[from, 0]]);
  const bDepth = new Map<string, number>([[to, 0]]);
  const fParents = new Map<string, string[]>();
  const bParents = new Map<string, string[]>();
  let fFrontier = [from];
  let bFrontier = [to];
  let hops = 0;
  let meets: string[] = [];
  while (fFrontier.length && bFrontier.length && hops < max && !meets.length) {
    const forward = fFrontier.length <= bFrontier.length;
    const depth = forward ? fDepth : bDepth;
    const other = forward ? bDepth : fDepth;
    const parents = forward ? fParents : bParents;
    const next: string[] = [];
    const met = new Set<string>();
    for (const node of forward ? fFrontier : bFrontier) {
      const d = depth.get(node)! + 1;
      walker.someNeighbor(node, !forward, (n) => {
        const known = depth.get(n);
        if ((known !== undefined && known !== d) || !passable(n)) return false;
        if (known === undefined) { depth.set(n, d); next.push(n); }
        const list = parents.get(n);
        if (!list) parents.set(n, [node]);
        else if (!list.includes(node)) list.push(node);
        if (other.has(n)) met.add(n);
        return false;
      });
    }
    // the whole layer is expanded before stopping, so every meeting node of the least length is known
    meets = [...met].sort();
    if (forward) fFrontier = next; else bFrontier = next;
    hops++;
  }
  const out: Path[] = [];
  const halves = (start: string, parents: Map<string, string[]>, end: string): string[][] => {
    const found: string[][] = [];
    const walk = (node: string, chain: string[]) => {
      if (found.length >= limit) return;
      if (node === end) { found.push(chain); return; }
      for (const p of parents.get(node) ?? []) walk(p, [...chain, p]);
    };
    walk(start, [start]);
    return found;
  };
  for (const m of meets) {
    for (const left of halves(m, fParents, from)) {
      for (const right of halves(m, bParents, to)) {
        if (out.length >= limit) break;
        const nodes = [...left.reverse(), ...right.slice(1)];
        left.reverse();
        out.push(withEdges(walker, nodes));
      }
    }
  }
  return out.sort(comparePaths);
}

function withEdges(walker: Walker, nodes: string[]): Path {
  const hops = nodes.slice(1).map((next, i) => {
    const step = walker.bestEdge(nodes[i]!, next)!;
    return { from: nodes[i]!, to: next, edge: step.edge, forward: step.forward };
  });
  return { nodes, hops };
}

/** The k shortest simple paths, shortest first (Yen's algorithm over the filtered walk). */
export function kShortestPaths(graph: KgGraph, from: string, to: string, k: number, options: PathOptions = {}): Path[] {
  const first = shortestPath(graph, from, to, options);
  if (!first) return [];
  const found: Path[] = [first];
  const candidates: Path[] = [];
  const seen = new Set([signature(first)]);
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const spur = last.nodes[i]!;
      const root = last.hops.slice(0, i);
      // the next nodes that paths found so far take from this spur (parallel edges are one step)
      const bannedNext = new Set<string>();
      for (const p of found) {
        if (p.nodes.length > i + 1 && samePrefix(p, last, i)) bannedNext.add(p.nodes[i + 1]!);
      }
      const bannedNodes = new Set(last.nodes.slice(0, i));
      const walker = new RestrictedWalker(graph, options, bannedNodes, spur, bannedNext);
      const spurPath = shortestPath(graph, spur, to, { ...options, ...(options.maxHops !== undefined ? { maxHops: options.maxHops - i } : {}) }, walker);
      if (!spurPath) continue;
      const path: Path = { nodes: [...last.nodes.slice(0, i), ...spurPath.nodes], hops: [...root, ...spurPath.hops] };
      const sig = signature(path);
      if (!seen.has(sig)) { seen.add(sig); candidates.push(path); }
    }
    if (!candidates.length) break;
    candidates.sort(comparePaths);
    found.push(candidates.shift()!);
  }
  return found;
}

/** A walker that also never uses some nodes, nor some steps out of the spur node (Yen's spur searches). */
class RestrictedWalker extends Walker {
  constructor(graph: KgGraph, options: WalkOptions, private readonly nodes: ReadonlySet<string>,
    private readonly spur: string, private readonly bannedNext: ReadonlySet<string>) {
    super(graph, options);
  }
  override nodeAllowed(node: string): boolean {
    return !this.nodes.has(node) && super.nodeAllowed(node);
  }
  override someNeighbor(node: string, reverse: boolean, visit: (to: string) => boolean): boolean {
    return super.someNeighbor(node, reverse, (to) => !this.nodes.has(to)
      && !(reverse ? to === this.spur && this.bannedNext.has(node) : node === this.spur && this.bannedNext.has(to))
      && visit(to));
  }
}

function samePrefix(a: Path, b: Path, i: number): boolean {
  for (let j = 0; j <= i; j++) if (a.nodes[j] !== b.nodes[j]) return false;
  return true;
}

const signature = (p: Path): string => p.nodes.join('|');

/** Shorter first, then more confident, then by key: a stable order. */
function comparePaths(a: Path, b: Path): number {
  return a.hops.length - b.hops.length || (signature(a) < signature(b) ? -1 : signature(a) > signature(b) ? 1 : 0);
}
