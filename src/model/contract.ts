// The graph contract of ../shared/DESIGN.md as types. Every stage imports these; nothing here
// depends on any other part of kg.
import type { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';

export const SCHEMA_VERSION = 1;

export const KINDS = ['person', 'group', 'place', 'event'] as const;
export type Kind = (typeof KINDS)[number];
export type EntityKind = Exclude<Kind, 'event'>;

export const RELATIONS = [
  'leads', 'member_of', 'part_of', 'located_in', 'backed_by', 'citizen_of',
  'carried_out', 'ordered', 'killed', 'injured', 'targeted', 'occurred_in',
  'reported', 'said', 'about', 'related_to',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const EVENT_TYPES = [
  'attack', 'killing', 'statement', 'protest', 'meeting', 'conflict', 'arrest', 'trial',
  'sanction', 'election', 'agreement', 'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A span of a document's text: character offsets, end exclusive. */
export interface Span {
  doc: string;
  start: number;
  end: number;
}

/** An edge's supporting sentence. kg adds the sentence's text, so a graph file explains itself without its documents. */
export interface Evidence extends Span {
  text?: string;
}

export interface DocumentInfo {
  id: string;
  path: string;
  title?: string;
  date?: string;
  sha256: string;
  chars: number;
}

export interface GraphAttributes {
  schemaVersion: number;
  documents: DocumentInfo[];
  builtWith: { name: string; version: string };
}

export interface NodeAttributes {
  label: string;
  kind: Kind;
  aliases: string[];
  mentions: Span[];
  eventType?: EventType;
  date?: string;
  summary?: string;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttributes {
  relation: Relation;
  label: string;
  evidence: Evidence[];
  confidence: number;
}

export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedKgGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Edges under this confidence are kept in the graph but hidden by default views. */
export const LOW_CONFIDENCE = 0.5;

export const isKind = (s: string): s is Kind => (KINDS as readonly string[]).includes(s);
export const isRelation = (s: string): s is Relation => (RELATIONS as readonly string[]).includes(s);
