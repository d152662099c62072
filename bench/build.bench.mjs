// Whole-build speed over real news (the CoNLL-2003 training documents, about 200,000 words):
// read, extract, resolve, write, on one worker and on two; peak memory; and, in the same run,
// compromise's people()/places()/organizations() pass over the same text as the baseline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const evalDir = join(root, '..', 'shared', 'eval');
if (!existsSync(evalDir)) { console.log('build bench skipped: ../shared/eval not found'); process.exit(0); }
const work = mkdtempSync(join(tmpdir(), 'kg-bench-'));
spawnSync(process.execPath, [join(evalDir, 'conll-docs.mjs'), join(evalDir, 'conll2003', 'train.txt'), work], { encoding: 'utf8' });
const docs = join(work, 'docs');
const texts = readdirSync(docs).sort().map((f) => readFileSync(join(docs, f), 'utf8'));
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

// GNU time reports the peak resident memory of the build (Debian package `time`)
const timeCmd = existsSync('/usr/bin/time') ? ['/usr/bin/time', ['-f', '%M']] : undefined;

function build(workers) {
  const started = process.hrtime.bigint();
  const args = [join(root, 'bin', 'kg.js'), 'build', docs, '-o', join(work, `g${workers}.json`), '-q', '-w', String(workers), '--no-layout'];
  const run = timeCmd ? spawnSync(timeCmd[0], [...timeCmd[1], process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(run.stderr);
  const peakKb = timeCmd ? Number(run.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, peakMb: Number.isNaN(peakKb) ? 'unknown' : Math.round(peakKb / 1024) };
}

const { default: nlp } = await import('compromise');
const started = process.hrtime.bigint();
let found = 0;
for (const t of texts) {
  const doc = nlp(t);
  found += doc.people().length + doc.places().length + doc.organizations().length;
}
const baseline = Number(process.hrtime.bigint() - started) / 1e9;
const one = build(1);
const two = build(2);
const rate = (s) => Math.round(words / s);
console.log(`corpus: ${texts.length} CoNLL-2003 training documents, ${words} words`);
console.log(`compromise people/places/organizations: ${baseline.toFixed(2)} s, ${rate(baseline)} words/s (${found} mentions)`);
console.log(`kg build, 1 worker:  ${one.seconds.toFixed(2)} s, ${rate(one.seconds)} words/s, peak ${one.peakMb} MB, ${(baseline / one.seconds).toFixed(2)}x compromise`);
console.log(`kg build, 2 workers: ${two.seconds.toFixed(2)} s, ${rate(two.seconds)} words/s, peak ${two.peakMb} MB, ${(baseline / two.seconds).toFixed(2)}x compromise, ${(rate(two.seconds) / 2).toFixed(0)} words/s per core`);
console.log('identical output with 1 and 2 workers:', readFileSync(join(work, 'g1.json'), 'utf8') === readFileSync(join(work, 'g2.json'), 'utf8'));
rmSync(work, { recursive: true, force: true });
