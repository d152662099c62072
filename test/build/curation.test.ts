// Curation: each decision applied, surviving a rebuild and an added document, stale decisions
// reported, merges keeping all evidence.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyCuration, type Curation } from '../../src/build/curation.js';
import { findDuplicates } from '../../src/build/duplicates.js';
import { graphOf } from '../helpers/graphs.js';
import { kg, tempDir } from '../helpers/cli.js';

const world = () => graphOf([
  ['s1', 'person', 'Qasem Soleimani'], ['s2', 'person', 'Soleimani'], ['q', 'group', 'Quds force'],
  ['i', 'place', 'Iran'], ['x', 'group', 'Spurious Org'],
], [['s1', 'leads', 'q'], ['s2', 'citizen_of', 'i'], ['s2', 'leads', 'q'], ['x', 'located_in', 'i']]);

describe('applyCuration', () => {
  test('each decision is applied', () => {
    const g = world();
    const report = applyCuration(g, { decisions: [
      { op: 'merge', keep: 'Qasem Soleimani', merge: 'Soleimani' },
      { op: 'rename', entity: 'Quds force', label: 'Quds Force' },
      { op: 'drop', entity: 'Spurious Org' },
      { op: 'set-kind', entity: 'Iran', kind: 'place' },
      { op: 'add-edge', source: 'Quds Force', relation: 'backed_by', target: 'Iran', note: 'analyst: known sponsor' },
      { op: 'drop-edge', source: 'Qasem Soleimani', relation: 'citizen_of', target: 'Iran' },
    ] });
    expect(report).toEqual({ applied: 6, stale: [] });
    expect(g.hasNode('s2')).toBe(false);
    expect(g.getNodeAttribute('s1', 'aliases')).toContain('Soleimani');
    expect(g.getNodeAttribute('q', 'label')).toBe('Quds Force');
    expect(g.getNodeAttribute('q', 'aliases')).toContain('Quds force');
    expect(g.hasNode('x')).toBe(false);
    expect(g.directedEdges('q', 'i').map((e) => g.getEdgeAttribute(e, 'label'))).toEqual(['analyst: known sponsor']);
    expect(g.directedEdges('s1', 'i')).toEqual([]);
  });

  test('a merge keeps every mention and the evidence of both sides', () => {
    const g = world();
    const mentions = g.getNodeAttribute('s1', 'mentions').length + g.getNodeAttribute('s2', 'mentions').length;
    applyCuration(g, { decisions: [{ op: 'merge', keep: 'Qasem Soleimani', merge: 'Soleimani' }] });
    expect(g.getNodeAttribute('s1', 'mentions')).toHaveLength(mentions);
    const leads = g.directedEdges('s1', 'q');
    expect(leads).toHaveLength(1);
    expect(g.getEdgeAttribute(leads[0]!, 'evidence')).toHaveLength(2);
  });

  test('merges never cross kinds unless asked; keep-apart wins', () => {
    const g = world();
    const c: Curation = { decisions: [{ op: 'merge', keep: 'Iran', merge: 'Quds force' }] };
    expect(applyCuration(g, c).stale[0]).toMatch(/different kinds/);
    expect(g.hasNode('q')).toBe(true);
    const apart: Curation = { decisions: [{ op: 'keep-apart', a: 'Qasem Soleimani', b: 'Soleimani' }, { op: 'merge', keep: 'Qasem Soleimani', merge: 'Soleimani' }] };
    expect(applyCuration(world(), apart).stale[0]).toMatch(/kept apart/);
  });

  test('a decision that matches nothing is reported', () => {
    const report = applyCuration(world(), { decisions: [{ op: 'drop', entity: 'Nobody' }, { op: 'rename', entity: 'Iran', label: 'Persia' }] });
    expect(report.applied).toBe(1);
    expect(report.stale).toEqual(['decision 1 (drop): no entity "Nobody"']);
  });

  test('duplicates ranks similar names of one kind first', () => {
    const pairs = findDuplicates(world());
    expect(pairs[0]).toMatchObject({ a: 's1', b: 's2' });
    expect(pairs.every((p) => p.a !== 'i' && p.b !== 'i')).toBe(true);
  });
});

describe('curation from the command line survives rebuilds and new documents', () => {
  test('merge, rebuild, add a document, stale decision', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'On Monday, Angela Merkel met Emmanuel Macron in Paris.\n');
    writeFileSync(join(dir, 'in', 'b.txt'), 'In Berlin, Merkel spoke with reporters from Reuters.\n');
    const graph = join(dir, 'g.json');
    expect(kg(['build', join(dir, 'in'), '-o', graph]).status).toBe(0);
    const people = () => (JSON.parse(readFileSync(graph, 'utf8')).nodes as { attributes: { kind: string; label: string } }[])
      .filter((n) => n.attributes.kind === 'person').map((n) => n.attributes.label).sort();
    expect(people()).toContain('Merkel');
    const merge = kg(['merge', 'Angela Merkel', 'Merkel', '-g', graph]);
    expect(merge.stderr).toBe('');
    expect(merge.status).toBe(0);
    expect(people()).not.toContain('Merkel');
    const curation = JSON.parse(readFileSync(join(dir, 'kg.curation.json'), 'utf8'));
    expect(curation.decisions).toEqual([{ op: 'merge', keep: 'Angela Merkel (person)', merge: 'Merkel (person)' }]);
    // a rebuild applies it again, with a new document too
    writeFileSync(join(dir, 'in', 'c.txt'), 'On Friday, Angela Merkel visited Rome.\n');
    expect(kg(['build', join(dir, 'in'), '-o', graph]).status).toBe(0);
    expect(people()).not.toContain('Merkel');
    expect(people()).toContain('Angela Merkel');
    // a decision that no longer matches is reported
    writeFileSync(join(dir, 'kg.curation.json'), JSON.stringify({ decisions: [{ op: 'drop', entity: 'Nobody Atall' }] }));
    const stale = kg(['build', join(dir, 'in'), '-o', graph]);
    expect(stale.status).toBe(0);
    expect(stale.stderr).toMatch(/decision 1 \(drop\): no entity "Nobody Atall"/);
  });

  test('a bad curation file is a clear error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Joe Biden spoke in Washington.\n');
    writeFileSync(join(dir, 'kg.curation.json'), '{"decisions": [{"op": "explode"}]}');
    const run = kg(['build', join(dir, 'a.txt'), '-o', join(dir, 'g.json')]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/decision 1: unknown operation "explode"/);
  });
});
