// CSV files for `neo4j-admin database import full`: headers with Neo4j's :ID/:LABEL/:START_ID/
// :END_ID/:TYPE columns and typed properties, and import.sh with the command line that reads
// them. Arrays (aliases, evidence sentences, labels) are split on U+001F, the ASCII unit
// separator, because sentences hold the default `;`; the files never contain it otherwise.
import type { KgGraph } from '../model/contract.js';
import { csvRow } from './csv.js';
import { evidenceTexts, nodeColumns } from './columns.js';
import { dateRange } from './dates.js';
import { kindLabel, relationType } from './cypher.js';

const SEP = '\u001f';
/** A single value never holds the separator, so that arrays split where kg split them. */
const one = (v: string | undefined) => v?.replaceAll(SEP, ' ');
const array = (values: string[]) => values.map((v) => v.replaceAll(SEP, ' ')).join(SEP);
const plain = (name: string) => name.replace(/^`|`$/g, '').replace(/``/g, '`');

export const NEO4J_NODE_HEADER = ['key:ID', 'label', 'kind', 'aliases:string[]', 'mentions:int', 'documents:int', 'eventType', 'date',
  'dateStart:date', 'dateEnd:date', 'summary', 'x:double', 'y:double', ':LABEL'];
export const NEO4J_EDGE_HEADER = ['key', ':START_ID', ':END_ID', ':TYPE', 'label', 'confidence:double', 'evidence:string[]'];

export const IMPORT_SH = `#!/bin/sh
# Loads nodes.csv and relationships.csv into a new Neo4j 5 database (default: neo4j), which must
# be stopped; start it afterwards. Add --overwrite-destination to replace an existing one.
cd "$(dirname "$0")" && exec neo4j-admin database import full \\
  --nodes=nodes.csv --relationships=relationships.csv \\
  --array-delimiter=U+001F --multiline-fields=true "\${1:-neo4j}"
`;

export function toNeo4jCsv(graph: KgGraph): { 'nodes.csv': string; 'relationships.csv': string; 'import.sh': string } {
  const nodes = [csvRow(NEO4J_NODE_HEADER)];
  graph.forEachNode((key, a) => {
    const c = nodeColumns(graph, key, a);
    const range = c.date ? dateRange(c.date) : undefined;
    nodes.push(csvRow([one(key), one(c.label), one(c.kind), array(a.aliases ?? []), c.mentions, c.documents, one(c.eventType), one(c.date),
      range?.[0], range?.[1], one(c.summary), c.x, c.y, array(['Entity', plain(kindLabel(c.kind))])]));
  });
  const edges = [csvRow(NEO4J_EDGE_HEADER)];
  graph.forEachEdge((key, a, source, target) => {
    edges.push(csvRow([one(key), one(source), one(target), one(plain(relationType(a.relation))), one(a.label), a.confidence,
      array(evidenceTexts(a.evidence))]));
  });
  return { 'nodes.csv': nodes.join(''), 'relationships.csv': edges.join(''), 'import.sh': IMPORT_SH };
}
