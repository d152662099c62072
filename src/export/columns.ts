// What every format says about a node and an edge, flattened to scalars: the one place where
// exports agree on their columns. No Node APIs (viewer bundle).
import type { EdgeAttributes, Evidence, KgGraph, NodeAttributes } from '../model/contract.js';
import { nodeColor } from './colors.js';

export interface NodeColumns {
  label: string;
  kind: string;
  aliases: string;
  mentions: number;
  documents: number;
  eventType?: string;
  date?: string;
  summary?: string;
  x?: number;
  y?: number;
  size: number;
  color: string;
}

export interface EdgeColumns {
  relation: string;
  label: string;
  confidence: number;
  evidence: string;
}

/** Aliases and evidence sentences are joined with this in single-valued formats. */
export const JOIN = ' | ';

export function nodeColumns(graph: KgGraph, key: string, a: NodeAttributes): NodeColumns {
  const mentions = a.mentions ?? [];
  return {
    label: a.label ?? key,
    kind: a.kind,
    aliases: (a.aliases ?? []).join(JOIN),
    mentions: mentions.length,
    documents: countDocs(mentions),
    eventType: a.eventType,
    date: a.date,
    summary: a.summary,
    ...(Number.isFinite(a.x) && Number.isFinite(a.y) ? { x: a.x, y: a.y } : {}),
    // without a saved layout, size by degree as the viewer does
    size: Number.isFinite(a.size) && a.size! > 0 ? a.size! : Math.round((1 + Math.sqrt(graph.degree(key))) * 1000) / 1000,
    color: nodeColor(a.color, a.kind),
  };
}

export function edgeColumns(a: EdgeAttributes): EdgeColumns {
  return { relation: a.relation, label: a.label ?? a.relation, confidence: a.confidence, evidence: evidenceTexts(a.evidence).join(JOIN) };
}

/** Each evidence span as its quoted sentence, or as `doc:start-end` when the graph has no text for it. */
export function evidenceTexts(evidence: Evidence[] | undefined): string[] {
  return (evidence ?? []).map((e) => e.text ?? `${e.doc}:${e.start}-${e.end}`);
}

function countDocs(mentions: { doc: string }[]): number {
  if (mentions.length < 2) return mentions.length;
  return new Set(mentions.map((m) => m.doc)).size;
}
