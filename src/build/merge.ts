// Adding one document's extraction to a graph: entities resolve to existing nodes of the same
// kind when a name matches, events and edges carry their evidence with the document's id.
import type { DocumentInfo, EdgeAttributes, KgGraph, NodeAttributes, Span } from '../model/contract.js';
import type { DocumentExtraction, ExtractedEntity, TextSpan } from '../extract/types.js';
import { freshKey, slug } from './keys.js';
import { nameKey } from '../extract/names.js';

export function addDocument(graph: KgGraph, info: DocumentInfo, text: string, extraction: DocumentExtraction): void {
  graph.updateAttribute('documents', (docs) => [...(docs ?? []), info]);
  const doc = info.id;
  const span = (s: TextSpan): Span => ({ doc, start: s.start, end: s.end });
  const keyOf = new Map<string, string>();

  for (const entity of extraction.entities) {
    const existing = findEntityNode(graph, entity);
    if (existing) {
      keyOf.set(entity.id, existing);
      graph.updateNodeAttributes(existing, (attrs) => ({
        ...attrs,
        aliases: mergeAliases(attrs.aliases, [entity.label, ...entity.aliases], attrs.label),
        mentions: [...attrs.mentions, ...entity.mentions.map(span)],
      }));
    } else {
      const key = freshKey(`${entity.kind}:${slug(entity.label)}`, (k) => graph.hasNode(k));
      keyOf.set(entity.id, key);
      graph.addNode(key, {
        label: entity.label,
        kind: entity.kind,
        aliases: mergeAliases([], entity.aliases, entity.label),
        mentions: entity.mentions.map(span),
      });
    }
  }

  for (const event of extraction.events) {
    const key = freshKey(`event:${event.eventType}:${slug(doc)}:${event.id}`, (k) => graph.hasNode(k));
    keyOf.set(event.id, key);
    const attrs: NodeAttributes = {
      label: event.summary,
      kind: 'event',
      aliases: [],
      mentions: event.mentions.map(span),
      eventType: event.eventType,
      summary: event.summary,
    };
    if (event.date) attrs.date = event.date;
    graph.addNode(key, attrs);
  }

  for (const rel of extraction.relations) {
    const source = keyOf.get(rel.source);
    const target = keyOf.get(rel.target);
    if (!source || !target || source === target) continue;
    const evidence = rel.evidence.map((e) => ({ ...span(e), text: text.slice(e.start, e.end) }));
    const same = graph.directedEdges(source, target).find((e) => graph.getEdgeAttribute(e, 'relation') === rel.relation);
    if (same) {
      graph.updateEdgeAttributes(same, (attrs) => ({
        ...attrs,
        evidence: [...attrs.evidence, ...evidence],
        confidence: Math.max(attrs.confidence, rel.confidence),
      }));
      continue;
    }
    const edge: EdgeAttributes = { relation: rel.relation, label: rel.label, evidence, confidence: rel.confidence };
    graph.addDirectedEdgeWithKey(freshKey(`${source}->${rel.relation}->${target}`, (k) => graph.hasEdge(k)), source, target, edge);
  }
}

/** An existing node of the same kind whose label or aliases share a name with the entity. */
function findEntityNode(graph: KgGraph, entity: ExtractedEntity): string | undefined {
  const names = new Set([entity.label, ...entity.aliases].map(nameKey));
  const label = nameKey(entity.label);
  let best: string | undefined;
  let bestScore = 0;
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== entity.kind) return;
    const score = nameKey(attrs.label) === label ? 2 : attrs.aliases.some((a) => names.has(nameKey(a))) && names.has(nameKey(attrs.label)) ? 1 : 0;
    if (score > bestScore) { bestScore = score; best = key; }
  });
  return best;
}

function mergeAliases(existing: readonly string[], added: readonly string[], label: string): string[] {
  const out = [...existing];
  for (const a of added) if (a !== label && !out.includes(a)) out.push(a);
  return out;
}
