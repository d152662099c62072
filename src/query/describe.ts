// Plain descriptions of nodes and edges that every query's output shares (text and JSON).
import type { KgGraph, Kind, Span } from '../model/contract.js';

export interface NodeRef {
  key: string;
  label: string;
  kind: Kind;
  eventType?: string;
  date?: string;
}

export interface EvidenceRef extends Span {
  text?: string;
  document?: string;
}

export function nodeRef(graph: KgGraph, key: string): NodeRef {
  const a = graph.getNodeAttributes(key);
  return {
    key,
    label: a.label,
    kind: a.kind,
    ...(a.eventType ? { eventType: a.eventType } : {}),
    ...(a.date ? { date: a.date } : {}),
  };
}

/** An edge's evidence with the document's path (where the graph lists it). */
export function evidenceOf(graph: KgGraph, edge: string): EvidenceRef[] {
  const docs = new Map(graph.getAttribute('documents').map((d) => [d.id, d]));
  return graph.getEdgeAttribute(edge, 'evidence').map((e) => ({ ...e, document: docs.get(e.doc)?.path ?? e.doc }));
}

/** The documents that mention a node or support an edge. */
export function documentsOf(graph: KgGraph, key: string, isEdge = false): string[] {
  const spans: Span[] = isEdge ? graph.getEdgeAttribute(key, 'evidence') : graph.getNodeAttribute(key, 'mentions');
  return [...new Set(spans.map((s) => s.doc))].sort();
}

/** A node's number of edges, counting only those at least `minConfidence` confident when given. */
export function degreeOf(graph: KgGraph, key: string, minConfidence?: number): number {
  if (minConfidence === undefined) return graph.degree(key);
  let n = 0;
  graph.forEachEdge(key, (_e, a) => { if (a.confidence >= minConfidence) n++; });
  return n;
}
