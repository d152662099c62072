// GEXF 1.3 for Gephi, Gephi Lite and NetworkX, written by graphology-gexf and corrected where
// the library gets it wrong for kg:
// - colours go as r/g/b attributes: its 1.3 `hex` spelling crashes NetworkX 3.6's reader;
// - attribute types are declared from the contract, not inferred (all-integer confidences
//   would otherwise be declared `integer`);
// - text and ids are made XML-safe first (the library writes forbidden characters as they are),
//   and NEL/LINE SEPARATOR become character references (xmldom reads them as line breaks);
// - dated events get `start`/`end` and the graph `mode="dynamic" timeformat="date"`, so that
//   Gephi's timeline can play them (the library writes no dynamics).
// No Node APIs: the viewer bundles this module for its "download GEXF" button.
import { MultiDirectedGraph } from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import type { EdgeAttributes, KgGraph, NodeAttributes } from '../model/contract.js';
import { rgb } from './colors.js';
import { edgeColumns, nodeColumns } from './columns.js';
import { dateRange } from './dates.js';
import { lineSeparatorRefs, xmlEscape, xmlIds, xmlSafe } from './xml-text.js';

/** Every attribute kg writes, with its GEXF type. The edge's surface predicate is `predicate`: GEXF's own edge label is the relation. */
export const GEXF_TYPES: Record<string, string> = {
  kind: 'string', aliases: 'string', mentions: 'integer', documents: 'integer', eventType: 'string', date: 'string', summary: 'string',
  relation: 'string', predicate: 'string', confidence: 'double', evidence: 'string',
};

export function toGexf(graph: KgGraph): string {
  const target = withXmlIds(graph);
  const dates: ([string, string] | undefined)[] = [];
  const xml = write(target, {
    version: '1.3',
    pedantic: true, // <meta> holds only what GEXF allows; kg's own is set below (the option is missing from the library's types)
    formatNode: (key: string, attributes: Record<string, unknown>) => {
      const c = nodeColumns(target, key, attributes as unknown as NodeAttributes);
      dates.push(c.date ? dateRange(c.date) : undefined);
      const { r, g, b } = rgb(c.color)!;
      return {
        label: xmlSafe(c.label),
        attributes: {
          kind: c.kind, aliases: xmlSafe(c.aliases), mentions: c.mentions, documents: c.documents,
          eventType: c.eventType, date: c.date && xmlSafe(c.date), summary: c.summary && xmlSafe(c.summary),
        },
        // a CSS rgb() colour makes the library write r/g/b attributes instead of `hex`
        viz: { color: `rgb(${r},${g},${b})`, size: c.size, x: c.x, y: c.y },
      };
    },
    formatEdge: (_key: string, attributes: Record<string, unknown>) => {
      const c = edgeColumns(attributes as unknown as EdgeAttributes);
      return {
        label: xmlSafe(c.relation), // the relation is the edge's label in Gephi
        weight: c.confidence,
        attributes: { relation: xmlSafe(c.relation), predicate: xmlSafe(c.label), confidence: c.confidence, evidence: xmlSafe(c.evidence) },
      };
    },
  } as Parameters<typeof write>[1]);
  // fix the head (meta, dynamics, types) and the body (dates, line separators) apart: one pass each over a big file
  const cut = xml.indexOf('<nodes');
  const dated = dates.some(Boolean);
  return fixHead(xml.slice(0, cut), graph, dated) + fixBody(xml.slice(cut), dated ? dates : undefined);
}

/** The graph itself when every key is a valid XML id, else a copy under safe ids (same attribute objects). */
function withXmlIds(graph: KgGraph): KgGraph {
  const id = xmlIds(graph.nodes());
  const edgeId = xmlIds(graph.edges());
  if (graph.everyNode((k) => id(k) === k) && graph.everyEdge((k) => edgeId(k) === k)) return graph;
  const copy = new MultiDirectedGraph() as KgGraph;
  graph.forEachNode((k, a) => copy.addNode(id(k), a));
  graph.forEachEdge((k, a, s, t) => copy.addDirectedEdgeWithKey(edgeId(k), id(s), id(t), a));
  return copy;
}

/** kg's <meta>, the timeline's graph attributes, the contract's attribute types. */
function fixHead(head: string, graph: KgGraph, dated: boolean): string {
  const out = head
    .replace(/<meta\s*\/>|<meta>[^]*?<\/meta>/, () => meta(graph))
    .replace(/(<attribute id="([^"]*)" title="[^"]*" type=")[^"]*"/g, (m, pre: string, name: string) => (GEXF_TYPES[name] ? `${pre}${GEXF_TYPES[name]}"` : m));
  return dated ? out.replace('<graph defaultedgetype="directed"', '<graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval"') : out;
}

/** Adds the closed interval of days each dated node covers (the i-th `<node` is the i-th node), and references NEL/LS. */
function fixBody(body: string, dates: ([string, string] | undefined)[] | undefined): string {
  if (!dates) return lineSeparatorRefs(body);
  let i = 0;
  return body.replace(/<node id=|[\u0085\u2028]/g, (m) => {
    if (m !== '<node id=') return lineSeparatorRefs(m);
    const range = dates[i++];
    return range ? `<node start="${range[0]}" end="${range[1]}" id=` : m;
  });
}

/** Creator, keywords, and the documents and build in the description: the only <meta> elements GEXF 1.3 allows. */
function meta(graph: KgGraph): string {
  const docs = graph.getAttribute('documents') ?? [];
  const built = graph.getAttribute('builtWith');
  const list = docs.map((d) => `${d.title ?? d.id}${d.date ? ` (${d.date})` : ''} [${d.path}]`).join('; ');
  const creator = `${built?.name ?? 'kg'} ${built?.version ?? ''}`.trim();
  const description = `kg graph (schema ${graph.getAttribute('schemaVersion') ?? '?'}) of ${docs.length} document${docs.length === 1 ? '' : 's'}${list ? `: ${list}` : ''}`;
  return `<meta>\n    <creator>${xmlEscape(creator)}</creator>\n    <keywords>knowledge graph, person, group, place, event</keywords>\n`
    + `    <description>${xmlEscape(description)}</description>\n  </meta>`;
}
