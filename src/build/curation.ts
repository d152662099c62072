// The analyst's decisions, kept in a plain reviewable file and applied after every build, so
// they survive rebuilds and new documents: merge two nodes, keep two apart, rename, change a
// kind, drop a node or an edge, add an edge with a note. A decision that no longer matches
// anything is reported, never silently ignored.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isKind, isRelation, type EdgeAttributes, type KgGraph, type Kind, type Relation } from '../model/contract.js';
import { InputError, UsageError } from '../model/errors.js';
import { nameKey } from '../extract/names.js';
import { writeFileAtomic } from './graph-io.js';
import { freshKey } from './keys.js';

export type Decision =
  | { op: 'merge'; keep: string; merge: string; acrossKinds?: boolean; note?: string }
  | { op: 'keep-apart'; a: string; b: string; note?: string }
  | { op: 'rename'; entity: string; label: string; note?: string }
  | { op: 'set-kind'; entity: string; kind: Kind; note?: string }
  | { op: 'drop'; entity: string; note?: string }
  | { op: 'drop-edge'; source: string; relation: Relation; target: string; note?: string }
  | { op: 'add-edge'; source: string; relation: Relation; target: string; note: string };

export interface Curation {
  decisions: Decision[];
}

export const CURATION_FILE = 'kg.curation.json';

/** The curation file that goes with a graph: beside it, unless given. */
export function curationPathFor(graphPath: string, explicit?: string): string {
  return explicit ?? join(dirname(graphPath), CURATION_FILE);
}

export function readCuration(path: string): Curation {
  if (!existsSync(path)) return { decisions: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InputError(`${path}: not JSON`);
  }
  const decisions = (data as Curation)?.decisions;
  if (!Array.isArray(decisions)) throw new InputError(`${path}: not a curation file (expected {"decisions": [...]})`);
  decisions.forEach((d, i) => checkDecision(d, `${path}: decision ${i + 1}`));
  return { decisions };
}

export function writeCuration(path: string, curation: Curation): void {
  writeFileAtomic(path, JSON.stringify(curation, null, 2) + '\n');
}

function checkDecision(d: Decision, where: string): void {
  const need = (...fields: string[]) => {
    for (const f of fields) if (typeof (d as unknown as Record<string, unknown>)[f] !== 'string') throw new InputError(`${where}: "${d.op}" needs "${f}"`);
  };
  switch (d?.op) {
    case 'merge': return need('keep', 'merge');
    case 'keep-apart': return need('a', 'b');
    case 'rename': return need('entity', 'label');
    case 'set-kind': need('entity'); if (!isKind(d.kind)) throw new InputError(`${where}: unknown kind "${d.kind}"`); return;
    case 'drop': return need('entity');
    case 'drop-edge': case 'add-edge':
      need('source', 'target');
      if (!isRelation(d.relation)) throw new InputError(`${where}: unknown relation "${d.relation}"`);
      if (d.op === 'add-edge') need('note');
      return;
    default: throw new InputError(`${where}: unknown operation ${JSON.stringify((d as { op?: unknown })?.op)}`);
  }
}

/** The node a decision names: its key, or a label or alias (case and punctuation aside); kind in brackets narrows it: "Smith (person)". */
export function findNamed(graph: KgGraph, name: string): string | undefined {
  if (graph.hasNode(name)) return name;
  const kinded = /^(.*)\s+\((person|group|place|event)\)$/.exec(name);
  const wanted = nameKey(kinded ? kinded[1]! : name);
  const kind = kinded?.[2];
  let byAlias: string | undefined;
  for (const key of graph.nodes()) {
    const a = graph.getNodeAttributes(key);
    if (kind && a.kind !== kind) continue;
    if (nameKey(a.label) === wanted) return key;
    if (!byAlias && a.aliases.some((x) => nameKey(x) === wanted)) byAlias = key;
  }
  return byAlias;
}

export interface CurationReport {
  applied: number;
  /** Decisions that match nothing in this graph, with why. */
  stale: string[];
}

/** Pairs of names never to merge, for cross-document resolution. */
export function keptApart(curation: Curation): [string, string][] {
  return curation.decisions.filter((d): d is Extract<Decision, { op: 'keep-apart' }> => d.op === 'keep-apart').map((d) => [d.a, d.b]);
}

export function applyCuration(graph: KgGraph, curation: Curation): CurationReport {
  const report: CurationReport = { applied: 0, stale: [] };
  curation.decisions.forEach((d, i) => {
    const problem = applyOne(graph, d, curation);
    if (problem) report.stale.push(`decision ${i + 1} (${d.op}): ${problem}`);
    else report.applied++;
  });
  return report;
}

function applyOne(graph: KgGraph, d: Decision, curation: Curation): string | undefined {
  const node = (name: string) => findNamed(graph, name);
  switch (d.op) {
    case 'merge': {
      const keep = node(d.keep);
      const other = node(d.merge);
      if (!keep) return `no entity "${d.keep}"`;
      if (!other) return `no entity "${d.merge}" (already merged, or gone)`;
      if (keep === other) return undefined;
      if (graph.getNodeAttribute(keep, 'kind') !== graph.getNodeAttribute(other, 'kind') && !d.acrossKinds) {
        return `"${d.keep}" and "${d.merge}" are of different kinds (merge across kinds explicitly)`;
      }
      if (keptApart(curation).some(([a, b]) => [node(a), node(b)].includes(keep) && [node(a), node(b)].includes(other))) {
        return `"${d.keep}" and "${d.merge}" are to be kept apart`;
      }
      mergeNodes(graph, keep, other);
      return undefined;
    }
    case 'keep-apart':
      return node(d.a) && node(d.b) ? undefined : `no entity "${node(d.a) ? d.b : d.a}"`;
    case 'rename': {
      const key = node(d.entity) ?? node(d.label);
      if (!key) return `no entity "${d.entity}"`;
      graph.updateNodeAttributes(key, (a) => ({ ...a, label: d.label, aliases: [...new Set([...a.aliases, a.label])].filter((x) => x !== d.label) }));
      return undefined;
    }
    case 'set-kind': {
      const key = node(d.entity);
      if (!key) return `no entity "${d.entity}"`;
      graph.setNodeAttribute(key, 'kind', d.kind);
      return undefined;
    }
    case 'drop': {
      const key = node(d.entity);
      if (!key) return `no entity "${d.entity}"`;
      graph.dropNode(key);
      return undefined;
    }
    case 'drop-edge': {
      const s = node(d.source);
      const t = node(d.target);
      const edges = s && t ? graph.directedEdges(s, t).filter((e) => graph.getEdgeAttribute(e, 'relation') === d.relation) : [];
      if (!edges.length) return `no edge ${d.source} --${d.relation}--> ${d.target}`;
      for (const e of edges) graph.dropEdge(e);
      return undefined;
    }
    case 'add-edge': {
      const s = node(d.source);
      const t = node(d.target);
      if (!s || !t) return `no entity "${s ? d.target : d.source}"`;
      if (graph.directedEdges(s, t).some((e) => graph.getEdgeAttribute(e, 'relation') === d.relation)) return undefined;
      const attrs: EdgeAttributes = { relation: d.relation, label: d.note, evidence: [], confidence: 1 };
      graph.addDirectedEdgeWithKey(freshKey(`${s}->${d.relation}->${t}`, (k) => graph.hasEdge(k)), s, t, attrs);
      return undefined;
    }
  }
}

/** Moves everything of `other` onto `keep`: aliases, mentions, edges with their evidence. */
export function mergeNodes(graph: KgGraph, keep: string, other: string): void {
  const o = graph.getNodeAttributes(other);
  graph.updateNodeAttributes(keep, (a) => ({
    ...a,
    aliases: [...new Set([...a.aliases, o.label, ...o.aliases])].filter((x) => x !== a.label),
    mentions: [...a.mentions, ...o.mentions].sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start)),
  }));
  for (const edge of graph.edges(other)) {
    const attrs = graph.getEdgeAttributes(edge);
    const source = graph.source(edge) === other ? keep : graph.source(edge);
    const target = graph.target(edge) === other ? keep : graph.target(edge);
    if (source !== target) {
      const same = graph.directedEdges(source, target).find((e) => graph.getEdgeAttribute(e, 'relation') === attrs.relation);
      if (same) graph.updateEdgeAttribute(same, 'evidence', (ev) => [...(ev ?? []), ...attrs.evidence]);
      else graph.addDirectedEdgeWithKey(freshKey(`${source}->${attrs.relation}->${target}`, (k) => graph.hasEdge(k)), source, target, attrs);
    }
  }
  graph.dropNode(other);
}

/** Adds a decision unless the same one is there already; returns whether it was added. */
export function addDecision(curation: Curation, decision: Decision): boolean {
  const same = JSON.stringify({ ...decision, note: undefined });
  if (curation.decisions.some((d) => JSON.stringify({ ...d, note: undefined }) === same)) return false;
  curation.decisions.push(decision);
  return true;
}

export function requireNamed(graph: KgGraph, name: string, command: string): string {
  const key = findNamed(graph, name);
  if (!key) throw new UsageError(`${command}: no entity named "${name}" (use the label, an alias, or the key as kg show prints it)`);
  return key;
}
