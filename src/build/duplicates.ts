// Likely duplicate entities for review (`kg duplicates`): same kind, similar names, shared
// neighbours. Ranked; the analyst decides with `kg merge` or `kg keep-apart`.
import type { KgGraph } from '../model/contract.js';
import { nameKey } from '../extract/names.js';

export interface DuplicatePair {
  a: string;
  b: string;
  score: number;
  names: number;
  neighbours: number;
}

export function findDuplicates(graph: KgGraph, limit = 20): DuplicatePair[] {
  const tokens = new Map<string, string[]>();
  const byToken = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    if (a.kind === 'event') return;
    const words = new Set([a.label, ...a.aliases].flatMap((n) => nameKey(n).split(' ')).filter((w) => w.length > 2));
    tokens.set(key, [...words]);
    for (const w of words) (byToken.get(w) ?? byToken.set(w, []).get(w)!).push(key);
  });
  const seen = new Set<string>();
  const pairs: DuplicatePair[] = [];
  for (const keys of byToken.values()) {
    if (keys.length > 50) continue; // a word too common to say anything
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = [keys[i]!, keys[j]!].sort() as [string, string];
        const id = `${a}|${b}`;
        if (seen.has(id) || graph.getNodeAttribute(a, 'kind') !== graph.getNodeAttribute(b, 'kind')) continue;
        seen.add(id);
        const ta = new Set(tokens.get(a));
        const tb = tokens.get(b)!;
        const shared = tb.filter((w) => ta.has(w)).length;
        const names = shared / Math.min(ta.size, tb.length);
        const na = new Set(graph.neighbors(a));
        const nb = graph.neighbors(b);
        const common = nb.filter((n) => na.has(n)).length;
        const neighbours = common / Math.max(1, Math.min(na.size, nb.length));
        const score = Math.round((0.7 * names + 0.3 * neighbours) * 1000) / 1000;
        if (score >= 0.5) pairs.push({ a, b, score, names: Math.round(names * 100) / 100, neighbours: common });
      }
    }
  }
  return pairs.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : 1)).slice(0, limit);
}
