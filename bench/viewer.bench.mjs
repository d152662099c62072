// The viewer in headless Chromium (Debian's /usr/bin/chromium through playwright-core, never a
// downloaded browser) on generated graphs of 1,000, 10,000 and 50,000 nodes (5 edges per node):
//  - first render: navigation start to sigma's first drawing of the graph (the viewer's
//    performance mark `kg:first-render`), with when graph.json had arrived and when the next
//    frame began (the page answering again); the median of a few page loads;
//  - interactivity at 10,000 nodes and 50,000 edges, while the camera zooms, while it pans, and
//    while the mouse moves from node to node (each a hover): frames a second and frame intervals
//    (requestAnimationFrame in the page; 16.7 ms is 60 frames a second), the main thread's time
//    per sigma render and per enter/leave event (JavaScript and GL calls, not the GPU's work);
//  - a graph saved without positions (the viewer places it and starts ForceAtlas2), 10,000 nodes.
// The baseline, in the same run and the same browser: a bare sigma page (no kg UI, no reducers)
// drawing the same graph.json in a canvas of the same size, with the same colours and sizes.
// Headless Chromium here draws WebGL with SwiftShader, on the CPU: frame rates are the software
// renderer's, for kg and bare sigma alike; the main-thread figures are what kg itself costs.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) { console.log(`viewer bench skipped: ${CHROMIUM} is absent (apt-get install chromium)`); process.exit(0); }
const { chromium } = await import('playwright-core');
const { build } = await import('esbuild');
const { serveViewer } = await import('../dist/view/server.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = process.argv.slice(2).map(Number).filter(Boolean).length ? process.argv.slice(2).map(Number) : [1000, 10000, 50000]; // or sizes as arguments
const EDGES_PER_NODE = 5;
const LOADS = { 1000: 5, 10000: 3, 50000: 3 }; // page loads per size and page; the median is printed
const INTERACTIVE = 10000;
const VIEWPORT = { width: 1300, height: 800 };
// as test/viewer/browser.ts: software GL, the same on every machine
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

// mulberry32: a small seeded generator, so every run draws the same graphs
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = [['person', 0.4], ['group', 0.25], ['place', 0.2], ['event', 0.15]];
const RELATIONS = ['leads', 'member_of', 'part_of', 'located_in', 'backed_by', 'citizen_of', 'carried_out', 'ordered', 'killed',
  'targeted', 'occurred_in', 'said', 'about', 'related_to'];
const EVENT_TYPES = ['attack', 'killing', 'statement', 'protest', 'meeting', 'arrest', 'election', 'other'];
const SYLLABLES = ['al', 'ba', 'cor', 'da', 'el', 'fa', 'gor', 'ha', 'is', 'ka', 'lin', 'ma', 'nor', 'os', 'pa', 'ri', 'sa', 'tor', 'va', 'zen'];

/**
 * A kg graph as `kg build` writes it: communities of about 50 nodes laid out as ForceAtlas2 would
 * leave them (a cluster each, most edges inside a cluster), labels of varying length, one
 * mention per node and one quoted evidence sentence per edge.
 */
function generate(n, positions) {
  const random = rng(n);
  const word = () => { const s = Array.from({ length: 2 + Math.floor(random() * 2) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''); return s[0].toUpperCase() + s.slice(1); };
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const communities = Math.max(1, Math.round(n / 50));
  const side = 30 * Math.sqrt(communities);
  const centres = Array.from({ length: communities }, () => [random() * side, random() * side]);
  const members = Array.from({ length: communities }, () => []);
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const c = Math.floor(random() * communities);
    members[c].push(i);
    let r = random();
    const kind = KINDS.find(([, p]) => (r -= p) < 0)?.[0] ?? 'event';
    const label = kind === 'person' ? `${word()} ${word()}` : kind === 'group' ? `${word()} ${word()} Front` : kind === 'place' ? word() : `${word()} ${EVENT_TYPES[i % EVENT_TYPES.length]}`;
    const attributes = { label, kind, aliases: [label], mentions: [{ doc: `d${i % 100}`, start: 0, end: label.length }] };
    if (kind === 'event') Object.assign(attributes, { eventType: EVENT_TYPES[i % EVENT_TYPES.length], date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, summary: `${label} reported` });
    if (positions) Object.assign(attributes, { x: centres[c][0] + 6 * gauss(), y: centres[c][1] + 6 * gauss() });
    nodes.push({ key: `n${i}`, attributes });
  }
  // most edges stay in their source's community, some cross the graph
  const community = new Int32Array(n);
  members.forEach((m, c) => { for (const i of m) community[i] = c; });
  const edges = [];
  for (let i = 0; i < n * EDGES_PER_NODE; i++) {
    const s = Math.floor(random() * n);
    const m = members[community[s]];
    let t = random() < 0.85 && m.length > 1 ? m[Math.floor(random() * m.length)] : Math.floor(random() * n);
    if (t === s) t = (s + 1) % n;
    const relation = RELATIONS[Math.floor(random() * RELATIONS.length)];
    edges.push({ key: `e${i}`, source: `n${s}`, target: `n${t}`, attributes: { relation, label: relation.replace('_', ' '),
      evidence: [{ doc: `d${i % 100}`, start: 0, end: 60, text: `${nodes[s].attributes.label} and ${nodes[t].attributes.label} were named in the report.` }],
      confidence: Math.round((0.3 + 0.7 * random()) * 100) / 100 } });
  }
  return { options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { schemaVersion: 1, documents: [], builtWith: { name: 'kg', version: 'bench' } }, nodes, edges };
}

// The baseline page: graphology and sigma only, colours by kind and sizes by degree as kg draws
// them, set once on the data. It sets the same mark after sigma's first render.
const baselineJs = (await build({
  stdin: {
    contents: `
      import Sigma from 'sigma';
      import { MultiDirectedGraph } from 'graphology';
      import { KIND_COLORS } from './dist/export/colors.js';
      (async () => {
        const data = await (await fetch('graph.json')).json();
        const graph = new MultiDirectedGraph({ allowSelfLoops: true });
        graph.import(data);
        let i = 0;
        graph.updateEachNodeAttributes((n, a) => {
          i++;
          const r = 10 * Math.sqrt(i);
          return { ...a, x: a.x ?? r * Math.cos(i * 2.4), y: a.y ?? r * Math.sin(i * 2.4), size: a.size ?? 3 + 2 * Math.sqrt(graph.degree(n)), color: KIND_COLORS[a.kind] };
        });
        const renderer = new Sigma(graph, document.getElementById('graph'), { defaultEdgeType: 'arrow' });
        performance.mark('kg:first-render');
        window.kgViewer = { graph, renderer };
      })();`,
    resolveDir: root, loader: 'js',
  },
  bundle: true, format: 'iife', target: 'es2020', minify: true, write: false, logLevel: 'warning',
})).outputFiles[0].text;
const baselineHtml = (box) => `<!doctype html><meta charset="utf-8"><title>sigma baseline</title>
<body style="margin:0"><div id="graph" style="position:relative;overflow:hidden;width:${box.width}px;height:${box.height}px;margin:${box.y}px 0 0 ${box.x}px"></div><script src="app.js"></script>`;

function serveBaseline(graphJson, box) {
  const files = { '/': ['text/html', baselineHtml(box)], '/app.js': ['text/javascript', baselineJs], '/graph.json': ['application/json', graphJson] };
  const server = createServer((req, res) => {
    const [type, body] = files[req.url] ?? ['text/plain', 'not found'];
    res.writeHead(files[req.url] ? 200 : 404, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  })));
}

// When the next frame begins after the mark: from the page's first script on, every frame looks
// for the mark, so the figure does not depend on how often the bench polls.
const WATCH = () => {
  const tick = () => {
    if (performance.getEntriesByName('kg:first-render').length) { window.__nextFrame = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

const work = mkdtempSync(join(tmpdir(), 'kg-bench-viewer-'));
const context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: CHROMIUM, args: ARGS, viewport: VIEWPORT });
await context.addInitScript(WATCH);

/** Opens the page, waits for the first render; returns the page and its times in ms from navigation start. */
async function load(url, timeout = 300000) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('kg:first-render').length && window.__nextFrame !== undefined, undefined, { timeout, polling: 50 });
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  const t = await page.evaluate(() => ({
    graph: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/graph.json'))?.responseEnd,
    render: performance.getEntriesByName('kg:first-render')[0].startTime,
    next: window.__nextFrame,
  }));
  return { page, t };
}

/**
 * What a scenario costs inside the page: frame intervals (requestAnimationFrame timestamps, what
 * one sees), the main thread's time in each sigma render (JavaScript and GL calls; the GPU's own
 * work is not in it), and the time each enterNode/leaveNode event takes to handle (kg's hover
 * reaction; a bare sigma page has none).
 */
const INSTRUMENT = () => {
  const r = window.kgViewer.renderer;
  Object.assign(window, { __frames: [], __renders: [], __handlers: [], __run: false });
  let t0 = 0;
  r.on('beforeRender', () => { t0 = performance.now(); });
  r.on('afterRender', () => { if (window.__run) window.__renders.push(performance.now() - t0); });
  const emit = r.emit;
  r.emit = function (type, ...args) {
    if (type !== 'enterNode' && type !== 'leaveNode') return emit.call(this, type, ...args);
    const t = performance.now();
    const out = emit.call(this, type, ...args);
    if (window.__run) window.__handlers.push(performance.now() - t);
    return out;
  };
};

async function frames(page, action) {
  await page.evaluate(() => new Promise((resolve) => {
    Object.assign(window, { __frames: [], __renders: [], __handlers: [], __run: true });
    const tick = (t) => { window.__frames.push(t); if (window.__run) requestAnimationFrame(tick); };
    requestAnimationFrame((t) => { tick(t); resolve(); });
  }));
  const extra = await action();
  const { times, renders, handlers } = await page.evaluate(() => { window.__run = false; return { times: window.__frames, renders: window.__renders, handlers: window.__handlers }; });
  const gaps = times.slice(1).map((t, i) => t - times[i]);
  return { frame: stats(gaps), render: stats(renders), handler: stats(handlers), fps: (gaps.length * 1000) / (times.at(-1) - times[0]), ...extra };
}
const stats = (xs) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), n: xs.length });

// a duration of 0 jumps there: sigma's animate() can drop its callback when an animation ends
// before animate() returns (a 1 ms one), and the bench would wait for ever
const camera = (page, moves) => page.evaluate(async (steps) => {
  const cam = window.kgViewer.renderer.getCamera();
  for (const [state, duration] of steps) {
    if (duration) await cam.animate(state, { duration, easing: 'linear' });
    else cam.setState(state);
  }
}, moves);

// a scenario that stalls (no frames for a long time) is reported as such rather than waited for
const SCENARIO_LIMIT = 120000;
const within = (limit, promise) => {
  let timer;
  promise.catch(() => {}); // a stalled scenario's page is closed under it
  return Promise.race([promise, new Promise((resolve) => { timer = setTimeout(resolve, limit); })]).finally(() => clearTimeout(timer));
};
const SCENARIOS = [['zoom x6.7 in and out, 4 s', (p) => camera(p, ZOOM)], ['pan at zoom x3.3, 4 s', (p) => camera(p, PAN)], ['hover: the mouse from node to node', (p) => hover(p)]];
const ZOOM = [[{ x: 0.5, y: 0.5, ratio: 1 }, 0], [{ ratio: 0.15 }, 2000], [{ ratio: 1 }, 2000]];
const PAN = [[{ x: 0.5, y: 0.5, ratio: 0.3 }, 0], [{ x: 0.2, y: 0.3 }, 1300], [{ x: 0.8, y: 0.7 }, 1300], [{ x: 0.5, y: 0.5 }, 1300]];

/** Moves the real mouse (Chromium's input events) from node to node: up to 20 well-connected nodes in view, at most 20 s. */
async function hover(page) {
  await camera(page, [[{ x: 0.5, y: 0.5, ratio: 1 }, 0]]);
  const targets = await page.evaluate(() => {
    const { graph, renderer } = window.kgViewer;
    const box = document.getElementById('graph').getBoundingClientRect();
    const out = [];
    graph.forEachNode((n) => {
      if (out.length >= 20 || graph.degree(n) < 8) return;
      const d = renderer.getNodeDisplayData(n);
      const p = renderer.framedGraphToViewport({ x: d.x, y: d.y });
      if (p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20) out.push({ x: box.left + p.x, y: box.top + p.y });
    });
    window.__enters = 0;
    renderer.on('enterNode', () => window.__enters++);
    return out;
  });
  await page.mouse.move(targets[0].x - 3, targets[0].y - 3);
  const started = Date.now();
  let visited = 0;
  for (const p of targets) {
    if (Date.now() - started > 20000) break;
    await page.mouse.move(p.x, p.y, { steps: 4 });
    visited++;
  }
  await page.mouse.move(5, 5);
  return { visited, enters: await page.evaluate(() => window.__enters) };
}

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => (x === undefined ? '-' : x < 1 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const ratio = (a, b) => (a === undefined || b === undefined ? '-' : (a / b).toFixed(2));

async function firstRenders(url, loads) {
  const runs = [];
  for (let i = 0; i < loads; i++) {
    const { page, t } = await load(url);
    runs.push(t);
    await page.close();
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  return { graph: pick('graph'), render: pick('render'), next: pick('next') };
}

const pair = (a, b) => `kg ${ms(a?.median)} / ${ms(a?.p95)} ms, sigma ${ms(b?.median)} / ${ms(b?.p95)} ms, ratio ${ratio(a?.median, b?.median)} / ${ratio(a?.p95, b?.p95)}`;
function report(name, kg, base) {
  const unfinished = [kg.unfinished && 'kg', base.unfinished && 'sigma'].filter(Boolean);
  console.log(`  ${name}:${unfinished.length ? ` (${unfinished.join(' and ')} stalled: no end in ${SCENARIO_LIMIT / 1000} s)` : ''}`);
  const fps = (r) => (r.fps === undefined ? '-' : r.fps.toFixed(1));
  console.log(`    frames a second: kg ${fps(kg)}, sigma ${fps(base)}, ratio ${ratio(kg.fps, base.fps)}; frame interval (median / p95) kg ${ms(kg.frame?.median)} / ${ms(kg.frame?.p95)} ms, sigma ${ms(base.frame?.median)} / ${ms(base.frame?.p95)} ms`);
  console.log(`    main thread per render (median / p95): ${pair(kg.render, base.render)}`);
  if (name.startsWith('hover')) console.log(`    main thread per enter/leave event: kg ${ms(kg.handler?.median)} / ${ms(kg.handler?.p95)} ms, sigma ${ms(base.handler?.median)} / ${ms(base.handler?.p95)} ms; nodes passed ${kg.visited ?? '-'} and ${base.visited ?? '-'}, entered ${kg.enters ?? '-'} and ${base.enters ?? '-'}`);
}

async function pages(n, positions) {
  const file = join(work, `g${n}${positions ? '' : '-nolayout'}.json`);
  writeFileSync(file, JSON.stringify(generate(n, positions)));
  const kg = await serveViewer(file);
  const json = await (await fetch(`${kg.url}graph.json`)).text(); // the very bytes kg serves
  const probe = await context.newPage();
  await probe.goto(kg.url);
  await probe.waitForFunction(() => performance.getEntriesByName('kg:first-render').length, undefined, { timeout: 300000 });
  const box = await probe.evaluate(() => { const r = document.getElementById('graph').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
  await probe.close();
  const base = await serveBaseline(json, box);
  return { kg, base, bytes: json.length, box, close: async () => { await kg.close(); await base.close(); } };
}

const gl = await context.newPage();
const glName = await gl.evaluate(() => {
  const c = document.createElement('canvas').getContext('webgl');
  const info = c?.getExtension('WEBGL_debug_renderer_info');
  return info ? c.getParameter(info.UNMASKED_RENDERER_WEBGL) : 'unknown';
});
await gl.close();
console.log(`Chromium ${context.browser()?.version() ?? ''} headless, WebGL by ${glName} (software: the GPU's work is done on the CPU), viewport ${VIEWPORT.width}x${VIEWPORT.height}; times from navigation start`);
try {
  for (const n of SIZES) {
    const s = await pages(n, true);
    const loads = LOADS[n] ?? 3;
    const kg = await firstRenders(s.kg.url, loads);
    const base = await firstRenders(s.base.url, loads);
    console.log(`${n} nodes, ${s.kg.edges} edges, saved positions (graph.json ${(s.bytes / 1e6).toFixed(1)} MB, canvas ${Math.round(s.box.width)}x${Math.round(s.box.height)}):`);
    console.log(`  first render: kg ${ms(kg.render)} ms (graph.json in at ${ms(kg.graph)} ms, next frame at ${ms(kg.next)} ms) | sigma ${ms(base.render)} ms (in at ${ms(base.graph)}, next frame ${ms(base.next)}) | ratio ${ratio(kg.render, base.render)}, ${loads} loads each`);
    if (n === INTERACTIVE) {
      // one page at a time: a tab in the background gets no animation frames
      const measured = {};
      for (const [who, url] of [['kg', s.kg.url], ['base', s.base.url]]) {
        const { page } = await load(url);
        await page.evaluate(INSTRUMENT);
        page.on('pageerror', (e) => console.log(`  (${who} page error: ${e})`));
        let stalled = false;
        for (const [name, run] of SCENARIOS) {
          const r = stalled ? undefined : await within(SCENARIO_LIMIT, frames(page, () => run(page)));
          stalled ||= !r;
          (measured[name] ??= {})[who] = r ?? { unfinished: true };
        }
        await page.close();
      }
      for (const [name] of SCENARIOS) report(name, measured[name].kg, measured[name].base);
    }
    await s.close();
  }
  const s = await pages(INTERACTIVE, false);
  const kg = await firstRenders(s.kg.url, 3);
  const base = await firstRenders(s.base.url, 3);
  console.log(`${INTERACTIVE} nodes, ${s.kg.edges} edges, no positions (kg places the nodes and starts ForceAtlas2 in a worker; the baseline only places them):`);
  console.log(`  first render: kg ${ms(kg.render)} ms (next frame at ${ms(kg.next)} ms) | sigma ${ms(base.render)} ms (next frame ${ms(base.next)}) | ratio ${ratio(kg.render, base.render)}, 3 loads each`);
  await s.close();
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
