// Runs the kg command line as a user does: a separate process, its output and exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const KG = join(ROOT, 'bin', 'kg.js');
export const SHARED = join(ROOT, '..', 'shared');
export const SAMPLE_ARTICLE = join(ROOT, 'graph-data', '000_3771d5a176e2eb79.txt');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function kg(args: string[], options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const run = spawnSync(process.execPath, [KG, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(prefix = 'kg-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
