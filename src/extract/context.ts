// What the relation and event rules read: for each sentence, which entity each token belongs to,
// whether it is inside a quotation, and who a pronoun most likely refers to.
import type { Sentence, TextSpan } from './types.js';
import { cityCountry, countryName, countryOfDemonym, isRegion, sexOfGivenName, subdivisionCountry } from './lexicon/gazetteer.js';
import { PERSON_TITLES, PLACE_KINDS, TITLE_MODIFIERS } from './lexicon/titles.js';
import type { Mention } from './mentions.js';
import type { Resolution } from './resolve.js';
import type { DescribedMention } from './descriptions.js';
import type { EntityKind } from '../model/contract.js';

export interface MentionRef {
  mention: number;
  entity: number;
  first: number;
  last: number;
}

export interface SentenceView {
  index: number;
  sentence: Sentence;
  /** Lower-cased token texts with typographic apostrophes made plain. */
  lower: string[];
  /** Token -> entity index, -1 where none. */
  entityAt: Int32Array;
  /** Entity mentions in token order. */
  mentions: MentionRef[];
  /** Token -> inside a quotation. */
  quoted: Uint8Array;
  /** Paragraph number: sentences after a blank line start a new one. */
  paragraph: number;
}

export interface DocumentContext {
  text: string;
  sentences: SentenceView[];
  mentions: readonly Mention[];
  resolution: Resolution;
  kindOf(entity: number): EntityKind;
  /**
   * The place entity of a country, created when the text names the country only by an adjective
   * ("Israeli jets"): the adjective becomes its mention.
   */
  countryEntity(country: string, mention: TextSpan & { text: string }): number;
}

/** `described`: descriptions that stand for a person ("the gunman"), read as mentions of them here only. */
export function buildContext(text: string, sentences: readonly Sentence[], names: readonly Mention[], resolution: Resolution,
  described: readonly DescribedMention[] = []): DocumentContext {
  const mentions = described.length ? [...names, ...described.map((d) => d.mention)] : names;
  const entityOf = (mi: number) => (mi < names.length ? resolution.entityOfMention.get(mi) : described[mi - names.length]!.entity);
  const views: SentenceView[] = sentences.map((sentence, index) => ({
    index,
    sentence,
    lower: sentence.tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'")),
    entityAt: new Int32Array(sentence.tokens.length).fill(-1),
    mentions: [],
    quoted: new Uint8Array(sentence.tokens.length),
    paragraph: 0,
  }));
  views.forEach((v, i) => {
    const prev = views[i - 1];
    v.paragraph = !prev ? 0 : prev.paragraph + (/\n[ \t\r]*\n/.test(text.slice(prev.sentence.end, v.sentence.start)) ? 1 : 0);
  });
  mentions.forEach((m, mi) => {
    const entity = entityOf(mi);
    if (entity === undefined) return;
    const view = views[m.sentence]!;
    if (mi >= names.length && view.entityAt[m.first]! >= 0) return;
    for (let t = m.first; t < m.last; t++) view.entityAt[t] = entity;
    view.mentions.push({ mention: mi, entity, first: m.first, last: m.last });
  });
  for (const v of views) v.mentions.sort((a, b) => a.first - b.first);
  markQuotes(text, views);
  return {
    text,
    sentences: views,
    mentions,
    resolution,
    kindOf: (e) => resolution.entities[e]!.kind,
    countryEntity(country, mention) {
      const entities = resolution.entities;
      let i = entities.findIndex((e) => e.kind === 'place' && countryName(e.label) === country);
      if (i < 0) {
        i = entities.length;
        entities.push({ id: `e${i + 1}`, kind: 'place', label: country, aliases: [], mentions: [], mentionIndices: [] });
      }
      const e = entities[i]!;
      if (!e.mentions.some((m) => m.start === mention.start)) {
        e.mentions.push({ start: mention.start, end: mention.end });
        e.mentions.sort((a, b) => a.start - b.start);
        if (mention.text !== e.label && !e.aliases.includes(mention.text)) e.aliases.push(mention.text);
      }
      return i;
    },
  };
}

/** Marks tokens between opening and closing quotation marks, across sentences of a paragraph. */
function markQuotes(text: string, views: SentenceView[]): void {
  let open = false;
  let lastEnd = -1;
  for (const v of views) {
    // A new paragraph (blank line before the sentence) closes an unbalanced quotation.
    if (lastEnd >= 0 && /\n[ \t\r]*\n/.test(text.slice(lastEnd, v.sentence.start))) open = false;
    v.sentence.tokens.forEach((t, i) => {
      const c = t.text;
      if (c === '“') { open = true; return; }
      if (c === '”') { open = false; return; }
      if (c === '"') { open = !open; return; }
      if (open) v.quoted[i] = 1;
    });
    lastEnd = v.sentence.end;
  }
}

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);

/**
 * The person a third-person pronoun at (sentence, token) most likely means: the latest person
 * mentioned before it in the paragraph, within three sentences (in an earlier sentence, its first),
 * whose given name does not say the other sex ("Macron met Merkel. She said" is Merkel).
 */
export function resolvePronoun(ctx: DocumentContext, sentence: number, token: number): number | undefined {
  const pronoun = ctx.sentences[sentence]!.lower[token]!;
  if (!PRONOUNS.has(pronoun)) return undefined;
  const other = /^(he|him|his)$/.test(pronoun) ? 'female' : 'male';
  const paragraph = ctx.sentences[sentence]!.paragraph;
  for (let s = sentence; s >= Math.max(0, sentence - 3) && ctx.sentences[s]!.paragraph === paragraph; s--) {
    const ms = ctx.sentences[s]!.mentions.filter((m) => (s < sentence || m.last <= token) && ctx.kindOf(m.entity) === 'person'
      && sexOf(ctx, m.entity) !== other);
    if (ms.length) return s === sentence ? ms[ms.length - 1]!.entity : ms[0]!.entity;
  }
  return undefined;
}

/** The sex a person's given name says, if it says one. */
function sexOf(ctx: DocumentContext, entity: number): 'male' | 'female' | undefined {
  const first = ctx.resolution.entities[entity]!.label.split(' ')[0]!;
  return sexOfGivenName(first);
}

/**
 * "the U.S. state of Alabama", "the U.S. border city of El Paso", "the Red Sea port town of
 * Mokha": the place a kind of place names after the mention m of a larger place, or undefined
 * ("the Idlib province of Syria" names Idlib, "the Mosul district of Nineveh" Mosul).
 */
export function placeNamedAfter(ctx: DocumentContext, view: SentenceView, m: MentionRef): MentionRef | undefined {
  let k = m.last;
  // (over a word before the kind: "border city", "port town")
  if (/^\p{Ll}+$/u.test(view.sentence.tokens[k]?.text ?? '') && view.lower[k + 1] !== 'of') k++;
  if (!PLACE_KINDS.has(view.lower[k] ?? '') || view.lower[k + 1] !== 'of') return undefined;
  const named = view.mentions.find((x) => x.first === k + 2);
  const rank = (x: MentionRef) => placeRank(ctx.resolution.entities[x.entity]!.label);
  return named && (countryName(ctx.resolution.entities[m.entity]!.label) || (ctx.kindOf(named.entity) === 'place' && rank(named) < 3 && (rank(named) <= rank(m) || rank(m) === 0))) ? named : undefined;
}

/** How large a place is, as far as the gazetteer knows: a country, a state or region, else a city or smaller. */
export function placeRank(label: string): number {
  if (countryName(label)) return 3;
  if (subdivisionCountry(label) || isRegion(label)) return 2;
  return cityCountry(label) ? 1 : 0;
}

/** The names listed from k: "(the) X", "X and Y", "X, Y, and the Z" (each the one `before` finds first, where it finds one). */
export function namesListedFrom(view: SentenceView, k: number, before?: (k: number) => MentionRef | undefined): MentionRef[] {
  const out: MentionRef[] = [];
  for (;;) {
    if (view.lower[k] === 'the') k++;
    // ("by the far-right Freedom Party": over a hyphened word of what the name is; "by Justice
    // Samuel Alito": over a person's title)
    if (/^\p{Ll}+-\p{Ll}+$/u.test(view.sentence.tokens[k]?.text ?? '') && view.entityAt[k + 1]! >= 0) k++;
    for (let n = 0; n < 3 && view.entityAt[k]! < 0 && PERSON_TITLES.has(view.lower[k] ?? '') && /^\p{Lu}/u.test(view.sentence.tokens[k]!.text); n++) k++;
    const m = before?.(k) ?? view.mentions.find((x) => x.first === k);
    if (!m) return out;
    out.push(m);
    k = m.last;
    if (view.lower[k] === ',' && view.lower[k + 1] === 'and') k += 2;
    else if (view.lower[k] === ',' || view.lower[k] === 'and') k++;
    else return out;
  }
}

/** The entities of the names coordinated before m, of its kind: "Woolworths and [Coles]" -> Woolworths. */
export function coordinated(ctx: DocumentContext, view: SentenceView, m: MentionRef): number[] {
  const out: number[] = [];
  for (;;) {
    // ("X and Russian President Vladimir Putin": over the person's title)
    let k = m.first - 1;
    if (ctx.kindOf(m.entity) === 'person') while (k > m.first - 5 && k >= 0 && view.entityAt[k]! < 0 && (PERSON_TITLES.has(view.lower[k]!) || TITLE_MODIFIERS.has(view.lower[k]!)
      || countryOfDemonym(view.sentence.tokens[k]!.text) !== undefined) && /^\p{Lu}/u.test(view.sentence.tokens[k]!.text)) k--;
    if (!/^(and|,)$/.test(view.lower[k] ?? '')) break;
    // ("China, Iran, and Russia": over a comma before "and" too)
    const gap = view.lower[k] === 'and' && view.lower[k - 1] === ',' ? 2 : 1;
    const before = view.mentions.find((x) => x.last === k + 1 - gap);
    if (!before || ctx.kindOf(before.entity) !== ctx.kindOf(m.entity)) break;
    out.push(before.entity);
    m = before;
  }
  return out;
}
