import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kg, tempDir, ROOT, SAMPLE_ARTICLE } from '../helpers/cli.js';

describe('kg build', () => {
  let dir: string;
  beforeEach(() => { dir = tempDir(); });

  test('the committed sample graph is what `npm start` builds from graph-data/ today', () => {
    // (npm start rewrites graph-data/graph.json: a stale copy would leave a fresh clone modified)
    const out = join(dir, 'graph.json');
    const run = kg(['build', 'graph-data/', '-o', out], { cwd: ROOT });
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'graph-data', 'graph.json'), 'utf8'));
  });

  test('builds the sample article into a graph of the contract', () => {
    const out = join(dir, 'g.json');
    const run = kg(['build', SAMPLE_ARTICLE, '-o', out, '--summary']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 document\(s\), \d+ nodes, \d+ edges/);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(graph.attributes.schemaVersion).toBe(1);
    expect(graph.attributes.documents).toEqual([
      expect.objectContaining({ id: '000_3771d5a176e2eb79', date: '2020-01-03', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    ]);
    const labels = graph.nodes.map((n: { attributes: { label: string } }) => n.attributes.label);
    expect(labels).toEqual(expect.arrayContaining(['Qasem Soleimani', 'Donald Trump', 'Baghdad']));
    const text = readFileSync(SAMPLE_ARTICLE, 'utf8');
    for (const n of graph.nodes) {
      for (const m of n.attributes.mentions) expect(m.end).toBeGreaterThan(m.start);
      if (n.attributes.kind !== 'event') {
        const names = [n.attributes.label, ...n.attributes.aliases].map((s: string) => s.toLowerCase());
        for (const m of n.attributes.mentions) expect(names).toContain(text.slice(m.start, m.end).toLowerCase());
      }
    }
    for (const e of graph.edges) {
      expect(e.attributes.confidence).toBeGreaterThan(0);
      expect(e.attributes.confidence).toBeLessThanOrEqual(1);
      expect(e.attributes.evidence.length).toBeGreaterThan(0);
    }
  });

  test('is deterministic: the same input gives the same bytes', () => {
    kg(['build', SAMPLE_ARTICLE, '-o', join(dir, 'a.json')]);
    kg(['build', SAMPLE_ARTICLE, '-o', join(dir, 'b.json')]);
    expect(readFileSync(join(dir, 'a.json'))).toEqual(readFileSync(join(dir, 'b.json')));
  });

  test('reads standard input with -', () => {
    const out = join(dir, 'g.json');
    const run = kg(['build', '-', '-o', out], { input: 'date 2021-05-04\nAngela Merkel met Emmanuel Macron in Paris.\n' });
    expect(run.status).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.attributes.documents[0]).toMatchObject({ id: 'stdin', path: '-', date: '2021-05-04' });
    expect(graph.nodes.map((n: { attributes: { label: string } }) => n.attributes.label)).toEqual(expect.arrayContaining(['Angela Merkel', 'Paris']));
  });

  test('walks folders for .txt and .md documents', () => {
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), 'Boris Johnson visited Berlin.\n');
    writeFileSync(join(dir, 'in', 'sub', 'b.md'), 'Joe Biden spoke in Washington.\n');
    writeFileSync(join(dir, 'in', 'c.json'), '{}');
    const out = join(dir, 'g.json');
    expect(kg(['build', join(dir, 'in'), '-o', out]).status).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.attributes.documents.map((d: { id: string }) => d.id)).toEqual(['a', 'b']);
  });

  test('leaves out the files that describe a folder, and says so; named, such a file is built', () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'Boris Johnson visited Berlin.\n');
    writeFileSync(join(dir, 'in', 'LICENSE.md'), 'Articles by Wikinews contributors, CC BY 2.5.\n');
    writeFileSync(join(dir, 'in', 'readme.txt'), 'Joe Biden collected these articles in Washington.\n');
    const out = join(dir, 'g.json');
    const run = kg(['build', join(dir, 'in'), '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/left out 2 file\(s\) about the folder, not news: LICENSE\.md, readme\.txt/);
    expect(JSON.parse(readFileSync(out, 'utf8')).attributes.documents.map((d: { id: string }) => d.id)).toEqual(['a']);
    expect(kg(['build', join(dir, 'in'), '-o', out, '--quiet']).stderr).toBe('');
    expect(kg(['build', join(dir, 'in', 'readme.txt'), '-o', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).attributes.documents.map((d: { id: string }) => d.id)).toEqual(['readme']);
  });

  describe('bad input: one line naming the problem, non-zero exit, no output written', () => {
    const cases: [string, (dir: string) => string[], RegExp][] = [
      ['a missing path', (d) => [join(d, 'nope.txt')], /nope\.txt: no such file or directory/],
      ['a folder without documents', (d) => { mkdirSync(join(d, 'empty')); return [join(d, 'empty')]; }, /empty: no documents found/],
      ['an empty file', (d) => { writeFileSync(join(d, 'e.txt'), ''); return [join(d, 'e.txt')]; }, /e\.txt: empty file/],
      ['a binary file', (d) => { writeFileSync(join(d, 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])); return [join(d, 'b.txt')]; }, /b\.txt: binary file/],
      ['invalid UTF-8', (d) => { writeFileSync(join(d, 'l.txt'), Buffer.from('caf\xe9 au lait', 'latin1')); return [join(d, 'l.txt')]; }, /l\.txt: not valid UTF-8/],
    ];
    test.each(cases)('%s', (_name, setup, message) => {
      const out = join(dir, 'g.json');
      writeFileSync(out, 'previous graph');
      const run = kg(['build', ...setup(dir), '-o', out]);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(out, 'utf8')).toBe('previous graph');
    });

    test('an unwritable output path', () => {
      // under a regular file: unwritable even for root
      writeFileSync(join(dir, 'afile'), 'x');
      const run = kg(['build', SAMPLE_ARTICLE, '-o', join(dir, 'afile', 'g.json')]);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/g\.json: cannot write/);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(dir)).toEqual(['afile']);
    });

    test('no output option', () => {
      const run = kg(['build', SAMPLE_ARTICLE]);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/no output file given/);
    });
  });

  test('a bad document inside a folder is skipped, reported, and the rest is built', () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'good.txt'), 'Joe Biden spoke in Washington.\n');
    writeFileSync(join(dir, 'in', 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    const out = join(dir, 'g.json');
    const run = kg(['build', join(dir, 'in'), '-o', out]);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/bad\.txt/);
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8')).attributes.documents.map((d: { id: string }) => d.id)).toEqual(['good']);
  });
});
