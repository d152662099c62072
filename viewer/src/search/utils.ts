// Search over labels and aliases: accents, case and punctuation ignored; exact names first, then
// name prefixes, word prefixes, anywhere; better-connected nodes first within a rank.
import type { Kind } from '../../../src/model/contract.js';
import type { LoadedGraph } from '../graph/index.js';

export interface SearchEntry { key: string; label: string; kind: Kind; names: string[]; /** names normalized once, not per keystroke */ keys: string[]; degree: number }
export interface SearchResult { key: string; label: string; kind: Kind; /** the alias that matched, when not the label */ alias?: string }

export function normalize(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function searchIndex({ graph, degree }: LoadedGraph): SearchEntry[] {
  return graph.mapNodes((key, a) => {
    const names = [a.label, ...a.aliases];
    return { key, label: a.label, kind: a.kind, degree: degree.get(key) ?? 0, names, keys: names.map(normalize) };
  });
}

function rank(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(` ${q}`)) return 2;
  if (name.includes(q)) return 3;
  return Infinity;
}

export function search(index: readonly SearchEntry[], text: string, limit = 8): SearchResult[] {
  const q = normalize(text);
  if (!q) return [];
  const hits: { entry: SearchEntry; rank: number; alias?: string }[] = [];
  for (const entry of index) {
    let best = Infinity;
    let alias: string | undefined;
    entry.keys.forEach((name, i) => {
      const r = rank(name, q);
      if (r < best) { best = r; alias = i ? entry.names[i] : undefined; }
    });
    if (best < Infinity) hits.push({ entry, rank: best, alias });
  }
  hits.sort((a, b) => a.rank - b.rank || b.entry.degree - a.entry.degree || (a.entry.label < b.entry.label ? -1 : a.entry.label > b.entry.label ? 1 : 0));
  return hits.slice(0, limit).map(({ entry, alias }) => ({ key: entry.key, label: entry.label, kind: entry.kind, ...(alias ? { alias } : {}) }));
}
