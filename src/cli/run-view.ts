// `kg view`: start the server, print the address, open a browser only when asked; Ctrl-C stops.
import { spawn } from 'node:child_process';
import { serveViewer, type ViewServer } from '../view/server.js';
import { resolveGraphPath } from './graph-option.js';
import { UsageError } from '../model/errors.js';

export interface ViewOptions { port?: string; open?: boolean; json?: boolean }

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(port) || port > 65535) throw new UsageError(`view: --port must be a number from 0 to 65535 (got "${text}")`);
  return port;
}

export async function runView(graphArg: string | undefined, opts: ViewOptions): Promise<void> {
  const port = parsePort(opts.port);
  const graph = resolveGraphPath(graphArg);
  let view: ViewServer;
  try {
    view = await serveViewer(graph, port);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`view: port ${port} is in use; pick another with --port, or leave it out for a free one`);
    if (code === 'EACCES') throw new UsageError(`view: not allowed to listen on port ${port}`);
    throw err;
  }
  // one line, so that a script can read it while the server runs
  if (opts.json) process.stdout.write(`${JSON.stringify({ url: view.url, graph, nodes: view.nodes, edges: view.edges })}\n`);
  else process.stdout.write(`kg viewer: ${view.url}\n  ${graph}: ${view.nodes} nodes, ${view.edges} edges. Ctrl-C to stop.\n`);
  if (opts.open) {
    const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
    spawn(opener, [view.url], { stdio: 'ignore', detached: true })
      .on('error', () => process.stderr.write(`kg: view: could not open a browser (${opener}); visit ${view.url}\n`))
      .unref();
  }
  await new Promise<void>((resolve) => {
    const stop = () => { void view.close().then(resolve); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
