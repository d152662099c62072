// A node's card as the panel shows it: kind, aliases, relations out and in with their evidence,
// and the events it takes part in. Pure: graph in, data out.
import type { EventType, KgGraph, Kind, Relation } from '../../../src/model/contract.js';
import { documentName } from '../graph/utils.js';

export interface NodeRef { key: string; label: string; kind: Kind }

export interface EvidenceLine {
  /** The sentence, when the graph carries it. */
  text?: string;
  doc: string;
  document: string;
  start: number;
  end: number;
  /** Offsets in `text` of the mentions to highlight, from the nodes' mention spans. */
  marks: [number, number][];
}

export interface CardRelation {
  edge: string;
  relation: Relation;
  direction: 'out' | 'in';
  label: string;
  other: NodeRef;
  confidence: number;
  evidence: EvidenceLine[];
}

export interface CardEvent extends NodeRef { eventType?: EventType; date?: string; role: Relation; direction: 'out' | 'in' }

export interface Card extends NodeRef {
  aliases: string[];
  eventType?: EventType;
  date?: string;
  summary?: string;
  mentions: number;
  relations: CardRelation[];
  events: CardEvent[];
}

export const ref = (graph: KgGraph, key: string): NodeRef => ({ key, label: graph.getNodeAttribute(key, 'label'), kind: graph.getNodeAttribute(key, 'kind') });

/** Where the mentions of `nodes` fall inside an evidence span, relative to its start. */
function marksIn(graph: KgGraph, nodes: string[], doc: string, start: number, end: number): [number, number][] {
  const marks: [number, number][] = [];
  for (const n of nodes) {
    for (const m of graph.getNodeAttribute(n, 'mentions')) {
      if (m.doc === doc && m.start >= start && m.end <= end) marks.push([m.start - start, m.end - start]);
    }
  }
  return marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

export function evidenceLines(graph: KgGraph, edge: string): EvidenceLine[] {
  const ends = [graph.source(edge), graph.target(edge)];
  return graph.getEdgeAttribute(edge, 'evidence').map((e) => ({
    ...(typeof e.text === 'string' ? { text: e.text } : {}),
    doc: e.doc, document: documentName(graph, e.doc), start: e.start, end: e.end,
    // offsets only mean something when the text is exactly the span
    marks: typeof e.text === 'string' && e.text.length === e.end - e.start ? marksIn(graph, ends, e.doc, e.start, e.end) : [],
  }));
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function card(graph: KgGraph, key: string): Card {
  const a = graph.getNodeAttributes(key);
  const relations: CardRelation[] = [];
  const events: CardEvent[] = [];
  graph.forEachEdge(key, (edge, e, source, target) => {
    const direction = source === key ? 'out' : 'in';
    const other = ref(graph, direction === 'out' ? target : source);
    relations.push({ edge, relation: e.relation, direction, label: e.label, other, confidence: e.confidence, evidence: evidenceLines(graph, edge) });
    if (other.kind === 'event') {
      const o = graph.getNodeAttributes(other.key);
      events.push({ ...other, eventType: o.eventType, date: o.date, role: e.relation, direction });
    }
  });
  relations.sort((x, y) => order(y.direction, x.direction) || order(x.relation, y.relation) || order(x.other.label, y.other.label) || order(x.edge, y.edge));
  events.sort((x, y) => order(x.date ?? '~', y.date ?? '~') || order(x.label, y.label));
  return {
    ...ref(graph, key),
    aliases: a.aliases.filter((s) => s !== a.label),
    ...(a.eventType ? { eventType: a.eventType } : {}),
    ...(a.date ? { date: a.date } : {}),
    ...(a.summary ? { summary: a.summary } : {}),
    mentions: a.mentions.length,
    relations,
    events,
  };
}

/**
 * The parts of an evidence sentence to highlight: the mentions' own offsets when known, else
 * every case-insensitive occurrence of the names, longest names first; sorted, never overlapping.
 */
export function highlightRanges(text: string, marks: readonly [number, number][], names: readonly string[]): [number, number][] {
  const found: [number, number][] = marks.length ? [...marks] : [];
  if (!found.length) {
    const lower = text.toLowerCase();
    for (const name of [...new Set(names)].filter((n) => n.trim().length > 1).sort((a, b) => b.length - a.length)) {
      const n = name.toLowerCase();
      for (let i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + n.length)) found.push([i, i + n.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const r of found) {
    if (r[0] < 0 || r[1] > text.length || r[0] >= r[1]) continue;
    if (out.length && r[0] < out[out.length - 1]![1]) continue;
    out.push(r);
  }
  return out;
}
