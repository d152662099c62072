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
import type { KgGraph } from '../model/contract.js';
import { rgb } from './colors.js';
import { edgeColumns, nodeColumns } from './columns.js';
import { dateRange } from './dates.js';
import { lineSeparatorRefs, xmlIds, xmlSafe } from './xml-text.js';

/** Every attribute kg writes, with its GEXF type. The edge's surface predicate is `predicate`: GEXF's own edge label is the relation. */
export const GEXF_TYPES: Record<string, string> = {
  kind: 'string', aliases: 'string', mentions: 'integer', documents: 'integer', eventType: 'string', date: 'string', summary: 'string',
  relation: 'string', predicate: 'string', confidence: 'double', evidence: 'string',
};

export function toGexf(graph: KgGraph): string {
  const id = xmlIds(graph.nodes());
  const edgeId = xmlIds(graph.edges());
  const g = new MultiDirectedGraph();
  g.replaceAttributes(meta(graph));
  const dates: ([string, string] | undefined)[] = [];
  graph.forEachNode((key, a) => {
    const c = nodeColumns(graph, key, a);
    g.addNode(id(key), {
      label: xmlSafe(c.label), size: c.size, color: c.color, x: c.x, y: c.y,
      attributes: {
        kind: c.kind, aliases: xmlSafe(c.aliases), mentions: c.mentions, documents: c.documents,
        eventType: c.eventType, date: c.date && xmlSafe(c.date), summary: c.summary && xmlSafe(c.summary),
      },
    });
    dates.push(c.date ? dateRange(c.date) : undefined);
  });
  graph.forEachEdge((key, a, source, target) => {
    const c = edgeColumns(a);
    g.addDirectedEdgeWithKey(edgeId(key), id(source), id(target), {
      label: xmlSafe(c.relation), weight: c.confidence,
      attributes: { relation: xmlSafe(c.relation), predicate: xmlSafe(c.label), confidence: c.confidence, evidence: xmlSafe(c.evidence) },
    });
  });
  const xml = write(g, {
    version: '1.3',
    formatNode: (_key: string, a: Record<string, any>) => {
      const { r, g: green, b } = rgb(a.color)!;
      // a CSS rgb() colour makes the library write r/g/b attributes instead of `hex`
      return { label: a.label, attributes: a.attributes, viz: { color: `rgb(${r},${green},${b})`, size: a.size, x: a.x, y: a.y } };
    },
    formatEdge: (_key: string, a: Record<string, any>) => ({ label: a.label, weight: a.weight, attributes: a.attributes }),
  });
  return lineSeparatorRefs(withDates(withDeclaredTypes(xml), dates));
}

/** Creator, and the documents and build in the description: the only `<meta>` elements GEXF 1.3 allows. */
function meta(graph: KgGraph): Record<string, string> {
  const docs = graph.getAttribute('documents') ?? [];
  const built = graph.getAttribute('builtWith');
  const list = docs.map((d) => `${d.title ?? d.id}${d.date ? ` (${d.date})` : ''} [${d.path}]`).join('; ');
  return {
    creator: xmlSafe(`${built?.name ?? 'kg'} ${built?.version ?? ''}`.trim()),
    keywords: 'knowledge graph, person, group, place, event',
    description: xmlSafe(`kg graph (schema ${graph.getAttribute('schemaVersion') ?? '?'}) of ${docs.length} document${docs.length === 1 ? '' : 's'}${list ? `: ${list}` : ''}`),
  };
}

function withDeclaredTypes(xml: string): string {
  const head = xml.indexOf('<nodes');
  return xml.slice(0, head).replace(/(<attribute id="([^"]*)" title="[^"]*" type=")[^"]*"/g, (m, pre: string, name: string) => (GEXF_TYPES[name] ? `${pre}${GEXF_TYPES[name]}"` : m))
    + xml.slice(head);
}

/** Adds the closed interval of days each dated node covers, in one pass: the i-th `<node` is the i-th node. */
function withDates(xml: string, dates: ([string, string] | undefined)[]): string {
  if (!dates.some(Boolean)) return xml;
  let i = 0;
  return xml
    .replace('<graph defaultedgetype="directed"', '<graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval"')
    .replace(/<node id=/g, (m) => {
      const range = dates[i++];
      return range ? `<node start="${range[0]}" end="${range[1]}" id=` : m;
    });
}
