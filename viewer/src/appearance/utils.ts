// How nodes and edges look, derived by sigma's reducers from the data and the state: colour by
// kind, size by degree, hover and selection bring a neighbourhood forward, a path is drawn in
// red. The graph's own attributes are never changed.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../../src/model/contract.js';
import { KIND_COLORS, nodeColor } from '../../../src/export/colors.js';
import type { LoadedGraph } from '../graph/index.js';
import type { Visible } from '../filters/types.js';
import type { Selection } from '../selection/index.js';
import type { PathState } from '../path/index.js';

export const FADED = '#e4e4e4';
export const PATH = '#d62728';

export const kindColor = (kind: string): string => KIND_COLORS[kind] ?? '#999999';
export const nodeSize = (degree: number): number => 3 + 2 * Math.sqrt(degree);

export interface DisplayState {
  loaded: LoadedGraph;
  visible: Visible;
  selection: Selection;
  path?: PathState;
  /** Edge labels show when zoomed in, or on the focused node's edges. */
  zoomedIn: boolean;
}

export function reducers(get: () => DisplayState) {
  // the focused node's neighbourhood, computed once per focus rather than once per node
  let focusOf: string | undefined;
  let focus = new Set<string>();
  const focused = (s: DisplayState): string | undefined => {
    const center = s.selection.hovered ?? s.selection.selected;
    if (!center || !s.loaded.graph.hasNode(center)) return undefined;
    if (center !== focusOf) { focusOf = center; focus = new Set([center, ...s.loaded.graph.neighbors(center)]); }
    return center;
  };

  const nodeReducer = (node: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    const s = get();
    const out: Partial<NodeDisplayData> = {
      x: a.x, y: a.y,
      label: a.kind === 'event' && a.date ? `${a.label} (${a.date})` : a.label,
      color: nodeColor(a.color, a.kind),
      size: a.size ?? nodeSize(s.loaded.degree.get(node) ?? 0),
    };
    if (!s.visible.nodes.has(node)) return { ...out, hidden: true };
    if (s.path?.hops) {
      if (s.path.nodes.has(node)) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
      return { ...out, color: FADED, label: '', zIndex: 0 };
    }
    const center = focused(s);
    if (center) {
      if (node === center) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
      if (focus.has(node)) return { ...out, forceLabel: true, zIndex: 1 };
      return { ...out, color: FADED, label: '', zIndex: 0 };
    }
    return out;
  };

  const edgeReducer = (edge: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
    const s = get();
    const out: Partial<EdgeDisplayData> = { label: s.zoomedIn ? a.relation : '', size: 0.5 + 1.5 * a.confidence, color: '#b8b8b8' };
    if (!s.visible.edges.has(edge)) return { ...out, hidden: true };
    if (s.path?.hops) return s.path.edges.has(edge) ? { ...out, color: PATH, size: 3, label: a.relation, zIndex: 2 } : { ...out, hidden: true };
    const center = focused(s);
    if (center) {
      const { graph } = s.loaded;
      if (graph.source(edge) === center || graph.target(edge) === center) return { ...out, color: '#666666', label: a.relation, zIndex: 1 };
      return { ...out, hidden: true };
    }
    return out;
  };
  return { nodeReducer, edgeReducer };
}
