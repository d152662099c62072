// `kg view` as a user runs it: a separate process, its first line, the pages it serves, Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { KG, ROOT, kg, tempDir } from '../helpers/cli.js';

const WORLD = join(ROOT, 'test', 'fixtures', 'viewer', 'world.json');

interface Running { child: ChildProcess; line: string; stderr: () => string; exit: Promise<number | null> }

/** Starts `kg view ...` and waits for its first line of output. */
function start(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [KG, 'view', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ child, line: out.split('\n')[0]!, stderr: () => err, exit });
    });
    void exit.then((code) => reject(new Error(`kg view exited (${code}): ${err}`)));
  });
}

/** A raw GET (or other method), so that paths like /../ reach the server unnormalised. */
function get(url: string, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path, method }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('kg view', () => {
  test('prints the address, serves the viewer and the graph, and stops on Ctrl-C', async () => {
    const run = await start([WORLD]);
    const url = /^kg viewer: (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(run.line)?.[1];
    expect(url).toBeDefined();
    const page = await get(url!, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('id="graph"');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const app = await get(url!, '/app.js');
    expect(app.status).toBe(200);
    expect(app.headers['content-type']).toMatch(/^text\/javascript/);
    const graph = JSON.parse((await get(url!, '/graph.json')).body);
    expect(graph.nodes.map((n: { key: string }) => n.key)).toContain('soleimani');
    expect(graph.edges).toHaveLength(12);
    expect((await get(url!, '/nothing-here.js')).status).toBe(404);
    // climbing out of the viewer's folder finds nothing there (the URL parser folds the dots)
    for (const escape of ['/%2e%2e/package.json', '/../../package.json', '/..%2f..%2fpackage.json']) {
      const res = await get(url!, escape);
      expect([403, 404]).toContain(res.status);
      expect(res.body).not.toContain('devDependencies');
    }
    expect((await get(url!, '/graph.json', 'POST')).status).toBe(405);
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toBe('');
  });

  test('--port picks the port; --json prints one line for scripts', async () => {
    const port = await freePort();
    const run = await start([WORLD, '--port', String(port), '--json']);
    const info = JSON.parse(run.line);
    expect(info).toEqual({ url: `http://127.0.0.1:${port}/`, graph: WORLD, nodes: 13, edges: 12 });
    expect((await get(info.url, '/')).status).toBe(200);
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
  });

  test('a port in use is one clear error', async () => {
    const first = await start([WORLD, '--json']);
    const port = new URL(JSON.parse(first.line).url).port;
    const second = kg(['view', WORLD, '--port', port]);
    expect(second.status).not.toBe(0);
    expect(second.stderr).toBe(`kg: view: port ${port} is in use; pick another with --port, or leave it out for a free one\n`);
    first.child.kill('SIGINT');
    await first.exit;
  });

  test.each([
    [['view', 'no/such/graph.json'], /^kg: no\/such\/graph\.json: no such graph file\n$/],
    [['view', WORLD, '--port', 'abc'], /^kg: view: --port must be a number from 0 to 65535 \(got "abc"\)\n$/],
    [['view', WORLD, '--port', '70000'], /^kg: view: --port must be a number/],
    [['view', join(ROOT, 'package.json')], /package\.json: not a kg graph/],
  ])('bad input %j: one line, non-zero exit, no stack', (args, message) => {
    const run = kg(args);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stdout).toBe('');
  });

  test('evidence without sentences is filled from the document; a rebuilt graph shows on reload', async () => {
    const dir = tempDir();
    const graphPath = join(dir, 'world.json');
    const world = JSON.parse(readFileSync(WORLD, 'utf8'));
    for (const e of world.edges) for (const ev of e.attributes.evidence) delete ev.text;
    writeFileSync(graphPath, JSON.stringify(world));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'viewer', 'world.txt'), join(dir, 'world.txt'));
    const run = await start([graphPath, '--json']);
    const url = JSON.parse(run.line).url;
    const served = JSON.parse((await get(url, '/graph.json')).body);
    expect(served.edges.find((e: { key: string }) => e.key === 'e4').attributes.evidence[0].text).toBe('Soleimani led the Quds Force.');
    world.nodes.push({ key: 'new', attributes: { label: 'Newcomer', kind: 'person', aliases: [], mentions: [] } });
    writeFileSync(graphPath, JSON.stringify(world));
    const again = JSON.parse((await get(url, '/graph.json')).body);
    expect(again.nodes).toHaveLength(14);
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
  });
});
