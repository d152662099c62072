// A progress bar on stderr for long runs: only on a TTY, redrawn at most ten times a second.
export interface Progress {
  update(done: number, total: number, words: number): void;
  finish(): void;
}

export function progressBar(label: string, enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled) return { update() {}, finish() {} };
  const started = Date.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total, words) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const seconds = Math.max((now - started) / 1000, 1e-3);
      const width = 24;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      const rate = done / seconds;
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} docs, ${Math.round(words / seconds)} words/s, ETA ${eta}s`;
      process.stderr.write(`\r${line}\u001b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) process.stderr.write('\n');
    },
  };
}
