#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs in name order. Each prints its own figures and
// ratios against a baseline measured in the same run; none is a test and none has a time limit.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.log(`\n## ${file}`);
  const run = spawnSync(process.execPath, ['--expose-gc', `${dir}${file}`], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}
