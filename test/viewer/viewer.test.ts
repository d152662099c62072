// The viewer in a real headless Chromium (Debian's, driven by playwright-core), as a user uses it.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveViewer, type ViewServer } from '../../src/view/server.js';
import { kg, tempDir, SAMPLE_ARTICLE } from '../helpers/cli.js';
import { graphOf } from '../helpers/graphs.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.log('viewer tests skipped: /usr/bin/chromium is absent (apt-get install chromium)');
const describeBrowser = available ? describe : describe.skip;

let browser: Browser;
let view: ViewServer;
let dir: string;

beforeAll(async () => {
  if (!available) return;
  dir = tempDir();
  const graph = join(dir, 'sample.json');
  const run = kg(['build', SAMPLE_ARTICLE, '-o', graph]);
  if (run.status !== 0) throw new Error(run.stderr);
  view = await serveViewer(graph);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
});

afterAll(async () => {
  await browser?.close();
  await view?.close();
});

async function open(url = view.url): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(url);
  await page.waitForFunction(() => Boolean((window as any).kgViewer?.renderer));
  return { page, errors, dialogs };
}

const key = (page: Page, label: string) => page.evaluate((l) => (window as any).kgViewer.graph.findNode((_: string, a: any) => a.label === l), label);

describeBrowser('viewer', () => {
  test('the canvas renders the graph, not a blank area', async () => {
    const { page, errors } = await open();
    await page.waitForTimeout(500);
    const shot = await page.locator('#graph').screenshot();
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) {
        seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        if (Math.abs(data[i]! - data[i + 1]!) > 40 || Math.abs(data[i + 1]! - data[i + 2]!) > 40) coloured++;
      }
      return { distinct: seen.size, coloured };
    }, shot.toString('base64'));
    expect(colours.distinct).toBeGreaterThan(20);
    expect(colours.coloured).toBeGreaterThan(200); // kind colours on the nodes
    expect(errors).toEqual([]);
    await page.close();
  });

  test('searching "Soleimani" selects Qasem Soleimani; the panel lists relations and evidence', async () => {
    const { page } = await open();
    await page.fill('#search', 'Soleimani');
    await expect(page.locator('#suggestions li').first()).resolves;
    await page.keyboard.press('Enter');
    const panel = page.locator('#panel');
    await panel.locator('h2', { hasText: 'Qasem Soleimani' }).waitFor();
    expect(await page.evaluate(() => (window as any).kgViewer.state.selected)).toBe(await key(page, 'Qasem Soleimani'));
    const text = await panel.innerText();
    expect(text).toMatch(/Relations \(\d+\)/);
    expect(text).toMatch(/leads/);
    expect(await panel.locator('blockquote').count()).toBeGreaterThan(2);
    expect(await panel.locator('blockquote mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('hovering a node dims the nodes that are not its neighbours', async () => {
    const { page } = await open();
    const trump = await key(page, 'Donald Trump');
    const london = await key(page, 'London');
    const pos = await page.evaluate((k) => {
      const v = (window as any).kgViewer;
      const d = v.renderer.getNodeDisplayData(k);
      const p = v.renderer.framedGraphToViewport({ x: d.x, y: d.y });
      const box = document.getElementById('graph')!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, trump);
    await page.mouse.move(pos.x, pos.y);
    await page.waitForFunction((k) => (window as any).kgViewer.state.hovered === k, trump);
    const colours = await page.evaluate(([a, b]) => {
      const v = (window as any).kgViewer;
      return [v.renderer.getNodeDisplayData(a).color, v.renderer.getNodeDisplayData(b).color];
    }, [trump, london]);
    expect(colours[0]).not.toBe('#e2e2e2');
    expect(colours[1]).toBe('#e2e2e2');
    await page.close();
  });

  test('turning off the event kind hides events', async () => {
    const { page } = await open();
    const event = await page.evaluate(() => (window as any).kgViewer.graph.findNode((_: string, a: any) => a.kind === 'event'));
    expect(await page.evaluate((k) => (window as any).kgViewer.renderer.getNodeDisplayData(k).hidden, event)).toBeFalsy();
    await page.getByLabel('Show event').uncheck();
    expect(await page.evaluate((k) => (window as any).kgViewer.renderer.getNodeDisplayData(k).hidden, event)).toBe(true);
    expect(await page.locator('#timeline button').count()).toBe(0);
    await page.close();
  });

  test('the path finder lists the hops between Trump and al-Mohandes', async () => {
    const { page } = await open();
    await page.fill('#path-from', 'Trump');
    await page.fill('#path-to', 'al-Mohandes');
    await page.click('#path-find');
    const hops = page.locator('#path-hops li');
    await hops.first().waitFor();
    expect(await hops.count()).toBe(2);
    const text = await page.locator('#path-hops').innerText();
    expect(text).toMatch(/Donald Trump —ordered→/);
    expect(text).toMatch(/—killed→ Abu Mahdi al-Mohandes/);
    await page.close();
  });

  test('the time range and the confidence slider hide what they should', async () => {
    const { page } = await open();
    const early = await page.evaluate(() => (window as any).kgViewer.graph.findNode((_: string, a: any) => a.date === '2003'));
    await page.locator('#date-from').fill('2');
    expect(await page.evaluate((k) => (window as any).kgViewer.nodeVisible(k), early)).toBe(false);
    const weak = await page.evaluate(() => (window as any).kgViewer.graph.findEdge((_: string, a: any) => a.confidence < 0.6));
    expect(await page.evaluate((e) => (window as any).kgViewer.edgeVisible(e), weak)).toBe(true);
    await page.locator('#min-confidence').fill('0.6');
    expect(await page.evaluate((e) => (window as any).kgViewer.edgeVisible(e), weak)).toBe(false);
    await page.close();
  });

  test('a malicious label renders as text and runs nothing', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const file = join(dir, 'evil.json');
    const g = graphOf([['a', 'person', evil], ['b', 'place', 'Springfield']], [['a', 'citizen_of', 'b']]);
    g.updateEdgeAttribute('e0', 'evidence', (ev) => ev!.map((e) => ({ ...e, text: `${evil} lives in Springfield` })));
    writeFileSync(file, JSON.stringify(g.export()));
    const { page, dialogs } = await open();
    await page.setInputFiles('#file', file);
    await page.fill('#search', 'img');
    await page.keyboard.press('Enter');
    await page.locator('#panel h2').filter({ hasText: evil }).waitFor();
    expect(await page.locator('#panel img').count()).toBe(0);
    expect(await page.locator('#panel').innerText()).toContain(evil);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  test('a bad file shows an error and keeps the current graph', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"nodes": [], "edges": []}');
    const { page } = await open();
    const before = await page.evaluate(() => (window as any).kgViewer.graph.order);
    await page.setInputFiles('#file', bad);
    await page.locator('#error').filter({ hasText: /not a kg graph/ }).waitFor();
    expect(await page.evaluate(() => (window as any).kgViewer.graph.order)).toBe(before);
    await page.close();
  });

  test('controls have labels and search works from the keyboard', async () => {
    const { page } = await open();
    for (const id of ['search', 'min-degree', 'min-confidence', 'date-from', 'date-to', 'path-from', 'path-to', 'file']) {
      expect(await page.locator(`#${id}`).getAttribute('aria-label')).toBeTruthy();
    }
    for (const b of await page.locator('button').all()) {
      expect((await b.getAttribute('aria-label')) ?? (await b.innerText())).toBeTruthy();
    }
    await page.focus('#search');
    await page.keyboard.type('Baghdad Int');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.locator('#panel h2').filter({ hasText: /^Baghdad International Airport$/ }).waitFor();
    await page.close();
  });
});
