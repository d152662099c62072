// The kg viewer: loads a graph (graph.json beside the page, ?graph=URL, or a file the user opens)
// and wires sigma to the controls. The data is never changed to show state: reducers derive it.
import Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import type { EdgeAttributes, KgGraph, NodeAttributes } from '../../src/model/contract.js';
import { graphFromJson } from '../../src/build/graph-json.js';
import { toGexf } from '../../src/export/gexf.js';
import { $, download } from './dom.js';
import { Store } from './state.js';
import { edgeVisible, nodeVisible, reducers } from './appearance.js';
import { clearPanel, showCard } from './panel.js';
import { setupSearch } from './search.js';
import { setupControls } from './controls.js';
import { setupPathFinder, fillPathEnd } from './pathfinder.js';
import { renderTimeline } from './timeline-strip.js';
import { ensurePositions, killLayout, setupLayout } from './layout.js';
import { setupFileInput, showError } from './file.js';

const store = new Store();
let graph: KgGraph;
let renderer: Sigma<NodeAttributes, EdgeAttributes> | undefined;

const controls = setupControls(store);
const layout = setupLayout(() => graph);
const pathFinder = setupPathFinder(() => graph, store);

function select(key: string | undefined): void {
  store.update({ selected: key, path: undefined });
  if (!key) { clearPanel(); return; }
  showCard(graph, key, select);
  const a = renderer?.getNodeDisplayData(key);
  if (a) renderer!.getCamera().animate({ x: a.x, y: a.y, ratio: Math.min(renderer!.getCamera().ratio, 0.5) }, { duration: 400 });
}

function load(next: KgGraph): void {
  killLayout();
  renderer?.kill();
  renderer = undefined;
  graph = next;
  const needsLayout = ensurePositions(graph);
  controls.reset(graph);
  const zoomedIn = () => (renderer ? renderer.getCamera().ratio < 0.5 : false);
  const { nodeReducer, edgeReducer } = reducers(graph, store.state, zoomedIn);
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, $('graph'), {
    nodeReducer, edgeReducer,
    renderEdgeLabels: true,
    defaultEdgeType: 'arrow',
    labelDensity: 0.6,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 8,
    zIndex: true,
  });
  renderer = sigma;
  sigma.on('enterNode', ({ node }) => store.update({ hovered: node }));
  sigma.on('leaveNode', () => store.update({ hovered: undefined }));
  sigma.on('clickNode', ({ node }) => { if (!fillPathEnd(graph.getNodeAttribute(node, 'label'))) select(node); });
  sigma.on('clickStage', () => { if (store.state.selected) select(undefined); });
  sigma.getCamera().on('updated', () => sigma.refresh({ skipIndexation: true }));
  pathFinder.refreshNames();
  clearPanel();
  renderTimeline(graph, store.state, select);
  if (needsLayout) layout.start();
}

store.subscribe(() => {
  renderer?.refresh({ skipIndexation: true });
  if (graph) renderTimeline(graph, store.state, select);
});

setupSearch(() => graph, (key) => select(key));
setupFileInput(load);
$('png').addEventListener('click', () => { if (renderer) void downloadAsPNG(renderer as unknown as Sigma, { fileName: 'kg-graph', backgroundColor: '#ffffff' }); });
$('gexf').addEventListener('click', () => download('kg-graph.gexf', toGexf(graph), 'application/xml'));

async function boot(): Promise<void> {
  const url = new URLSearchParams(location.search).get('graph') ?? 'graph.json';
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
    load(graphFromJson(await response.json(), url));
  } catch (err) {
    showError(`No graph loaded (${(err as Error).message}). Open a graph file or drop one on the page.`);
  }
}

// A small window for tests and the curious: the state and what each node and edge look like.
Object.assign(window, {
  kgViewer: {
    get graph() { return graph; },
    get renderer() { return renderer; },
    state: store.state,
    nodeVisible: (n: string) => nodeVisible(graph, store.state, n),
    edgeVisible: (e: string) => edgeVisible(graph, store.state, e),
    display: (n: string) => renderer?.getNodeDisplayData(n),
  },
});

void boot();
