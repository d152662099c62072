// The one error exit point of the CLI: a KgError (the user's mistake) prints one line and exits
// with its status; anything else is a bug and keeps its stack trace.
import { KgError } from '../model/errors.js';
import { painter } from './output.js';

export function reportError(err: unknown): number {
  const paint = painter(process.stderr);
  if (err instanceof KgError) {
    process.stderr.write(`${paint('red', 'kg:')} ${err.message}\n`);
    return err.exitCode;
  }
  process.stderr.write(`kg: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
  return 70; // EX_SOFTWARE
}

/** Runs a command action and turns its errors into an exit status. */
export function action<A extends unknown[]>(fn: (...args: A) => unknown | Promise<unknown>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const status = await fn(...args);
      if (typeof status === 'number') process.exitCode = status;
    } catch (err) {
      process.exitCode = reportError(err);
    }
  };
}
