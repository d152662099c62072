// The viewer in Chromium on a small hand-built graph whose answers are known
// (test/fixtures/viewer/world.json: Trump ordered a strike that killed Soleimani and al-Mohandes...).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { serveViewer, type ViewServer } from '../../src/view/server.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { announceSkip, canvasColours, describeBrowser, display, keyOf, launch, open, pointOf, available } from './browser.js';

const WORLD = join(ROOT, 'test', 'fixtures', 'viewer', 'world.json');
const FADED = '#e4e4e4';
announceSkip();

let context: BrowserContext;
let view: ViewServer;
let dir: string;

beforeAll(async () => {
  if (!available) return;
  dir = tempDir();
  view = await serveViewer(WORLD);
  context = await launch();
});
afterAll(async () => {
  await context?.close();
  await view?.close();
});

const visible = (page: Page, key: string) => page.evaluate((k) => (window as any).kgViewer.nodeVisible(k), key);
const edgeVisible = (page: Page, key: string) => page.evaluate((k) => (window as any).kgViewer.edgeVisible(k), key);
const selected = (page: Page) => page.evaluate(() => (window as any).kgViewer.selection.selected);

describeBrowser('viewer on a known graph', () => {
  let page: Page;
  let errors: string[];
  beforeEach(async () => { ({ page, errors } = await open(context, view.url)); });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await page.close();
  });

  test('draws the graph in kind colours, with a legend of the kinds', async () => {
    await page.waitForTimeout(300);
    const c = await canvasColours(page);
    expect(c.distinct).toBeGreaterThan(20);
    expect(c.coloured).toBeGreaterThan(100);
    expect(await page.locator('#kinds label').allInnerTexts()).toEqual(['person 3', 'group 3', 'place 3', 'event 4']);
    expect((await display(page, 'trump')).color).toBe('#e4572e');
    expect((await display(page, 'iraq')).color).toBe('#54a24b');
    // size by degree: Iraq (2 edges) is bigger than Kirkuk (1)
    const size = (k: string) => page.evaluate((n) => (window as any).kgViewer.renderer.getNodeDisplayData(n).size, k);
    expect(await size('iraq')).toBeGreaterThan(await size('kirkuk'));
  });

  test('search by a surname selects the person; the card lists relations, events and marked evidence', async () => {
    await page.fill('#search', 'Soleimani');
    await page.locator('#search-suggestions li').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#panel h2', { hasText: 'Qasem Soleimani' }).waitFor();
    expect(await selected(page)).toBe('soleimani');
    const panel = await page.locator('#panel').innerText();
    expect(panel).toMatch(/Relations out \(1\)/);
    expect(panel).toMatch(/leads →\s*Quds Force/);
    expect(panel).toMatch(/Relations in \(1\)/);
    expect(panel).toMatch(/← killed\s*strike at Baghdad airport/);
    expect(panel).toMatch(/Events \(1\)[\s\S]*strike at Baghdad airport attack, 2020-01-03/);
    expect(panel).toContain('from A small world');
    // the mentions' own offsets are marked in the sentence
    expect(await page.locator('#panel blockquote').first().locator('mark').allInnerTexts()).toEqual(['Soleimani', 'Quds Force']);
    // the camera went to the node
    const camera = await page.evaluate(() => (window as any).kgViewer.renderer.getCamera().getState());
    expect(camera.ratio).toBeLessThan(1);
  });

  test('search matches aliases and ignores accents; clicking a suggestion selects', async () => {
    await page.fill('#search', 'irgc');
    const first = page.locator('#search-suggestions li').first();
    expect(await first.innerText()).toMatch(/Islamic Revolutionary Guard Corps\s*group · “IRGC”/);
    await first.click();
    await page.locator('#panel h2', { hasText: 'Islamic Revolutionary Guard Corps' }).waitFor();
    await page.fill('#search', 'SOLÉIMANI');
    expect(await page.locator('#search-suggestions li').first().innerText()).toContain('Qasem Soleimani');
  });

  test('hovering a node keeps it and its neighbours bright and fades the rest', async () => {
    const p = await pointOf(page, 'trump');
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => (window as any).kgViewer.selection.hovered === 'trump');
    expect((await display(page, 'trump')).color).not.toBe(FADED);
    expect((await display(page, 'strike')).color).not.toBe(FADED);
    expect((await display(page, 'kirkuk')).color).toBe(FADED);
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => (window as any).kgViewer.selection.hovered === undefined);
    expect((await display(page, 'kirkuk')).color).not.toBe(FADED);
  });

  test('clicking a node opens its card', async () => {
    const p = await pointOf(page, 'kh');
    await page.mouse.click(p.x, p.y);
    await page.locator('#panel h2', { hasText: 'Kataib Hezbollah' }).waitFor();
    expect(await page.locator('#panel').innerText()).toMatch(/low confidence/); // al-Mohandes leads it at 0.4
  });

  test('turning off a kind hides its nodes, their edges and the timeline entries', async () => {
    expect(await page.locator('#timeline button').count()).toBe(3);
    await page.getByLabel('Show event', { exact: true }).uncheck();
    expect(await visible(page, 'strike')).toBe(false);
    expect((await display(page, 'strike')).hidden).toBe(true);
    expect(await edgeVisible(page, 'e0')).toBe(false);
    expect(await visible(page, 'trump')).toBe(true);
    expect(await page.locator('#timeline button').count()).toBe(0);
    await page.getByLabel('Show event', { exact: true }).check();
    expect((await display(page, 'strike')).hidden).toBeFalsy();
  });

  test('turning off a relation hides its edges only', async () => {
    await page.getByLabel('Show killed', { exact: true }).uncheck();
    expect(await edgeVisible(page, 'e1')).toBe(false);
    expect(await edgeVisible(page, 'e0')).toBe(true);
    expect(await visible(page, 'soleimani')).toBe(true);
  });

  test('the degree slider hides weakly connected nodes', async () => {
    await page.locator('#min-degree').fill('2');
    expect(await visible(page, 'kirkuk')).toBe(false); // one edge
    expect(await visible(page, 'iraq')).toBe(true); // two
    expect(await page.locator('#min-degree-value').innerText()).toBe('2');
  });

  test('the confidence slider hides weaker edges, low-confidence ones first', async () => {
    await page.locator('#min-confidence').fill('0.5');
    expect(await edgeVisible(page, 'e8')).toBe(false); // 0.4
    expect(await edgeVisible(page, 'e11')).toBe(false); // 0.3
    expect(await edgeVisible(page, 'e7')).toBe(true); // 0.7
    await page.locator('#min-confidence').fill('0.85');
    expect(await edgeVisible(page, 'e7')).toBe(false);
    expect(await edgeVisible(page, 'e0')).toBe(true); // 0.9
  });

  test('the time range hides events outside it and their edges, keeps undated events', async () => {
    expect(await page.locator('#date-from-value').innerText()).toBe('2003-01-01');
    await page.locator('#date-from').fill('1'); // 2019-12-27
    expect(await visible(page, 'war')).toBe(false);
    expect(await edgeVisible(page, 'e9')).toBe(false);
    expect(await visible(page, 'iraq')).toBe(true);
    expect(await visible(page, 'attack')).toBe(true);
    expect(await visible(page, 'undated')).toBe(true);
    expect(await page.locator('#timeline').innerText()).not.toContain('war in Iraq');
    await page.locator('#date-to').fill('1');
    expect(await visible(page, 'strike')).toBe(false);
    expect(await visible(page, 'attack')).toBe(true);
    expect(await page.locator('#timeline button').allInnerTexts()).toEqual(['2019-12-27 attack near Kirkuk']);
  });

  test('the timeline strip lists dated events in order and selects on click', async () => {
    expect(await page.locator('#timeline button').allInnerTexts()).toEqual(['2003 war in Iraq', '2019-12-27 attack near Kirkuk', '2020-01-03 strike at Baghdad airport']);
    await page.locator('#timeline button', { hasText: 'attack near Kirkuk' }).click();
    await page.locator('#panel h2', { hasText: 'attack near Kirkuk' }).waitFor();
    expect(await page.locator('#timeline button[aria-pressed="true"]').innerText()).toContain('attack near Kirkuk');
  });

  test('the path finder lists the hops, highlights them and hides the rest', async () => {
    // as a user does: type, take the top suggestion with Enter; the second end runs the search
    await page.fill('#path-from', 'Trump');
    await page.press('#path-from', 'Enter');
    await page.fill('#path-to', 'al-Mohandes');
    await page.press('#path-to', 'Enter');
    const hops = page.locator('#path-hops > li');
    await hops.first().waitFor();
    expect(await hops.count()).toBe(2);
    expect(await hops.nth(0).innerText()).toMatch(/^Donald Trump ordered → strike at Baghdad airport/);
    expect(await hops.nth(1).innerText()).toMatch(/^strike at Baghdad airport killed → Abu Mahdi al-Mohandes/);
    expect(await hops.nth(0).locator('blockquote').innerText()).toContain('ordered the strike');
    expect((await display(page, 'kirkuk')).color).toBe(FADED);
    expect(await page.evaluate(() => (window as any).kgViewer.renderer.getEdgeDisplayData('e0').color)).toBe('#d62728');
    expect(await page.evaluate(() => (window as any).kgViewer.renderer.getEdgeDisplayData('e4').hidden)).toBe(true);
    await page.click('#path-clear');
    expect((await display(page, 'kirkuk')).color).not.toBe(FADED);
  });

  test('the path finder follows the direction and relation options', async () => {
    await page.check('#path-directed');
    await page.fill('#path-from', 'Soleimani');
    await page.press('#path-from', 'Enter');
    await page.fill('#path-to', 'Trump');
    await page.press('#path-to', 'Escape');
    await page.click('#path-find');
    await page.locator('#panel', { hasText: 'No path between Qasem Soleimani and Donald Trump' }).waitFor();
    await page.uncheck('#path-directed');
    await page.click('#path-find');
    expect(await page.locator('#path-hops > li').count()).toBe(2);
    expect(await page.locator('#path-hops').innerText()).toContain('← killed');
    await page.getByLabel('Show killed', { exact: true }).uncheck();
    await page.click('#path-find');
    await page.locator('#panel', { hasText: 'No path between' }).waitFor();
  });

  test('"Path from here" and "Path to here" on cards find the path', async () => {
    await page.fill('#search', 'Trump');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Path from here' }).click();
    await page.fill('#search', 'Kataib');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Path to here' }).click();
    const hops = page.locator('#path-hops > li');
    await hops.first().waitFor();
    expect(await hops.count()).toBe(3);
    expect(await hops.nth(2).innerText()).toMatch(/^Abu Mahdi al-Mohandes leads → Kataib Hezbollah/);
  });

  test('an unknown name in the path finder says so', async () => {
    await page.fill('#path-from', 'Nobody Atall');
    await page.fill('#path-to', 'Trump');
    await page.press('#path-to', 'Escape');
    await page.press('#path-to', 'Enter'); // submits the form
    await page.locator('#panel', { hasText: 'path: no entity matches "Nobody Atall"' }).waitFor();
  });

  test('edge relations show as arrows with their relation when zoomed in', async () => {
    const label = () => page.evaluate(() => (window as any).kgViewer.renderer.getEdgeDisplayData('e0').label);
    expect(await label()).toBe('');
    await page.evaluate(() => (window as any).kgViewer.renderer.getCamera().setState({ ratio: 0.2 }));
    await page.waitForFunction(() => (window as any).kgViewer.renderer.getEdgeDisplayData('e0').label === 'ordered');
    expect(await page.evaluate(() => (window as any).kgViewer.renderer.getEdgeDisplayData('e0').type)).toBe('arrow');
  });

  test('GEXF and PNG downloads', async () => {
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#gexf')]);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml.match(/<node /g)?.length).toBe(13);
    expect(xml.match(/<edge /g)?.length).toBe(12);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
  });

  test('controls are labelled and the search works from the keyboard alone', async () => {
    const unnamed = await page.evaluate(() => [...document.querySelectorAll('input, button, select')]
      .filter((e) => !e.getAttribute('aria-label') && !(e as HTMLInputElement).labels?.length && !(e.textContent ?? '').trim())
      .map((e) => e.outerHTML));
    expect(unnamed).toEqual([]);
    await page.focus('#search');
    await page.keyboard.type('baghdad');
    await page.keyboard.press('ArrowDown'); // the second suggestion: the airport strike
    await page.keyboard.press('Enter');
    await page.locator('#panel h2', { hasText: 'strike at Baghdad airport' }).waitFor();
    expect(await page.getAttribute('#search', 'aria-expanded')).toBe('false');
  });
});

describeBrowser('viewer files', () => {
  test('a malicious label and sentence render as text and run nothing', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const world = JSON.parse(readFileSync(WORLD, 'utf8'));
    world.nodes[0].attributes.label = evil;
    world.nodes[0].attributes.aliases = [`${evil} alias`];
    world.edges[0].attributes.evidence[0].text = `${evil} ordered the strike`;
    world.edges[0].attributes.relation = 'ordered';
    world.attributes.documents[0].title = '<script>alert(2)</script>';
    const file = join(dir, 'evil.json');
    writeFileSync(file, JSON.stringify(world));
    const { page, dialogs, errors } = await open(context, view.url);
    await page.setInputFiles('#file', file);
    await page.fill('#search', 'img');
    expect(await page.locator('#search-suggestions li').first().innerText()).toContain(evil);
    await page.keyboard.press('Enter');
    await page.locator('#panel h2').filter({ hasText: evil }).waitFor();
    const panel = await page.locator('#panel').innerText();
    expect(panel).toContain(`${evil} ordered the strike`);
    expect(panel).toContain('from <script>alert(2)</script>');
    expect(await page.locator('img, script:not([src])').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a bad file, opened or dropped, shows an error and keeps the current graph', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"nodes": [], "edges": []}');
    const { page } = await open(context, view.url);
    await page.setInputFiles('#file', bad);
    await page.locator('#error').filter({ hasText: 'bad.json: not a kg graph' }).waitFor();
    expect(await page.evaluate(() => (window as any).kgViewer.graph.order)).toBe(13);
    // dropped: a file that is not JSON at all
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['<html>oops'], 'page.html', { type: 'text/html' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.locator('#error').filter({ hasText: 'page.html: not JSON' }).waitFor();
    expect(await page.evaluate(() => (window as any).kgViewer.graph.order)).toBe(13);
    expect(await keyOf(page, 'Donald Trump')).toBe('trump');
    await page.close();
  });

  test('a good file dropped on the page replaces the graph and clears the error', async () => {
    const world = JSON.parse(readFileSync(WORLD, 'utf8'));
    world.nodes = world.nodes.filter((n: any) => n.key === 'baghdad' || n.key === 'iraq');
    world.edges = world.edges.filter((e: any) => e.key === 'e10');
    const text = JSON.stringify(world);
    const { page } = await open(context, view.url);
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.items.add(new File([t], 'two.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => (window as any).kgViewer.graph.order === 2);
    expect(await page.locator('#kinds label').allInnerTexts()).toEqual(['person 0', 'group 0', 'place 2', 'event 0']);
    expect(await page.locator('#error').isHidden()).toBe(true);
    await page.close();
  });

  test('a graph without positions is laid out by ForceAtlas2 in a worker, with a stop control', async () => {
    const world = JSON.parse(readFileSync(WORLD, 'utf8'));
    for (const n of world.nodes) { delete n.attributes.x; delete n.attributes.y; }
    const file = join(dir, 'nolayout.json');
    writeFileSync(file, JSON.stringify(world));
    const bare = await serveViewer(file);
    const { page } = await open(context, bare.url);
    expect(await page.evaluate(() => (window as any).kgViewer.layoutRunning)).toBe(true);
    expect(await page.locator('#layout').innerText()).toBe('Stop layout');
    const before = await page.evaluate(() => (window as any).kgViewer.graph.getNodeAttributes('kirkuk'));
    await page.waitForFunction((b) => (window as any).kgViewer.graph.getNodeAttribute('kirkuk', 'x') !== b.x, before);
    // the page answers while the worker runs
    await page.fill('#search', 'Kirkuk');
    await page.keyboard.press('Enter');
    await page.locator('#panel h2', { hasText: 'Kirkuk' }).waitFor();
    await page.click('#layout');
    expect(await page.locator('#layout').innerText()).toBe('Start layout');
    expect(await page.evaluate(() => (window as any).kgViewer.layoutRunning)).toBe(false);
    await page.close();
    await bare.close();
  });
});
