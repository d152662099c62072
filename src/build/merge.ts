// Adding one document's extraction to a graph, resolving its entities and events against what
// the graph already holds (cross-document resolution), and removing a document again.
import type { DocumentInfo, EdgeAttributes, KgGraph, NodeAttributes, Span } from '../model/contract.js';
import type { DocumentExtraction, ExtractedEntity, ExtractedEvent, TextSpan } from '../extract/types.js';
import { freshKey, slug } from './keys.js';
import { NameIndex, nameKeys } from './name-index.js';
import { datesAgree } from '../extract/events/coref.js';
import { nameKey } from '../extract/names.js';
import { countryOfPlace, isKnownPlace } from '../extract/lexicon/gazetteer.js';
import { GENERIC_HEADS, INSTITUTION_WORDS, ORG_HEADS, ORG_SUFFIXES } from '../extract/lexicon/titles.js';

/** Roles that identify an event's victims, targets and scene. */
const IDENTIFYING = new Set(['killed', 'injured', 'targeted', 'occurred_in', 'about']);

export function addDocument(graph: KgGraph, info: DocumentInfo, text: string, extraction: DocumentExtraction,
  keepApart: readonly (readonly [string, string])[] = [], index = NameIndex.of(graph)): void {
  const apart = new Set(keepApart.flatMap(([a, b]) => [`${nameKey(a)}|${nameKey(b)}`, `${nameKey(b)}|${nameKey(a)}`]));
  graph.updateAttribute('documents', (docs) => [...(docs ?? []), info]);
  const doc = info.id;
  const span = (s: TextSpan): Span => ({ doc, start: s.start, end: s.end });
  const keyOf = new Map<string, string>();
  const countries = new Set(extraction.entities.filter((e) => e.kind === 'place').map((e) => countryOfPlace(e.label)).filter((c) => c !== undefined));
  index.noteCountries(doc, countries);

  // Entities: names of one word last, so that the company they keep is known by then.
  const lone = (e: ExtractedEntity) => (words(e.label) === 1 && (e.kind === 'person' || !knownPlace(e.label)) ? 1 : 0);
  const order = [...extraction.entities].sort((a, b) => lone(a) - lone(b));
  const resolvedHere = new Set<string>();
  for (const entity of order) {
    const found = findEntityNode(graph, index, entity, resolvedHere, countries) ?? personByLoneName(graph, index, entity, resolvedHere);
    // the analyst said these are different entities
    const existing = found && apart.size && [graph.getNodeAttribute(found, 'label'), ...graph.getNodeAttribute(found, 'aliases')]
      .some((n) => apart.has(`${nameKey(entity.label)}|${nameKey(n)}`)) ? undefined : found;
    if (existing) {
      keyOf.set(entity.id, existing);
      graph.updateNodeAttributes(existing, (attrs) => {
        // the fuller name becomes the label: "Soleimani" then "Qasem Soleimani"
        const label = attrs.kind === 'person' && words(entity.label) > words(attrs.label) ? entity.label : attrs.label;
        return {
          ...attrs,
          label,
          aliases: mergeAliases(attrs.aliases, [attrs.label, entity.label, ...entity.aliases], label),
          mentions: [...attrs.mentions, ...entity.mentions.map(span)],
        };
      });
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
    const key = keyOf.get(entity.id)!;
    resolvedHere.add(key);
    index.add(key, graph.getNodeAttributes(key));
  }

  // Events: one reported by several documents becomes one node (known by the entities it
  // involves: not by another event it is about)
  const eventIds = new Set(extraction.events.map((e) => e.id));
  for (const event of extraction.events) {
    const participants = extraction.relations
      .filter((r) => (r.source === event.id || r.target === event.id) && IDENTIFYING.has(r.relation) && !eventIds.has(r.source === event.id ? r.target : r.source))
      .map((r) => `${r.relation} ${keyOf.get(r.source === event.id ? r.target : r.source)}`);
    const existing = findEventNode(graph, event, participants, doc);
    if (existing) {
      keyOf.set(event.id, existing);
      graph.updateNodeAttributes(existing, (attrs) => ({
        ...attrs,
        mentions: [...attrs.mentions, ...event.mentions.map(span)],
        ...(attrs.date || !event.date ? {} : { date: event.date }),
      }));
      continue;
    }
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
        // several documents saying the same thing make it more credible
        confidence: round(Math.min(0.99, Math.max(attrs.confidence, rel.confidence) + 0.05)),
      }));
      continue;
    }
    const edge: EdgeAttributes = { relation: rel.relation, label: rel.label, evidence, confidence: round(rel.confidence) };
    graph.addDirectedEdgeWithKey(freshKey(`${source}->${rel.relation}->${target}`, (k) => graph.hasEdge(k)), source, target, edge);
  }
}

/**
 * The existing node an entity is, if any. Places and groups match by any name (or acronym);
 * people by full name, and a lone surname or given name only when the graph has exactly one
 * such person and that person shares company with this document's other entities.
 */
function findEntityNode(graph: KgGraph, index: NameIndex, entity: ExtractedEntity, resolvedHere: ReadonlySet<string>,
  countries: ReadonlySet<string>): string | undefined {
  // the names by which each candidate was found
  const sharedNames = new Map<string, string[]>();
  for (const name of [entity.label, ...entity.aliases]) {
    for (const k of index.candidates(entity.kind, [name])) sharedNames.set(k, [...(sharedNames.get(k) ?? []), name]);
  }
  const candidates = [...sharedNames.keys()];
  // (two full names the document kept apart stay apart: "the Iranian Chess Federation" and "the
  // US Chess Federation", each called "the Federation"; a short name it failed to join to its full
  // one, "Democratic Forces" or "ISF", still joins it)
  if (entity.kind !== 'person') {
    return candidates.find((k) => (!resolvedHere.has(k) || !distinctFullNames(entity.label, graph.getNodeAttribute(k, 'label')))
      && !anotherBody(graph, index, k, sharedNames.get(k)!, countries));
  }
  const full = words(entity.label) >= 2;
  const exact = candidates.filter((k) => {
    const a = graph.getNodeAttributes(k);
    return words(a.label) >= 2 && full ? nameKeys(a.label)[0] === nameKeys(entity.label)[0] : true;
  });
  if (full) {
    const sameName = exact.filter((k) => words(graph.getNodeAttribute(k, 'label')) >= 2);
    if (sameName.length) return sameName[0];
  }
  // A partial name on one side: the only such person, seen with the same company.
  const partial = index.partialCandidates(entity.label, full);
  if (partial.length !== 1) return undefined;
  return sharesCompany(graph, partial[0]!, resolvedHere) ? partial[0] : undefined;
}

/**
 * Whether the only names an entity shares with a node say nothing of its being the same body:
 * a head word alone ("the Department", "the Federation": short for what each document named), or
 * the name of an institution every country has ("Senate", "Ministry of Health", "Congress") in
 * documents that share no country with this one. (One country in common is enough: a story of
 * Ukraine that speaks of the American House names the United States.)
 */
function anotherBody(graph: KgGraph, index: NameIndex, node: string, shared: readonly string[], countries: ReadonlySet<string>): boolean {
  const keys = shared.map(nameKey);
  if (keys.every((k) => GENERIC_HEADS.test(k) || SHORT_FORMS.test(k))) return true;
  if (!countries.size || !keys.every((k) => k.split(' ').every((w) => INSTITUTION_WORDS.has(w)))) return false;
  const theirs = index.countriesOf(new Set(graph.getNodeAttribute(node, 'mentions').map((m) => m.doc)));
  if (!theirs.size) return false;
  for (const c of countries) if (theirs.has(c)) return false;
  return true;
}

/** More head words that a document uses alone for the body it named ("the Party", "the Federation"). */
const SHORT_FORMS = /^(federation|party|union|league|university|college|movement|alliance|coalition)$/;

/** The first lower-case word of an event's summary, cut to its stem's first letters: "died", "fire", "hospitaliz". */
function actWord(summary: string): string | undefined {
  return summary.split(' ').find((w) => /^\p{Ll}/u.test(w))?.slice(0, 4);
}

/** Two names of three words or more, neither within the other. */
function distinctFullNames(a: string, b: string): boolean {
  const [ka, kb] = [nameKey(a), nameKey(b)];
  return words(a) >= 3 && words(b) >= 3 && !ka.includes(kb) && !kb.includes(ka);
}

/**
 * A lone word the tagger took for a place or group ("Iran mourned Soleimani"), when no place or
 * group bears it and the gazetteer does not know it, is the one person of the corpus with that
 * name who keeps the same company: a full name elsewhere says more than one guess here.
 */
function personByLoneName(graph: KgGraph, index: NameIndex, entity: ExtractedEntity, resolvedHere: ReadonlySet<string>): string | undefined {
  if (entity.kind === 'person' || words(entity.label) !== 1 || knownPlace(entity.label)) return undefined;
  // (the person's surname, or a first word before words of a name: not "Pirelli" of "Pirelli SpA",
  // a company the model read as a person)
  const word = nameKey(entity.label);
  const nameWords = (label: string) => label.split(' ').slice(1).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(w) && !ORG_SUFFIXES.has(w.toLowerCase()) && !ORG_HEADS.has(w.toLowerCase()));
  const people = index.partialCandidates(entity.label, false).filter((k) => {
    const label = graph.getNodeAttribute(k, 'label');
    return words(label) >= 2 && (nameKey(label).split(' ').pop() === word || nameWords(label));
  });
  // (another story's person only for a word this story does not read as a place or group again and
  // again: "Chechnya", the last word of a headline's "Lebed Chechnya" elsewhere)
  if (people.length !== 1 || (!resolvedHere.has(people[0]!) && entity.mentions.length >= 3)) return undefined;
  return sharesCompany(graph, people[0]!, resolvedHere) ? people[0] : undefined;
}

const knownPlace = isKnownPlace;

/** Whether a node appeared in a document together with any of the given nodes. */
function sharesCompany(graph: KgGraph, node: string, company: ReadonlySet<string>): boolean {
  if (!company.size) return false;
  const docs = new Set(graph.getNodeAttribute(node, 'mentions').map((m) => m.doc));
  for (const other of company) {
    if (other === node || !graph.hasNode(other)) continue;
    if (graph.getNodeAttribute(other, 'mentions').some((m) => docs.has(m.doc))) return true;
    if (graph.areNeighbors(node, other)) return true;
  }
  return false;
}

/** An event of another document that is this one: same kind of event, compatible dates, a shared victim, target or scene. */
function findEventNode(graph: KgGraph, event: ExtractedEvent, participants: string[], doc: string): string | undefined {
  if (event.eventType === 'statement' || participants.length === 0) return undefined;
  const violent = (t?: string) => t === 'attack' || t === 'killing';
  let best: string | undefined;
  let bestScore = 0;
  const seen = new Set<string>();
  for (const p of participants) {
    const [relation, node] = p.split(' ') as [string, string];
    if (!node || !graph.hasNode(node)) continue;
    graph.forEachNeighbor(node, (candidate, attrs) => {
      if (seen.has(candidate) || attrs.kind !== 'event') return;
      seen.add(candidate);
      if (attrs.mentions.every((m) => m.doc === doc)) return; // within a document, extraction already merged
      const sameType = attrs.eventType === event.eventType || (violent(attrs.eventType) && violent(event.eventType));
      if (!sameType) return;
      // ("X died", "X was hospitalized", "Y slammed X": other events about one person are the same
      // only if the same word names them)
      if (event.eventType === 'other' && actWord(attrs.summary ?? attrs.label) !== actWord(event.summary)) return;
      if (attrs.date && event.date && !datesAgree(attrs.date, event.date)) return;
      let score = 0;
      for (const q of participants) {
        const [r, n] = q.split(' ') as [string, string];
        const shared = graph.directedEdges(candidate, n).some((e) => graph.getEdgeAttribute(e, 'relation') === r)
          || graph.directedEdges(n, candidate).some((e) => graph.getEdgeAttribute(e, 'relation') === r);
        if (shared) score += r === 'occurred_in' ? 1 : 2;
      }
      if (attrs.date && event.date) score += 1;
      void relation;
      if (score >= 2 && score > bestScore) { bestScore = score; best = candidate; }
    });
  }
  return best;
}

/** Removes everything a document contributed: its mentions, its evidence, and what is left empty. */
export function removeDocument(graph: KgGraph, docId: string): void {
  graph.updateAttribute('documents', (docs) => (docs ?? []).filter((d) => d.id !== docId));
  graph.forEachEdge((edge, attrs) => {
    if (!attrs.evidence.some((e) => e.doc === docId)) return;
    const evidence = attrs.evidence.filter((e) => e.doc !== docId);
    if (evidence.length) graph.setEdgeAttribute(edge, 'evidence', evidence);
    else graph.dropEdge(edge);
  });
  graph.forEachNode((node, attrs) => {
    if (!attrs.mentions.some((m) => m.doc === docId)) return;
    const mentions = attrs.mentions.filter((m) => m.doc !== docId);
    if (mentions.length) graph.setNodeAttribute(node, 'mentions', mentions);
    else graph.dropNode(node);
  });
  NameIndex.forget(graph);
}

function mergeAliases(existing: readonly string[], added: readonly string[], label: string): string[] {
  const out = [...existing];
  for (const a of added) if (a !== label && !out.includes(a)) out.push(a);
  return out.filter((a) => a !== label);
}

const words = (name: string): number => name.trim().split(/\s+/).length;
const round = (x: number): number => Math.round(x * 100) / 100;
