#!/usr/bin/env node
// Builds the viewer into viewer/dist: one bundled script (esbuild), the page, its style, and the
// sample graph when it has been built. The result is static files any server can serve.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
mkdirSync(here('dist'), { recursive: true });
await build({
  entryPoints: [here('src/main.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  outfile: here('dist/app.js'),
  logLevel: 'warning',
});
copyFileSync(here('index.html'), here('dist/index.html'));
copyFileSync(here('style.css'), here('dist/style.css'));
if (existsSync(here('../graph-data/graph.json'))) copyFileSync(here('../graph-data/graph.json'), here('dist/graph.json'));
console.log('viewer: built viewer/dist');
