// What extraction produces for one document, before it becomes part of a graph. Offsets are
// character offsets into the document text, end exclusive.
import type { EntityKind, EventType, Relation } from '../model/contract.js';

export interface TextSpan {
  start: number;
  end: number;
}

export interface Token extends TextSpan {
  text: string;
}

export interface Sentence extends TextSpan {
  tokens: Token[];
}

export interface ExtractedEntity {
  /** Local to the document: e1, e2, ... */
  id: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  mentions: TextSpan[];
}

export interface ExtractedEvent {
  id: string;
  eventType: EventType;
  date?: string;
  summary: string;
  /** The trigger phrases ("airstrike", "killed"). */
  mentions: TextSpan[];
}

export interface ExtractedRelation {
  source: string;
  target: string;
  relation: Relation;
  label: string;
  evidence: TextSpan[];
  confidence: number;
}

export interface DocumentExtraction {
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
  relations: ExtractedRelation[];
}
