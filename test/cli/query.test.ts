// The query commands as a user runs them, on a graph built from the sample article.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kg, tempDir, SAMPLE_ARTICLE } from '../helpers/cli.js';

let dir: string;
let graph: string;
beforeAll(() => {
  dir = tempDir();
  graph = join(dir, 'sample.json');
  const run = kg(['build', SAMPLE_ARTICLE, '-o', graph]);
  if (run.status !== 0) throw new Error(run.stderr);
});

const q = (...args: string[]) => kg([...args, '-g', graph]);

describe('kg path', () => {
  test('prints the chain between Trump and al-Mohandes', () => {
    const run = q('path', 'Trump', 'al-Mohandes');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Donald Trump --ordered--> \[attack\] .* --killed--> Abu Mahdi al-Mohandes$/m);
  });
  test('--evidence quotes the supporting sentences with the document', () => {
    const run = q('path', 'Trump', 'al-Mohandes', '--evidence');
    expect(run.stdout).toMatch(/authorized by President Donald Trump/);
    expect(run.stdout).toMatch(/000_3771d5a176e2eb79\.txt/);
  });
  test('--json has the documented shape', () => {
    const out = JSON.parse(q('path', 'soleimani', 'Al Mohandes', '--json').stdout);
    expect(out.from).toMatchObject({ label: 'Qasem Soleimani', kind: 'person' });
    expect(out.to).toMatchObject({ label: 'Abu Mahdi al-Mohandes' });
    const hop = out.paths[0].hops[0];
    expect(hop).toEqual(expect.objectContaining({ relation: expect.any(String), direction: expect.stringMatching(/forward|backward/), evidence: expect.any(Array) }));
    expect(hop.from).toEqual(expect.objectContaining({ key: expect.any(String), label: expect.any(String), kind: expect.any(String) }));
  });
  test('a typo gets a suggestion and exit 1', () => {
    const run = q('path', 'Xqzwv Soleimanyyy', 'Trump');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no entity matches "Xqzwv Soleimanyyy"/);
  });
  test('no path is exit 2 with the reason', () => {
    const run = q('path', 'Trump', 'Reuters', '--via', 'citizen_of');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/with these filters/);
  });
  test.each([
    [['-k', '0'], /-k must be a whole number/],
    [['--max-hops', '-1'], /--max-hops must be a whole number/],
    [['--via', 'loves'], /unknown relation "loves"/],
    [['--through', 'animal'], /unknown kind "animal"/],
    [['--min-confidence', '2'], /--min-confidence must be between 0 and 1/],
  ])('bad option %j', (args, message) => {
    const run = q('path', 'Trump', 'Soleimani', ...args);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('names as a person types them, on the sample', () => {
  test.each([
    ['soleimani', 'Qasem Soleimani'],
    ['Al Mohandes', 'Abu Mahdi al-Mohandes'],
    ['PMF', 'Popular Mobilization Forces'],
    ['u.s.', 'United States'],
    ['TRUMP', 'Donald Trump'],
  ])('%s is %s', (typed, label) => {
    const run = q('show', typed, '--json');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).label).toBe(label);
  });
  test('an unknown name: exit 1, one line', () => {
    const run = q('neighbors', 'Xqzwv');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('kg: neighbors: no entity matches "Xqzwv"');
  });
});

describe('other queries', () => {
  test('show: a card with relations and evidence', () => {
    const run = q('show', 'Soleimani');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Qasem Soleimani {2}person/);
    expect(run.stdout).toMatch(/aliases\s+.*General Soleimani/);
    expect(run.stdout).toMatch(/--leads--> .*Quds/);
  });
  test('neighbors grouped by relation', () => {
    const out = JSON.parse(q('neighbors', 'Baghdad', '--json').stdout);
    expect(out.entity.label).toBe('Baghdad');
    expect(out.groups.map((g: { relation: string }) => g.relation)).toContain('located_in');
  });
  test('find ranks matches', () => {
    const out = JSON.parse(q('find', 'baghdad', '--json').stdout);
    expect(out.results[0].label).toBe('Baghdad');
    expect(out.results.map((r: { label: string }) => r.label)).toContain('Baghdad International Airport');
  });
  test('stats counts kinds and relations', () => {
    const out = JSON.parse(q('stats', '--json').stdout);
    expect(out.documents).toBe(1);
    expect(out.kinds.person).toBeGreaterThanOrEqual(4);
    expect(out.relations.killed).toBeGreaterThanOrEqual(2);
  });
  test('timeline in date order', () => {
    const out = JSON.parse(q('timeline', '--kind', 'attack', '--json').stdout);
    const dates = out.events.map((e: { date: string }) => e.date);
    expect(dates.length).toBeGreaterThanOrEqual(3);
    expect(dates).toContain('2019-12-27');
    expect(dates.indexOf('2019-12-27')).toBeLessThan(dates.indexOf('2020-01-03'));
  });
});

describe('graph file errors', () => {
  test.each([
    ['missing', () => join(dir, 'nope.json'), /no such graph file/],
    ['not JSON', () => { const p = join(dir, 'bad.json'); writeFileSync(p, '{oops'); return p; }, /not JSON/],
    ['not a kg graph', () => { const p = join(dir, 'other.json'); writeFileSync(p, '{"nodes":[],"edges":[]}'); return p; }, /schemaVersion is missing/],
    ['nodes without kind', () => { const p = join(dir, 'nokind.json'); writeFileSync(p, JSON.stringify({ attributes: { schemaVersion: 1, documents: [] }, nodes: [{ key: 'a', attributes: {} }], edges: [] })); return p; }, /has no valid kind/],
  ])('%s', (_name, make, message) => {
    const run = kg(['stats', '-g', make()]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
