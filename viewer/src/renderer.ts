// Sigma on the loaded graph: settings, pointer events, and a refresh whenever a state that the
// reducers read changes. Camera moves refresh only when edge labels switch on or off.
import Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/contract.js';
import { $ } from './core/dom.js';
import { reducers, type DisplayState } from './appearance/utils.js';
import { current } from './graph/index.js';
import { visibleAtom } from './filters/index.js';
import { selectionAtom, hover } from './selection/index.js';
import { pathAtom } from './path/index.js';

export type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

const ZOOMED_IN = 0.35;

export function createRenderer(onClickNode: (node: string) => void, onClickStage: () => void): Renderer {
  const { graph } = current();
  let zoomedIn = false;
  const state = (): DisplayState => ({ loaded: current(), visible: visibleAtom.get(), selection: selectionAtom.get(), path: pathAtom.get(), zoomedIn });
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
  sigma.getCamera().on('updated', ({ ratio }) => {
    if ((ratio < ZOOMED_IN) !== zoomedIn) { zoomedIn = ratio < ZOOMED_IN; sigma.refresh({ skipIndexation: true }); }
  });
  return sigma;
}
