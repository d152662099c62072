// One entity's card: what `kg show` prints and the viewer's panel shows.
import type { KgGraph, Relation } from '../model/contract.js';
import { documentsOf, evidenceOf, nodeRef, type EvidenceRef, type NodeRef } from './describe.js';

export interface CardRelation {
  relation: Relation;
  direction: 'out' | 'in';
  label: string;
  other: NodeRef;
  confidence: number;
  evidence: EvidenceRef[];
}

export interface Card extends NodeRef {
  aliases: string[];
  summary?: string;
  mentions: number;
  documents: string[];
  relations: CardRelation[];
  /** With minConfidence: how many weaker relations were left out. */
  hiddenRelations?: number;
  /** Events: participants by role ("killed": [...]). */
  participants?: Record<string, NodeRef[]>;
}

export function card(graph: KgGraph, key: string, options: { minConfidence?: number } = {}): Card {
  const a = graph.getNodeAttributes(key);
  const relations: CardRelation[] = [];
  let hidden = 0;
  graph.forEachEdge(key, (edge, e, source, target) => {
    if (options.minConfidence !== undefined && e.confidence < options.minConfidence) { hidden++; return; }
    const out = source === key;
    relations.push({
      relation: e.relation,
      direction: out ? 'out' : 'in',
      label: e.label,
      other: nodeRef(graph, out ? target : source),
      confidence: e.confidence,
      evidence: evidenceOf(graph, edge),
    });
  });
  relations.sort((x, y) => (x.direction < y.direction ? 1 : x.direction > y.direction ? -1 : 0)
    || (x.relation < y.relation ? -1 : x.relation > y.relation ? 1 : 0)
    || (x.other.label < y.other.label ? -1 : x.other.label > y.other.label ? 1 : x.other.key < y.other.key ? -1 : 1));
  const result: Card = {
    ...nodeRef(graph, key),
    aliases: a.aliases,
    ...(a.summary ? { summary: a.summary } : {}),
    mentions: a.mentions.length,
    documents: documentsOf(graph, key),
    relations,
    ...(options.minConfidence !== undefined ? { hiddenRelations: hidden } : {}),
  };
  if (a.kind === 'event') {
    const participants: Record<string, NodeRef[]> = {};
    for (const r of relations) (participants[r.relation] ??= []).push(r.other);
    result.participants = participants;
  }
  return result;
}
