// Extraction for one document, stage by stage: text -> sentences and tokens -> mentions ->
// entities -> relations and events. Each stage is a pure function of the ones before.
import type { DocumentExtraction, ExtractedEvent, ExtractedRelation, TextSpan } from './types.js';
import type { Relation } from '../model/contract.js';
import { tokenize } from './tokenize.js';
import { findMentions } from './mentions.js';
import { resolveEntities } from './resolve.js';
import { buildContext, type DocumentContext } from './context.js';
import { describedPeople } from './descriptions.js';
import { findEntityRelations } from './relations.js';
import { findEvents, type EventCluster } from './events/coref.js';
import { ENTITY_TO_EVENT } from './events/frames.js';
import { COURT_VERBS, RESULT_VERBS, TRAVEL_VERBS } from './events/triggers.js';
import { loadTagger, type Tagger } from './ner/tagger.js';
import { parseHeader } from './document.js';

export interface ExtractOptions {
  /** The document's date (ISO), the anchor for relative dates; by default its `date` line's. */
  date?: string;
  /** Where the text to read starts; by default after the `date` line, if there is one. */
  bodyStart?: number;
  /** The entity tagger; the shipped model by default. */
  tagger?: Tagger;
}

export function extractDocument(text: string, options: ExtractOptions = {}): DocumentExtraction {
  const header = options.bodyStart === undefined ? parseHeader(text) : undefined;
  const date = options.date ?? header?.date;
  const sentences = tokenize(text, options.bodyStart ?? header!.bodyStart);
  const mentions = findMentions(text, sentences, options.tagger ?? loadTagger());
  const resolution = resolveEntities(text, sentences, mentions);
  const ctx = buildContext(text, sentences, mentions, resolution, describedPeople(text, sentences, mentions, resolution));

  const entityRelations = findEntityRelations(ctx);
  const within = containment(entityRelations.filter((r) => r.relation === 'located_in'));
  // who the sentence makes a member, head or citizen of what: no statement of theirs is about it
  const ties = new Set(entityRelations.filter((r) => /^(member_of|leads|citizen_of|part_of)$/.test(r.relation)).map((r) => `${r.source} ${r.target} ${r.sentence}`));
  const eventClusters = findEvents(ctx, date, within, ties);
  // after relations and events, which may add the countries named only by adjectives
  const entities = resolution.entities.map(({ mentionIndices: _, ...e }) => e);
  const sentenceSpan = (s: number): TextSpan => ({ start: sentences[s]!.start, end: sentences[s]!.end });
  const relations: ExtractedRelation[] = entityRelations.map((r) => ({
    source: entities[r.source]!.id,
    target: entities[r.target]!.id,
    relation: r.relation,
    label: r.label,
    evidence: [sentenceSpan(r.sentence)],
    confidence: r.confidence,
  }));

  const events: ExtractedEvent[] = [];
  eventClusters.forEach((cluster, n) => {
    const id = `v${n + 1}`;
    events.push({
      id,
      eventType: cluster.type,
      ...(cluster.date ? { date: cluster.date } : {}),
      summary: eventLabel(ctx, cluster),
      mentions: cluster.frames.map((f) => ({ start: f.start, end: f.end })),
    });
    for (const r of cluster.roles) {
      const entity = entities[r.entity]!.id;
      const outgoing = ENTITY_TO_EVENT.has(r.role);
      relations.push({
        source: outgoing ? entity : id,
        target: outgoing ? id : entity,
        relation: r.role as Relation,
        label: r.label,
        evidence: [sentenceSpan(r.sentence)],
        confidence: r.confidence,
      });
    }
  });
  // an event about another ("an investigation into the shooting"), both kept
  const idOf = new Map(eventClusters.map((c, n) => [c, `v${n + 1}`]));
  eventClusters.forEach((c, n) => {
    for (const { event, sentence } of c.about ?? []) {
      const target = idOf.get(event);
      if (target) relations.push({ source: `v${n + 1}`, target, relation: 'about', label: 'about', evidence: [sentenceSpan(sentence)], confidence: 0.55 });
    }
  });
  return { entities, events, relations: mergeEvidence(relations) };
}

const TYPE_NOUN: Partial<Record<string, string>> = {
  attack: 'attack', killing: 'killing', trial: 'trial', arrest: 'arrest', election: 'election', protest: 'protest',
  meeting: 'meeting', agreement: 'agreement', sanction: 'sanctions', conflict: 'conflict',
};

/** A short name for an event: its trigger and where, or on whom, it happened. */
function eventLabel(ctx: DocumentContext, c: EventCluster): string {
  const label = (role: string) => {
    const r = c.roles.find((x) => x.role === role);
    return r ? ctx.resolution.entities[r.entity]!.label : undefined;
  };
  if (c.type === 'statement') return `statement by ${label('said') ?? 'unknown speaker'}`;
  // (a court's ruling on an earlier trial by its verb: "overturned the convictions")
  const frame = c.frames.find((f) => f.aboutFrame && !f.noun && COURT_VERBS.has(f.trigger.toLowerCase())) ?? c.frames.find((f) => f.noun) ?? c.frames[0]!;
  // an act, in the words of its sentence: "GitHub blocked the public access to youtube-dl"
  // (one that happened to someone by whom it happened to: "Pedro Pierluisi appointed to the position by X")
  if (frame.byPhrase) return actionPhrase(ctx, frame);
  if (frame.action) return `${(frame.undergone ? label('about') : undefined) ?? label('carried_out') ?? label('ordered') ?? label('about')} ${actionPhrase(ctx, frame)}`;
  // a verb names the event by its type's noun: "sentenced" -> "trial", "killed" -> "killing"
  const verb = frame.trigger.toLowerCase();
  const trigger = frame.noun ? verb : COURT_VERBS.has(verb) ? 'ruling' : RESULT_VERBS.has(verb) ? 'game' : TRAVEL_VERBS.has(verb) || /^visit/.test(verb) ? 'visit' : TYPE_NOUN[c.type] ?? verb;
  const place = label('occurred_in');
  const target = label('targeted');
  const victim = label('killed');
  if (place) return `${trigger} ${/\b(Airport|Embassy|Base|Camp|Stadium|Hospital|Square|Bridge|Prison|Palace|Complex|Tower|Building|Headquarters)$/.test(place) ? 'at' : 'in'} ${place}`;
  if (target) return `${trigger} on ${target}`;
  if (victim) return trigger === 'killing' ? `killing of ${victim}` : `${trigger} that killed ${victim}`;
  const about = label('about');
  if (about) return `${trigger} ${trigger === 'ruling' ? 'on' : 'of'} ${about}`;
  const agent = label('carried_out');
  return agent ? `${trigger} by ${agent}` : trigger;
}

/** The verb of an act and what follows it, to the end of its phrase (six words at most). */
function actionPhrase(ctx: DocumentContext, frame: EventCluster['frames'][number]): string {
  const view = ctx.sentences[frame.sentence]!;
  let end = frame.last;
  while (end < view.lower.length && end < frame.last + 6 && !/^[.,;:!?()“”"—–-]$|^(and|but|which|who|that|after|before|when|while|because|as|since|if)$/.test(view.lower[end]!)) end++;
  // not in the middle of a name ("... a state of emergency in New York")
  const cut = view.mentions.find((m) => m.first < end && end < m.last);
  if (cut) end = cut.last;
  return ctx.text.slice(view.sentence.tokens[frame.first]!.start, view.sentence.tokens[end - 1]!.end);
}

/** One edge per (source, relation, target), its evidence the union of the sentences that support it. */
function mergeEvidence(relations: ExtractedRelation[]): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    const key = `${r.source} ${r.relation} ${r.target}`;
    const known = byKey.get(key);
    if (!known) { byKey.set(key, { ...r, evidence: [...r.evidence] }); continue; }
    for (const e of r.evidence) if (!known.evidence.some((k) => k.start === e.start)) known.evidence.push(e);
    known.confidence = Math.min(0.95, Math.max(known.confidence, r.confidence) + 0.05);
  }
  return [...byKey.values()];
}

/** Which place lies in which, over chains ("the airport in Windsor Locks, Connecticut": the airport is in Connecticut), as "inner outer". */
function containment(located: readonly { source: number; target: number }[]): Set<string> {
  const outer = new Map<number, number[]>();
  for (const r of located) (outer.get(r.source) ?? outer.set(r.source, []).get(r.source)!).push(r.target);
  const pairs = new Set<string>();
  for (const start of outer.keys()) {
    const seen = new Set<number>([start]);
    for (let frontier = [start]; frontier.length;) {
      frontier = frontier.flatMap((x) => outer.get(x) ?? []).filter((y) => !seen.has(y) && seen.add(y));
      for (const y of frontier) pairs.add(`${start} ${y}`);
    }
  }
  return pairs;
}
