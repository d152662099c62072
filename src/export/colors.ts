// The colour of each kind, shared by the viewer and the exports. No Node APIs (viewer bundle).

export const KIND_COLORS: Record<string, string> = {
  person: '#e4572e',
  group: '#4c78a8',
  place: '#54a24b',
  event: '#b279a2',
};

/** A colour for a node: its own `color`, else its kind's, else grey. */
export function nodeColor(color: string | undefined, kind: string): string {
  return color && rgb(color) ? color : KIND_COLORS[kind] ?? '#999999';
}

/** `#rgb` or `#rrggbb` as numbers; undefined for anything else (GEXF wants r/g/b, not CSS). */
export function rgb(hex: string): { r: number; g: number; b: number } | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const h = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16) };
}
