// CSV (RFC 4180, read by Python's strict csv reader), the Cypher script (checked by Neo4j's own
// parser) and the neo4j-admin CSV headers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvField, toCsv } from '../../src/export/csv.js';
import { cypherName, cypherString, toCypher } from '../../src/export/cypher.js';
import { toNeo4jCsv } from '../../src/export/neo4j-csv.js';
import { tempDir } from '../helpers/cli.js';
import { cypherErrors, python, pythonCsv } from './consumers.js';
import { LABEL_O, LABEL_P, sample } from './sample.js';

describe('CSV', () => {
  test('fields are quoted as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('bell\u0007')).toBe('"bell\u0007"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField('lone \ud800')).toBe('lone \ufffd');
  });

  test('one row per node and edge, CRLF line ends, a header first', () => {
    const csv = toCsv(sample());
    expect(csv['nodes.csv'].startsWith('key,label,kind,aliases,mentions,documents,eventType,date,summary,x,y,size,color\r\n')).toBe(true);
    expect(csv['edges.csv'].startsWith('key,source,target,relation,label,confidence,evidence\r\n')).toBe(true);
    expect(csv['edges.csv']).toContain('\r\np->leads->o,p,o,leads,head of,1,"Ann, ""head"" of Acme; <b>"\r\n');
  });

  (python ? test : test.skip)("Python's csv reader gets every value back", () => {
    const dir = tempDir('kg-csv-');
    const csv = toCsv(sample());
    for (const [name, text] of Object.entries(csv)) writeFileSync(join(dir, name), text);
    const rows = pythonCsv(join(dir, 'nodes.csv'), join(dir, 'edges.csv'));
    const nodes = rows[join(dir, 'nodes.csv')]!;
    const edges = rows[join(dir, 'edges.csv')]!;
    expect(nodes).toHaveLength(5);
    expect(edges).toHaveLength(4);
    const byKey = Object.fromEntries(nodes.slice(1).map((r) => [r[0], r]));
    expect(byKey.p).toEqual(['p', LABEL_P, 'person', 'A. Lee | Lee; Ann', '3', '2', '', '', '', '1.5', '-2', '4', '#e4572e']);
    expect(byKey.o![1]).toBe(LABEL_O);
    expect(byKey.e!.slice(6, 9)).toEqual(['attack', '2019-12', 'strike on "Acme"']);
    expect(edges.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['p->leads->o', 'p', 'o', 'leads', 'head of', '1'],
      ['p->member_of->o', 'p', 'o', 'member_of', 'of', '0.5'],
      ['o->carried_out->e', 'o', 'e', 'carried_out', 'carried out', '0.75'],
    ]);
  });
});

describe('Cypher', () => {
  test('strings are escaped: quotes, backslashes, line breaks and control characters', () => {
    expect(cypherString("O'Brien \\ \n\t\u0000")).toBe("'O\\'Brien \\\\ \\n\\t\\u0000'");
    expect(cypherString('😀 "q"')).toBe('\'😀 "q"\'');
  });

  test('names outside the plain alphabet are quoted in backticks', () => {
    expect(cypherName('MEMBER_OF')).toBe('MEMBER_OF');
    expect(cypherName('has space`tick')).toBe('`has space``tick`');
  });

  test('labels from kind, relationship types from relation, properties from attributes', () => {
    const script = toCypher(sample());
    expect(script).toMatch(/^CREATE CONSTRAINT kg_entity_key IF NOT EXISTS FOR \(n:Entity\) REQUIRE n\.key IS UNIQUE;$/m);
    expect(script).toContain(`{key: 'p', props: {label: 'Ann & "Lee" <x> O\\'Neil', kind: 'person', aliases: ['A. Lee', 'Lee; Ann'], mentions: 3, documents: 2, x: 1.5, y: -2.0}}`);
    expect(script).toMatch(/MERGE \(n:Entity \{key: row\.key\}\) SET n \+= row\.props, n:Person;$/m);
    expect(script).toContain("dateStart: date('2019-12-01'), dateEnd: date('2019-12-31')");
    expect(script).toContain("{key: 'p->leads->o', source: 'p', target: 'o', props: {label: 'head of', confidence: 1.0, evidence: ['Ann, \"head\" of Acme; <b>']}}");
    expect(script).toMatch(/MERGE \(s\)-\[r:MEMBER_OF \{key: row\.key\}\]->\(t\) SET r \+= row\.props;$/m);
    // one statement per kind and per relation for a graph this small
    expect(script.match(/^UNWIND/gm)).toHaveLength(3 + 3);
  });

  test("Neo4j's Cypher parser finds no syntax error", () => {
    expect(cypherErrors(toCypher(sample()))).toEqual([]);
  });

  test('the parser catches a broken script (the check can fail)', () => {
    expect(cypherErrors("UNWIND [{key: 'a'}] AS row MERGE (n:Entity {key: row.key}) SET n.label = 'it's';")).not.toEqual([]);
  });

  test('big graphs go in batches of 500 rows', () => {
    const g = sample();
    for (let i = 0; i < 1200; i++) g.addNode(`n${i}`, { label: `n${i}`, kind: 'place', aliases: [], mentions: [] });
    expect(toCypher(g).match(/n:Place;$/gm)).toHaveLength(3);
  });
});

describe('neo4j-csv', () => {
  test('the headers neo4j-admin database import expects', () => {
    const out = toNeo4jCsv(sample());
    expect(out['nodes.csv'].split('\r\n')[0]).toBe(
      'key:ID,label,kind,aliases:string[],mentions:int,documents:int,eventType,date,dateStart:date,dateEnd:date,summary,x:double,y:double,:LABEL');
    expect(out['relationships.csv'].split('\r\n')[0]).toBe('key,:START_ID,:END_ID,:TYPE,label,confidence:double,evidence:string[]');
    expect(out['import.sh']).toContain('--array-delimiter=U+001F --multiline-fields=true');
  });

  test('arrays split on U+001F, so an alias or sentence with a semicolon stays whole', () => {
    const out = toNeo4jCsv(sample());
    expect(out['nodes.csv']).toContain('\r\np,"Ann & ""Lee"" <x> O\'Neil",person,"A. Lee\u001fLee; Ann",3,2,,,,,,1.5,-2,"Entity\u001fPerson"\r\n');
    expect(out['nodes.csv']).toContain(',attack,2019-12,2019-12-01,2019-12-31,');
    expect(out['relationships.csv']).toContain('\r\np->member_of->o,p,o,MEMBER_OF,of,0.5,d2:1-4\r\n');
  });
});
