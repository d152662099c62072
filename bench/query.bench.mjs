// Path queries on generated graphs of 10^4, 10^5 and 10^6 nodes (average degree about 5): load
// time, then the median time of a path between random pairs:
//  - directed: kg's shortestPath against graphology-shortest-path's bidirectional search on the
//    same graph in the same run (same question, so the lengths must agree);
//  - kg path as the CLI asks it (findPaths: names resolved, edges walked both ways, hubs avoided,
//    the answer described with labels and evidence), and its first call, which also finds the hubs.
// Then `node bin/kg.js stats` and `kg path` on the sample graph, process start to exit.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { graphFromJson } from '../dist/build/graph-json.js';
import { shortestPath } from '../dist/query/paths.js';
import { findPaths } from '../dist/query/path-query.js';

const KINDS = ['person', 'group', 'place', 'event'];
const RELATIONS = ['leads', 'member_of', 'located_in', 'related_to', 'ordered', 'killed'];
const PAIRS = 51;

// mulberry32: a small seeded generator, so every run measures the same graphs and pairs
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(n, random) {
  const nodes = [];
  for (let i = 0; i < n; i++) nodes.push({ key: `n${i}`, attributes: { label: `Node ${i}`, kind: KINDS[i % 4], aliases: [], mentions: [] } });
  const edges = [];
  const m = Math.round(n * 2.5); // average degree 5
  for (let i = 0; i < m; i++) {
    const s = Math.floor(random() * n);
    let t = Math.floor(random() * n);
    if (t === s) t = (t + 1) % n;
    edges.push({ key: `e${i}`, source: `n${s}`, target: `n${t}`,
      attributes: { relation: RELATIONS[i % RELATIONS.length], label: '', evidence: [], confidence: 0.5 + (i % 5) / 10 } });
  }
  return { options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { schemaVersion: 1, documents: [], builtWith: { name: 'kg', version: 'bench' } }, nodes, edges };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(1) : x.toFixed(0));
function time(f) {
  const t = process.hrtime.bigint();
  const r = f();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
}

for (const n of [1e4, 1e5, 1e6]) {
  const random = rng(n);
  let data = generate(n, random);
  // baseline: graphology's own import of the same JSON, without kg's checks
  let [plainLoad, plain] = time(() => MultiDirectedGraph.from(data));
  plain = undefined;
  const [load, graph] = time(() => graphFromJson(data));
  data = undefined;
  const pairs = Array.from({ length: PAIRS }, () => [`n${Math.floor(random() * n)}`, `n${Math.floor(random() * n)}`]).filter(([a, b]) => a !== b);

  const ours = [];
  const theirs = [];
  let agree = 0;
  let found = 0;
  const hops = [];
  for (const [a, b] of pairs) {
    const [t1, p] = time(() => shortestPath(graph, a, b, { directed: true, throughHubs: true }));
    const [t2, q] = time(() => bidirectional(graph, a, b));
    ours.push(t1);
    theirs.push(t2);
    if ((p?.nodes.length ?? 0) === (q?.length ?? 0)) agree++;
    if (p) { found++; hops.push(p.hops.length); }
  }

  const [first] = time(() => findPaths(graph, pairs[0][0], pairs[0][1]));
  const full = [];
  const fullHops = [];
  for (const [a, b] of pairs) {
    const [t, r] = time(() => { try { return findPaths(graph, a, b); } catch { return undefined; } });
    full.push(t);
    if (r) fullHops.push(r.paths[0].length);
  }

  const some = pairs.slice(0, 7);
  const all = some.map(([a, b]) => time(() => { try { return findPaths(graph, a, b, { all: true }); } catch { return undefined; } })[0]);
  const yen = some.map(([a, b]) => time(() => { try { return findPaths(graph, a, b, { k: 3 }); } catch { return undefined; } })[0]);

  console.log(`${n} nodes, ${graph.size} edges: load ${ms(load)} ms (kg's graphFromJson: import and checks) vs ${ms(plainLoad)} ms (graphology's Graph.from alone), ratio ${(load / plainLoad).toFixed(2)}`);
  console.log(`  directed, ${found}/${pairs.length} pairs connected, median ${median(hops) ?? '-'} hops: kg ${ms(median(ours))} ms, graphology-shortest-path bidirectional ${ms(median(theirs))} ms, ratio ${(median(ours) / median(theirs)).toFixed(2)}; same length ${agree}/${pairs.length}`);
  console.log(`  kg path (both directions, hubs avoided, described): median ${ms(median(full))} ms over ${pairs.length} pairs (median ${median(fullHops) ?? '-'} hops); first call, with the hub scan, ${ms(first)} ms`);
  console.log(`  kg path --all: median ${ms(median(all))} ms; -k 3: median ${ms(median(yen))} ms (${some.length} pairs)`);
}

const kg = fileURLToPath(new URL('../bin/kg.js', import.meta.url));
for (const args of [['stats'], ['path', 'Trump', 'al-Mohandes']]) {
  const calls = [];
  for (let i = 0; i < 9; i++) {
    const [t, run] = time(() => spawnSync(process.execPath, [kg, ...args], { encoding: 'utf8' }));
    if (run.status !== 0) throw new Error(`kg ${args.join(' ')}: ${run.stderr}`);
    calls.push(t);
  }
  const [node] = time(() => spawnSync(process.execPath, ['-e', '0']));
  console.log(`kg ${args.join(' ')} on the sample graph, process start to exit: median ${ms(median(calls))} ms (a bare node process: ${ms(node)} ms)`);
}
