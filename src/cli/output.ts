// Terminal output: colour only on a TTY and never with NO_COLOR (https://no-color.org).
import type { Writable } from 'node:stream';

export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan';

const CODES: Record<Style, [number, number]> = {
  bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39],
  blue: [34, 39], magenta: [35, 39], cyan: [36, 39],
};

export function colorEnabled(stream: Writable = process.stdout): boolean {
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  return Boolean((stream as Writable & { isTTY?: boolean }).isTTY);
}

/** A painter bound to one stream's colour setting: paint('red', text). */
export function painter(stream: Writable = process.stdout): (style: Style, text: string) => string {
  const on = colorEnabled(stream);
  return (style, text) => (on ? `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : text);
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Pads cells to aligned columns; the last column is not padded. */
export function table(rows: string[][], gap = '  '): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell)); });
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - visibleLength(cell)))).join(gap))
    .join('\n');
}

const visibleLength = (s: string): number => s.replace(/\u001b\[[0-9;]*m/g, '').length;
