// GEXF 1.3 for Gephi, Gephi Lite and NetworkX, written with graphology-gexf. Around the library:
// colours go as r/g/b attributes (its `hex` spelling crashes NetworkX 3.6's reader), text is made
// XML-safe first, and dated events get `start`/`end` so Gephi's timeline can play them. No Node
// APIs: the viewer bundles this module for its "download GEXF" button.
import { MultiDirectedGraph } from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import type { KgGraph } from '../model/contract.js';
import { KIND_COLORS, rgb, xmlEscape, xmlSafe } from './text.js';

/** The first and last day an ISO date covers, as GEXF dates (YYYY-MM-DD). */
export function dateRange(iso: string): [string, string] | undefined {
  const week = /^(\d{4})-W(\d{2})$/.exec(iso);
  if (week) {
    const jan4 = Date.UTC(+week[1]!, 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() || 7) - 1) * 86400000) + (+week[2]! - 1) * 604800000;
    return [new Date(monday).toISOString().slice(0, 10), new Date(monday + 6 * 86400000).toISOString().slice(0, 10)];
  }
  if (/^\d{4}$/.test(iso)) return [`${iso}-01-01`, `${iso}-12-31`];
  if (/^\d{4}-\d{2}$/.test(iso)) {
    const last = new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7), 0)).getUTCDate();
    return [`${iso}-01`, `${iso}-${String(last).padStart(2, '0')}`];
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return [iso, iso];
  return undefined;
}

export function toGexf(graph: KgGraph): string {
  const g = new MultiDirectedGraph();
  const docs = graph.getAttribute('documents') ?? [];
  const built = graph.getAttribute('builtWith');
  g.replaceAttributes({
    creator: xmlSafe(`${built?.name ?? 'kg'} ${built?.version ?? ''}`.trim()),
    description: xmlSafe(`Knowledge graph of ${docs.length} document(s): ${docs.map((d) => d.title ?? d.id).join('; ')}`),
  });
  const dates = new Map<string, [string, string]>();
  graph.forEachNode((key, a) => {
    const attrs: Record<string, unknown> = {
      label: xmlSafe(a.label),
      kind: a.kind,
      aliases: xmlSafe(a.aliases.join('; ')),
      mentions: a.mentions.length,
      documents: new Set(a.mentions.map((m) => m.doc)).size,
      eventType: a.eventType ?? '',
      date: a.date ?? '',
      color: a.color ?? KIND_COLORS[a.kind] ?? '#999999',
      size: a.size ?? 1 + Math.sqrt(graph.degree(key)),
    };
    if (typeof a.x === 'number' && typeof a.y === 'number') { attrs.x = a.x; attrs.y = a.y; }
    g.addNode(xmlSafe(key), attrs);
    const range = a.date ? dateRange(a.date) : undefined;
    if (range) dates.set(xmlSafe(key), range);
  });
  graph.forEachEdge((key, a, source, target) => {
    g.addDirectedEdgeWithKey(xmlSafe(key), xmlSafe(source), xmlSafe(target), {
      relation: a.relation,
      label: xmlSafe(a.label),
      confidence: a.confidence,
      evidence: a.evidence.length,
    });
  });
  const xml = write(g, {
    version: '1.3',
    formatNode: (_key: string, a: Record<string, unknown>) => {
      const { label, color, size, x, y, ...attributes } = a;
      const c = rgb(String(color));
      return {
        label: String(label),
        attributes,
        viz: { color: `rgb(${c.r},${c.g},${c.b})`, size: Number(size), ...(x !== undefined ? { x: Number(x), y: Number(y) } : {}) },
      };
    },
    // the relation is the edge's label in Gephi
    formatEdge: (_key: string, a: Record<string, unknown>) => ({ label: String(a.relation), attributes: a }),
  });
  return withDates(xml, dates);
}

/** Adds `start`/`end` to dated nodes and declares the timeline's format. */
function withDates(xml: string, dates: Map<string, [string, string]>): string {
  if (!dates.size) return xml;
  let out = xml.replace(/<graph defaultedgetype="directed"/, '<graph defaultedgetype="directed" mode="dynamic" timeformat="date"');
  for (const [key, [start, end]] of dates) {
    out = out.replace(`<node id="${xmlEscape(key).replace(/&apos;/g, "'")}"`, `<node id="${xmlEscape(key).replace(/&apos;/g, "'")}" start="${start}" end="${end}"`);
  }
  return out;
}
