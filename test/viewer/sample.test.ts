// The scenarios on the sample article's graph, built fresh by `kg build`. Only facts
// any reasonable extraction of the article keeps are asserted; the exact answers are checked on
// the hand-built fixture (fixture.test.ts).
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { serveViewer, type ViewServer } from '../../src/view/server.js';
import { kg, tempDir, SAMPLE_ARTICLE } from '../helpers/cli.js';
import { announceSkip, available, canvasColours, describeBrowser, display, keyOf, launch, open, pointOf } from './browser.js';

announceSkip();
let context: BrowserContext;
let view: ViewServer;

beforeAll(async () => {
  if (!available) return;
  const graph = join(tempDir(), 'sample.json');
  const run = kg(['build', SAMPLE_ARTICLE, '-o', graph]);
  if (run.status !== 0) throw new Error(run.stderr);
  view = await serveViewer(graph);
  context = await launch();
});
afterAll(async () => {
  await context?.close();
  await view?.close();
});

describeBrowser('viewer on the sample graph', () => {
  let page: Page;
  let errors: string[];
  beforeEach(async () => { ({ page, errors } = await open(context, view.url)); });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the canvas renders the graph, not a blank area', async () => {
    await page.waitForTimeout(300);
    const c = await canvasColours(page);
    expect(c.distinct).toBeGreaterThan(20);
    expect(c.coloured).toBeGreaterThan(200);
  });

  test('searching "Soleimani" selects Qasem Soleimani; the panel lists his relations and evidence', async () => {
    await page.fill('#search', 'Soleimani');
    await page.locator('#search-suggestions li').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#panel h2', { hasText: 'Qasem Soleimani' }).waitFor();
    expect(await page.evaluate(() => (window as any).kgViewer.selection.selected)).toBe(await keyOf(page, 'Qasem Soleimani'));
    expect(await page.locator('#panel').innerText()).toMatch(/Relations (out|in) \(\d+\)/);
    expect(await page.locator('#panel .relation').count()).toBeGreaterThan(1);
    expect(await page.locator('#panel blockquote').count()).toBeGreaterThan(1);
    expect(await page.locator('#panel blockquote mark').count()).toBeGreaterThan(0);
  });

  test('hovering Soleimani dims the nodes that are not his neighbours', async () => {
    const key = (await keyOf(page, 'Qasem Soleimani'))!;
    const p = await pointOf(page, key);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction((k) => (window as any).kgViewer.selection.hovered === k, key);
    const others = await page.evaluate((k) => {
      const v = (window as any).kgViewer;
      const near = new Set([k, ...v.graph.neighbors(k)]);
      return v.graph.filterNodes((n: string) => !near.has(n));
    }, key);
    expect(others.length).toBeGreaterThan(0);
    for (const n of others) expect((await display(page, n)).color).toBe('#e4e4e4');
    expect((await display(page, key)).color).not.toBe('#e4e4e4');
  });

  test('turning off the event kind hides every event', async () => {
    const events: string[] = await page.evaluate(() => (window as any).kgViewer.graph.filterNodes((_: string, a: any) => a.kind === 'event'));
    expect(events.length).toBeGreaterThan(0);
    await page.getByLabel('Show event', { exact: true }).uncheck();
    for (const e of events) expect((await display(page, e)).hidden).toBe(true);
    expect(await page.locator('#timeline button').count()).toBe(0);
  });

  test('the path finder lists the hops from Trump to al-Mohandes', async () => {
    await page.fill('#path-from', 'Trump');
    await page.press('#path-from', 'Enter');
    await page.fill('#path-to', 'al-Mohandes');
    await page.press('#path-to', 'Enter');
    const hops = page.locator('#path-hops > li');
    await hops.first().waitFor();
    const n = await hops.count();
    expect(n).toBeGreaterThan(0);
    expect(await hops.first().innerText()).toMatch(/^Donald Trump /);
    expect((await hops.nth(n - 1).innerText()).split('\n')[0]).toMatch(/ Abu Mahdi al-Mohandes$/);
  });
});
