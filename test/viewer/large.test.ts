// The viewer on a generated graph large enough for its large-graph paths (more than 10,000 nodes
// and edges together): a hover that fades nothing and redraws only its neighbourhood, edge labels
// switched by zoom, and a long timeline strip that scrolls instead of widening the page.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { serveViewer, type ViewServer } from '../../src/view/server.js';
import { tempDir } from '../helpers/cli.js';
import { announceSkip, available, describeBrowser, display, launch, open, pointOf } from './browser.js';

const FADED = '#e4e4e4';
const N = 2000;
const KINDS = ['person', 'group', 'place', 'event'] as const;
announceSkip();

/** N nodes on a grid, each linked to the next four (10,000 edges less the last row's), every fourth an event with a date. */
function generated(): unknown {
  const side = Math.ceil(Math.sqrt(N));
  const nodes = Array.from({ length: N }, (_, i) => ({
    key: `n${i}`,
    attributes: {
      label: `Node ${i}`, kind: KINDS[i % 4], aliases: [], mentions: [], x: (i % side) * 10, y: Math.floor(i / side) * 10,
      ...(i % 4 === 3 ? { eventType: 'other', date: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}` } : {}),
    },
  }));
  const edges = [];
  for (let i = 0; i < N; i++) {
    for (let d = 1; d <= 5; d++) {
      if (i + d >= N) continue;
      edges.push({ key: `e${i}-${d}`, source: `n${i}`, target: `n${i + d}`, attributes: { relation: 'related_to', label: 'near', evidence: [], confidence: 0.9 } });
    }
  }
  return { options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { schemaVersion: 1, documents: [], builtWith: { name: 'kg', version: 'test' } }, nodes, edges };
}

let context: BrowserContext;
let view: ViewServer;

beforeAll(async () => {
  if (!available) return;
  const file = join(tempDir(), 'large.json');
  writeFileSync(file, JSON.stringify(generated()));
  view = await serveViewer(file);
  context = await launch();
});
afterAll(async () => {
  await context?.close();
  await view?.close();
});

describeBrowser('viewer on a large generated graph', () => {
  let page: Page;
  let errors: string[];
  beforeEach(async () => { ({ page, errors } = await open(context, view.url)); });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await page.close();
  });

  test('500 events in the timeline strip scroll within the page: the graph canvas keeps to the window', async () => {
    expect(await page.locator('#timeline .event').count()).toBe(500);
    const { graph, page: width } = await page.evaluate(() => ({ graph: document.getElementById('graph')!.getBoundingClientRect().right, page: document.documentElement.scrollWidth }));
    expect(graph).toBeLessThanOrEqual(1300);
    expect(width).toBeLessThanOrEqual(1300);
  });

  test('hovering brings the neighbourhood forward without fading the rest; a click still fades', async () => {
    const p = await pointOf(page, 'n1000');
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => (window as any).kgViewer.selection.hovered !== undefined);
    const hovered: string = await page.evaluate(() => (window as any).kgViewer.selection.hovered);
    const [neighbour, far] = await page.evaluate((h) => {
      const g = (window as any).kgViewer.graph;
      const near = g.neighbors(h);
      return [near[0], g.findNode((n: string) => n !== h && !near.includes(n))];
    }, hovered);
    const edge: string = await page.evaluate((h) => (window as any).kgViewer.graph.edges(h)[0], hovered);
    await page.waitForFunction((h) => (window as any).kgViewer.renderer.getNodeDisplayData(h).highlighted === true, hovered);
    expect((await display(page, neighbour)).color).not.toBe(FADED);
    expect(await page.evaluate((n) => (window as any).kgViewer.renderer.getNodeDisplayData(n).forceLabel, neighbour)).toBe(true);
    expect((await display(page, far)).color).not.toBe(FADED);
    expect(await page.evaluate((e) => (window as any).kgViewer.renderer.getEdgeDisplayData(e), edge)).toMatchObject({ color: '#666666', label: 'related_to' });

    await page.mouse.move(5, 5);
    await page.waitForFunction(() => (window as any).kgViewer.selection.hovered === undefined);
    await page.waitForFunction((h) => !(window as any).kgViewer.renderer.getNodeDisplayData(h).highlighted, hovered);
    expect(await page.evaluate((n) => (window as any).kgViewer.renderer.getNodeDisplayData(n).forceLabel, neighbour)).toBeFalsy();
    expect(await page.evaluate((e) => (window as any).kgViewer.renderer.getEdgeDisplayData(e).label, edge)).toBe('');

    const q = await pointOf(page, hovered);
    await page.mouse.click(q.x, q.y);
    await page.waitForFunction(() => (window as any).kgViewer.selection.selected !== undefined);
    await page.mouse.move(5, 5);
    const selected: string = await page.evaluate(() => (window as any).kgViewer.selection.selected);
    const stranger: string = await page.evaluate((s) => {
      const g = (window as any).kgViewer.graph;
      return g.findNode((n: string) => n !== s && !g.areNeighbors(n, s));
    }, selected);
    await page.waitForFunction((n) => (window as any).kgViewer.renderer.getNodeDisplayData(n).color === '#e4e4e4', stranger);
  });

  test('edge labels come and go with the zoom', async () => {
    const label = () => page.evaluate(() => (window as any).kgViewer.renderer.getEdgeDisplayData('e0-1').label);
    expect(await label()).toBe('');
    await page.evaluate(() => (window as any).kgViewer.renderer.getCamera().setState({ ratio: 0.2 }));
    await page.waitForFunction(() => (window as any).kgViewer.renderer.getEdgeDisplayData('e0-1').label === 'related_to');
    await page.evaluate(() => (window as any).kgViewer.renderer.getCamera().setState({ ratio: 1 }));
    await page.waitForFunction(() => (window as any).kgViewer.renderer.getEdgeDisplayData('e0-1').label === '');
  });
});
