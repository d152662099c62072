// Matching what a person types against the graph's names: any case, accents, punctuation
// ("u.s." = "US", "Al Mohandes" = "al-Mohandes"), and a fuzzy match when nothing matches exactly.
import type { KgGraph, Kind } from '../model/contract.js';
import { NotFoundError, UsageError } from '../model/errors.js';

/** The form names are compared in. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '')
    .replace(/[.'’‘`]/g, '')
    .replace(/[^a-z0-9@#]+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

export interface Candidate {
  key: string;
  label: string;
  kind: Kind;
  degree: number;
  score: number;
}

/** Ranked nodes whose label or aliases match the text: exact names first, then partial and fuzzy ones. */
export function findEntities(graph: KgGraph, text: string, options: { kind?: Kind; limit?: number } = {}): Candidate[] {
  const query = normalizeName(text);
  if (!query) return [];
  const qTokens = query.split(' ');
  const out: Candidate[] = [];
  graph.forEachNode((key, a) => {
    if (options.kind && a.kind !== options.kind) return;
    let best = 0;
    for (const name of [a.label, ...a.aliases]) {
      const n = normalizeName(name);
      if (!n) continue;
      let score: number;
      if (n === query) score = name === a.label ? 1 : 0.97;
      else {
        const tokens = n.split(' ');
        const overlap = qTokens.filter((t) => tokens.some((u) => u === t || (t.length >= 4 && similar(t, u)))).length;
        const tokenScore = overlap / Math.max(qTokens.length, tokens.length);
        const editScore = 1 - distance(query, n) / Math.max(query.length, n.length);
        const prefix = n.startsWith(query) || tokens.some((t) => t.startsWith(query)) ? 0.75 : 0;
        // every word typed is a word of the name: "al-Mohandes" for "Abu Mahdi al-Mohandes"
        const part = qTokens.every((t) => tokens.includes(t)) ? 0.8 + 0.15 * (qTokens.length / tokens.length) : 0;
        // "irgc" for "Islamic Revolutionary Guard Corps", "pmf" for "Popular Mobilization Forces"
        const initials = tokens.filter((t) => !/^(of|the|and|for|al)$/.test(t)).map((t) => t[0]).join('');
        const acronym = qTokens.length === 1 && query.length >= 2 && tokens.length >= 2 && initials === query ? 0.9 : 0;
        score = Math.max(tokenScore * 0.9, editScore * 0.85, prefix, part, acronym);
      }
      if (score > best) best = score;
    }
    if (best >= 0.5) out.push({ key, label: a.label, kind: a.kind, degree: graph.degree(key), score: Math.round(best * 1000) / 1000 });
  });
  out.sort((x, y) => y.score - x.score || y.degree - x.degree || (x.label < y.label ? -1 : 1));
  return out.slice(0, options.limit ?? 20);
}

/**
 * The node a person means by `text`. An exact label or alias wins; otherwise the fuzzy match when
 * it is clearly best. Nothing: NotFoundError with suggestions. Several alike: UsageError listing them.
 */
export function resolveEntity(graph: KgGraph, text: string, module = 'query', kind?: Kind): string {
  if (graph.hasNode(text)) return text;
  const found = findEntities(graph, text, kind ? { kind } : {});
  const exact = found.filter((c) => c.score >= 0.97);
  const pool = exact.length ? exact : found;
  const top = pool[0];
  if (!top || (!exact.length && top.score < 0.75)) {
    const hint = found.slice(0, 3).map(describe).join(', ');
    throw new NotFoundError(`${module}: no entity matches "${text}"${hint ? `; did you mean: ${hint}?` : ''}`);
  }
  const rivals = pool.filter((c) => c.key !== top.key && top.score - c.score < (exact.length ? 0.02 : 0.08));
  if (rivals.length) {
    const list = [top, ...rivals].slice(0, 8).map((c) => `${describe(c)} [${c.degree} links]`).join('; ');
    throw new UsageError(`${module}: "${text}" matches several entities: ${list}; give the full name or use the key`);
  }
  return top.key;
}

function describe(c: Candidate): string {
  return `${c.label} (${c.kind})`;
}

function similar(a: string, b: string): boolean {
  return distance(a, b) <= (a.length >= 8 ? 2 : 1);
}

/** Levenshtein distance. */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
