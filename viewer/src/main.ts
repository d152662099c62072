// The kg viewer: loads a graph (graph.json beside the page, ?graph=URL, or a file the user opens
// or drops) and wires the domains together. Each domain keeps its state and actions in index.ts,
// pure functions in utils.ts and its DOM in view.ts; sigma's reducers derive the display.
import type { KgGraph } from '../../src/model/contract.js';
import { $ } from './core/dom.js';
import { current, graphAtom, loadGraph } from './graph/index.js';
import { resetFilters, visibleAtom, filtersAtom } from './filters/index.js';
import { setupFilterControls } from './filters/view.js';
import { clearSelection, select, selectionAtom } from './selection/index.js';
import { setupPanel } from './selection/view.js';
import { ref } from './selection/utils.js';
import { clearPath, pathAtom } from './path/index.js';
import { setupPathForm } from './path/view.js';
import { combobox } from './search/view.js';
import { getSearchIndex } from './search/index.js';
import { renderTimeline } from './time/view.js';
import { hasPositions, placeMissing } from './layout/utils.js';
import { killLayout, layoutAtom, startLayout, stopLayout } from './layout/index.js';
import { setupFileOpen, showError } from './file/index.js';
import { graphFromUrl } from './file/utils.js';
import { exportGexf, exportPng } from './export/index.js';
import { createRenderer, refreshSelection, type Renderer } from './renderer.js';

let renderer: Renderer | undefined;
const filterControls = setupFilterControls();
const panel = setupPanel({
  select: (key) => choose(key),
  pathEnd: (which, node) => pathForm.setEnd(which, node),
});
const pathForm = setupPathForm((message) => panel.message(message));
const search = combobox($('search') as HTMLInputElement, getSearchIndex, (r) => choose(r.key));

/** Selects a node and brings it to the centre of the view. */
function choose(key: string): void {
  clearPath();
  select(key);
  const d = renderer?.getNodeDisplayData(key);
  if (d && renderer) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
}

function load(graph: KgGraph, source: string): void {
  killLayout();
  renderer?.kill();
  renderer = undefined;
  clearSelection();
  clearPath();
  search.clear();
  pathForm.reset();
  const needsLayout = !hasPositions(graph);
  placeMissing(graph);
  resetFilters();
  loadGraph(graph, source);
  filterControls.reset(current());
  renderer = createRenderer(
    (node) => choose(node),
    () => { if (selectionAtom.get().selected) select(undefined); },
  );
  // Sigma draws once inside its constructor: this mark is the first render of the first graph,
  // read by bench/viewer.bench.mjs (time from navigation start, performance's own origin).
  if (!performance.getEntriesByName('kg:first-render').length) performance.mark('kg:first-render');
  document.title = `kg · ${source.split('/').pop()}`;
  if (needsLayout) startLayout(graph);
}

// What shows follows the state: the renderer, the panel and the timeline strip.
let shown: { selected?: string; path?: unknown; graph?: unknown } = {};
function renderPanel(): void {
  const loaded = graphAtom.get();
  if (!loaded) return;
  const { selected } = selectionAtom.get();
  const path = pathAtom.get();
  if (shown.selected === selected && shown.path === path && shown.graph === loaded) return; // hover alone changes no panel
  shown = { selected, path, graph: loaded };
  if (path) panel.showPath(loaded.graph, path);
  else if (selected && loaded.graph.hasNode(selected)) panel.showCard(loaded.graph, selected);
  else panel.clear();
}
function renderStrip(): void {
  const loaded = graphAtom.get();
  if (loaded) renderTimeline(loaded, visibleAtom.get(), selectionAtom.get().selected, choose);
}
const refresh = () => renderer?.refresh();
visibleAtom.subscribe(() => { refresh(); renderStrip(); });
let stripSelected: string | undefined;
let lastSelection = selectionAtom.get();
selectionAtom.subscribe((selection) => {
  const { selected } = selection;
  if (renderer) refreshSelection(renderer, lastSelection, selection);
  lastSelection = selection;
  renderPanel();
  if (selected !== stripSelected) { stripSelected = selected; renderStrip(); }
});
pathAtom.subscribe(() => { if (pathAtom.get()) select(undefined); refresh(); renderPanel(); });
graphAtom.subscribe(() => { renderPanel(); renderStrip(); });

const layoutButton = $('layout') as HTMLButtonElement;
layoutButton.addEventListener('click', () => (layoutAtom.get().running ? stopLayout() : startLayout(current().graph)));
layoutAtom.subscribe(({ running }) => {
  layoutButton.textContent = running ? 'Stop layout' : 'Start layout';
  layoutButton.setAttribute('aria-pressed', String(running));
});
$('png').addEventListener('click', () => { if (renderer) void exportPng(renderer as never); });
$('gexf').addEventListener('click', () => { if (graphAtom.get()) exportGexf(current().graph); });
$('fit').addEventListener('click', () => renderer?.getCamera().animatedReset({ duration: 300 }));
setupFileOpen(load);

async function boot(): Promise<void> {
  const url = new URLSearchParams(location.search).get('graph') ?? 'graph.json';
  try {
    load(await graphFromUrl(url), url);
  } catch (err) {
    showError(`No graph loaded (${(err as Error).message}). Open a graph file or drop one on the page.`);
  }
}

// A small window for tests and the curious: the loaded graph, the renderer and the state.
Object.assign(window, {
  kgViewer: {
    get graph() { return graphAtom.get()?.graph; },
    get renderer() { return renderer; },
    get selection() { return selectionAtom.get(); },
    get filters() { return filtersAtom.get(); },
    get path() { return pathAtom.get(); },
    get layoutRunning() { return layoutAtom.get().running; },
    nodeVisible: (n: string) => visibleAtom.get().nodes.has(n),
    edgeVisible: (e: string) => visibleAtom.get().edges.has(e),
    card: (n: string) => { const g = graphAtom.get()?.graph; return g ? ref(g, n) : undefined; },
  },
});

void boot();
