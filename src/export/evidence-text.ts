// Evidence sentences for graphs whose spans carry no `text`: read from the documents the graph
// was built from, when they are still there unchanged (same sha256), so that every export can
// quote its evidence. Node only: the CLI runs this before exporting; the viewer has the text.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { decodeText } from '../build/inputs.js';
import type { DocumentInfo, KgGraph } from '../model/contract.js';

/** Fills in missing evidence `text` in place; returns how many spans got one. */
export function fillEvidenceText(graph: KgGraph, graphPath: string): number {
  const docs = new Map((graph.getAttribute('documents') ?? []).map((d) => [d.id, d]));
  const texts = new Map<string, string | undefined>();
  let filled = 0;
  graph.forEachEdge((_key, a) => {
    for (const e of a.evidence ?? []) {
      if (e.text !== undefined) continue;
      if (!texts.has(e.doc)) texts.set(e.doc, readDocument(docs.get(e.doc), graphPath));
      const text = texts.get(e.doc);
      if (text !== undefined && e.end <= text.length) {
        e.text = text.slice(e.start, e.end);
        filled++;
      }
    }
  });
  return filled;
}

/** The document's text, looked for as given, beside the graph, and beside the graph's folder. */
function readDocument(doc: DocumentInfo | undefined, graphPath: string): string | undefined {
  if (!doc?.path || doc.path === '-') return undefined;
  const here = dirname(resolve(graphPath));
  const candidates = isAbsolute(doc.path) ? [doc.path] : [resolve(doc.path), resolve(here, doc.path), resolve(here, '..', doc.path)];
  for (const path of candidates) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      continue;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== doc.sha256) continue;
    try {
      return decodeText(bytes, path);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
