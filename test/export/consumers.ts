// The real consumers the exports are checked with: NetworkX and Python's csv module, xmllint,
// and Neo4j's own Cypher parser. Where Python or xmllint is missing the tests that need them
// skip with a printed reason (CI installs python3-networkx and libxml2-utils).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const FIXTURES = fileURLToPath(new URL('../fixtures/export/', import.meta.url));

export const python = ['python3', 'python'].find((p) => spawnSync(p, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0);
export const hasXmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;

if (!python) console.log('export tests: NetworkX and csv checks skipped: no python3 with networkx (Debian: apt-get install python3-networkx)');
if (!hasXmllint) console.log('export tests: xmllint checks skipped: no xmllint (Debian: apt-get install libxml2-utils)');

function runPython(script: string, args: string[]): any {
  const run = spawnSync(python!, [FIXTURES + script, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

export interface NxGraph {
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, any>>;
  edges: [string, string, Record<string, any>][];
}

/** The graph as networkx.read_gexf / read_graphml see it, with their defaults. */
export const networkx = (file: string): NxGraph => runPython('read_back.py', [file])[file];

/** Several files in one Python run (NetworkX takes a while to import). */
export const networkxAll = (files: string[]): Record<string, NxGraph> => runPython('read_back.py', files);

/** Each file's rows as Python's csv.reader (strict) parses them. */
export const pythonCsv = (...files: string[]): Record<string, string[][]> => runPython('read_csv.py', files);

/** xmllint --noout: the empty string when the file is well-formed, else its complaint. */
export function xmllint(...files: string[]): string {
  const run = spawnSync('xmllint', ['--noout', ...files], { encoding: 'utf8' });
  return run.status === 0 ? '' : run.stderr || `exit ${run.status}`;
}

/** Neo4j's Cypher parser's syntax errors for a script, as "line: message". */
export function cypherErrors(script: string): string[] {
  return lintCypherQuery(script, {}).diagnostics.filter((d) => d.severity === 1).map((d) => `${d.range.start.line}: ${d.message}`);
}
