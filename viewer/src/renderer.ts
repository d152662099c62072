// Sigma on the loaded graph: settings, pointer events, and a refresh whenever a state that the
// reducers read changes. Camera moves refresh only when edge labels switch on or off. On large
// graphs a hover redraws only the neighbourhoods it leaves and enters (a full refresh there costs
// hundreds of milliseconds at 10,000 nodes and 50,000 edges, see bench/viewer.bench.mjs).
import Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/contract.js';
import { $ } from './core/dom.js';
import { reducers, type DisplayState } from './appearance/utils.js';
import { current } from './graph/index.js';
import { visibleAtom } from './filters/index.js';
import { selectionAtom, hover, type Selection } from './selection/index.js';
import { pathAtom } from './path/index.js';

export type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

const ZOOMED_IN = 0.35;
/** Nodes and edges together above which a graph is large: a hover fades nothing (see reducers). */
const LARGE = 10000;
const isLarge = (order: number, size: number): boolean => order + size > LARGE;

export function createRenderer(onClickNode: (node: string) => void, onClickStage: () => void): Renderer {
  const { graph } = current();
  let zoomedIn = false;
  const large = isLarge(graph.order, graph.size);
  const state = (): DisplayState => ({ loaded: current(), visible: visibleAtom.get(), selection: selectionAtom.get(), path: pathAtom.get(), zoomedIn, lightHover: large });
  const { nodeReducer, edgeReducer } = reducers(state);
  const small = graph.order < 300;
  const sigma: Renderer = new Sigma(graph, $('graph'), {
    nodeReducer, edgeReducer,
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
    zIndex: true,
    // small graphs: label nearly everything; large ones: sigma's grid keeps labels apart
    labelDensity: small ? 1 : 0.5,
    labelGridCellSize: small ? 90 : 100,
    labelRenderedSizeThreshold: small ? 4 : 8,
    labelFont: 'system-ui, sans-serif',
    edgeLabelFont: 'system-ui, sans-serif',
    edgeLabelSize: 11,
    minEdgeThickness: 0.5,
  });
  sigma.on('enterNode', ({ node }) => hover(node));
  sigma.on('leaveNode', () => hover(undefined));
  sigma.on('clickNode', ({ node }) => onClickNode(node));
  sigma.on('clickStage', onClickStage);
  // edge labels on or off: only the edges are reduced again, with no reindexing
  sigma.getCamera().on('updated', ({ ratio }) => {
    if ((ratio < ZOOMED_IN) !== zoomedIn) { zoomedIn = ratio < ZOOMED_IN; sigma.refresh({ partialGraph: { edges: graph.edges() }, skipIndexation: true }); }
  });
  return sigma;
}

/**
 * Redraws after the selection changed. A hover alone on a large graph (lightHover) changes only
 * the neighbourhoods of the nodes it leaves and enters, so only those are reduced again, with no
 * reindexing; anything else reduces the whole graph again.
 */
export function refreshSelection(sigma: Renderer, before: Selection, after: Selection): void {
  const { graph } = current();
  if (before.selected !== after.selected || !isLarge(graph.order, graph.size)) { sigma.refresh(); return; }
  if (before.hovered === after.hovered) return;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const center of [before.hovered, after.hovered]) {
    if (!center || !graph.hasNode(center)) continue;
    nodes.add(center);
    graph.forEachNeighbor(center, (n) => { nodes.add(n); });
    graph.forEachEdge(center, (e) => { edges.add(e); });
  }
  sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true, schedule: true });
}
