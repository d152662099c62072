// Colour, size, highlight and hiding, derived from the data and the state by sigma's reducers.
import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { KgGraph } from '../../src/model/contract.js';
import { KIND_COLORS } from '../../src/export/text.js';
import { dateStart, dateEnd } from '../../src/query/timeline.js';
import type { ViewState } from './state.js';

const FADED = '#e2e2e2';

/** Whether a node is shown under the current filters (hover and selection aside). */
export function nodeVisible(graph: KgGraph, state: ViewState, node: string): boolean {
  const a = graph.getNodeAttributes(node);
  if (state.hiddenKinds.has(a.kind)) return false;
  if (graph.degree(node) < state.minDegree) return false;
  if (a.kind === 'event' && a.date && (state.dateFrom || state.dateTo)) {
    if (state.dateFrom && dateEnd(a.date) < state.dateFrom) return false;
    if (state.dateTo && dateStart(a.date) > state.dateTo) return false;
  }
  return true;
}

export function edgeVisible(graph: KgGraph, state: ViewState, edge: string): boolean {
  const a = graph.getEdgeAttributes(edge);
  if (state.hiddenRelations.has(a.relation) || a.confidence < state.minConfidence) return false;
  return nodeVisible(graph, state, graph.source(edge)) && nodeVisible(graph, state, graph.target(edge));
}

export function reducers(graph: KgGraph, state: ViewState, zoomedIn: () => boolean) {
  let focus: Set<string> | undefined;
  let focusOf: string | undefined;
  const neighbourhood = (node: string) => {
    if (focusOf !== node) { focus = new Set([node, ...graph.neighbors(node)]); focusOf = node; }
    return focus!;
  };
  const nodeReducer = (node: string, data: Attributes): Partial<NodeDisplayData> => {
    const a = graph.getNodeAttributes(node);
    const out: Partial<NodeDisplayData> = {
      ...data,
      label: a.kind === 'event' && a.date ? `${a.label} (${a.date})` : a.label,
      color: a.color ?? KIND_COLORS[a.kind] ?? '#999',
      size: a.size ?? 3 + 2 * Math.sqrt(graph.degree(node)),
    };
    if (!nodeVisible(graph, state, node)) return { ...out, hidden: true };
    if (state.path) {
      if (state.path.nodes.has(node)) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
      return { ...out, color: FADED, label: '' };
    }
    const center = state.hovered ?? state.selected;
    if (center && graph.hasNode(center)) {
      if (node === center) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
      if (neighbourhood(center).has(node)) return { ...out, forceLabel: true, zIndex: 1 };
      return { ...out, color: FADED, label: '', zIndex: 0 };
    }
    return out;
  };
  const edgeReducer = (edge: string, data: Attributes): Partial<EdgeDisplayData> => {
    const a = graph.getEdgeAttributes(edge);
    const out: Partial<EdgeDisplayData> = { ...data, type: 'arrow', label: zoomedIn() ? a.relation : '', size: 1 + 2 * a.confidence, color: '#bbb' };
    if (!edgeVisible(graph, state, edge)) return { ...out, hidden: true };
    if (state.path) {
      return state.path.edges.has(edge) ? { ...out, color: '#d62728', size: 4, label: a.relation, zIndex: 2 } : { ...out, hidden: true };
    }
    const center = state.hovered ?? state.selected;
    if (center && graph.hasNode(center)) {
      if (graph.source(edge) === center || graph.target(edge) === center) return { ...out, color: '#555', label: a.relation, zIndex: 1 };
      return { ...out, hidden: true };
    }
    return out;
  };
  return { nodeReducer, edgeReducer };
}
