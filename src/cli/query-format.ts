// Human-readable output of the query commands: aligned, coloured only on a TTY.
import { LOW_CONFIDENCE } from '../model/contract.js';
import type { NodeRef, EvidenceRef } from '../query/describe.js';
import type { PathResult } from '../query/path-query.js';
import type { NeighborGroup } from '../query/neighbors.js';
import type { Card } from '../query/card.js';
import type { Stats } from '../query/stats.js';
import type { Timeline } from '../query/timeline.js';
import type { Candidate } from '../query/names.js';
import { painter, table } from './output.js';

const paint = painter();

export function name(n: NodeRef): string {
  if (n.kind === 'event') return `${paint('magenta', `[${n.eventType ?? 'event'}]`)} ${n.label}${n.date ? ` (${n.date})` : ''}`;
  return paint('bold', n.label);
}

const low = (confidence: number) => (confidence < LOW_CONFIDENCE ? paint('dim', ' (low confidence)') : '');

function quote(e: EvidenceRef): string {
  const where = paint('dim', `— ${e.document ?? e.doc}`);
  if (e.text === undefined) return `      ${paint('dim', `(characters ${e.start}-${e.end}; the document is not where the graph says)`)} ${where}`;
  const text = e.text.replace(/\s+/g, ' ').trim();
  return `      ${paint('dim', '“')}${text}${paint('dim', '”')} ${where}`;
}

export function formatPaths(result: PathResult, evidence: boolean): string {
  const lines: string[] = [];
  // two nodes with one label (two "attacks in Iraq") would make different paths read the same
  const keysOf = new Map<string, Set<string>>();
  for (const p of result.paths) for (const h of p.hops) for (const n of [h.from, h.to]) keysOf.set(n.label, (keysOf.get(n.label) ?? new Set()).add(n.key));
  const named = (n: NodeRef) => ((keysOf.get(n.label)?.size ?? 0) > 1 ? `${name(n)} ${paint('dim', `{${n.key}}`)}` : name(n));
  result.paths.forEach((p, i) => {
    if (result.paths.length > 1) lines.push(paint('cyan', `path ${i + 1} (${p.length} hop${p.length === 1 ? '' : 's'})`));
    let chain = named(p.hops[0]?.from ?? result.from);
    for (const h of p.hops) {
      const arrow = h.direction === 'forward' ? `--${h.relation}-->` : `<--${h.relation}--`;
      chain += ` ${paint('yellow', arrow)}${low(h.confidence)} ${named(h.to)}`;
    }
    lines.push(chain);
    if (evidence) {
      for (const h of p.hops) {
        lines.push(`  ${h.from.label} ${h.direction === 'forward' ? `--${h.relation}-->` : `<--${h.relation}--`} ${h.to.label}`);
        for (const e of h.evidence) lines.push(quote(e));
      }
    }
  });
  if (result.skippedHubs.length) {
    lines.push(paint('dim', `(skipped hub${result.skippedHubs.length > 1 ? 's' : ''} ${result.skippedHubs.map((h) => h.label).join(', ')}; --through-hubs to allow)`));
  }
  return lines.join('\n');
}

export function formatNeighbors(of: NodeRef, groups: NeighborGroup[]): string {
  if (!groups.length) return `${name(of)} has no neighbours (with these filters)`;
  const lines = [name(of)];
  for (const g of groups) {
    const head = g.via.key === of.key ? '' : `${g.via.label} `;
    const arrow = g.direction === 'out' ? `--${g.relation}-->` : `<--${g.relation}--`;
    lines.push(`  ${head}${paint('yellow', arrow)}`);
    for (const n of g.nodes) lines.push(`      ${name(n)}${low(n.confidence)}${n.depth > 1 ? paint('dim', ` (depth ${n.depth})`) : ''}`);
  }
  return lines.join('\n');
}

export function formatCard(c: Card): string {
  const lines = [`${name(c)}  ${paint('dim', c.kind)}`];
  const rows: string[][] = [];
  if (c.aliases.length) rows.push(['aliases', c.aliases.join('; ')]);
  if (c.eventType) rows.push(['type', c.eventType]);
  if (c.date) rows.push(['date', c.date]);
  if (c.summary && c.summary !== c.label) rows.push(['summary', c.summary]);
  rows.push(['mentions', `${c.mentions} in ${c.documents.length} document(s): ${c.documents.join(', ')}`]);
  lines.push(table(rows.map((r) => [`  ${r[0]}`, r[1]!])));
  if (c.participants) {
    lines.push('  participants');
    for (const [role, nodes] of Object.entries(c.participants)) lines.push(`    ${role}: ${nodes.map((n) => n.label).join(', ')}`);
  }
  if (c.relations.length) lines.push('  relations');
  if (c.hiddenRelations) lines.push(paint('dim', `  (${c.hiddenRelations} less confident relation(s) hidden by --min-confidence)`));
  for (const r of c.relations) {
    const arrow = r.direction === 'out' ? `--${r.relation}-->` : `<--${r.relation}--`;
    lines.push(`    ${paint('yellow', arrow)} ${name(r.other)}${low(r.confidence)} ${paint('dim', `(${r.label}, ${r.confidence})`)}`);
    for (const e of r.evidence) lines.push(quote(e));
  }
  return lines.join('\n');
}

export function formatFind(found: Candidate[]): string {
  if (!found.length) return 'no entity matches';
  return table(found.map((c) => [c.label, c.kind, `${c.degree} links`, paint('dim', `score ${c.score}`), paint('dim', c.key)]));
}

export function formatStats(s: Stats, minConfidence?: number): string {
  const lines = [`${s.documents} document(s), ${s.nodes} nodes, ${s.edges} edges, ${s.components} connected component(s) (largest ${s.largestComponent} nodes)`];
  if (s.hiddenEdges) lines.push(paint('dim', `(${s.hiddenEdges} edge(s) under confidence ${minConfidence} left out)`));
  lines.push('nodes by kind', table(Object.entries(s.kinds).map(([k, n]) => [`  ${k}`, String(n)])));
  lines.push('edges by relation', table(Object.entries(s.relations).map(([k, n]) => [`  ${k}`, String(n)])));
  lines.push('most connected', table(s.mostConnected.map((n) => [`  ${n.label}`, n.kind, `${n.degree} links`])));
  return lines.join('\n');
}

export function formatTimeline(t: Timeline, evidence: boolean): string {
  const lines: string[] = [];
  const one = (c: Timeline['events'][number]) => {
    lines.push(`${paint('cyan', (c.date ?? 'undated').padEnd(10))}  ${name({ ...c, date: undefined as never })}`);
    for (const [role, nodes] of Object.entries(c.participants ?? {})) lines.push(`              ${role}: ${nodes.map((n) => n.label).join(', ')}`);
    if (evidence) for (const e of distinctEvidence(c)) lines.push(quote(e));
  };
  t.events.forEach(one);
  if (t.undated.length) {
    lines.push(paint('dim', `${t.undated.length} undated event(s)`));
    t.undated.forEach(one);
  }
  if (!lines.length) lines.push('no events (with these filters)');
  if (t.undatedOmitted) lines.push(paint('dim', `(${t.undatedOmitted} undated event(s) left out by the date range)`));
  return lines.join('\n');
}

/** An event's supporting sentences, each once, in document order. */
function distinctEvidence(c: Card): EvidenceRef[] {
  const seen = new Map<string, EvidenceRef>();
  for (const r of c.relations) for (const e of r.evidence) seen.set(`${e.doc}|${e.start}|${e.end}`, e);
  return [...seen.values()].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
}
