// A Cypher script that loads the graph into Neo4j 5 (or Memgraph) as it is: labels from `kind`,
// relationship types from `relation`, everything else as properties. Rows go in batches through
// UNWIND, so a big graph loads in thousands of statements, not millions. No Node APIs.
import type { KgGraph } from '../model/contract.js';
import { evidenceTexts, nodeColumns } from './columns.js';
import { dateRange } from './dates.js';
import { wellFormed } from './xml-text.js';

const BATCH = 500;

/** A Cypher string literal: backslashes, quotes and control characters escaped, lone surrogates replaced. */
export function cypherString(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `'${wellFormed(value).replace(/[\\'\u0000-\u001f\u007f]/g, (c) => CYPHER_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}
const CYPHER_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A label or relationship type: as it is when it is a plain name, else quoted in backticks. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${wellFormed(name).replace(/`/g, '``')}\``;
}

/** The node label of a kind: `person` -> `Person`. */
export const kindLabel = (kind: string): string => cypherName(kind.charAt(0).toUpperCase() + kind.slice(1));
/** The relationship type of a relation: `member_of` -> `MEMBER_OF`. */
export const relationType = (relation: string): string => cypherName(relation.toUpperCase());

type Value = string | number | string[] | { date: string } | undefined;

/** Properties that are floats even when a value is whole: `1.0`, not `1`, so a column keeps one type. */
const FLOATS = new Set(['confidence', 'x', 'y']);

function literal(k: string, v: Exclude<Value, undefined>): string {
  if (typeof v === 'number') return FLOATS.has(k) && Number.isInteger(v) ? v.toFixed(1) : String(v);
  if (typeof v === 'string') return cypherString(v);
  if (Array.isArray(v)) return `[${v.map(cypherString).join(', ')}]`;
  return `date(${cypherString(v.date)})`;
}

function map(values: Record<string, Value>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v))) continue;
    parts.push(`${k}: ${literal(k, v)}`);
  }
  return `{${parts.join(', ')}}`;
}

export function toCypher(graph: KgGraph): string {
  const out = [
    '// kg graph for Neo4j 5: cypher-shell -u neo4j -p PASSWORD -f graph.cypher',
    '// Memgraph: replace the next line with CREATE CONSTRAINT ON (n:Entity) ASSERT n.key IS UNIQUE;',
    'CREATE CONSTRAINT kg_entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;',
  ];
  const byKind = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    const c = nodeColumns(graph, key, a);
    const range = c.date ? dateRange(c.date) : undefined;
    const props = map({
      label: c.label, kind: c.kind, aliases: a.aliases ?? [], mentions: c.mentions, documents: c.documents,
      eventType: c.eventType, date: c.date, dateStart: range && { date: range[0] }, dateEnd: range && { date: range[1] },
      summary: c.summary, x: c.x, y: c.y,
    });
    push(byKind, c.kind, `{key: ${cypherString(key)}, props: ${props}}`);
  });
  for (const [kind, rows] of byKind) {
    for (const batch of batches(rows)) {
      out.push(`UNWIND [${batch.join(', ')}] AS row MERGE (n:Entity {key: row.key}) SET n += row.props, n:${kindLabel(kind)};`);
    }
  }
  const byRelation = new Map<string, string[]>();
  graph.forEachEdge((key, a, source, target) => {
    const props = map({ label: a.label, confidence: a.confidence, evidence: evidenceTexts(a.evidence) });
    push(byRelation, a.relation, `{key: ${cypherString(key)}, source: ${cypherString(source)}, target: ${cypherString(target)}, props: ${props}}`);
  });
  for (const [relation, rows] of byRelation) {
    for (const batch of batches(rows)) {
      out.push(`UNWIND [${batch.join(', ')}] AS row MATCH (s:Entity {key: row.source}) MATCH (t:Entity {key: row.target}) `
        + `MERGE (s)-[r:${relationType(relation)} {key: row.key}]->(t) SET r += row.props;`);
    }
  }
  return out.join('\n') + '\n';
}

function push(groups: Map<string, string[]>, key: string, row: string): void {
  const rows = groups.get(key);
  if (rows) rows.push(row);
  else groups.set(key, [row]);
}

function* batches(rows: string[]): Generator<string[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}
