// `kg view`: start the server, print the address, open a browser only when asked.
import { spawn } from 'node:child_process';
import { serveViewer } from '../view/server.js';
import { resolveGraphPath } from './graph-option.js';
import { UsageError } from '../model/errors.js';

export async function runView(graph: string | undefined, opts: { port?: string; open?: boolean }): Promise<void> {
  const port = opts.port === undefined ? 0 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`view: --port must be a port number (got ${opts.port})`);
  let view;
  try {
    view = await serveViewer(resolveGraphPath(graph), port);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') throw new UsageError(`view: cannot listen on port ${port} (${code})`);
    throw err;
  }
  process.stdout.write(`kg viewer: ${view.url}  (Ctrl-C to stop)\n`);
  if (opts.open) {
    const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
    spawn(opener, [view.url], { stdio: 'ignore', detached: true }).on('error', () => process.stderr.write(`kg: could not open a browser; visit ${view.url}\n`)).unref();
  }
  await new Promise<void>((resolve) => process.once('SIGINT', () => { void view.close().then(resolve); }));
}
