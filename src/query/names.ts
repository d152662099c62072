// Matching what a person types against the graph's names: any case, accents, punctuation
// ("u.s." = "US", "Al Mohandes" = "al-Mohandes"), and a fuzzy match when nothing matches exactly.
import type { KgGraph, Kind } from '../model/contract.js';
import { degreeOf } from './describe.js';
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
export interface FindOptions {
  /** Only nodes of this kind (or these kinds). */
  kind?: Kind | readonly Kind[];
  limit?: number;
  /** Degrees count only edges at least this confident. */
  minConfidence?: number;
  /** The least score a match needs (0 to 1, default 0.5). */
  minScore?: number;
}

export function findEntities(graph: KgGraph, text: string, options: FindOptions = {}): Candidate[] {
  const query = normalizeName(text);
  if (!query) return [];
  const qTokens = query.split(' ');
  const kinds = options.kind === undefined ? undefined : new Set<string>(typeof options.kind === 'string' ? [options.kind] : options.kind);
  const out: Candidate[] = [];
  graph.forEachNode((key, a) => {
    if (kinds && !kinds.has(a.kind)) return;
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
        // the edit distance only counts when it could reach the 0.5 bar (and it is the costly part)
        const longest = Math.max(query.length, n.length);
        const editScore = Math.abs(query.length - n.length) > 0.45 * longest ? 0 : 1 - distance(query, n) / longest;
        const prefix = n.startsWith(query) || tokens.some((t) => t.startsWith(query)) ? 0.75 : 0;
        // every word typed is a word of the name: "al-Mohandes" for "Abu Mahdi al-Mohandes"
        const part = qTokens.every((t) => tokens.includes(t)) ? 0.8 + 0.15 * (qTokens.length / tokens.length) : 0;
        // "irgc" for "Islamic Revolutionary Guard Corps", "pmf" for "Popular Mobilization Forces"
        const initials = tokens.filter((t) => !/^(of|the|and|for|al)$/.test(t)).map((t) => t[0]).join('');
        const acronym = qTokens.length === 1 && query.length >= 2 && tokens.length >= 2 && initials === query ? 0.9 : 0;
        score = Math.max(tokenScore * 0.9, editScore * 0.85, prefix, part, acronym);
        // an event's label describes it with its participants' names ("strike on Bob"): a word of
        // it more likely means the participant, so a partial match on an event counts less
        if (a.kind === 'event') score *= 0.9;
      }
      if (score > best) best = score;
    }
    if (best >= (options.minScore ?? 0.5)) out.push({ key, label: a.label, kind: a.kind, degree: degreeOf(graph, key, options.minConfidence), score: Math.round(best * 1000) / 1000 });
  });
  out.sort(byRank);
  return out.slice(0, options.limit ?? 20);
}

/**
 * The node a person means by `text`. An exact label or alias wins; otherwise the fuzzy match when
 * it is clearly best. Nothing: NotFoundError with suggestions. Several alike: UsageError listing them.
 */
export function resolveEntity(graph: KgGraph, text: string, module = 'query', kind?: Kind): string {
  if (graph.hasNode(text)) return text;
  const exact = exactMatches(graph, text, kind);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) throw ambiguous(module, text, exact.map((key) => candidate(graph, key, 1)).sort(byRank));
  // weaker matches too, to suggest them when nothing is good enough
  const found = findEntities(graph, text, { minScore: 0.3, ...(kind ? { kind } : {}) });
  const top = found[0];
  if (!top || top.score < 0.75) {
    const hint = found.slice(0, 3).map(describe).join(', ');
    throw new NotFoundError(`${module}: no entity matches "${text}"${hint ? `; did you mean: ${hint}?` : ''}`);
  }
  // a fuzzy match is taken only when it is clearly better than the next one
  const rivals = found.filter((c) => c.key !== top.key && top.score - c.score < 0.08);
  if (rivals.length) throw ambiguous(module, text, [top, ...rivals]);
  return top.key;
}

function ambiguous(module: string, text: string, candidates: Candidate[]): UsageError {
  const list = candidates.slice(0, 8).map((c) => `${describe(c)} [${c.degree} links]`).join('; ');
  const more = candidates.length > 8 ? ` and ${candidates.length - 8} more` : '';
  return new UsageError(`${module}: "${text}" matches several entities: ${list}${more}; give the full name or use the key`);
}

const byRank = (x: Candidate, y: Candidate): number => y.score - x.score || y.degree - x.degree || (x.label < y.label ? -1 : x.label > y.label ? 1 : x.key < y.key ? -1 : 1);

// normalised label or alias -> the nodes that carry it as label / as alias; built once per graph
const nameIndex = new WeakMap<KgGraph, { order: number; labels: Map<string, string[]>; aliases: Map<string, string[]> }>();

/** The nodes whose label (else, whose alias) is the text once normalised: a lookup, no scan. */
function exactMatches(graph: KgGraph, text: string, kind?: Kind): string[] {
  let index = nameIndex.get(graph);
  if (!index || index.order !== graph.order) {
    index = { order: graph.order, labels: new Map(), aliases: new Map() };
    const add = (map: Map<string, string[]>, name: string, key: string) => {
      const n = normalizeName(name);
      if (!n) return;
      const list = map.get(n);
      if (!list) map.set(n, [key]);
      else if (!list.includes(key)) list.push(key);
    };
    for (const { node, attributes: a } of graph.nodeEntries()) {
      add(index.labels, a.label, node);
      for (const alias of a.aliases) add(index.aliases, alias, node);
    }
    nameIndex.set(graph, index);
  }
  const query = normalizeName(text);
  const ofKind = (keys: string[] | undefined) => (keys ?? []).filter((k) => !kind || graph.getNodeAttribute(k, 'kind') === kind);
  const labels = ofKind(index.labels.get(query));
  return labels.length ? labels : ofKind(index.aliases.get(query));
}

const candidate = (graph: KgGraph, key: string, score: number): Candidate => {
  const a = graph.getNodeAttributes(key);
  return { key, label: a.label, kind: a.kind, degree: graph.degree(key), score };
};

function describe(c: Candidate): string {
  return `${c.label} (${c.kind})`;
}

function similar(a: string, b: string): boolean {
  const limit = a.length >= 8 ? 2 : 1;
  return Math.abs(a.length - b.length) <= limit && distance(a, b) <= limit;
}

/** Edit distance where swapping two neighbouring letters is one edit, as typists do ("Stoen"). */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
