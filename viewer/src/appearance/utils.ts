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
  /**
   * Large graphs: hovering brings the node's neighbourhood forward without fading the rest, so
   * that a hover redraws only that neighbourhood (see renderer.ts); a selection still fades.
   */
  lightHover?: boolean;
}

export function reducers(get: () => DisplayState) {
  // the focused node's neighbourhood, computed once per focus rather than once per node
  const neighbourhood = () => {
    let of: string | undefined;
    let set = new Set<string>();
    return (s: DisplayState, center: string | undefined): Set<string> | undefined => {
      if (!center || !s.loaded.graph.hasNode(center)) return undefined;
      if (center !== of) { of = center; set = new Set([center, ...s.loaded.graph.neighbors(center)]); }
      return set;
    };
  };
  const focusSet = neighbourhood();
  const hoverSet = neighbourhood();
  /** The node whose neighbourhood fades the rest: the hovered or selected one; with lightHover, the selected one. */
  const focused = (s: DisplayState): { center: string; focus: Set<string> } | undefined => {
    const center = s.lightHover ? s.selection.selected : s.selection.hovered ?? s.selection.selected;
    const focus = focusSet(s, center);
    return focus && { center: center!, focus };
  };
  /** With lightHover: the hovered node and its neighbourhood, drawn forward over whatever else shows. */
  const hovered = (s: DisplayState): { center: string; near: Set<string> } | undefined => {
    const center = s.lightHover ? s.selection.hovered : undefined;
    const near = hoverSet(s, center);
    return near && { center: center!, near };
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
    const f = focused(s);
    let shown = out;
    if (f) {
      if (node === f.center) shown = { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
      else if (f.focus.has(node)) shown = { ...out, forceLabel: true, zIndex: 1 };
      else shown = { ...out, color: FADED, label: '', zIndex: 0 };
    }
    // a light hover keeps the zIndex (no reindexing) and changes only its own neighbourhood
    const h = hovered(s);
    if (h?.near.has(node)) return { ...shown, color: out.color, label: out.label, forceLabel: true, highlighted: node === h.center || shown.highlighted };
    return shown;
  };

  const edgeReducer = (edge: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
    const s = get();
    const out: Partial<EdgeDisplayData> = { label: s.zoomedIn ? a.relation : '', size: 0.5 + 1.5 * a.confidence, color: '#b8b8b8' };
    if (!s.visible.edges.has(edge)) return { ...out, hidden: true };
    if (s.path?.hops) return s.path.edges.has(edge) ? { ...out, color: PATH, size: 3, label: a.relation, zIndex: 2 } : { ...out, hidden: true };
    const { graph } = s.loaded;
    const touches = (center: string) => graph.source(edge) === center || graph.target(edge) === center;
    const f = focused(s);
    const shown = !f ? out : touches(f.center) ? { ...out, color: '#666666', label: a.relation, zIndex: 1 } : { ...out, hidden: true };
    const h = hovered(s);
    if (h && touches(h.center)) return { ...shown, hidden: false, color: '#666666', label: a.relation, forceLabel: true };
    return shown;
  };
  return { nodeReducer, edgeReducer };
}
