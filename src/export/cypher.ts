// Neo4j (and Memgraph): a Cypher script that loads the graph as it is, and the CSV files with the
// headers `neo4j-admin database import` expects. Labels come from `kind`, relationship types
// from `relation`.
import type { KgGraph } from '../model/contract.js';
import { csvField } from './csv.js';

const LABEL: Record<string, string> = { person: 'Person', group: 'Group', place: 'Place', event: 'Event' };

/** A Cypher string literal: backslashes, quotes and control characters escaped. */
export function cypherString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')
    .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

function props(values: Record<string, unknown>): string {
  const parts = Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'number' ? String(v) : Array.isArray(v) ? `[${v.map((x) => cypherString(String(x))).join(', ')}]` : cypherString(String(v))}`);
  return `{${parts.join(', ')}}`;
}

export function toCypher(graph: KgGraph): string {
  const lines = ['// kg graph for Neo4j or Memgraph: run with cypher-shell < graph.cypher', 'CREATE CONSTRAINT kg_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;'];
  graph.forEachNode((key, a) => {
    lines.push(`MERGE (n:Entity:${LABEL[a.kind]} {key: ${cypherString(key)}}) SET n += ${props({
      label: a.label, kind: a.kind, aliases: a.aliases, mentions: a.mentions.length, eventType: a.eventType, date: a.date, summary: a.summary,
    })};`);
  });
  graph.forEachEdge((key, a, source, target) => {
    lines.push(`MATCH (s:Entity {key: ${cypherString(source)}}), (t:Entity {key: ${cypherString(target)}}) MERGE (s)-[r:${a.relation.toUpperCase()} {key: ${cypherString(key)}}]->(t) SET r += ${props({
      label: a.label, confidence: a.confidence, evidence: a.evidence.map((e) => e.text ?? `${e.doc}:${e.start}-${e.end}`),
    })};`);
  });
  return lines.join('\n') + '\n';
}

export function toNeo4jCsv(graph: KgGraph): { nodes: string; edges: string } {
  const nodes = ['key:ID,label,kind,aliases:string[],mentions:int,eventType,date,:LABEL'];
  graph.forEachNode((key, a) => {
    nodes.push([key, a.label, a.kind, a.aliases.join(';'), a.mentions.length, a.eventType, a.date, `Entity;${LABEL[a.kind]}`].map(csvField).join(','));
  });
  const edges = [':START_ID,:END_ID,:TYPE,label,confidence:double'];
  graph.forEachEdge((_key, a, source, target) => {
    edges.push([source, target, a.relation.toUpperCase(), a.label, a.confidence].map(csvField).join(','));
  });
  return { nodes: nodes.join('\n') + '\n', edges: edges.join('\n') + '\n' };
}
