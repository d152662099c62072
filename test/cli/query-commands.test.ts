// The query commands as a user runs them, on hand-built graph files whose answers are known:
// text and --json output of each command, and every error: one line on stderr, a non-zero status.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KG, kg, tempDir } from '../helpers/cli.js';
import { graphOf, hubWorld, newsWorld, writeGraphFile } from '../fixtures/query/graphs.js';

let dir: string;
let news: string;
let hubs: string;
beforeAll(() => {
  dir = tempDir('kg-query-');
  news = writeGraphFile(newsWorld(), dir, 'news.json');
  hubs = writeGraphFile(hubWorld(), dir, 'hubs.json');
});

const q = (...args: string[]) => kg([...args, '-g', news]);
const json = (...args: string[]) => {
  const run = q(...args, '--json');
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
};
/** One clear line on stderr, no stack trace, nothing on stdout. */
function fails(run: ReturnType<typeof kg>, status: number, message: RegExp): void {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim()).toMatch(message);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
}

describe('kg path', () => {
  test('the chain, read at a glance, with backward hops and events', () => {
    const run = q('path', 'paris', 'a. lee');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Paris <--located_in-- Acme Corporation <--leads-- Ann Lee\n');
    expect(q('path', 'Ann', 'Bob Stone', '--directed').stdout)
      .toBe('Ann Lee --ordered--> [attack] strike on Bob (2020-01-03) --killed--> Bob Stone\n');
  });
  test('--evidence quotes each hop with its document; weak edges are marked', () => {
    const out = q('path', 'Bob Stone', 'Paris', '--via', 'leads,located_in', '--evidence').stdout;
    expect(out.split('\n')[0]).toBe('Bob Stone --leads--> Chess Club --located_in--> (low confidence) Paris');
    expect(out).toContain('  Chess Club --located_in--> Paris\n      “The club may meet in Paris.” — d1.txt');
  });
  test('--all and -k number the paths', () => {
    const out = q('path', 'Ann Lee', 'Bob Stone', '-k', '3').stdout;
    expect(out.match(/^path \d \(\d hops\)$/gm)).toEqual(['path 1 (2 hops)', 'path 2 (2 hops)', 'path 3 (4 hops)']);
    expect(json('path', 'Ann Lee', 'Bob Stone', '--all').paths).toHaveLength(2);
  });
  test('--json: nodes with key, label and kind; edges with relation, direction and evidence', () => {
    const out = json('path', 'Louvre', 'Ann Lee', '--avoid', 'Chess Club');
    expect(out.from).toEqual({ key: 'louvre', label: 'Louvre', kind: 'place' });
    expect(out.to).toEqual({ key: 'ann', label: 'Ann Lee', kind: 'person' });
    expect(out.skippedHubs).toEqual([]);
    expect(out.paths[0].length).toBe(3);
    expect(out.paths[0].hops.map((h: { from: { key: string }; relation: string; direction: string }) => `${h.from.key} ${h.relation} ${h.direction}`))
      .toEqual(['louvre located_in forward', 'paris located_in backward', 'acme leads backward']);
    expect(out.paths[0].hops[0]).toMatchObject({ edge: 'e2', confidence: 0.95, evidence: [{ doc: 'd1', text: 'The Louvre is in Paris.', document: 'd1.txt' }] });
  });
  test('two nodes with one label are told apart by their keys', () => {
    const twins = writeGraphFile(graphOf([['x', 'person', 'X'], ['a1', 'event', 'attacks'], ['a2', 'event', 'attacks'], ['y', 'place', 'Y']],
      [['x', 'ordered', 'a1'], ['x', 'ordered', 'a2'], ['a1', 'occurred_in', 'y'], ['a2', 'occurred_in', 'y']]), dir, 'same-label.json');
    const lines = kg(['path', 'X', 'Y', '--all', '-g', twins]).stdout.split('\n');
    expect(lines[1]).toBe('X --ordered--> [event] attacks {a1} --occurred_in--> Y');
    expect(lines[3]).toBe('X --ordered--> [event] attacks {a2} --occurred_in--> Y');
  });
  test('a hub is skipped and the output says how to include it', () => {
    const run = kg(['path', 'Xavier', 'Yolanda', '-g', hubs]);
    expect(run.stdout).toBe('Xavier --member_of--> Middle --part_of--> Next <--member_of-- Yolanda\n(skipped hub Hubland; --through-hubs to allow)\n');
    expect(kg(['path', 'Xavier', 'Yolanda', '-g', hubs, '--through-hubs']).stdout).toBe('Xavier --citizen_of--> Hubland <--citizen_of-- Yolanda\n');
  });
  test.each([
    ['different components', ['Ann Lee', 'Zoe Zed'], /^kg: path: no path between Ann Lee and Zoë Zed: they are in different components of the graph$/],
    ['filters', ['Ann Lee', 'Louvre', '--via', 'killed'], /^kg: path: no path between Ann Lee and Louvre with these filters; they are connected without them$/],
    ['hop limit', ['Ann Lee', 'Louvre', '--max-hops', '2'], /within 2 hops with these filters/],
    ['direction', ['Bob Stone', 'Ann Lee', '--directed'], /with these filters/],
    ['confidence', ['Bob Stone', 'Paris', '--via', 'leads,located_in', '--min-confidence', '0.5'], /with these filters/],
  ])('no path (%s): exit 2 with the reason', (_name, args, message) => fails(q('path', ...args), 2, message));
  test('no path only for the hubs: exit 2, naming them', () => {
    fails(kg(['path', 'Person 1', 'Person 2', '-g', hubs]), 2, /connected only through hubs: Hubland \(42 links\); add --through-hubs to allow them/);
  });
});

describe('naming errors (exit 1)', () => {
  test.each([
    [['path', 'Xylophone', 'Ann Lee'], /^kg: path: no entity matches "Xylophone"$/],
    [['show', 'Loovre Museum'], /^kg: show: no entity matches "Loovre Museum"; did you mean: Louvre \(place\)\?$/],
    [['neighbors', 'Nobody'], /^kg: neighbors: no entity matches "Nobody"/],
    [['timeline', '--involving', 'Nobody'], /^kg: timeline: no entity matches "Nobody"/],
    [['path', 'Ann Lee', 'Louvre', '--avoid', 'Nobody'], /^kg: path: no entity matches "Nobody"/],
    [['path', 'Ann Lee', 'Lee'], /^kg: path: "Ann Lee" and "Lee" are the same entity, Ann Lee$/],
    [['find', 'xyzzy'], /^kg: find: no entity matches "xyzzy"$/],
  ])('%j', (args, message) => fails(q(...args), 1, message));

  test('an ambiguous name lists the candidates with kind and degree', () => {
    const twins = writeGraphFile(graphOf([['a', 'person', 'John Smith'], ['b', 'person', 'Jane Smith'], ['c', 'group', 'Club']], [['a', 'member_of', 'c']]), dir, 'twins.json');
    fails(kg(['show', 'smith', '-g', twins]), 1, /^kg: show: "smith" matches several entities: John Smith \(person\) \[1 links\]; Jane Smith \(person\) \[0 links\]; give the full name or use the key$/);
  });
});

describe('other commands', () => {
  test('neighbors: grouped by relation and direction', () => {
    expect(q('neighbors', 'Paris').stdout).toBe('Paris\n  <--located_in--\n      Acme Corporation\n      Chess Club (low confidence)\n      Louvre\n');
    const out = json('neighbours', 'Louvre', '--depth', '2', '--kind', 'place,group', '--min-confidence', '0.5');
    expect(out.entity).toEqual({ key: 'louvre', label: 'Louvre', kind: 'place' });
    expect(out.groups.map((g: { via: { key: string }; relation: string; direction: string; nodes: { key: string; depth: number }[] }) =>
      `${g.via.key} ${g.direction} ${g.relation} ${g.nodes.map((n) => `${n.key}@${n.depth}`).join(',')}`))
      .toEqual(['louvre out located_in paris@1', 'paris in located_in acme@2']);
  });
  test('show: the card with every relation and its evidence', () => {
    const out = q('show', 'mr stone').stdout;
    expect(out.split('\n').slice(0, 3)).toEqual(['Bob Stone  person', '  aliases   Stone; Mr. Stone', '  mentions  1 in 1 document(s): d1']);
    expect(out).toContain('    <--killed-- [attack] strike on Bob (2020-01-03) (killed, 0.85)\n      “The strike killed Bob Stone.” — d1.txt');
    const event = json('show', 'strike on bob');
    expect(event).toMatchObject({ key: 'strike', kind: 'event', eventType: 'attack', date: '2020-01-03', mentions: 1, documents: ['d1'] });
    expect(Object.keys(event.participants).sort()).toEqual(['killed', 'ordered']);
    expect(event.relations).toHaveLength(2);
    expect(json('show', 'Chess Club', '--min-confidence', '0.5')).toMatchObject({ hiddenRelations: 1, relations: [{ relation: 'leads' }] });
  });
  test('find: ranked, with kind and degree', () => {
    expect(json('find', 'acme')).toEqual({ query: 'acme', results: [{ key: 'acme', label: 'Acme Corporation', kind: 'group', degree: 3, score: 0.97 }] });
    expect(json('find', 'stone', '--kind', 'group').results).toEqual([]);
    expect(q('find', 'stone').stdout).toMatch(/^Bob Stone {2}person {2}3 links {2}score 0\.97 {2}bob$/m);
  });
  test('stats: counts, components, most connected', () => {
    const out = json('stats');
    expect(out).toMatchObject({ documents: 1, nodes: 9, edges: 8, components: 3, largestComponent: 7 });
    expect(out.kinds).toEqual({ person: 3, group: 3, place: 2, event: 1 });
    expect(json('stats', '--min-confidence', '0.8', '--top', '1')).toMatchObject({ edges: 4, hiddenEdges: 4, mostConnected: [{ key: 'acme', degree: 2 }] });
    expect(q('stats').stdout.split('\n')[0]).toBe('1 document(s), 9 nodes, 8 edges, 3 connected component(s) (largest 7 nodes)');
  });
  test('timeline: dated events in order, participants by role', () => {
    expect(q('timeline').stdout).toBe('2020-01-03  [attack] strike on Bob\n              killed: Bob Stone\n              ordered: Ann Lee\n');
    expect(json('timeline', '--kind', 'protest')).toEqual({ events: [], undated: [], undatedOmitted: 0 });
    expect(q('timeline', '--from', '2021').stdout).toBe('no events (with these filters)\n');
  });
  test('no colour when output is not a terminal, or with NO_COLOR', () => {
    for (const env of [{ NO_COLOR: '1' }, { NO_COLOR: '' }]) {
      const run = kg(['show', 'Ann Lee', '-g', news], { env });
      expect(run.stdout).toContain('Ann Lee');
      expect(run.stdout).not.toMatch(/\u001b\[/);
    }
  });
});

// `script` runs the command on a pseudo-terminal, the one way to see what a user's terminal gets
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
(hasScript ? test : test.skip)('colour on a terminal, none there with NO_COLOR', () => {
  const onTerminal = (env: NodeJS.ProcessEnv) => spawnSync('script', ['-qec', `"${process.execPath}" "${KG}" path Paris Ann -g "${news}"`, '/dev/null'],
    { encoding: 'utf8', env }).stdout;
  const { NO_COLOR: _ignored, ...env } = process.env;
  const coloured = onTerminal(env);
  expect(coloured).toMatch(/\u001b\[33m<--located_in--\u001b\[39m/);
  expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toContain('Paris <--located_in-- Acme Corporation <--leads-- Ann Lee');
  expect(onTerminal({ ...env, NO_COLOR: '1' })).not.toMatch(/\u001b\[/);
});

describe('bad options and bad graph files: one line, non-zero status', () => {
  test.each([
    [['path', 'a', 'b', '-k', '0'], /^kg: path: -k must be a whole number of at least 1 \(got 0\)$/],
    [['path', 'a', 'b', '-k', 'two'], /-k must be a whole number/],
    [['path', 'a', 'b', '--max-hops', '-1'], /--max-hops must be a whole number of at least 1 \(got -1\)/],
    [['path', 'a', 'b', '--all', '-k', '2'], /choose --all or -k, not both/],
    [['path', 'a', 'b', '--via', 'loves'], /^kg: path: unknown relation "loves" \(one of: leads, /],
    [['path', 'a', 'b', '--through', 'animal'], /^kg: path: unknown kind "animal" \(one of: person, group, place, event\)$/],
    [['path', 'a', 'b', '--min-confidence', '1.5'], /--min-confidence must be between 0 and 1/],
    [['neighbors', 'a', '--depth', '-2'], /neighbors: --depth must be a whole number/],
    [['neighbors', 'a', '--relation', 'owns'], /neighbors: unknown relation "owns"/],
    [['neighbors', 'a', '--kind', 'thing'], /neighbors: unknown kind "thing"/],
    [['show', 'a', '--min-confidence', 'high'], /show: --min-confidence must be between 0 and 1/],
    [['find', 'a', '--kind', 'animal'], /find: unknown kind "animal"/],
    [['find', 'a', '--limit', '0'], /find: --limit must be a whole number/],
    [['stats', '--top', '0'], /stats: --top must be a whole number/],
    [['timeline', '--from', '2019-13'], /timeline: --from must be a date like 2020-01-03, 2019-12 or 2003 \(got 2019-13\)/],
    [['timeline', '--to', 'yesterday'], /timeline: --to must be a date/],
    [['timeline', '--from', '2020', '--to', '2019'], /timeline: --from 2020 is after --to 2019/],
    [['timeline', '--kind', 'party'], /timeline: unknown event type "party"/],
  ])('%j', (args, message) => fails(q(...args), 1, message));

  const files: [string, () => string, RegExp][] = [
    ['missing', () => join(dir, 'nope.json'), /nope\.json: no such graph file/],
    ['a folder', () => dir, /is a directory, not a graph file/],
    ['not JSON', () => { const p = join(dir, 'bad.json'); writeFileSync(p, '{oops'); return p; }, /bad\.json: not JSON/],
    ['no schemaVersion', () => { const p = join(dir, 'plain.json'); writeFileSync(p, '{"nodes":[],"edges":[]}'); return p; }, /schemaVersion is missing/],
    ['another schemaVersion', () => { const p = join(dir, 'v9.json'); writeFileSync(p, JSON.stringify({ attributes: { schemaVersion: 9, documents: [] }, nodes: [], edges: [] })); return p; }, /schemaVersion is 9/],
    ['a node without kind', () => { const p = join(dir, 'nokind.json'); writeFileSync(p, JSON.stringify({ attributes: { schemaVersion: 1, documents: [] }, nodes: [{ key: 'a', attributes: { label: 'A' } }], edges: [] })); return p; }, /node "a" has no valid kind/],
  ];
  for (const command of [['path', 'a', 'b'], ['neighbors', 'a'], ['show', 'a'], ['find', 'a'], ['stats'], ['timeline']]) {
    test.each(files)(`${command[0]}: %s`, (_name, make, message) => {
      const run = kg([...command, '-g', make()]);
      expect(run.status).not.toBe(0);
      expect(run.status).not.toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});

describe('evidence without text in the graph', () => {
  const text = 'Ann Lee runs Acme. Acme is based in Paris.';
  function graphWithoutText(docPath: string): string {
    const g = graphOf([['ann', 'person', 'Ann Lee'], ['acme', 'group', 'Acme'], ['paris', 'place', 'Paris']],
      [['ann', 'leads', 'acme'], ['acme', 'located_in', 'paris']]);
    g.setAttribute('documents', [{ id: 'd1', path: docPath, sha256: createHash('sha256').update(text).digest('hex'), chars: text.length }]);
    g.setEdgeAttribute('e0', 'evidence', [{ doc: 'd1', start: 0, end: 18 }]);
    g.setEdgeAttribute('e1', 'evidence', [{ doc: 'd1', start: 19, end: 42 }]);
    return writeGraphFile(g, dir, `notext-${docPath.replace(/\W/g, '')}.json`);
  }
  test('is quoted from the document, found beside the graph', () => {
    writeFileSync(join(dir, 'story.txt'), text);
    const graph = graphWithoutText('story.txt');
    const out = kg(['path', 'Ann Lee', 'Paris', '--evidence', '-g', graph]).stdout;
    expect(out).toContain('“Ann Lee runs Acme.” — story.txt');
    expect(out).toContain('“Acme is based in Paris.” — story.txt');
    const hop = JSON.parse(kg(['path', 'Ann Lee', 'Paris', '--json', '-g', graph]).stdout).paths[0].hops[0];
    expect(hop.evidence).toEqual([{ doc: 'd1', start: 0, end: 18, text: 'Ann Lee runs Acme.', document: 'story.txt' }]);
  });
  test('says so when the document is gone', () => {
    const graph = graphWithoutText('gone.txt');
    const run = kg(['show', 'Acme', '-g', graph]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('(characters 0-18; the document is not where the graph says) — gone.txt');
  });
});
