// Debian's Chromium driven by playwright-core (never a downloaded browser), and what the viewer
// tests share: opening the page, finding nodes, reading the canvas.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const available = existsSync(CHROMIUM);
export const describeBrowser = available ? describe : describe.skip;
export function announceSkip(): void {
  if (!available) console.log(`viewer browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium)`);
}

export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** A fresh profile each time, as the house rules ask. */
export function launch(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1300, height: 800 }, acceptDownloads: true });
}

export interface Opened { page: Page; errors: string[]; dialogs: string[] }

export async function open(context: BrowserContext, url: string): Promise<Opened> {
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(url);
  await page.waitForFunction(() => Boolean((window as any).kgViewer?.renderer));
  return { page, errors, dialogs };
}

/** The key of the node with this label. */
export const keyOf = (page: Page, label: string): Promise<string | undefined> =>
  page.evaluate((l) => (window as any).kgViewer.graph.findNode((_: string, a: any) => a.label === l), label);

/** What sigma draws for a node now (colour, hidden, label...). */
export const display = (page: Page, key: string): Promise<{ color: string; hidden?: boolean; label?: string; x: number; y: number }> =>
  page.evaluate((k) => (window as any).kgViewer.renderer.getNodeDisplayData(k), key);

/** A node's position on the page, for the mouse. */
export async function pointOf(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const v = (window as any).kgViewer;
    const d = v.renderer.getNodeDisplayData(k);
    const p = v.renderer.framedGraphToViewport({ x: d.x, y: d.y });
    const box = document.getElementById('graph')!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);
}

/** Distinct colours and strongly coloured pixels in a screenshot of the graph area. */
export async function canvasColours(page: Page): Promise<{ distinct: number; coloured: number }> {
  const shot = await page.locator('#graph').screenshot();
  return page.evaluate(async (b64) => {
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
}
