// The page's downloads: the current view as PNG (what the canvas shows, filters and all) and the
// whole graph as GEXF (kg's own writer, the same as `kg export`).
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import type { KgGraph } from '../../../src/model/contract.js';
import { toGexf } from '../../../src/export/gexf.js';
import { download } from '../core/dom.js';

export function exportPng(renderer: Sigma): Promise<void> {
  return downloadAsPNG(renderer, { fileName: 'kg-view', backgroundColor: '#ffffff' });
}

export function exportGexf(graph: KgGraph): void {
  download('kg-graph.gexf', toGexf(graph), 'application/xml');
}
