// `kg view`: serves the built viewer and one graph file on localhost. Static files only: the
// same viewer works from any static server with a graph.json beside it.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGraph } from '../build/graph-io.js';
import { NotFoundError } from '../model/errors.js';

export const VIEWER_DIR = fileURLToPath(new URL('../../viewer/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8', '.png': 'image/png',
};

export interface ViewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 (port 0: a free one) for the graph at `graphPath`. */
export async function serveViewer(graphPath: string, port = 0): Promise<ViewServer> {
  if (!existsSync(join(VIEWER_DIR, 'index.html'))) throw new NotFoundError(`view: the viewer is not built (${VIEWER_DIR}); run npm run build`);
  readGraph(graphPath); // a clear error now rather than a blank page later
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file: string;
    if (path === '/graph.json') file = graphPath;
    else {
      file = normalize(join(VIEWER_DIR, path === '/' ? 'index.html' : path));
      if (!file.startsWith(VIEWER_DIR)) { res.writeHead(403).end(); return; }
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
