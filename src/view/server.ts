// `kg view`: serves the built viewer and one graph file on localhost. Static files only: the
// same viewer works from any static server with a graph.json beside it. The graph is read again
// when it changes on disk (a rebuild shows on reload), with evidence sentences filled in from the
// documents when the graph lacks them.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGraph, serializeGraph } from '../build/graph-io.js';
import { fillEvidenceText } from '../export/evidence-text.js';
import { NotFoundError } from '../model/errors.js';

export const VIEWER_DIR = fileURLToPath(new URL('../../viewer/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8', '.png': 'image/png',
};

// Defence in depth behind textContent-only rendering: no inline or foreign scripts ever run.
// blob: workers are ForceAtlas2's; data:/blob: images are the PNG export's.
const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'self'; script-src 'self'; worker-src blob:; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

export interface ViewServer {
  url: string;
  nodes: number;
  edges: number;
  server: Server;
  close(): Promise<void>;
}

/** The graph as served: read again only when the file changed. */
function graphSource(graphPath: string): () => string {
  let stamp = '';
  let body = '';
  return () => {
    let s;
    try {
      s = statSync(graphPath);
    } catch {
      readGraph(graphPath); // throws the error that names the problem
      throw new NotFoundError(`${graphPath}: no such graph file`);
    }
    const now = `${s.mtimeMs}:${s.size}`;
    if (now !== stamp) {
      const graph = readGraph(graphPath);
      fillEvidenceText(graph, graphPath);
      body = serializeGraph(graph);
      stamp = now;
    }
    return body;
  };
}

/** Starts the server on 127.0.0.1 (port 0: a free one) for the graph at `graphPath`. */
export async function serveViewer(graphPath: string, port = 0): Promise<ViewServer> {
  if (!existsSync(join(VIEWER_DIR, 'index.html'))) throw new NotFoundError(`view: the viewer is not built (${VIEWER_DIR}); run npm run build`);
  const graph = graphSource(graphPath);
  const first = JSON.parse(graph()) as { nodes: unknown[]; edges: unknown[] }; // a clear error now rather than a blank page later
  const send = (res: ServerResponse, req: IncomingMessage, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { ...HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405, { allow: 'GET, HEAD' }).end(); return; }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      send(res, req, 400, 'text/plain', 'bad request'); return;
    }
    if (path === '/graph.json') {
      try {
        send(res, req, 200, TYPES['.json']!, graph());
      } catch (err) {
        // the file went bad after start (a rebuild half way): say so, keep serving
        send(res, req, 500, 'text/plain; charset=utf-8', (err as Error).message);
      }
      return;
    }
    const file = normalize(join(VIEWER_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(VIEWER_DIR)) { send(res, req, 403, 'text/plain', 'forbidden'); return; }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      send(res, req, 404, 'text/plain', 'not found'); return;
    }
    send(res, req, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    nodes: first.nodes.length,
    edges: first.edges.length,
    server,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
