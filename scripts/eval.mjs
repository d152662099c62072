#!/usr/bin/env node
// `npm run eval`: every scorer of ../shared/eval on kg's output, in one table. This is how a
// change to extraction is judged: data set, precision, recall, F1, and build speed.
// Usage: node scripts/eval.mjs [--keep DIR] [--only ner|seed|re3d|wikinews|wikinews-dev|wikinews-heldout]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');
const evalDir = join(shared, 'eval');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const work = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : mkdtempSync(join(tmpdir(), 'kg-eval-'));
mkdirSync(work, { recursive: true });
if (!existsSync(evalDir)) { console.error(`eval: ${evalDir} not found (the shared evaluation data sits beside the repository)`); process.exit(2); }

const node = (script, ...a) => {
  const r = spawnSync(process.execPath, [script, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${basename(script)} failed: ${r.stderr}`);
  return r.stdout;
};
const kg = (...a) => {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'kg.js'), ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 3) throw new Error(`kg ${a.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
};
const words = (dir) => {
  let n = 0;
  for (const f of readdirSync(dir)) {
    const text = spawnSync('cat', [join(dir, f)], { encoding: 'utf8' }).stdout;
    n += text.split(/\s+/).filter(Boolean).length;
  }
  return n;
};
const grab = (line, re) => { const m = re.exec(line); return m ? m.slice(1).map(Number) : []; };
const rows = [];

if (!only || only === 'ner') {
  const out = join(work, 'conll-valid');
  node(join(evalDir, 'conll-docs.mjs'), join(evalDir, 'conll2003', 'valid.txt'), out);
  const seconds = kg('build', join(out, 'docs'), '-o', join(out, 'graph.json'), '--quiet', '--no-layout');
  const summary = node(join(evalDir, 'score-ner.mjs'), join(out, 'graph.json'), join(out, 'gold.jsonl')).trim().split('\n').pop();
  const [f1, p, r] = grab(summary, /F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+)\)/);
  rows.push(['CoNLL-2003 valid, NER (PER/ORG/LOC)', p, r, f1, Math.round(words(join(out, 'docs')) / seconds)]);
}
if (!only || only === 'seed') {
  const graph = join(work, 'seed.json');
  const seconds = kg('build', join(evalDir, 'seed', '000_3771d5a176e2eb79.txt'), '-o', graph, '--no-layout');
  const summary = node(join(evalDir, 'score-graph.mjs'), graph, join(evalDir, 'seed', 'gold.json')).trim().split('\n').pop();
  const [ef, ep, er, rf, rp, rr] = grab(summary, /entities F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+)\) relations F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+)\)/);
  const w = words(join(evalDir, 'seed'));
  rows.push(['sample article, entities (typed)', ep, er, ef, Math.round(w / seconds)]);
  rows.push(['sample article, relations', rp, rr, rf, '']);
}
if (!only || only === 're3d') {
  const out = join(work, 're3d');
  rmSync(out, { recursive: true, force: true });
  node(join(evalDir, 're3d-docs.mjs'), out, join(evalDir, 're3d', 'CENTCOM'), join(evalDir, 're3d', 'Australian Department of Foreign Affairs'));
  const graphs = join(out, 'graphs');
  mkdirSync(graphs, { recursive: true });
  let seconds = 0;
  for (const f of readdirSync(join(out, 'docs')).sort()) seconds += kg('build', join(out, 'docs', f), '-o', join(graphs, f.replace(/\.txt$/, '.json')), '--no-layout');
  const summary = node(join(evalDir, 'score-set.mjs'), join(out, 'gold'), graphs).trim().split('\n').pop();
  const [ef, ep, er, rf, rp, rr] = grab(summary, /entities F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+)\) relations F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+)\)/);
  rows.push(['re3d (27 docs), entities (typed)', ep, er, ef, Math.round(words(join(out, 'docs')) / seconds)]);
  rows.push(['re3d (27 docs), relations', rp, rr, rf, '']);
}

// kg's own gold (eval/): Wikinews articles annotated blind; heldout is read in aggregate only
for (const split of ['dev', 'heldout']) {
  if (only && only !== 'wikinews' && only !== `wikinews-${split}`) continue;
  const gold = join(root, 'eval', 'wikinews', split);
  if (!existsSync(gold)) continue;
  const graphs = join(work, `wikinews-${split}`);
  mkdirSync(graphs, { recursive: true });
  let seconds = 0;
  let w = 0;
  const names = readdirSync(gold).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace(/\.gold\.json$/, '')).sort();
  for (const name of names) {
    const doc = join(shared, 'corpus', 'wikinews', `${name}.txt`);
    seconds += kg('build', doc, '-o', join(graphs, `${name}.json`), '--no-layout');
    w += readFileSync(doc, 'utf8').split(/\s+/).filter(Boolean).length;
  }
  const summary = node(join(evalDir, 'score-set.mjs'), gold, graphs).trim().split('\n').pop();
  const [ef, ep, er, rf, rp, rr] = grab(summary, /entities F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+)\) relations F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+)\)/);
  rows.push([`Wikinews ${split} (${names.length} docs), entities (typed)`, ep, er, ef, Math.round(w / seconds)]);
  rows.push([`Wikinews ${split} (${names.length} docs), relations`, rp, rr, rf, '']);
}

const header = ['data set', 'precision', 'recall', 'F1', 'words/s (kg build process, start to exit)'];
const table = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? c.toFixed(c > 10 ? 0 : 3) : String(c))))];
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const r of table) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
