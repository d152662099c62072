// Event mentions in one sentence and the roles the sentence gives them. A frame is one mention of
// an event: its trigger ("airstrike", "killed"), type, date, and who or what did, ordered,
// suffered or reported it. Frames are merged into events afterwards (coref.ts).
import type { EventType, Relation } from '../../model/contract.js';
import type { DocumentContext, MentionRef, SentenceView } from '../context.js';
import { coordinated, namesListedFrom, placeNamedAfter, resolvePronoun } from '../context.js';
import { countryName, countryOfDemonym, isKnownPlace, subdivisionCountry } from '../lexicon/gazetteer.js';
import { isMedium } from '../lexicon/known-groups.js';
import { KIN_NOUNS, PERSON_TITLES, PLACE_KINDS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import {
  AGENT_NOUNS, CONDUCT_VERBS, COURT_VERBS, DISASTER_NOUNS, DISASTER_VERBS, EVENT_NOUNS, EVENT_VERBS, KILL_PHRASALS, ORDER_VERBS, PHYSICAL_NOUNS, PLEA_VERBS, REPORT_VERBS,
  RESULT_VERBS, ROLE_VERBS, SAY_VERBS, TRAVEL_VERBS, WIN_VERBS, namesNoEvent,
} from './triggers.js';
import { wordsOf } from '../tokenize.js';

export type Role = 'carried_out' | 'ordered' | 'leads' | 'killed' | 'injured' | 'targeted' | 'occurred_in' | 'reported' | 'said' | 'about';

/** Roles whose edge points from the entity to the event. */
/** Participles that put the doer of an event after "by": "an attack conducted by X". */
const PERPETRATED = /^(conducted|carried|claimed|launched|staged|perpetrated|committed|mounted|executed|orchestrated|organised|organized|led)$/;

export const ENTITY_TO_EVENT: ReadonlySet<Role> = new Set(['carried_out', 'ordered', 'leads', 'reported', 'said']);

export interface RoleFiller {
  role: Role;
  entity: number;
  label: string;
  sentence: number;
  confidence: number;
}

export interface Frame {
  type: EventType;
  sentence: number;
  /** Trigger token range in the sentence. */
  first: number;
  last: number;
  start: number;
  end: number;
  trigger: string;
  /** "the strike" (refers back), "a strike" (a new one), "strikes" (either). */
  reference: 'definite' | 'indefinite' | 'bare';
  noun: boolean;
  date?: string;
  roles: RoleFiller[];
  /** For statements: the speaker entity; one statement event per speaker and document. */
  speaker?: number;
  /** Index of a frame this one is part of ("attacks ..., including the attack on December 27"). */
  partOf?: number;
  /** The frame of another event this one is about: "an investigation into the shooting". */
  aboutFrame?: Frame;
  /** An act named by any verb ("Woolworths lowered its limit"): an event of its own, never the same as another. */
  action?: boolean;
  /** An act that happened to the one it is about ("X was sworn in"), who names it. */
  undergone?: boolean;
  /** An act named with its doer after "by" ("the restriction introduced by X"): its phrase names it whole. */
  byPhrase?: boolean;
  /** "the second debate": which of a series it is; another ordinal is another event. */
  ordinal?: string;
}

const ORDINALS = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th)$/;
const DEFINITE = /^(the|this|that|these|those|its|their|his|her|our|last|latest|recent|same|such)$/;
const INDEFINITE = /^(a|an|another|one|new|two|three|several|many|some|further|more)$/;
const VERB_CONTEXT = /^(to|will|would|could|can|may|might|should|must|did|does|do|not|never|he|she|they|we|i|you|who|which)$/;
const BE = /^(was|were|been|be|being)$/;
/** Words before "charges" that make them a prosecution's: "murder charges", "filed charges". */
const CHARGED = /^(criminal|murder|fraud|corruption|terrorism|terror|federal|felony|manslaughter|assault|drug|bribery|faces|face|faced|facing|filed|brought|pressed|dropped|new|the|two|three|several|multiple)$/;
/** "the ruling party", "the ruling Democratic Rally": who rules, not a court's ruling. */
const RULERS = /^(party|parties|coalition|government|junta|class|elite|family|dynasty|military|council|regime|bloc)$/;
/** Participles that tell what an event did: "..., killing seven", "..., injuring two". */
const CONSEQUENCE = /^(killing|injuring|wounding)$/;
/** Where the auxiliary of the participle at i would stand, past adverbs: "was [later] arrested". */
const auxiliaryBefore = (w: readonly string[], i: number): number => {
  let k = i - 1;
  while (k > 0 && (ADVERBS.test(w[k]!) || MANNER.test(w[k]!)) && !BE.test(w[k]!)) k--;
  return k;
};
/** Adverbs that stand between an auxiliary and its participle ("was first elected", "was subsequently
 * arrested") but would wrongly join a subject to a verb elsewhere, so they serve passives only. */
const MANNER = /^(first|subsequently|eventually|finally|initially|originally|previously|formally|officially|narrowly|unanimously|overwhelmingly|successfully|twice|already|just|soon|briefly|quickly|immediately)$/;
const ADVERBS = /^(reportedly|allegedly|also|then|later|had|has|have|was|were|is|are|been|apparently|repeatedly|again|once|recently|dramatically|actively|would|will|could|should|might|must|can|did|does|not|never)$/;
const OBJECT_SKIP = /^(the|a|an|top|senior|former|iraqi|iranian|paramilitary|commander|general|leader|chief|president|his|her|their|its|of|and|also|at|least|more|than|several|other|two|three|man|woman|boy|girl|named|called|counterparts?)$/;
/** Words of a time phrase between an event noun and its verb: "a fire yesterday afternoon killed". */
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)$/;
const TIME_WORDS = /^(yesterday|today|tonight|last|early|late|this|morning|afternoon|evening|night|overnight)$/;
/** Nouns for a person after where they are from: "Ohio man", "Paris resident". */
const PEOPLE_NOUN = /^(man|woman|men|women|boy|girl|teen|teenager|resident|residents|native|student)$/;
/** Where the voters before i are: "Voters in Ireland", "Irish voters", "Voters across the United States". */
function votersPlace(ctx: DocumentContext, view: SentenceView, f: Frame, i: number): void {
  const k = view.lower.lastIndexOf('voters', i);
  if (k < 0) return;
  const tokens = view.sentence.tokens;
  const before = countryOfDemonym(tokens[k - 1]?.text ?? '');
  const m = /^(in|across|from)$/.test(view.lower[k + 1] ?? '') ? mentionAfter(view, k + 2) : undefined;
  if (m && ctx.kindOf(m.entity) === 'place') f.roles.push({ role: 'occurred_in', entity: m.entity, label: `voters ${view.lower[k + 1]}`, sentence: view.index, confidence: 0.6 });
  else if (before) f.roles.push({ role: 'occurred_in', entity: ctx.countryEntity(before, tokens[k - 1]!), label: `${tokens[k - 1]!.text} voters`, sentence: view.index, confidence: 0.6 });
}

/** Whether the words before i tell a court appearance: "appeared in court", "appeared before a judge". */
function appearedInCourt(w: readonly string[], i: number): boolean {
  const k = w.lastIndexOf('appeared', i);
  return k >= 0 && /^(in|before|at)$/.test(w[k + 1] ?? '') && w.slice(k + 1, i).some((x) => /^(court|judge|magistrates?|tribunal)$/.test(x));
}

/** Nouns of what people do: "photojournalist", "reporter", "activist", "lawyer". */
const OCCUPATION = /^\p{Ll}+(ist|er|or|ian|ant|ent)$/u;

/** The first words of the phrasal verbs of killing: only after one is the pair worth looking up. */
const KILL_PHRASAL_VERBS: ReadonlySet<string> = new Set([...KILL_PHRASALS].map((p) => p.split(' ')[0]!));

/** Whether a phrasal verb of killing starts at i: "took out", "shot dead". */
function killPhrasalAt(w: readonly string[], i: number): boolean {
  return KILL_PHRASAL_VERBS.has(w[i]!) && KILL_PHRASALS.has(`${w[i]} ${w[i + 1] ?? ''}`);
}

const ATTACK_PHRASAL_STARTS = /^(open|opens|opened|opening|blew|blows|blow|launch|launches|launched|launching|fire|fires|fired|firing)$/;

/**
 * "fired rockets at", "launched missiles at", "opened fire on", "blew himself up": an attack
 * told by a verb and its object; how many words from i it spans, or 0.
 */
function attackPhrasalAt(w: readonly string[], i: number): number {
  const word = w[i]!;
  // (asked of every word: most begin no such phrase)
  if (!ATTACK_PHRASAL_STARTS.test(word)) return 0;
  if (/^(open|opens|opened|opening)$/.test(word)) return w[i + 1] === 'fire' ? 2 : 0;
  if (/^(blew|blows|blow)$/.test(word)) return /^(himself|herself|themselves)$/.test(w[i + 1] ?? '') && w[i + 2] === 'up' ? 3 : 0;
  // ("launched missiles at Kyiv": at a target; "launched a rocket carrying a satellite" is no attack)
  const launched = /^launch/.test(word);
  let k = i + 1;
  while (k < i + 4 && /^(\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|more|at|least|of|ballistic|cruise|guided|anti-tank|mortar|artillery|rubber|live|tear|warning)$/.test(w[k] ?? '')) k++;
  if (!/^(rockets?|missiles?|shells?|mortars?|shots|bullets|rounds|projectiles|grenades|gas|drones)$/.test(w[k] ?? '')) return 0;
  return !launched || /^(at|on|into|toward|towards|against)$/.test(w[k + 1] ?? '') ? k + 1 - i : 0;
}

/** Finds the frames of one sentence. `frames` is the document's list so far (for "including" links). */
export function sentenceFrames(ctx: DocumentContext, view: SentenceView, frames: Frame[]): Frame[] {
  const out: Frame[] = [];
  // roles a verb hands to the event noun after it, by the noun's token ("killed in a drone strike")
  const handed = new Map<number, RoleFiller[]>();
  const w = view.lower;
  const tokens = view.sentence.tokens;
  const role = (frame: Frame, r: Role, entity: number | undefined, label: string, confidence: number) => {
    if (entity === undefined) return;
    if (!frame.roles.some((x) => x.role === r && x.entity === entity)) frame.roles.push({ role: r, entity, label, sentence: view.index, confidence });
  };
  const make = (type: EventType, first: number, last: number, noun: boolean): Frame => {
    let k = first - 1;
    while (k >= 0 && view.entityAt[k]! < 0 && !DEFINITE.test(w[k]!) && !INDEFINITE.test(w[k]!) && /^\p{Ll}/u.test(tokens[k]!.text) && k > first - 4) k--;
    const reference = k >= 0 && (DEFINITE.test(w[k]!) || w[k - 1] === 'the') ? 'definite' : k >= 0 && INDEFINITE.test(w[k]!) ? 'indefinite' : 'bare';
    const frame: Frame = {
      type, sentence: view.index, first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end,
      trigger: ctx.text.slice(tokens[first]!.start, tokens[last - 1]!.end), reference, noun, roles: [],
    };
    const ordinal = noun ? w.slice(k + 1, first).find((x) => ORDINALS.test(x)) : undefined;
    if (ordinal) frame.ordinal = ordinal;
    out.push(frame);
    return frame;
  };
  const scope: Scope = { ctx, view, make, role };
  // (a headline: the first line, a paragraph of its own, without a full stop)
  const headline = view.index === 0 && ctx.sentences.length > 1 && ctx.sentences[1]!.paragraph > 0 && w[w.length - 1] !== '.';
  const sufferers: { at: number; entity: number; label: string; role: Role }[] = [];

  for (let i = 0; i < w.length; i++) {
    if (view.entityAt[i]! >= 0) continue;
    const word = w[i]!;
    const killPhrasal = killPhrasalAt(w, i);
    const attackPhrasal = killPhrasal ? 0 : attackPhrasalAt(w, i);
    // "Storm Lorenzo": a capitalised word before a name is part of the name, not a verb
    if (view.entityAt[i + 1]! >= 0 && /^\p{Lu}/u.test(tokens[i]!.text) && EVENT_VERBS.has(word) && !EVENT_NOUNS.has(word)) continue;
    if (monthName(view, i)) continue;
    // "Voters in Ireland went to the polls", "Irish voters head to the polls": an election, where the voters are
    if (/^(went|go|goes|going|head|heads|headed|heading|flocked)$/.test(word) && w[i + 1] === 'to' && w[i + 2] === 'the' && w[i + 3] === 'polls') {
      const f = make('election', i, i + 4, false);
      votersPlace(ctx, view, f, i);
      if (!f.roles.length) placeAfter(ctx, view, f, i + 4);
      i += 3;
      continue;
    }
    const eventNoun = EVENT_NOUNS.get(word);
    // ("fire safety", "search engine", "a clinical trial": not a fire, no search, not a court's trial)
    const nounType = eventNoun && (namesNoEvent(w, i, tokens)
      || (word === 'ruling' && (/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') || RULERS.test(w[i + 1] ?? '')))
      // ("carbon monoxide poisoning", "food poisoning": no attack; "the poisoning of X", "X's poisoning" is one)
      || (word === 'poisoning' && w[i + 1] !== 'of' && w[i - 1] !== "'s")
      // ("Star Wars", "The Clone Wars": a title's capitalised word, where no place the gazetteer
      // knows or people name the war; "Star" read as a place names none)
      || (/^Wars?$/.test(tokens[i]!.text) && i > 0 && /^\p{Lu}/u.test(tokens[i - 1]!.text) && !(view.entityAt[i - 1]! >= 0 && ctx.kindOf(view.entityAt[i - 1]!) === 'place' && isKnownPlace(ctx.resolution.entities[view.entityAt[i - 1]!]!.label)) && !countryOfDemonym(tokens[i - 1]!.text))
      // ("charges against X", "murder charges": a prosecution's; not "in charge of", "service charges")
      || ((word === 'charge' || word === 'charges') && (w[i - 1] === 'in' || !(/^(against|of|over)$/.test(w[i + 1] ?? '') || CHARGED.test(w[i - 1] ?? ''))))) ? undefined : eventNoun;
    // ("was the target of", "a shot"): after an article the word is a noun; so is one before a
    // verb of what events do ("Mokha, Yemen bomb kills photojournalist")
    // (not a past tense: "jets struck targets in Gaza")
    const aNoun = /^(the|a|an)$/.test(w[i - 1] ?? '') || (ROLE_VERBS.has(w[i + 1] ?? '') && /s$/.test(w[i + 1]!) && !/(ed|^struck|^shot)$/.test(word));
    // ("signed a decree", "signed the bill into law": an act, not an agreement)
    const signsRule = EVENT_VERBS.get(word) === 'agreement' && w.slice(i + 1, i + 5).some((x) => SIGNED_RULES.test(x));
    // ("signed a deal with the Commission": the deal is the agreement, and the subject its side)
    const signsDeal = EVENT_VERBS.get(word) === 'agreement' && EVENT_NOUNS.get(w[eventNounAfter(view, i + 1) ?? -1] ?? '') === 'agreement';
    const verbType = killPhrasal ? 'killing' : attackPhrasal ? 'attack' : aNoun || signsRule || signsDeal ? undefined : EVENT_VERBS.get(word);
    // (read only where a rule asks: most words trigger nothing)
    const subjects = once(() => subjectsOf(ctx, view, out, i));
    // ("X surrendered to police", "X was taken into custody": where the phrase ends, and who gave up)
    const custody = once(() => {
      const end = custodyEnd(w, i);
      const who = end > i ? subjectBefore(ctx, view, word === 'taken' ? auxiliaryBefore(w, i) : i) : undefined;
      return who === undefined ? undefined : { end, who };
    });
    // ("Judge X found Toledo, 76, guilty")
    const verdict = once(() => (word === 'found' ? foundGuilty(ctx, view, i) : undefined));
    const subject = () => subjects().subject;
    const eventSubject = () => subjects().eventSubject;

    // "requested President Trump declare a state of emergency": what is asked of someone is not done or said
    if ((SAY_VERBS.has(word) || DECLARE.has(word)) && subject() !== undefined && askedBefore(view, i)) continue;
    // "X declared a state of emergency", "declared tomorrow a day of mourning": an act, not words
    // ("the House confirmed him": confirming a person is an act too)
    const performs = (DECLARED.has(word) && w.slice(i + 1, i + 5).some((x) => DECLARABLE.test(x)))
      || (word === 'confirmed' && (/^(him|her|them)$/.test(w[i + 1] ?? '') || (view.entityAt[i + 1]! >= 0 && ctx.kindOf(view.entityAt[i + 1]!) === 'person')));
    // (a state declares its emergencies: "Louisiana declares state of emergency")
    const doer = performs ? subject() : undefined;
    if (doer !== undefined && (agentKind(ctx, doer) || subdivisionCountry(ctx.resolution.entities[doer]!.label)) && namedBefore(ctx, view, i)) {
      action(scope, i, doer);
      continue;
    }
    // Statements and reports: "X said", "X reported", and after a quote ", said X".
    // ("the attack was claimed by X": not words nor a death toll, but who did it, below)
    const claimedBy = word === 'claimed' && w[i + 1] === 'by';
    // ("Facebook released a statement", "the ministry issued a statement": words, not an act)
    const statesBy = /^(released|issued|published|releases|issues|publishes)$/.test(word) && /^(a|an|the)$/.test(w[i + 1] ?? '') && /^statements?$/.test(w[i + 2] ?? '');
    if ((SAY_VERBS.has(word) && w[i + 1] !== 'responsibility' && !claimedBy) || REPORT_VERBS.has(word) || (word === 'continued' && w[i - 1] === '”') || statesBy) {
      statement(scope, i, subject());
      continue;
    }

    // "Hundreds of protesters gathered outside parliament in Nairobi": a protest where they gathered
    if (/^(gathered|assembled|massed|converged)$/.test(word) && /^(protesters|demonstrators)$/.test(w[i - 1] ?? '')) {
      const f = make('protest', i, i + 1, false);
      placeAfter(ctx, view, f, i + 1);
      if (!f.roles.length) out.pop();
      continue;
    }

    // Verbs that say who ordered, did or underwent an event ("ordered the strike", "won the caucuses")
    const next = firstApplying(scope, i, subject);
    if (next !== undefined) {
      i = next;
      continue;
    }

    // "An apartment building collapsed in Magnitogorsk": a disaster that no one carried out
    if (DISASTER_VERBS.has(word) && !nounType && PHYSICAL_NOUNS.has(w[wordBeforeAside(w, i)] ?? '')) {
      const f = make('other', i, i + 1, false);
      placeAfter(ctx, view, f, i + 1);
      continue;
    }

    // Roles of an event named just before: "the strike that killed X", "strikes targeting Y".
    const roleVerb = claimedBy ? undefined : ROLE_VERBS.get(word) ?? (killPhrasal ? 'killed' : undefined);
    if (roleVerb && eventSubject()) {
      victims(ctx, view, eventSubject()!, i + (killPhrasal ? 2 : 1), roleVerb);
      continue;
    }
    // "Maria Lopez was wounded in the blast": the event named after the passive did it to her
    if (roleVerb === 'injured' && BE.test(w[auxiliaryBefore(w, i)] ?? '') && /^(in|during)$/.test(w[i + 1] ?? '')) {
      const victim = subjectBefore(ctx, view, auxiliaryBefore(w, i));
      const at = /^(the|a|an)$/.test(w[i + 2] ?? '') ? i + 3 : i + 2;
      const m = view.mentions.find((x) => x.entity === victim && x.last <= i);
      if (m && EVENT_NOUNS.has(w[at] ?? '')) for (const entity of [m.entity, ...coordinated(ctx, view, m)]) sufferers.push({ at, entity, label: tokens[i]!.text, role: 'injured' });
    }
    // "Guam was hit by a typhoon", "the base was struck by a drone strike": the event named after "by" hit the subject
    // (a place, where a disaster happened)
    if (roleVerb === 'targeted' && BE.test(w[auxiliaryBefore(w, i)] ?? '') && w[i + 1] === 'by') {
      let at = i + 2;
      while (at < i + 6 && !EVENT_NOUNS.has(w[at] ?? '') && (/^(the|a|an|another|second|powerful|strong|massive|deadly|magnitude|tropical)$/.test(w[at] ?? '') || /^\d/.test(w[at] ?? '') || (view.entityAt[at]! < 0 && /^\p{Lu}/u.test(tokens[at]?.text ?? '')))) at++;
      const m = view.mentions.find((x) => x.entity === subjectBefore(ctx, view, auxiliaryBefore(w, i)) && x.last <= i);
      if (m && EVENT_NOUNS.has(w[at] ?? '')) {
        for (const entity of [m.entity, ...coordinated(ctx, view, m)]) sufferers.push({ at, entity, label: `${tokens[i]!.text} by`, role: ctx.kindOf(entity) === 'place' ? 'occurred_in' : 'targeted' });
        continue;
      }
    }

    // Passive doing: "the strikes were carried out by X", "investigations have been launched by X and Y"
    const by = word === 'carried' && w[i + 1] === 'out' ? i + 2 : i + 1;
    if (DONE_BY.test(word) && w[by] === 'by' && BE.test(w[auxiliaryBefore(w, i)] ?? '') && eventSubject()) {
      const label = wordsOf(tokens, i, by + 1);
      for (const m of namesListedFrom(view, by + 1)) if (agentKind(ctx, m.entity)) role(eventSubject()!, 'carried_out', m.entity, label, 0.75);
      continue;
    }
    // ("the caucuses were won by X": the winner is what the election decided)
    if (word === 'won' && w[i + 1] === 'by' && BE.test(w[auxiliaryBefore(w, i)] ?? '') && eventSubject()?.type === 'election') {
      for (const m of namesListedFrom(view, i + 2)) if (ctx.kindOf(m.entity) !== 'place') role(eventSubject()!, 'about', m.entity, 'won by', 0.7);
      continue;
    }
    // Passive ordering: "a strike that was authorized by X".
    const order = ORDER_VERBS.get(word);
    if (order && w[i + 1] === 'by' && eventSubject()) {
      const by = mentionAt(view, i + 2);
      if (by) role(eventSubject()!, order, by.entity, `${tokens[i]!.text} by`, 0.8);
      continue;
    }

    // "the United States sanctions" (a noun after a name) vs "the United States sanctions Iran" (a verb)
    const verbWithObject = () => verbType !== undefined && subject() !== undefined && objectNamed(view, i + 1);
    if (nounType && !VERB_CONTEXT.test(w[i - 1] ?? '') && !verbWithObject()) {
      // "a primary election": two event nouns of one type name one event
      const before = out[out.length - 1];
      if (before && before.noun && before.sentence === view.index && before.last === i && before.type === nounType) {
        before.last = i + 1;
        before.end = tokens[i]!.end;
        before.trigger = ctx.text.slice(before.start, before.end);
        continue;
      }
      // Noun trigger: "airstrikes", "the assault", "Air strikes" (with its modifier).
      let first = i;
      if (i > 0 && /^(air|drone|missile|rocket|suicide|car|terror|terrorist|military)$/.test(w[i - 1]!)) first = i - 1;
      const f = make(nounType, first, i + 1, true);
      nounRoles(ctx, view, f, i);
      for (const r of handed.get(i) ?? []) role(f, r.role, r.entity, r.label, r.confidence);
      // (a death is an event as the death of someone named: "his cause of death", "in death" are none)
      if (word === 'death' && !f.roles.some((r) => r.role === 'about' && ctx.kindOf(r.entity) === 'person')) { out.pop(); continue; }
      const parent = includingParent(view, first, out.slice(0, -1), frames);
      if (parent !== undefined) f.partOf = parent;
      continue;
    }

    if (verbType) {
      // (a value here: a clause after a comma may give the verb another subject below)
      let subject = subjects().subject;
      // "X attacked Y", "the United States took out Y", "an American drone targeted a convoy".
      // "U.S. troops killed in Iraq" is passive: a participle followed by a preposition
      // ("journalist X shot dead in Aden": after a phrasal verb's particle)
      const last = killPhrasal ? i + 2 : i + (attackPhrasal || 1);
      // (but "X and Y met in Sochi" is no passive)
      // ("Navalny poisoned with Novichok": a person is seldom the doer of an act "with" something)
      // (a phrase that holds its object, "fired rockets at", is active)
      const reduced = verbType !== 'meeting' && !attackPhrasal && (/^(in|by|during|at|from|since|while|on|near|as)$/.test(w[last] ?? '')
        || (w[last] === 'with' && (verbType === 'attack' || verbType === 'killing') && word.endsWith('ed') && subject !== undefined && ctx.kindOf(subject) === 'person')
        // ("Nancy Pelosi elected Speaker": a headline's office after a person, who is elected)
        || (/^(re-)?elected$/.test(word) && PERSON_TITLES.has(w[last] ?? '') && subject !== undefined && ctx.kindOf(subject) === 'person'));
      // "X appeared in court on Friday, charged with murder": what the clause's one person underwent
      // ("X appeared in court in Leeds on Friday charged with murder": without the comma too, after a court appearance)
      const afterClause = (w[i - 1] === ',' || (/^(charged|accused)$/.test(word) && appearedInCourt(w, i))) && (verbType === 'trial' || verbType === 'arrest') && /^(with|of|for|over|to)$/.test(w[i + 1] ?? '');
      if (afterClause) {
        const people = new Set(view.mentions.filter((x) => x.last < i && ctx.kindOf(x.entity) === 'person').map((x) => x.entity));
        subject = people.size === 1 ? [...people][0] : undefined;
      }
      // ("was visiting" is no passive)
      // ("X is charged with murder": a present passive)
      const passive = ((BE.test(w[auxiliaryBefore(w, i)] ?? '') || /^(is|are)$/.test(w[i - 1] ?? '')) && !word.endsWith('ing')) || reduced || afterClause;
      // "the decision was met with protests": no meeting
      if (passive && verbType === 'meeting' && w[i + 1] === 'with') continue;
      // "Biden attacked Trump for the comment": words against a person, no attack
      const object = !passive && /^attack/.test(word) ? view.mentions.find((x) => x.first === last) : undefined;
      if (object && ctx.kindOf(object.entity) === 'person' && /^(for|over)$/.test(w[object.last] ?? '')) continue;
      const agent = passive ? undefined : (subject !== undefined && agentKind(ctx, subject) ? subject : undefined) ?? demonymAgent(ctx, view, i);
      // "Police arrested X", "A judge convicted X": no named agent, but a named object
      if (agent === undefined && !passive && !objectNamed(view, last)) {
        // ("A gunman killed 10 people at a dance studio in Monterey Park": an attack by someone
        // unnamed on people uncounted by name, told by where it happened)
        // ("Thousands of people marched through central Vienna": a protest by people unnamed too)
        // ("Protesters clashed with police in Hong Kong": a clash of sides unnamed)
        if (((verbType === 'killing' || verbType === 'attack' || verbType === 'conflict') && (AGENT_NOUNS.has(w[i - 1] ?? '') || ASSAILANTS.test(w[i - 1] ?? '')))
          || ((verbType === 'protest' || verbType === 'conflict') && PROTESTERS.test(w[i - 1] ?? ''))) {
          const f = make(verbType, i, last, false);
          placeAfter(ctx, view, f, last);
          if (f.roles.length) i = last - 1;
          else out.pop();
        }
        continue;
      }
      const f = make(verbType, i, last, false);
      if (passive) {
        // ("X was subsequently arrested in Y": the subject before the auxiliary, past a passive's adverb)
        const aux = auxiliaryBefore(w, i);
        const victim = reduced || afterClause ? subject ?? (BE.test(w[aux] ?? '') && aux < i - 1 ? subjectBefore(ctx, view, aux + 1) : undefined) : subjectBefore(ctx, view, i - 1);
        if (victim !== undefined) role(f, undergoer(verbType), victim, tokens[i]!.text, 0.7);
        // ("was nominated to the Supreme Court in 1975 by President Gerald Ford": past the phrases between)
        let k = last;
        while (k < last + 8 && k < w.length && w[k] !== 'by' && !/^[,.;:“”"()]$|^(and|but|while|after|before|when|who|which|that|had|has|have|been|was|were|is|are)$|..ed$/.test(w[k]!)) k++;
        const by = w[k] === 'by' ? mentionAt(view, k + 1) : undefined;
        if (by && (k === last || ctx.kindOf(by.entity) !== 'place')) role(f, 'carried_out', by.entity, `${tokens[i]!.text} by`, k === last ? 0.75 : 0.65);
      } else {
        role(f, 'carried_out', agent, tokens[i]!.text, subject !== undefined ? 0.75 : 0.6);
        // only an attack targets what it acts on; an election or a trial is about it; who is met meets too
        // ("met on Monday with X": whom one met, past when)
        victims(ctx, view, f, verbType === 'meeting' ? pastTimePhrase(w, last) : last, undergoer(verbType));
      }
      // ("Two people were killed in a shooting in Chicago": no one named died in the event the noun
      // after tells, which is the one event; "X was killed in a US drone strike in Kabul": who died,
      // died in it)
      // (over a name that modifies the noun, "a US drone strike", not past another phrase, "in Baghdad in a strike")
      const named = f.roles.length > 0 && verbType === 'killing';
      const told = passive && /^(in|during)$/.test(w[last] ?? '') ? eventNounAfter(view, last + 1, named) : undefined;
      if (told !== undefined && !w.slice(last + 1, told).some((x) => /^(in|at|on|near|of|by|during|after|before|from|with|and|,)$/.test(x))
        && (!f.roles.length || named)) {
        out.pop();
        if (f.roles.length) handed.set(told, f.roles);
        continue;
      }
      placeAfter(ctx, view, f, last);
      i = last - 1;
    } else if (custody()) {
      // "X surrendered to police", "X turned himself in", "X was taken into custody": X's arrest
      const { end, who } = custody()!;
      if (ctx.kindOf(who) === 'person') {
        const f = make('arrest', i, end, false);
        role(f, 'about', who, f.trigger, 0.6);
        placeAfter(ctx, view, f, f.last);
        i = f.last - 1;
      }
    } else if (INVESTIGATES.test(word) && subject() !== undefined && agentKind(ctx, subject()!)) {
      // "The FBI investigated the shooting": an inquiry by the subject (about the event named after
      // it, see eventsAbout), not the shooting's act
      role(make('other', i, i + 1, false), 'carried_out', subject(), tokens[i]!.text, 0.65);
    } else if (!nounType && isActionVerb(view, i, headline) && !(headline && peopleOfPlace(ctx, view, i)) && subject() !== undefined && agentKind(ctx, subject()!) && namedBefore(ctx, view, i)) {
      action(scope, i, subject()!);
    } else if (!nounType && reducedPassive(view, i)) {
      // "the restriction introduced by Woolworths and Coles", "a lawsuit filed by Texas": an act,
      // or the event the noun names, by who is named after "by"
      // (a state files suits and imposes rules too)
      const doers = namesListedFrom(view, i + 2).filter((m) => agentKind(ctx, m.entity) || subdivisionCountry(ctx.resolution.entities[m.entity]!.label));
      const before = out[out.length - 1];
      const named = before?.noun && before.last === i && before.type !== 'statement' ? before : undefined;
      if (doers.length && (named || ACTS_BY.test(word))) {
        const f = named ?? make('other', i - 1, i + 1, false);
        if (!named) { f.action = true; f.byPhrase = true; }
        for (const m of doers) role(f, 'carried_out', m.entity, `${tokens[i]!.text} by`, 0.45);
        if (!named) placeAfter(ctx, view, f, i + 2);
      }
    } else if (!nounType && !UNDERGONE.test(word) && fullPassive(view, i)) {
      // "Acme was acquired by Beta", "the firm was fined by the EU": an act by who is named after
      // "by", on the subject
      const doers = namesListedFrom(view, i + 2).filter((m) => agentKind(ctx, m.entity));
      const undergoer = subjectBefore(ctx, view, auxiliaryBefore(w, i));
      if (doers.length && undergoer !== undefined && ctx.kindOf(undergoer) !== 'place') {
        const f = make('other', i, i + 1, false);
        f.action = true;
        // (named by what underwent it: "Acme acquired by Beta")
        f.undergone = true;
        for (const m of doers) role(f, 'carried_out', m.entity, `${tokens[i]!.text} by`, 0.5);
        role(f, 'about', undergoer, tokens[i]!.text, 0.5);
        placeAfter(ctx, view, f, i + 2);
      }
    } else if (word === 'found' && BE.test(w[auxiliaryBefore(w, i)] ?? '') && (w[i + 1] === 'dead' || bodyOf(view, auxiliaryBefore(w, i)))) {
      // "Park Won-soon was found dead", "X's body was found at Mount Bukak", "the body of X was
      // found": a death, about who was found
      const aux = auxiliaryBefore(w, i);
      const body = w[i + 1] !== 'dead';
      const dead = body ? bodyOf(view, aux)!.entity : subjectBefore(ctx, view, aux);
      if (dead !== undefined && ctx.kindOf(dead) === 'person') {
        const f = make('other', i, body ? i + 1 : i + 2, false);
        f.action = true;
        role(f, 'about', dead, body ? 'body found' : 'found dead', 0.45);
        placeAfter(ctx, view, f, f.last);
      }
    } else if (((word === 'sworn' && w[i + 1] === 'in') || UNDERGONE.test(word)) && BE.test(w[auxiliaryBefore(w, i)] ?? '')) {
      // "X was sworn in as governor", "X was appointed to the position", "X was airlifted to
      // Germany": what happens to X, by whoever does it
      const who = subjectBefore(ctx, view, auxiliaryBefore(w, i));
      if (who !== undefined && ctx.kindOf(who) === 'person') {
        // ("X was defeated in Dunbartonshire East": a candidate's loss, where the text speaks of an election)
        const lost = word === 'defeated' && speaksOfElection(ctx, view);
        if (word === 'defeated' && !lost) continue;
        const f = make(lost ? 'election' : 'other', i, word === 'sworn' ? i + 2 : i + 1, false);
        // ("airlifted to Germany": where it took them)
        const to = w[f.last] === 'to' ? mentionAfter(view, f.last + 1) : undefined;
        if (to && ctx.kindOf(to.entity) === 'place' && MOVED.test(word)) role(f, 'occurred_in', to.entity, `${word} to`, 0.5);
        f.action = true;
        f.undergone = true;
        role(f, 'about', who, f.trigger, 0.5);
        // ("appointed to the position by Ricardo Rosselló": who appoints)
        const by = w.indexOf('by', f.last);
        const appointer = by >= 0 && by < f.last + 6 ? mentionAt(view, by + 1) : undefined;
        if (appointer && ctx.kindOf(appointer.entity) !== 'place') role(f, 'carried_out', appointer.entity, `${f.trigger} by`, 0.5);
        placeAfter(ctx, view, f, f.last);
      }
    } else if (verdict()) {
      // "Judge X found Toledo, 76, guilty of fraud": a verdict by the subject about the one found so
      const accused = verdict()!;
      const f = make('trial', i, i + 1, false);
      role(f, 'about', accused.entity, `${tokens[i]!.text} guilty`, 0.7);
      if (subject() !== undefined && agentKind(ctx, subject()!)) role(f, 'carried_out', subject(), tokens[i]!.text, 0.65);
      placeAfter(ctx, view, f, accused.last);
    } else if (((word === 'found' && /^(guilty|not)$/.test(w[i + 1] ?? '')) || (word === 'cleared' && w[i + 1] === 'of')) && BE.test(w[auxiliaryBefore(w, i)] ?? '')) {
      // "X and Y were found guilty of rape", "X was cleared of all charges": a verdict about each
      const aux = auxiliaryBefore(w, i);
      const accused = subjectBefore(ctx, view, aux);
      // ("Two officers, X and Y, were found guilty": the names in apposition)
      const m = accused === undefined ? (w[aux - 1] === ',' ? view.mentions.find((x) => x.last === aux - 1) : undefined) : view.mentions.find((x) => x.entity === accused && x.last <= i);
      if (m && ctx.kindOf(m.entity) !== 'place') {
        const f = make('trial', i, i + 2, false);
        for (const e of [m.entity, ...coordinated(ctx, view, m)]) role(f, 'about', e, `${tokens[i]!.text} ${tokens[i + 1]!.text}`, 0.7);
        placeAfter(ctx, view, f, i + 2);
      }
    }
  }

  for (const x of sufferers) {
    const f = out.find((o) => o.noun && o.last === x.at + 1);
    if (f) role(f, x.role, x.entity, x.label, 0.7);
  }
  for (const f of out) if (!f.roles.some((r) => r.role === 'occurred_in')) placeBefore(ctx, view, f);
  for (const f of out) coordinatedDoers(ctx, view, f);
  onBehalfOf(ctx, view, out);
  atTheRequestOf(ctx, view, out);
  participants(ctx, view, out);
  eventsAbout(view, out);
  // (the event a trial or inquiry is about happened elsewhere: "a court in Riyadh sentenced five men for the murder")
  const objects = new Set(out.filter((f) => /^(trial|arrest|other)$/.test(f.type)).map((f) => f.aboutFrame));
  for (const f of out) if (f.type !== 'statement' && !objects.has(f) && !f.roles.some((r) => r.role === 'occurred_in')) placeInSentence(ctx, view, f);
  // "were killed when an American drone targeted a convoy": one event.
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1]!;
    const b = out[k]!;
    if (!a.noun && !b.noun && !a.action && !b.action && compatible(a.type, b.type) && whenClause(view, a, b)) {
      for (const r of b.roles) if (!a.roles.some((x) => x.role === r.role && x.entity === r.entity)) a.roles.push(r);
      a.type = b.type === 'attack' ? 'attack' : a.type;
      out.splice(k, 1);
    }
  }
  // "The European Union imposed sanctions on Russia", "X staged a protest": an act whose object
  // is an event is that event, carried out by the act's subject
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (!a.action || !b.noun || b.first < a.last || b.first - a.last > 3 || b.type === 'statement') continue;
    if (!w.slice(a.last, b.first).every((x, j) => /^(a|an|the|its|their|his|her|new|fresh|further|more|two|several)$/.test(x) || (j > 0 && ((/^\p{Ll}+$/u.test(x) && !NOT_MODIFIERS.test(x)) || /^\d[\d.,]*$/.test(x))))) continue;
    // ("X survived the attack": the attack's target, not its doer)
    const undergone = UNDERGO.test(w[a.first]!);
    // ("X faced charges", "X received a second sentence": what a trial is about; "Japan experienced a
    // typhoon": where a disaster happened)
    const roleOf = (entity: number): Role | undefined => (!undergone ? 'carried_out' : b.type === 'attack' || b.type === 'killing' ? 'targeted'
      : b.type === 'trial' || b.type === 'arrest' ? 'about' : b.type === 'other' && DISASTER_NOUNS.has(w[b.last - 1]!) && ctx.kindOf(entity) === 'place' ? 'occurred_in' : undefined);
    for (const r of a.roles) {
      const role = roleOf(r.entity);
      // (an act undergone names its subject as what it is about)
      if ((r.role === 'carried_out' || (undergone && r.role === 'about')) && role && !b.roles.some((x) => x.role === role && x.entity === r.entity)) b.roles.push({ ...r, role, confidence: 0.7 });
    }
    out.splice(k, 1);
  }
  // "Joe Biden defeated Donald Trump in the election": an act within an event is the event's;
  // in an election, its candidates are what it is about
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (!a.action || w[a.first] === 'died' || !b.noun || b.type === 'statement' || b.first < a.last || b.first - a.last > 8) continue;
    const at = w.slice(a.last, b.first).findIndex((x) => /^(in|during)$/.test(x));
    if (at < 0 || !w.slice(a.last + at + 1, b.first).every((x) => (/^\p{Ll}+$/u.test(x) && !NOT_MODIFIERS.test(x)) || /^\d{4}$/.test(x))) continue;
    for (const r of a.roles) {
      if (r.role === 'occurred_in') continue;
      const role = b.type === 'election' ? 'about' : r.role;
      if (!b.roles.some((x) => x.role === role && x.entity === r.entity)) b.roles.push({ ...r, role, confidence: 0.6 });
    }
    out.splice(k, 1);
  }
  // "A plane crashed in Connecticut, killing seven": what the participle after a comma tells is
  // what the event before it did, no event of its own
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1]!;
    const b = out[k]!;
    if (!CONSEQUENCE.test(w[b.first]!) || w[b.first - 1] !== ',' || a.type === 'statement' || a.last > b.first) continue;
    for (const r of b.roles) {
      if (r.role === 'occurred_in' ? a.roles.some((x) => x.role === 'occurred_in') : a.roles.some((x) => x.role === r.role && x.entity === r.entity)) continue;
      a.roles.push(r);
    }
    victims(ctx, view, a, b.last, w[b.first] === 'killing' ? 'killed' : 'injured');
    out.splice(k, 1);
  }
  // One event named by a verb and a noun: "took out X ... in airstrikes".
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1]!;
    const b = out[k]!;
    // "the commander died in the strike": the strike killed him
    if (a.action && w[a.first] === 'died' && (b.type === 'attack' || b.type === 'killing') && w.slice(a.last, b.first).join(' ').match(/^(in|during)( the| an?)?$/)) {
      for (const r of a.roles) if (r.role === 'about') b.roles.push({ ...r, role: 'killed' });
      out.splice(k - 1, 1);
      continue;
    }
    if (!a.noun && b.noun && compatible(a.type, b.type) && /^(in|with|by|during)$/.test(w[b.first - 1] ?? '') && b.first - a.last < 20) {
      a.type = b.type === 'attack' ? 'attack' : a.type;
      if (b.roles.some((r) => r.role === 'occurred_in')) a.roles = a.roles.filter((r) => r.role !== 'occurred_in');
      for (const r of b.roles) if (!a.roles.some((x) => x.role === r.role && x.entity === r.entity)) a.roles.push(r);
      a.noun = true;
      a.trigger = b.trigger;
      a.start = b.start;
      a.end = b.end;
      out.splice(k, 1);
    }
  }
  return out;
}

/** A value computed on first use. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) { value = compute(); done = true; }
    return value;
  };
}

/**
 * The subject of the verb at i, and the event noun before it that is its subject instead ("the
 * strike that killed X", "a bombing in Kabul killed"); across a relative clause, the event's only.
 */
function subjectsOf(ctx: DocumentContext, view: SentenceView, frames: readonly Frame[], i: number): { subject?: number; eventSubject?: Frame } {
  const subject = subjectBefore(ctx, view, i) ?? clauseSubject(ctx, view, i);
  const lastNoun = lastNounFrame(frames);
  const eventSubject = lastNoun && (subjectIsFrame(view, lastNoun, i) || relativeClauseBetween(view, lastNoun, i)) ? lastNoun : undefined;
  if (eventSubject && subject !== undefined && relativeClauseBetween(view, eventSubject, i)) return { eventSubject };
  return { subject, eventSubject };
}

/**
 * "Putin was briefed, and flew to Magnitogorsk", "Hamas fired rockets and attacked a base": a verb
 * after "and" shares the subject of the verb before it (the name right before that verb).
 */
function clauseSubject(ctx: DocumentContext, view: SentenceView, i: number): number | undefined {
  const w = view.lower;
  let k = i - 1;
  while (k >= 0 && ADVERBS.test(w[k]!)) k--;
  if (w[k] !== 'and') return undefined;
  if (w[k - 1] === ',') k--;
  if (view.entityAt[k - 1]! >= 0) return undefined;
  for (let j = k - 1; j > 0 && j > k - 15; j--) {
    if (/^[;:“”"]$/.test(w[j]!) || w[j] === 'and') return undefined;
    const m = view.mentions.find((x) => x.last === j);
    if (!m) continue;
    let v = j;
    while (v < k && ADVERBS.test(w[v]!) && !BE.test(w[v]!)) v++;
    const verb = w[v] ?? '';
    if (BE.test(verb) || /^(has|had|is|are)$/.test(verb) || (verb.length > 4 && verb.endsWith('ed')) || IRREGULAR_ACTS.has(verb) || EVENT_VERBS.has(verb)) return agentKind(ctx, m.entity) ? m.entity : undefined;
    return undefined;
  }
  return undefined;
}

function lastNounFrame(frames: readonly Frame[]): Frame | undefined {
  for (let k = frames.length - 1; k >= 0; k--) if (frames[k]!.noun) return frames[k];
  return undefined;
}

/** What a verb pattern needs of the sentence being read. */
interface Scope {
  ctx: DocumentContext;
  view: SentenceView;
  make: (type: EventType, first: number, last: number, noun: boolean) => Frame;
  role: (frame: Frame, r: Role, entity: number | undefined, label: string, confidence: number) => void;
}

/** The event the object of the verb at i names (the noun at `target`), the subject in `relation`: "began an investigation". */
function objectEvent(scope: Scope, i: number, target: number, relation: Role, subject: number | undefined, confidence: number): number {
  objectFrame(scope, i, target, relation, subject, confidence);
  return target;
}

/** The frame `objectEvent` makes, for a pattern that gives it more roles. */
function objectFrame({ ctx, view, make, role }: Scope, i: number, target: number, relation: Role, subject: number | undefined, confidence: number): Frame {
  const f = make(EVENT_NOUNS.get(view.lower[target]!)!, target, target + 1, true);
  role(f, relation, subject, view.sentence.tokens[i]!.text, confidence);
  nounRoles(ctx, view, f, target);
  return f;
}

/**
 * Past tenses that name no act: states, perceptions, namings ("X, based in", "X seemed", "X
 * was called").
 */
const NO_ACT = /^(based|located|named|called|aged|dubbed|titled|entitled|related|supposed|concerned|involved|seemed|appeared|remained|stayed|wanted|hoped|expected|believed|liked|loved|used|needed|owned|happened|followed|included|compared|lived|worked|served|faced|continued|tried|managed|failed|refused|finished|added|noted|stated|explained|described|asked|answered|replied|mentioned|reported|suggested|indicated|revealed|commented|remarked|characterised|characterized|estimated|talked|credited|thanked|recognised|recognized|regarded|considered|deemed|viewed|watched|covered|urged|praised|criticised|criticized|projected|welcomed|questioned|acknowledged|tweeted|posted|expressed|claimed|confirmed|announced|responded|spoke|emphasized|emphasised|stressed|reiterated|insisted|argued|warned|cited)$/;
/** Verbs whose subject underwent the event that is their object: "X survived the attack". */
const UNDERGO = /^(survived|suffered|escaped|endured|witnessed|sustained|underwent|weathered|experienced|faced|received)$/;
/** Forms of declaring: what one is asked to do ("requested X declare"), and what one does ("X declared"). */
const DECLARE: ReadonlySet<string> = new Set(['declare', 'declares', 'proclaim', 'proclaims']);
const DECLARED: ReadonlySet<string> = new Set(['declares', 'declared', 'proclaims', 'proclaimed']);
/** What is declared by an act: "a state of emergency", "a day of mourning", "war", "bankruptcy". */
const DECLARABLE = /^(state|emergency|day|days|mourning|war|independence|victory|bankruptcy|curfew|lockdown|disaster|martial|holiday|ceasefire|truce|pandemic|epidemic|outbreak|quarantine)$/;
/** Irregular pasts of verbs of acts, and regular ones too short for the -ed test ("died"). */
const IRREGULAR_ACTS = new Set(['made', 'took', 'gave', 'won', 'lost', 'held', 'sent', 'brought', 'bought', 'sold', 'built', 'paid',
  'set', 'put', 'cut', 'left', 'ran', 'wrote', 'kept', 'sought', 'threw', 'withdrew', 'drove', 'rode', 'fled', 'spent', 'broke',
  'chose', 'forgave', 'froze', 'hid', 'undertook', 'overtook', 'upheld', 'began', 'beat', 'caught', 'dealt', 'fought', 'bore', 'swore', 'shut', 'quit', 'died']);

/** Who protests, unnamed: "protesters marched", "thousands of people rallied". */
const PROTESTERS = /^(protesters|demonstrators|people|activists|students|workers|supporters|thousands|hundreds|crowds?)$/;

/** Who attacks, unnamed: "a gunman killed", "an attacker stabbed". */
const ASSAILANTS = /^(attackers?|assailants?|shooters?|gunm[ae]n|suspects?|bombers?|knifem[ae]n|m[ae]n|terrorists?|insurgents?|jihadists?|extremists?|rebels?)$/;

/** "Woolworths lowered", "Tong purchased", "Hickenlooper ended": a verb of an act in the past, right after its subject, outside quotes and the passive. */
function isActionVerb(view: SentenceView, i: number, headline = false): boolean {
  const w = view.lower[i]!;
  // (the word first: it is asked of most words, and most are no past tense)
  // ("NBA suspends season": a headline tells in the present)
  // ("called off the search": cancelled it)
  if (!((w.length > 4 && w.endsWith('ed') && (!NO_ACT.test(w) || (w === 'called' && view.lower[i + 1] === 'off'))) || IRREGULAR_ACTS.has(w) || (headline && w.length > 4 && /[^su]s$/.test(w) && !NO_ACT.test(w.replace(/e?s$/, 'ed'))))) return false;
  // ("the meeting took place in Hanoi": where an event happened, no act)
  if (w === 'took' && view.lower[i + 1] === 'place') return false;
  if (view.quoted[i] || /^(was|were|been|be|being|is|are|get|got)$/.test(view.lower[auxiliaryBefore(view.lower, i)] ?? '')) return false;
  // ("Two border police wounded by gunmen": a headline's passive, with its agent)
  if (view.lower[i + 1] === 'by' && w.endsWith('ed')) return false;
  return /^\p{Ll}+$/u.test(view.sentence.tokens[i]!.text);
}

/**
 * "Hong Kong protesters surround police complex", "Chinese scientists invent": a plural of people
 * after a place or its adjective, which a headline's present tense would read as a verb ("Trump
 * orders release" has a doer's name before it).
 */
function peopleOfPlace(ctx: DocumentContext, view: SentenceView, i: number): boolean {
  if (!/^\p{Ll}+(ers|ors|ists|ians|ants)$/u.test(view.sentence.tokens[i]!.text) || i === 0) return false;
  const before = view.entityAt[i - 1]!;
  return (before >= 0 && ctx.kindOf(before) === 'place') || countryOfDemonym(view.sentence.tokens[i - 1]!.text) !== undefined;
}

/** Whether the name before the verb at i is the object of a request before it: "requested U.S. President Donald Trump declare". */
function askedBefore(view: SentenceView, i: number): boolean {
  let k = subjectEnd(view, i);
  while (k >= 0 && (view.entityAt[k]! >= 0 || PERSON_TITLES.has(view.lower[k]!))) k--;
  return k >= 0 && /^(requested|request|requests|asked|asks|urged|urges|begged|pressed|demanded|demand|demands|wanted|let|made|helped|had)$/.test(view.lower[k]!);
}

/**
 * Whether "he" or "she" at k, before "died", surely means a person named: one named in this
 * sentence or the one before, not as someone's kin ("His death was announced by his son X. He died"
 * is not X), nor further back ("a close friend was struck ... He died" is not the player named before).
 */
function diedOfPronoun(ctx: DocumentContext, view: SentenceView, k: number): boolean {
  const person = resolvePronoun(ctx, view.index, k);
  if (person === undefined) return false;
  for (const s of [view.index, view.index - 1]) {
    const named = ctx.sentences[s]?.mentions.filter((m) => m.entity === person && (s < view.index || m.last <= k)) ?? [];
    if (named.length) return !named.some((m) => KIN_NOUNS.test(ctx.sentences[s]!.lower[m.first - 1] ?? ''));
  }
  return false;
}

/** Whether a name (not a pronoun) stands right before the verb at i, past adverbs but not a negation. */
function namedBefore(ctx: DocumentContext, view: SentenceView, i: number): boolean {
  const end = subjectEnd(view, i);
  const k = beforeApposition(view, end);
  // "Congress has not passed", "Biden would have lost": no act
  const negated = (from: number) => view.lower.slice(from + 1, i).some((x) => /^(not|never|would|could|should)$/.test(x));
  // ("Police said they seized": who "they" are is named just before; "he died at X": whose death
  // the story tells)
  if (speakerOfPronoun(ctx, view, end) !== undefined || (view.lower[i] === 'died' && diedOfPronoun(ctx, view, end))) return !negated(end);
  if (k < 0 || view.entityAt[k]! < 0 || negated(k)) return false;
  // not the object of a preposition ("into previously [SDF] controlled territory", "with [Iran] backed")
  const m = view.mentions.find((x) => x.first <= k && k < x.last)!;
  return !NOT_SUBJECT.test(view.lower[m.first - 1] ?? '') || staffBefore(view, m.first - 1);
}

/**
 * "Fields, a self-described Neo-Nazi, killed": where the subject ends, when the comma at k closes
 * an apposition after it ("Ahmed Saleh, spokesman for the Health Ministry, said", "X, brother of
 * Y, was sentenced", "X, the mayor of Seoul, South Korea, was found": over a comma inside it too).
 */
function beforeApposition(view: SentenceView, k: number): number {
  if (view.lower[k] !== ',') return k;
  // (", 34,": an age)
  const opens = (c: number): boolean => /^(a|an|the|who|whose|founder|owner|author|\d{1,3})$/.test(view.lower[c + 1]!) || PERSON_TITLES.has(view.lower[c + 1]!) || KIN_NOUNS.test(view.lower[c + 1]!)
    // ("X, former vice-president of Namibia, died")
    || (/^(former|then|current|late|longtime|veteran|retired|outgoing|acting)$/.test(view.lower[c + 1]!) && PERSON_TITLES.has(view.lower[c + 2] ?? ''))
    // ("X, previously the Deputy Chief Minister of Goa, died")
    || (/^(previously|formerly|once|now|currently|also)$/.test(view.lower[c + 1]!) && opens(c + 1));
  let c = k - 1;
  for (let commas = 0; commas < 2; commas++, c--) {
    while (c > 0 && c > k - 12 && view.lower[c] !== ',') c--;
    if (view.lower[c] !== ',' || c <= 0) break;
    if (opens(c)) return view.entityAt[c - 1]! >= 0 ? c - 1 : k;
  }
  return k;
}

/** The word before the verb at i, past an aside set off by commas: "A cargo plane, reported as the military's, crashed" -> "plane". */
function wordBeforeAside(w: readonly string[], i: number): number {
  if (w[i - 1] !== ',') return i - 1;
  let c = i - 2;
  while (c > 0 && c > i - 16 && w[c] !== ',') c--;
  return w[c] === ',' ? c - 1 : i - 1;
}

/** Words after which a name is no clause's subject ("tried to have [Waseem] released": a causative's object). */
const NOT_SUBJECT = /^(of|in|at|on|for|to|with|from|by|into|onto|via|about|under|against|between|among|through|previously|newly|have|had|get|got|let)$/;

const ORDERS = /^order(s|ed)?$/;
const ENDORSES = /^endorse[sd]$/;

/** Participles of acts a body does ("the restriction introduced by X"), not of what it says, owns or makes. */
const ACTS_BY = /^(introduced|imposed|proposed|sponsored|filed|launched|initiated|implemented|enacted|passed|adopted|organi[sz]ed|brokered|negotiated|hosted|staged|lifted|extended)$/;

/** "N introduced by X": a participle after a common noun, and "by" (not "was introduced by", "has been"). */
function reducedPassive(view: SentenceView, i: number): boolean {
  const w = view.lower;
  return participleBy(view, i)
    && /^\p{Ll}+$/u.test(view.sentence.tokens[i - 1]?.text ?? '') && !BE.test(w[i - 1]!) && !NOT_MODIFIERS.test(w[i - 1]!)
    && !/^(has|have|had|get|gets|got|being|it|he|she|they|we|i|you|who|which|that)$/.test(w[i - 1]!);
}

/** Verbs whose passive with "by" says how things stand, not what was done: "led by", "backed by", "joined by". */
const STATE_PASSIVES = /^(led|headed|founded|backed|supported|funded|sponsored|owned|operated|run|joined|accompanied|replaced|succeeded|elected|appointed|chaired|hosted|attended|organi[sz]ed|caused|affected|inspired|influenced|written|directed|produced|created|designed|built|made|known|recognized|recognised|considered|seen|viewed|regarded)$/;

/** "was acquired by", "were fined by": a passive of an act after a form of "be", before its doer. */
function fullPassive(view: SentenceView, i: number): boolean {
  const w = view.lower;
  return participleBy(view, i) && !STATE_PASSIVES.test(w[i]!) && BE.test(w[auxiliaryBefore(w, i)] ?? '') && /^\p{Ll}+$/u.test(view.sentence.tokens[i]!.text);
}

/** A past participle of an act, outside quotes, before "by": what both passives begin with. */
function participleBy(view: SentenceView, i: number): boolean {
  const w = view.lower[i]!;
  return view.lower[i + 1] === 'by' && w.length > 4 && w.endsWith('ed') && !NO_ACT.test(w) && !view.quoted[i];
}

/** Whether the object from i names an act (a noun of doing: "checks", "the installation", "a review"), not goods. */
function ordersAnAct(view: SentenceView, i: number): boolean {
  let k = i;
  while (k < i + 6 && /^\p{Ll}+$/u.test(view.lower[k + 1] ?? '') && !/^(of|on|at|in|into|for|to|from|by|across|with|and|that|which)$/.test(view.lower[k + 1]!)) k++;
  return ACT_NOUN.test(view.lower[k] ?? '');
}
const ACT_NOUN = /^(\p{Ll}+(tion|sion|ment|ure|ance|ence|al|ing|ysis)s?|checks?|inspections?|tests?|searches?|reviews?|probes?|audits?|bans?|halt|stop|return|recall|release|withdrawal|curfew|lockdown)$/u;

/** An act by its subject: carried out by them, about who or what it acts on, where the sentence says. */
function action({ ctx, view, make, role }: Scope, i: number, subject: number): void {
  // ("Sanders endorsed Biden": an endorsement is an agreement, by who gives it, about whom)
  const f = make(ENDORSES.test(view.lower[i]!) ? 'agreement' : 'other', i, i + 1, false);
  f.action = true;
  // ("Biden won the endorsement of Obama", "received Obama's endorsement": the endorser gave it, to the subject)
  const endorser = endorserAfter(view, i + 1);
  if (endorser !== undefined && /^(won|received|earned|secured|gained|got|sought)$/.test(view.lower[i]!)) {
    f.type = 'agreement';
    f.undergone = true;
    role(f, 'carried_out', endorser, view.sentence.tokens[i]!.text, 0.5);
    role(f, 'about', subject, view.sentence.tokens[i]!.text, 0.5);
    placeAfter(ctx, view, f, i + 1);
    return;
  }
  // "Ginger Baker died": a death is what happened to its subject
  // ("X received emergency surgery", "X underwent treatment": what X underwent, not did)
  // ("X tested positive for the virus": so did the test find X; "X required resuscitation": what X needed done)
  const treated = /^(required|requires)$/.test(view.lower[i]!) && TREATMENTS.test(view.lower[/^(a|an|emergency|urgent|immediate)$/.test(view.lower[i + 1] ?? '') ? i + 2 : i + 1] ?? '');
  if (view.lower[i] === 'died' || UNDERGO.test(view.lower[i]!) || treated || (view.lower[i] === 'tested' && /^(positive|negative)$/.test(view.lower[i + 1] ?? ''))) { role(f, 'about', subject, view.sentence.tokens[i]!.text, 0.45); placeAfter(ctx, view, f, i + 1); return; }
  // ("X ordered checks on all clubs": who orders what others do, orders it; "ordered extra stock" is a purchase)
  role(f, ORDERS.test(view.lower[i]!) && ordersAnAct(view, i + 1) ? 'ordered' : 'carried_out', subject, view.sentence.tokens[i]!.text, 0.45);
  victims(ctx, view, f, i + 1, 'about');
  placeAfter(ctx, view, f, i + 1);
}

/** Who gives the endorsement named from i: "the endorsement of (former President) X", "X's endorsement". */
function endorserAfter(view: SentenceView, i: number): number | undefined {
  const w = view.lower;
  const past = (k: number) => { while (k < w.length && view.entityAt[k]! < 0 && (/^(the|a|an|former|late)$/.test(w[k]!) || PERSON_TITLES.has(w[k]!))) k++; return k; };
  let k = /^(the|an)$/.test(w[i] ?? '') ? i + 1 : i;
  if (/^endorsements?$/.test(w[k] ?? '') && w[k + 1] === 'of') return view.mentions.find((m) => m.first === past(k + 2))?.entity;
  const m = view.mentions.find((x) => x.first === past(i));
  if (!m || !/^['’]s?$/.test(w[m.last] ?? '')) return undefined;
  k = m.last + 1;
  while (k < m.last + 3 && /^(full|formal|official|public)$/.test(w[k] ?? '')) k++;
  return /^endorsements?$/.test(w[k] ?? '') ? m.entity : undefined;
}

/**
 * "Woolworths and Coles lowered", "Israel and the US struck": every name of a coordinated subject
 * carried the event out; "Kelly and Baroni were both convicted": every one of them suffered it.
 */
function coordinatedDoers(ctx: DocumentContext, view: SentenceView, f: Frame): void {
  // ("John Smith and Jane Doe of Amnesty said": over what the subject is of)
  const after = (x: MentionRef) => {
    const of = view.lower[x.last] === 'of' ? view.mentions.find((y) => y.first === x.last + 1 || (y.first === x.last + 2 && view.lower[x.last + 1] === 'the')) : undefined;
    return of ? of.last : x.last;
  };
  const subjectEnds = (x: MentionRef) => x.last <= f.first && view.lower.slice(after(x), f.first).every((w) => ADVERBS.test(w) || w === 'both');
  for (const r of [...f.roles]) {
    if (!(r.role === 'carried_out' || (!f.noun && r.role !== 'occurred_in')) || r.sentence !== view.index) continue;
    const m = view.mentions.find((x) => x.entity === r.entity && (r.role === 'carried_out' ? x.last <= f.first && f.first - x.last <= 2 : subjectEnds(x)));
    for (const before of m ? coordinated(ctx, view, m) : []) {
      if (!f.roles.some((x) => x.role === r.role && x.entity === before)) f.roles.push({ ...r, entity: before });
    }
  }
}

/**
 * "an investigation into the shooting", "protests over the killing of X", "the trial for her
 * murder", "a ruling on the prorogation": an inquiry, trial, protest or statement about another
 * event the sentence names right after it.
 */
function eventsAbout(view: SentenceView, frames: readonly Frame[]): void {
  const w = view.lower;
  for (let n = 0; n + 1 < frames.length; n++) {
    const f = frames[n]!;
    const g = frames[n + 1]!;
    if (!g.noun || g.type === 'statement' || g.sentence !== f.sentence) continue;
    // ("sentenced for her murder", "charged over the attack", "ruled the prorogation unlawful": a trial's verb too)
    const verb = !f.noun && (f.type === 'trial' || f.type === 'arrest');
    // ("investigated the shooting": the inquiry's object)
    const inquiry = !f.noun && f.type === 'other' && INVESTIGATES.test(w[f.first]!);
    // ("sentenced five men for the murder", "charged with the killing": past the verb's object)
    let at = f.last;
    if (verb) while (at < f.last + 4 && at < g.first && !/^(for|over|on|in|with|of)$/.test(w[at] ?? '') && !/^[,.;:]$/.test(w[at] ?? '')) at++;
    if (!inquiry && !(verb ? /^(for|over|on|in|with|of)$/.test(w[at] ?? '') || (f.type === 'trial' && /^rul/.test(w[f.first]!)) : /^(into|over|on|about|for)$/.test(w[at] ?? ''))) continue;
    if (!/^(other|trial|arrest|protest|statement|meeting)$/.test(f.type) || (f.type === 'other' && !inquiry && !/^(investigation|inquiry|investigations|inquiries)$/.test(w[f.last - 1]!))) continue;
    // over the words of the second event's name: "into the August 3 mass shooting", "for her murder"
    if (g.first - at > 6 || !w.slice(at + 1, g.first).every((x, k) => view.entityAt[at + 1 + k]! >= 0 || !/^[,.;:]$/.test(x))) continue;
    f.aboutFrame = g;
  }
}

/**
 * "X filed the lawsuit on behalf of the Senate", "Kushner, on behalf of the White House, helped
 * broker a deal": whom a suit or a deal is made for is a party to it.
 */
function onBehalfOf(ctx: DocumentContext, view: SentenceView, frames: readonly Frame[]): void {
  const w = view.lower;
  const at = w.findIndex((x, k) => x === 'on' && w[k + 1] === 'behalf' && w[k + 2] === 'of');
  if (at < 0) return;
  const parties = namesListedFrom(view, at + 3).filter((m) => ctx.kindOf(m.entity) !== 'place' || agentKind(ctx, m.entity) || subdivisionCountry(ctx.resolution.entities[m.entity]!.label));
  for (const f of frames) {
    if (f.type !== 'trial' && f.type !== 'agreement') continue;
    for (const m of parties) if (!f.roles.some((r) => r.role === 'carried_out' && r.entity === m.entity)) f.roles.push({ role: 'carried_out', entity: m.entity, label: 'on behalf of', sentence: view.index, confidence: 0.6 });
  }
}

/**
 * "Sebastian Gorka also spoke at the rally", "X attended the summit", "X took part in the
 * protest": who speaks at or joins a gathering takes part in it.
 */
function participants(ctx: DocumentContext, view: SentenceView, frames: readonly Frame[]): void {
  const w = view.lower;
  for (const f of frames) {
    if (!f.noun || (f.type !== 'protest' && f.type !== 'meeting')) continue;
    let k = f.first - 1;
    while (k > f.first - 4 && k >= 0 && /^(the|a|an|this|that|their|his|her|its|first|second|last|same|large|big|annual|\p{Ll}+al)$/u.test(w[k]!) && view.entityAt[k]! < 0) k--;
    if (/^(at|in)$/.test(w[k] ?? '')) k--;
    if (w[k] === 'part' && w[k - 1] === 'took') k--;
    if (!PARTICIPATES.test(w[k] ?? '')) continue;
    k--;
    while (k >= 0 && ADVERBS.test(w[k]!)) k--;
    // ("Another adviser, Sebastian Gorka, also spoke")
    if (w[k] === ',' && view.mentions.some((x) => x.last === k) && w[k + 1] !== 'who') k--;
    const m = view.mentions.find((x) => x.last === k + 1);
    if (!m || ctx.kindOf(m.entity) === 'place' || f.roles.some((r) => r.role === 'carried_out' && r.entity === m.entity)) continue;
    for (const entity of [m.entity, ...coordinated(ctx, view, m)]) f.roles.push({ role: 'carried_out', entity, label: wordsOf(view.sentence.tokens, k + 1, f.first), sentence: view.index, confidence: 0.55 });
  }
}
const PARTICIPATES = /^(spoke|speaks|addressed|addresses|attended|attends|joined|joins|headlined|took|participated|participates|marched)$/;

/**
 * "suspended parliament at the behest of Boris Johnson", "At the direction of the President, the
 * military struck": who asked for an act ordered it (the act nearest the phrase).
 */
function atTheRequestOf(ctx: DocumentContext, view: SentenceView, frames: readonly Frame[]): void {
  const w = view.lower;
  for (let at = 0; at + 3 < w.length; at++) {
    if (!(w[at] === 'at' && REQUESTS.test(w[at + 2]!)) && !(w[at] === 'on' && ORDERS_OF.test(w[at + 2]!)) || w[at + 1] !== 'the' || w[at + 3] !== 'of') continue;
    // (past a title: "the request of Health Minister X")
    let k = at + 4;
    while (k < at + 8 && view.entityAt[k]! < 0 && (PERSON_TITLES.has(w[k]!) || /^\p{Lu}/u.test(view.sentence.tokens[k]?.text ?? ''))) k++;
    const by = mentionAt(view, k);
    if (!by || ctx.kindOf(by.entity) === 'place') continue;
    const acts = frames.filter((f) => f.type !== 'statement' && (f.last <= at || f.first >= by.last));
    const nearest = acts.sort((a, b) => distanceTo(a, at, by.last) - distanceTo(b, at, by.last))[0];
    // ("a ruling on the prorogation of parliament by the Queen at the request of X": not the ruling)
    if (nearest && distanceTo(nearest, at, by.last) <= 8 && !nearest.roles.some((r) => r.role === 'ordered' && r.entity === by.entity)) {
      nearest.roles.push({ role: 'ordered', entity: by.entity, label: wordsOf(view.sentence.tokens, at, at + 4), sentence: view.index, confidence: 0.6 });
    }
  }
}
const REQUESTS = /^(behest|request|direction|urging|instigation)$/;
const ORDERS_OF = /^(orders?|instructions?)$/;
/** Tokens between a frame's trigger and a phrase from..to. */
const distanceTo = (f: Frame, from: number, to: number): number => (f.last <= from ? from - f.last : f.first - to);

/**
 * A verb pattern: the verbs it starts from, and what it reads from such a verb at i with its
 * subject: makes a frame and returns where reading goes on, or undefined.
 */
interface VerbPattern {
  verbs: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  read: (s: Scope, i: number, subject: number) => number | undefined;
}

/** "X said", "X reported", "“...,” said X": a statement of the speaker, or a report. */
function statement({ ctx, view, make, role }: Scope, i: number, subject: number | undefined): void {
  const word = view.lower[i]!;
  // "Qawi was accused of inciting": the passive's subject said nothing
  if (/^(was|were|been|be|being|is|are)$/.test(view.lower[i - 1] ?? '')) return;
  const speaker = subject ?? afterQuoteSpeaker(view, i);
  if (speaker === undefined || (ctx.kindOf(speaker) === 'place' && !REPORT_VERBS.has(word))) return;
  const f = make('statement', i, i + 1, false);
  f.speaker = speaker;
  // ("which the BBC noted": what a news medium says, it reports)
  if (REPORT_VERBS.has(word) || (ctx.kindOf(speaker) === 'group' && isMedium(ctx.resolution.entities[speaker]!.label))) f.roles.push({ role: 'reported', entity: speaker, label: view.sentence.tokens[i]!.text, sentence: view.index, confidence: 0.8 });
  else role(f, 'said', speaker, view.sentence.tokens[i]!.text, 0.8);
}

/** "X ordered/approved the assault", "X orchestrated attacks", "X ordered the military to take out Y". */
const ordered: VerbPattern = { verbs: ORDER_VERBS, read: (s, i, subject) => {
  const { ctx, view, make, role } = s;
  const w = view.lower;
  const order = ORDER_VERBS.get(w[i]!)!;
  // ("X was planning to visit Y": who plans to do something does it)
  const own = PLAN.test(w[i]!) && w[i + 1] === 'to';
  const target = own ? undefined : eventNounAfter(view, i + 1);
  // ("X led the primary with 40%": who leads an election is a candidate in it)
  if (target !== undefined && order === 'leads' && EVENT_NOUNS.get(w[target]!) === 'election') return objectEvent(s, i, target, 'about', subject, 0.6);
  if (target !== undefined) return objectEvent(s, i, target, order, agentKind(ctx, subject) ? subject : undefined, order === 'leads' ? 0.6 : 0.75);
  const inf = infinitiveEvent(view, i + 1);
  if (inf === undefined) return undefined;
  const f = make(EVENT_VERBS.get(w[inf]!) ?? 'killing', inf, killPhrasalAt(w, inf) ? inf + 2 : inf + 1, false);
  if (agentKind(ctx, subject)) role(f, own ? 'carried_out' : order, subject, view.sentence.tokens[i]!.text, 0.7);
  victims(ctx, view, f, f.last, undergoer(f.type));
  placeAfter(ctx, view, f, f.last);
  return f.last - 1;
} };

const PLAN = /^plan(s|ned|ning)?$/;

/** What is done to a patient: "required resuscitation", "requires surgery". */
const TREATMENTS = /^(resuscitation|surgery|surgeries|treatment|hospitalization|hospitalisation|stitches|amputation|intubation|ventilation|oxygen|transfusion|transfusions)$/;

/**
 * Where a phrase of giving oneself up or being held ends, from the verb at i, or i: "surrendered
 * (himself) to (the) police", "turned herself in", "was taken into custody".
 */
function custodyEnd(w: readonly string[], i: number): number {
  const word = w[i]!;
  if (/^surrender(ed|s)?$/.test(word)) {
    let k = i + 1;
    if (REFLEXIVE.test(w[k] ?? '')) k++;
    if (w[k] !== 'to') return i;
    if (w[k + 1] === 'the') k++;
    return AUTHORITIES.test(w[k + 1] ?? '') ? k + 2 : i;
  }
  if (/^turn(ed|s)?$/.test(word) && REFLEXIVE.test(w[i + 1] ?? '') && w[i + 2] === 'in') return i + 3;
  if (word === 'taken' && w[i + 1] === 'into' && w[i + 2] === 'custody' && BE.test(w[auxiliaryBefore(w, i)] ?? '')) return i + 3;
  return i;
}

const REFLEXIVE = /^(himself|herself|themselves)$/;
const AUTHORITIES = /^(police|authorities|officers|officials|troops|soldiers|agents|deputies)$/;

/** What is signed into force, not agreed between sides: "signed a decree", "signed the bill into law". */
const SIGNED_RULES = /^(decrees?|bills?|law|laws|orders?|legislation|ordinances?|proclamations?|measures?|petitions?|letters?|budgets?|resolutions?|executive)$/;

/** The role of what a verb of this type acts on: "killed X", "attacked X", "met X", "convicted X". */
function undergoer(type: EventType): Role {
  return type === 'killing' ? 'killed' : type === 'attack' || type === 'sanction' ? 'targeted' : type === 'meeting' || type === 'conflict' ? 'carried_out' : 'about';
}

/** "the NTSB began an investigation", "Israel launched airstrikes": who carries out the event named. */
const conducted: VerbPattern = { verbs: CONDUCT_VERBS, read: (s, i, subject) => {
  const w = s.view.lower;
  if (!agentKind(s.ctx, subject)) return undefined;
  const target = eventNounAfter(s.view, i + 1);
  if (target === undefined) return undefined;
  // ("Ukraine held a presidential election": where, not who)
  const where = s.ctx.kindOf(subject) === 'place' && EVENT_NOUNS.get(w[target]!) === 'election';
  return objectEvent(s, i, target, where ? 'occurred_in' : 'carried_out', subject, 0.7);
} };

/** "The Houthi movement claimed responsibility for the attacks": who carried them out, by their word. */
const claimed: VerbPattern = { verbs: new Set(['claimed', 'claims', 'claim', 'claiming']), read: (s, i, subject) => {
  const w = s.view.lower;
  if (w[i + 1] !== 'responsibility' || w[i + 2] !== 'for' || !agentKind(s.ctx, subject)) return undefined;
  const target = eventNounAfter(s.view, i + 3);
  return target === undefined ? undefined : objectEvent(s, i, target, 'carried_out', subject, 0.6);
} };

/** "The Senate voted 52-48 to acquit X": the body that votes carries out what it voted to do. */
const voted: VerbPattern = { verbs: new Set(['voted', 'votes', 'vote']), read: ({ ctx, view, make, role }, i, subject) => {
  if (ctx.kindOf(subject) !== 'group') return undefined;
  const inf = infinitiveEvent(view, i + 1);
  if (inf === undefined) return undefined;
  const type = EVENT_VERBS.get(view.lower[inf]!)!;
  const f = make(type, inf, inf + 1, false);
  role(f, 'carried_out', subject, wordsOf(view.sentence.tokens, i, inf + 1), 0.7);
  victims(ctx, view, f, inf + 1, undergoer(type));
  placeAfter(ctx, view, f, inf + 1);
  return inf;
} };

/** "X won the Nevada caucuses": the winner is what the election decided. */
const won: VerbPattern = { verbs: WIN_VERBS, read: (s, i, subject) => {
  if (s.ctx.kindOf(subject) === 'place') return undefined;
  const w = s.view.lower;
  const target = eventNounAfter(s.view, i + 1, true);
  if (target === undefined || EVENT_NOUNS.get(w[target]!) !== 'election') return undefined;
  const f = objectFrame(s, i, target, 'about', subject, 0.7);
  // ("won the election, defeating X", "lost the runoff to X": the other candidate)
  for (let k = target + 1; k < Math.min(w.length, target + 8); k++) {
    if (!(/^(defeating|beating|over|against)$/.test(w[k]!) || (w[k] === 'to' && /^los/.test(w[i]!)))) continue;
    const rival = rivalAfter(s.ctx, s.view, k + 1);
    if (rival) s.role(f, 'about', rival.entity, `${s.view.sentence.tokens[i]!.text} ${w[k]}`, 0.6);
    break;
  }
  return target;
} };

/**
 * "Sanders came in second in Iowa", "finished third": a candidate's place in an election the
 * sentence or the one before names (a race's runner places too, in no election).
 */
const placed: VerbPattern = { verbs: new Set(['came', 'finished', 'placed']), read: ({ ctx, view, make, role }, i, subject) => {
  const w = view.lower;
  if (ctx.kindOf(subject) !== 'person') return undefined;
  const at = w[i] === 'came' && w[i + 1] === 'in' ? i + 2 : i + 1;
  if (!/^(first|second|third|fourth|fifth|last)$/.test(w[at] ?? '')) return undefined;
  if (!speaksOfElection(ctx, view)) return undefined;
  const f = make('election', i, at + 1, false);
  role(f, 'about', subject, wordsOf(view.sentence.tokens, i, at + 1), 0.6);
  placeAfter(ctx, view, f, at + 1);
  return at;
} };

/** "Caloundra defeated Wynnum", "Real Madrid drew with Barcelona": a game both sides played. */
const played: VerbPattern = { verbs: RESULT_VERBS, read: ({ ctx, view, make, role }, i, subject) => {
  const w = view.lower;
  if (ctx.kindOf(subject) === 'person') return undefined;
  const at = /^(with|against)$/.test(w[i + 1] ?? '') ? i + 2 : i + 1;
  const other = view.mentions.find((x) => x.first === at);
  if (!other || ctx.kindOf(other.entity) === 'person' || other.entity === subject) return undefined;
  const f = make('other', i, i + 1, false);
  role(f, 'carried_out', subject, view.sentence.tokens[i]!.text, 0.6);
  role(f, 'carried_out', other.entity, view.sentence.tokens[i]!.text, 0.6);
  placeAfter(ctx, view, f, other.last);
  return other.last - 1;
} };

/** "The AP called the election for Biden", "NBC News called Nevada for Biden": a medium's call of who won, and where. */
const called: VerbPattern = { verbs: new Set(['called', 'calls', 'call', 'calling']), read: ({ ctx, view, make, role }, i, subject) => {
  const w = view.lower;
  const race = view.mentions.find((x) => x.first === i + 1 && ctx.kindOf(x.entity) === 'place');
  const noun = race ? undefined : eventNounAfter(view, i + 1);
  const end = race?.last ?? (noun !== undefined && EVENT_NOUNS.get(w[noun]!) === 'election' ? noun + 1 : undefined);
  const winner = end !== undefined && w[end] === 'for' ? view.mentions.find((x) => x.first === end + 1 && ctx.kindOf(x.entity) === 'person') : undefined;
  if (!winner || ctx.kindOf(subject) !== 'group') return undefined;
  const f = make('election', i, end!, false);
  role(f, 'about', winner.entity, `${view.sentence.tokens[i]!.text} for`, 0.65);
  if (race) role(f, 'occurred_in', race.entity, view.sentence.tokens[i]!.text, 0.65);
  // each medium's call is a report of the election ("the AP and NBC News called")
  const m = view.mentions.find((x) => x.entity === subject && x.last <= i);
  for (const medium of [subject, ...(m ? coordinated(ctx, view, m) : [])]) role(make('statement', i, i + 1, false), 'reported', medium, view.sentence.tokens[i]!.text, 0.65);
  return winner.last - 1;
} };

/** Whether the sentence or the one before names an election: "came in second", "was defeated" are a candidate's then. */
function speaksOfElection(ctx: DocumentContext, view: SentenceView): boolean {
  return [view, ctx.sentences[view.index - 1]].some((v) => v?.lower.some((x) => EVENT_NOUNS.get(x) === 'election'));
}

/** "X ran for governor of Colorado", "is running for the Senate": a candidacy in an election. */
const ranFor: VerbPattern = { verbs: new Set(['ran', 'run', 'runs', 'running']), read: ({ ctx, view, make, role }, i, subject) => {
  const w = view.lower;
  if (w[i + 1] !== 'for' || ctx.kindOf(subject) !== 'person') return undefined;
  const f = make('election', i, i + 2, false);
  role(f, 'about', subject, `${view.sentence.tokens[i]!.text} for`, 0.6);
  placeAfter(ctx, view, f, i + 2);
  const office = view.mentions.find((x) => x.first > i + 1 && x.first <= i + 5);
  if (office && ctx.kindOf(office.entity) === 'place' && !f.roles.some((r) => r.role === 'occurred_in')) role(f, 'occurred_in', office.entity, 'for', 0.55);
  return i + 1;
} };

/** "X flew to Magnitogorsk", "arrived in Kyiv": a visit to the place. */
const travelled: VerbPattern = { verbs: TRAVEL_VERBS, read: ({ ctx, view, make, role }, i, subject) => {
  const w = view.lower;
  if (!/^(to|in|at)$/.test(w[i + 1] ?? '') || ctx.kindOf(subject) !== 'person') return undefined;
  const where = view.mentions.find((x) => x.first === i + 2);
  if (!where || ctx.kindOf(where.entity) !== 'place') return undefined;
  const f = make('meeting', i, i + 1, false);
  role(f, 'carried_out', subject, view.sentence.tokens[i]!.text, 0.65);
  role(f, 'occurred_in', where.entity, `${view.sentence.tokens[i]!.text} ${w[i + 1]}`, 0.65);
  return i + 1;
} };

/** The person right after "found" when a verdict follows ("found Toledo, 76, guilty", "found her not guilty"), or undefined. */
function foundGuilty(ctx: DocumentContext, view: SentenceView, i: number): MentionRef | undefined {
  const m = view.mentions.find((x) => x.first === i + 1);
  if (!m || ctx.kindOf(m.entity) !== 'person') return undefined;
  let k = m.last;
  if (view.lower[k] === ',' && /^\d{1,3}$/.test(view.lower[k + 1] ?? '') && view.lower[k + 2] === ',') k += 3;
  return /^(guilty|innocent)$/.test(view.lower[k] ?? '') || (view.lower[k] === 'not' && view.lower[k + 1] === 'guilty') ? m : undefined;
}

/** "X pleaded not guilty": the trial is about the one who pleads. */
const pleaded: VerbPattern = { verbs: PLEA_VERBS, read: ({ ctx, view, make, role }, i, subject) => {
  if (ctx.kindOf(subject) !== 'person') return undefined;
  const f = make('trial', i, i + 1, false);
  role(f, 'about', subject, view.sentence.tokens[i]!.text, 0.7);
  placeAfter(ctx, view, f, i + 1);
  return i;
} };

/** "The Supreme Court ruled", "a court overturned the convictions": the court tried the case. */
const ruled: VerbPattern = { verbs: COURT_VERBS, read: ({ ctx, view, make, role }, i, subject) => {
  const w = view.lower;
  if (!/\b(Court|Tribunal)\b/.test(ctx.resolution.entities[subject]!.label)) return undefined;
  const target = eventNounAfter(view, i + 1);
  const noun = target !== undefined && EVENT_NOUNS.get(w[target]!) === 'trial';
  // ("the Supreme Court overturned the convictions of X": the court's ruling is about the earlier trial)
  if (noun && REVIEWS.test(w[i]!)) {
    const ruling = make('trial', i, i + 1, false);
    role(ruling, 'carried_out', subject, view.sentence.tokens[i]!.text, 0.75);
    const judged = make('trial', target, target + 1, true);
    nounRoles(ctx, view, judged, target);
    ruling.aboutFrame = judged;
    // (and about whom that trial was: the ruling is in their case)
    for (const r of judged.roles) if (r.role === 'about') role(ruling, 'about', r.entity, r.label, 0.6);
    return target;
  }
  const f = noun ? make('trial', target, target + 1, true) : make('trial', i, i + 1, false);
  role(f, 'carried_out', subject, view.sentence.tokens[i]!.text, 0.75);
  if (noun) nounRoles(ctx, view, f, target);
  else placeAfter(ctx, view, f, i + 1);
  return noun ? target : i;
} };

/** Court verbs that judge an earlier judgment: "overturned the convictions", "upheld the sentence". */
const REVIEWS = /^(overturn|uph[oe]ld|quash|revers|vacat)/;

/** In the order they are tried; the first that applies makes the frame. */
const VERB_PATTERNS: readonly VerbPattern[] = [ordered, conducted, claimed, voted, won, placed, played, ranFor, called, travelled, pleaded, ruled];
/** The verbs any pattern starts from: most words are none, and need no look-up per pattern. */
const PATTERN_VERBS: ReadonlySet<string> = new Set(VERB_PATTERNS.flatMap((p) => [...p.verbs.keys()]));

/** `subject` is read only for a verb some pattern starts from; none applies without one. */
function firstApplying(s: Scope, i: number, subject: () => number | undefined): number | undefined {
  if (!PATTERN_VERBS.has(s.view.lower[i]!)) return undefined;
  for (const pattern of VERB_PATTERNS) {
    if (!pattern.verbs.has(s.view.lower[i]!)) continue;
    const who = subject();
    if (who === undefined) return undefined;
    const next = pattern.read(s, i, who);
    if (next !== undefined) return next;
  }
  return undefined;
}

/** Whether the event at i is told in a clause "when/as ..." of the frame before it: "were killed when a drone targeted". */
export function whenClause(view: SentenceView, a: Frame, b: Frame): boolean {
  return a.sentence === b.sentence && view.lower.slice(a.last, b.first).some((x) => x === 'when' || x === 'as');
}

export function compatible(a: EventType, b: EventType): boolean {
  const violent = (t: EventType) => t === 'attack' || t === 'killing';
  return a === b || (violent(a) && violent(b));
}

/** Where the words that name an election noun's election begin, less one: "in [the US Libertarian Party's 2020 presidential] primary". */
function beforeElectionName(view: SentenceView, frame: Frame): number {
  let k = frame.first - 1;
  while (k > frame.first - 8 && k > 0 && (view.entityAt[k]! >= 0 || /^\p{Lu}/u.test(view.sentence.tokens[k]!.text)
    || /^(the|a|an|'s|'|\d{4}|presidential|vice|primary|general|party|upcoming|next)$/.test(view.lower[k]!))) k--;
  return k;
}

/**
 * "X, who was a candidate in the Democratic primary", "X is a leading candidate for the
 * nomination", "X, an opposition candidate for the presidential election": what the election is about.
 */
function candidate(ctx: DocumentContext, view: SentenceView, frame: Frame): void {
  const w = view.lower;
  const k = beforeElectionName(view, frame);
  if (!/^(in|for)$/.test(w[k] ?? '')) return;
  // ("his bid for the Democratic Party's nomination", "Sanders' campaign for the nomination")
  if (/^(bid|campaign|run|quest)$/.test(w[k - 1] ?? '')) {
    const owner = w[k - 2] === 'his' || w[k - 2] === 'her' ? resolvePronoun(ctx, view.index, k - 2)
      : /^['’]s?$/.test(w[k - 2] ?? '') ? view.mentions.find((x) => x.last === k - 2)?.entity : undefined;
    if (owner !== undefined && ctx.kindOf(owner) === 'person') frame.roles.push({ role: 'about', entity: owner, label: `${w[k - 1]} ${w[k]}`, sentence: view.index, confidence: 0.6 });
    return;
  }
  // ("one of the front runners for", "candidates in")
  const title = w[k - 1] === 'runner' || w[k - 1] === 'runners' ? (w[k - 2] === 'front' ? 'frontrunner' : '') : (w[k - 1] ?? '').replace(/s$/, '');
  if (!/^(candidate|contender|hopeful|nominee|frontrunner|front-runner)$/.test(title)) return;
  let j = title === 'frontrunner' && w[k - 2] === 'front' ? k - 3 : k - 2;
  while (j >= 0 && j > k - 9 && view.entityAt[j]! < 0 && /^(a|an|the|leading|opposition|former|presidential|democratic|republican|herself|himself|was|is|been|had|has|who|currently|also|and|,|top|main|independent|one|of)$/.test(w[j]!)) j--;
  const m = view.mentions.find((x) => x.last === j + 1);
  if (m && ctx.kindOf(m.entity) === 'person') frame.roles.push({ role: 'about', entity: m.entity, label: `candidate ${w[k]}`, sentence: view.index, confidence: 0.6 });
}

/** "X's victory in the Nevada caucuses", "X was declared the winner of the election", "X, the winner of the primary". */
function winner(ctx: DocumentContext, view: SentenceView, frame: Frame): void {
  const w = view.lower;
  const k = beforeElectionName(view, frame);
  if (!/^(in|of)$/.test(w[k] ?? '') || !/^(victory|win|winner|defeat|loss)$/.test(w[k - 1] ?? '')) return;
  let j = k - 2;
  let m: MentionRef | undefined;
  if (w[j] === "'s" || w[j] === "'") m = view.mentions.find((x) => x.last === j);
  else {
    // ("X was declared the winner of", "X, the winner of", "X and Y claimed victory in")
    while (j >= 0 && j > k - 7 && view.entityAt[j]! < 0 && /^(the|a|projected|declared|named|was|is|been|has|had|,|apparent|presumptive|clear|claimed|claims)$/.test(w[j]!)) j--;
    m = view.mentions.find((x) => x.last === j + 1);
  }
  if (!m || ctx.kindOf(m.entity) !== 'person') return;
  for (const e of [m.entity, ...coordinated(ctx, view, m)]) frame.roles.push({ role: 'about', entity: e, label: `${w[k - 1]} ${w[k]}`, sentence: view.index, confidence: 0.6 });
}

/**
 * What a person's event ("X's murder", "his election") is to them: suffered or decided, not done
 * (a judge's ruling is theirs, and so is "Obama's nomination of Garland").
 */
function sufferedBy(type: EventType, noun: string, next?: string): Role | undefined {
  if (/^(ruling|rulings|verdict|verdicts)$/.test(noun) || (/^nominations?$/.test(noun) && next === 'of')) return undefined;
  return type === 'killing' ? 'killed' : type === 'trial' || type === 'arrest' || type === 'election' || noun === 'death' ? 'about' : undefined;
}

/** Words before "to" whose subject is the infinitive's: "is expected to", "decided to". */
const INTENDS = /^(expected|set|likely|poised|projected|due|scheduled|going|decided|agreed)$/;
/** Passives of saying or believing whose subject is the infinitive's: "was declared to have won". */
const RAISED = /^(declared|said|reported|believed|thought|known|alleged|understood|rumou?red|confirmed|projected)$/;

/** Participles of what happens to a person: an office taken, a removal, a move, a release. */
const UNDERGONE = /^(appointed|chosen|selected|picked|fired|ousted|dismissed|removed|suspended|expelled|released|freed|pardoned|promoted|knighted|hospitali[sz]ed|evacuated|airlifted|transported|deported|extradited|rescued|awarded|inducted|buried|cremated|defeated)$/;
/** Of those, the ones that take a person somewhere ("to Germany"). */
const MOVED = /^(evacuated|airlifted|transported|deported|extradited)$/;

/** Participles whose agent after "by" did the event that is their subject. */
const DONE_BY = /^(carried|conducted|launched|filed|organised|organized|staged|perpetrated|committed|mounted|initiated|brought|claimed)$/;

/** People and groups act; of places, only countries do ("The United States took out ..."). */
function agentKind(ctx: DocumentContext, entity: number): boolean {
  const e = ctx.resolution.entities[entity]!;
  return e.kind !== 'place' || countryName(e.label) !== undefined;
}

/**
 * "The strike that killed Soleimani also killed X": between the event noun and the verb at i
 * stands a relative clause, so the noun is the verb's subject.
 */
function relativeClauseBetween(view: SentenceView, frame: Frame, i: number): boolean {
  if (frame.sentence !== view.index || i - frame.last > 12) return false;
  const between = view.lower.slice(frame.last, i);
  if (!/^(that|which)$/.test(between[0] ?? '')) return false;
  if (between.some((x) => /^[,;:.“”]$/.test(x))) return false;
  const verbs = between.filter((x) => ROLE_VERBS.has(x) || ORDER_VERBS.has(x) || EVENT_VERBS.has(x) || x === 'out');
  return verbs.length > 0 && !ROLE_VERBS.has(between[between.length - 1]!) && !ORDER_VERBS.has(between[between.length - 1]!);
}

/** Where the subject of the verb at i ends: before its adverbs ("has also") and an acronym in brackets ("the World Health Organization (WHO) raised"). */
function subjectEnd(view: SentenceView, i: number): number {
  let k = i - 1;
  while (k >= 0 && ADVERBS.test(view.lower[k]!)) k--;
  // ("X is expected to win", "X decided to run": the subject of what the infinitive says)
  // ("X was declared to have won", "is said to have ordered": a passive of saying or believing too)
  if (view.lower[k] === 'to' && (INTENDS.test(view.lower[k - 1] ?? '') || (RAISED.test(view.lower[k - 1] ?? '') && /^(is|are|was|were|been|be|being)$/.test(view.lower[k - 2] ?? '')))) {
    k -= 2;
    while (k >= 0 && ADVERBS.test(view.lower[k]!)) k--;
  }
  // "X on Monday announced", "X, on January 5, said", "X yesterday said": a time phrase between
  const w = view.lower;
  const comma = w[k] === ',' ? 1 : 0;
  let t = k - comma;
  if (/^(yesterday|today|tonight)$/.test(w[t] ?? '')) t -= 1;
  else if (WEEKDAY.test(w[t] ?? '') && w[t - 1] === 'on') t -= 2;
  else if (/^\d{1,2}$/.test(w[t] ?? '') && MONTH.test(w[t - 1] ?? '') && w[t - 2] === 'on') t -= 3;
  else if (/^(week|month|year|night)$/.test(w[t] ?? '') && /^(last|this)$/.test(w[t - 1] ?? '')) t -= 2;
  else t = -2;
  if (t > -2 && (!comma || w[t] === ',')) {
    k = t - comma;
    while (k >= 0 && ADVERBS.test(w[k]!)) k--;
  }
  if (view.lower[k] === ')' && view.lower[k - 2] === '(' && view.entityAt[k - 3]! >= 0) k -= 3;
  return k;
}

/** The entity that is the subject of the verb at i: a mention (or pronoun) right before it, past adverbs. */
function subjectBefore(ctx: DocumentContext, view: SentenceView, i: number): number | undefined {
  let k = subjectEnd(view, i);
  // "Macron, who visited Beirut": the name before the relative clause (its acts are background, see namedBefore)
  if (view.lower[k] === 'who' && view.lower[k - 1] === ',' && view.entityAt[k - 2]! >= 0) k -= 2;
  if (k < 0) return undefined;
  // "the Parliament of New South Wales (NSW), Australia voted": the subject stands before where it is
  const place = view.entityAt[k]! >= 0 && ctx.kindOf(view.entityAt[k]!) === 'place' ? view.mentions.find((m) => m.first <= k && k < m.last) : undefined;
  if (place && view.lower[place.first - 1] === ',') {
    let before = place.first - 2;
    if (view.lower[before] === ')' && view.lower[before - 2] === '(') before -= 3;
    if (before >= 0 && view.entityAt[before]! >= 0 && ctx.kindOf(view.entityAt[before]!) !== 'place') k = before;
    // ("Police in Paris, France arrested": the places are where, not who)
    else if (before >= 0 && view.entityAt[before]! >= 0) {
      const inner = view.mentions.find((m) => m.first <= before && before < m.last)!;
      if (NOT_SUBJECT.test(view.lower[inner.first - 1] ?? '')) return undefined;
    }
  }
  // ("the president of the league, Jamel Msallem, said", "The militant group, the Islamic State,
  // claimed", "Ana Ruiz, said": a name set off by commas before the verb is its subject)
  const named = view.lower[k] === ',' ? view.mentions.find((m) => m.last === k) : undefined;
  const opening = named ? named.first - (view.lower[named.first - 1] === 'the' ? 2 : 1) : -2;
  if (named && ctx.kindOf(named.entity) !== 'place' && (opening < 0 || view.lower[opening] === ',')) k--;
  else k = beforeApposition(view, k);
  if (view.entityAt[k]! >= 0 && secondOfBetween(view, k)) return undefined;
  if (view.entityAt[k]! >= 0) {
    // "A former advisor for U.S. President Donald Trump was sentenced": a name in a phrase after
    // a preposition is not the subject
    let j = k;
    // ("X of the army's Western Mindanao Command said": over a possessor and a word the name left out)
    while (j >= 0 && (view.entityAt[j]! >= 0 || PERSON_TITLES.has(view.lower[j]!) || /^(the|a|an|'s|incumbent|former|then|late|acting|outgoing|current)$/.test(view.lower[j]!)
      || (view.lower[j + 1] === "'s" && /^\p{Ll}+$/u.test(view.sentence.tokens[j]!.text)) || (view.entityAt[j + 1]! >= 0 && /^\p{Lu}\p{Ll}+$/u.test(view.sentence.tokens[j]!.text)))) j--;
    if (j >= 0 && /^(for|of|to|with|from|at|in|on|by|under|near|against|about)$/.test(view.lower[j]!)) {
      // "Commissioner James Rovella of the Connecticut Department said": the person is the subject
      const head = view.lower[j] === 'of' && j > 0 ? view.entityAt[j - 1]! : -1;
      if (head >= 0 && ctx.kindOf(head) === 'person') return head;
      // ("Researchers at the University of Oxford developed", "scientists from NASA found": the group whose people they are)
      if (staffBefore(view, j) && ctx.kindOf(view.entityAt[k]!) === 'group') return view.entityAt[k];
      // "Senator from Vermont Bernie Sanders won": the phrase is the person's title
      if (/^(from|of)$/.test(view.lower[j]!) && j > 0 && PERSON_TITLES.has(view.lower[j - 1]!) && ctx.kindOf(view.entityAt[k]!) === 'person') return view.entityAt[k];
      return undefined;
    }
    return view.entityAt[k];
  }
  return resolvePronoun(ctx, view.index, k) ?? speakerOfPronoun(ctx, view, k);
}

/**
 * "Police said they arrested X", "Acme confirmed it had bought Y": "it" or "they" right after a
 * verb of saying (and "that") is the body or country that says it.
 */
function speakerOfPronoun(ctx: DocumentContext, view: SentenceView, k: number): number | undefined {
  if (!/^(it|they)$/.test(view.lower[k] ?? '')) return undefined;
  const say = view.lower[k - 1] === 'that' ? k - 2 : k - 1;
  if (!SAY_VERBS.has(view.lower[say] ?? '') || view.quoted[k]) return undefined;
  const speaker = subjectBefore(ctx, view, say);
  return speaker !== undefined && ctx.kindOf(speaker) !== 'person' && agentKind(ctx, speaker) ? speaker : undefined;
}

/** Whether the mention at k is the second of "between X and Y": no verb's subject ("talks between Iran and the US resumed"). */
function secondOfBetween(view: SentenceView, k: number): boolean {
  const m = view.mentions.find((x) => x.first <= k && k < x.last);
  if (!m) return false;
  const and = view.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  const first = view.lower[and] === 'and' ? view.mentions.find((x) => x.last === and) : undefined;
  if (!first) return false;
  return (view.lower[first.first - 1] === 'the' ? view.lower[first.first - 2] : view.lower[first.first - 1]) === 'between';
}

/** ", said X" or "” X said" after a quotation. */
function afterQuoteSpeaker(view: SentenceView, i: number): number | undefined {
  const next = mentionAt(view, i + 1);
  if (next && /^[,”"]$/.test(view.lower[i - 1] ?? '')) return next.entity;
  return undefined;
}

function mentionAt(view: SentenceView, i: number): MentionRef | undefined {
  let k = i;
  while (k < view.lower.length && /^(the|president|general|gen\.|prime|minister)$/.test(view.lower[k]!) && view.entityAt[k]! < 0) k++;
  return view.mentions.find((m) => m.first === k);
}

/**
 * Whether the event noun `frame` is the subject of the verb at i: "the strike (that) (also)
 * killed", "a bombing in Kabul killed" (a place phrase may stand between).
 */
function subjectIsFrame(view: SentenceView, frame: Frame, i: number): boolean {
  if (frame.sentence !== view.index) return false;
  let k = frame.last;
  while (k < i) {
    const word = view.lower[k]!;
    if (ADVERBS.test(word) || /^(that|which|also|have|has|had)$/.test(word) || TIME_WORDS.test(word)) { k++; continue; }
    // ("the demonstration, which was organised by X": a clause of the event's own, set off by a comma)
    if (word === ',' && k === frame.last && view.lower[k + 1] === 'which') { k++; continue; }
    // ("Hurricane Laura hit", "Typhoon Hagibis struck": a storm's name after its kind)
    if (k === frame.last && view.entityAt[k]! < 0 && /^\p{Lu}/u.test(view.sentence.tokens[k]!.text) && DISASTER_NOUNS.has(view.lower[frame.last - 1]!)) {
      while (k < i && view.entityAt[k]! < 0 && /^\p{Lu}/u.test(view.sentence.tokens[k]!.text)) k++;
      continue;
    }
    // ("an earthquake of magnitude 7.0 struck": its measure)
    if (word === 'of' && k === frame.last && view.lower.slice(k + 1, i).every((x) => MEASURE.test(x)) && i - k <= 6) { k = i; continue; }
    if (/^(in|at|near|on|outside)$/.test(word)) {
      // a place phrase: preposition, articles, a mention
      let j = k + 1;
      while (j < i && /^(the|a|an|northern|southern|eastern|western|central)$/.test(view.lower[j]!)) j++;
      const m = view.mentions.find((x) => x.first === j);
      if (m) { k = m.last; continue; }
      // or a common noun: "a fire at a hotel killed", "the strike on the convoy killed"
      if (j > k + 1 && j < i && /^\p{Ll}+$/u.test(view.lower[j]!) && !/^(that|which|who|and|but|is|are|was|were|has|have|had)$/.test(view.lower[j]!)) {
        k = j + 1;
        continue;
      }
      return false;
    }
    return false;
  }
  return true;
}

/** The words of a disaster's measure: "of magnitude 7.0 on the Richter scale", "of category 4". */
const MEASURE = /^(\d+(\.\d+)?|magnitude|richter|scale|the|on|category|force|strength)$/;

/** A group's people, as a subject before the group's name: "researchers at", "officials from". */
const STAFF = /^(researchers|scientists|experts|engineers|doctors|officials|workers|employees|staff|investigators|astronomers|economists|analysts|academics|physicians|executives)$/;

/** Whether the preposition at j follows a group's people first in their clause: "Researchers at [Oxford]" (not "met researchers at Oxford"). */
function staffBefore(view: SentenceView, j: number): boolean {
  return /^(at|from|of|with)$/.test(view.lower[j] ?? '') && STAFF.test(view.lower[j - 1] ?? '') && (j === 1 || /^(,|the|and|but|that|when|where|;)$/.test(view.lower[j - 2] ?? ''));
}

/** What a person acted on is, before their name: "killed journalist X", "arrested activist X". */
const VICTIM_NOUNS = /^(journalist|photojournalist|reporter|photographer|cameraman|blogger|activist|dissident|lawyer|politician|student|doctor|nurse|teacher|priest|cleric|imam|rabbi|soldier|officer|policeman|policewoman|businessman|businesswoman|writer|singer|actor|actress|rapper|musician|footballer|filmmaker|farmer|worker|engineer|scientist|professor|motorcyclist|cyclist|pedestrian|driver|passenger|tourist|volunteer|pilot|diplomat|protester|demonstrator|candidate|opponent|critic|rival)$/;

/** Whether a named entity follows a verb closely, as its object. */
function objectNamed(view: SentenceView, from: number): boolean {
  for (let k = from; k < Math.min(view.lower.length, from + 6); k++) {
    if (view.entityAt[k]! >= 0) return true;
    if (namesInApposition(view, from, k) || namesInApposition(view, from, k + 1)) continue;
    // ("sentenced former Peruvian Vice President X": over a nationality and titles too; "killed journalist X": and what one is)
    if (!OBJECT_SKIP.test(view.lower[k]!) && !PERSON_TITLES.has(view.lower[k]!) && !TITLE_MODIFIERS.has(view.lower[k]!) && !(k === from && VICTIM_NOUNS.test(view.lower[k]!))
      && countryOfDemonym(view.sentence.tokens[k]!.text) === undefined) return false;
  }
  return false;
}

/** Whether k is the comma after a plural noun of the object, before the names it stands for: "two journalists, X and Y". */
function namesInApposition(view: SentenceView, from: number, k: number): boolean {
  return view.lower[k] === ',' && k > from && /^(\p{Ll}+s|men|women|children|people)$/u.test(view.sentence.tokens[k - 1]!.text) && view.entityAt[k + 1]! >= 0;
}

/** An event noun that is the object of a verb: "the assault", "a series of attacks", "the brutal repression of". */
function eventNounAfter(view: SentenceView, i: number, overNames = false): number | undefined {
  for (let k = i; k < Math.min(view.lower.length, i + (overNames ? 8 : 5)); k++) {
    // "won the Democratic Party's Nevada caucuses": names may modify the noun
    if ((view.entityAt[k]! >= 0 && !overNames) || /^[,.;:“”"]$/.test(view.lower[k]!)) return undefined;
    // ("ordered fire safety checks": a fire word that modifies another is no fire)
    if (EVENT_NOUNS.has(view.lower[k]!) && !namesNoEvent(view.lower, k, view.sentence.tokens) && !monthName(view, k)) return k;
  }
  return undefined;
}

/**
 * The place one travelled to, to attend the event noun `frame`: "flew to Paris to attend the
 * summit", "traveling to Cleveland, Ohio to participate in the debate".
 */
function wentFor(view: SentenceView, frame: Frame): { place: MentionRef; verb: number } | undefined {
  const w = view.lower;
  let k = frame.first - 1;
  while (k > frame.first - 5 && k >= 0 && view.entityAt[k]! < 0 && /^(the|a|an|its|their|his|her|first|second|third|final|last|next|\p{Ll}+al)$/u.test(w[k]!)) k--;
  const to = /^(attend|join)$/.test(w[k] ?? '') ? k - 1 : w[k] === 'in' && w[k - 1] === 'participate' ? k - 2 : w[k] === 'in' && w[k - 1] === 'part' && w[k - 2] === 'take' ? k - 3 : -1;
  if (to < 2 || w[to] !== 'to') return undefined;
  // back over the places ("Cleveland, Ohio") to the verb of travel and its "to"
  let j = to - 1;
  let first: MentionRef | undefined;
  while (j >= 0 && (view.entityAt[j]! >= 0 || w[j] === ',')) { const m = view.mentions.find((x) => x.first <= j && j < x.last); if (m) { first = m; j = m.first - 1; } else j--; }
  return first && w[j] === 'to' && TRAVEL_VERBS.has(w[j - 1] ?? '') ? { place: first, verb: j - 1 } : undefined;
}

/** Whose body the subject ending before the auxiliary at `aux` is: "X's body was", "the body of X was". */
function bodyOf(view: SentenceView, aux: number): MentionRef | undefined {
  const w = view.lower;
  if (w[aux - 1] === 'body' && /^['’]s?$/.test(w[aux - 2] ?? '')) return view.mentions.find((x) => x.last === aux - 2);
  return view.mentions.find((x) => x.last === aux && w[x.first - 1] === 'of' && w[x.first - 2] === 'body');
}

/** Where a time phrase at k ends ("on Monday", "yesterday", "last week"), or k. */
function pastTimePhrase(w: readonly string[], k: number): number {
  if (w[k] === 'on' && WEEKDAY.test(w[k + 1] ?? '')) return k + 2;
  if (/^(yesterday|today|tonight)$/.test(w[k] ?? '')) return k + 1;
  if (/^(last|this)$/.test(w[k] ?? '') && /^(week|month|year|night)$/.test(w[k + 1] ?? '')) return k + 2;
  return k;
}

/** "on March 3", "in May", "began on March 13": a capitalised month is no march. */
function monthName(view: SentenceView, i: number): boolean {
  const word = view.lower[i]!;
  return (word === 'march' || word === 'may') && /^M/.test(view.sentence.tokens[i]!.text) && (i > 0 || /^\d/.test(view.lower[i + 1] ?? ''));
}

/** "ordered the military to take out X": the event verb of an infinitive after the object. */
function infinitiveEvent(view: SentenceView, i: number): number | undefined {
  for (let k = i; k < Math.min(view.lower.length - 1, i + 5); k++) {
    if (view.lower[k] === 'to' && (EVENT_VERBS.has(view.lower[k + 1]!) || killPhrasalAt(view.lower, k + 1))) return k + 1;
    if (/^[,.;:]$/.test(view.lower[k]!)) return undefined;
  }
  return undefined;
}

/** The entities a role verb or event verb acts on: "killed X and Y", "targeting Iraq's PMF". */
function victims(ctx: DocumentContext, view: SentenceView, frame: Frame, from: number, relation: Role): void {
  let k = from;
  let found = 0;
  for (; k < Math.min(view.lower.length, from + 8); k++) {
    const entity = view.entityAt[k]!;
    if (entity >= 0) {
      const m = view.mentions.find((x) => x.first <= k && k < x.last)!;
      // "Iraq's PMF": the possessed entity is the one acted on
      const owned = (view.lower[m.last] === "'s" || view.lower[m.last] === "'") ? view.mentions.find((x) => x.first === m.last + 1) : undefined;
      // ("hit the Ohio city of Dayton": the place named after its kind)
      const target = owned ?? (ctx.kindOf(m.entity) === 'place' ? placeNamedAfter(ctx, view, m) : undefined) ?? m;
      const kind = ctx.kindOf(target.entity);
      // ("killed Abu Dhabi TV photojournalist Ziad al-Sharabi": the person the name and the noun describe)
      if (kind !== 'person') {
        let j = target.last;
        while (j < target.last + 2 && /^\p{Ll}+$/u.test(view.sentence.tokens[j]?.text ?? '') && (PERSON_TITLES.has(view.lower[j]!) || OCCUPATION.test(view.lower[j]!))) j++;
        if (j > target.last && view.entityAt[j]! >= 0 && ctx.kindOf(view.entityAt[j]!) === 'person') { k = j - 1; continue; }
      }
      // "gained 13 seats and Liberal Democrats lost 10": a name with a verb of its own begins another clause
      const next = target.last;
      if (k > from && next < view.lower.length && (isActionVerb(view, next) || SAY_VERBS.has(view.lower[next] ?? '') || EVENT_VERBS.has(view.lower[next] ?? ''))) break;
      // ("the earthquake struck Michoacan": a disaster happens where it strikes)
      if (relation === 'targeted' && kind === 'place' && frame.noun && frame.type === 'other' && DISASTER_NOUNS.has(view.lower[frame.last - 1]!)) {
        frame.roles.push({ role: 'occurred_in', entity: target.entity, label: view.sentence.tokens[from - 1]!.text, sentence: view.index, confidence: 0.7 });
        found++;
      } else if (relation === 'targeted' || kind !== 'place') {
        frame.roles.push({ role: relation, entity: target.entity, label: view.sentence.tokens[from - 1]!.text, sentence: view.index, confidence: 0.75 });
        found++;
      } else if (frame.type === 'meeting' && found === 0) {
        // "Putin visited Magnitogorsk": the place visited is where the visit happened
        frame.roles.push({ role: 'occurred_in', entity: target.entity, label: view.sentence.tokens[from - 1]!.text, sentence: view.index, confidence: 0.7 });
        found++;
      }
      k = target.last - 1;
      if (view.lower[k + 1] === 'and' || view.lower[k + 1] === ',') continue;
      // "Ohio man James Alex Fields": where the person is from, then the person
      if (kind === 'place' && PEOPLE_NOUN.test(view.lower[k + 1] ?? '')) { k++; continue; }
      break;
    }
    if (!OBJECT_SKIP.test(view.lower[k]!) && !/^\p{Lu}/u.test(view.sentence.tokens[k]!.text) && found) break;
    if (/^[.;:“”"]$/.test(view.lower[k]!)) break;
    // ("selected two astronauts, Doug Hurley and Bob Behnken": the names in apposition to the noun)
    if (found === 0 && namesInApposition(view, from, k)) continue;
    // ("struck the western Mexican state of Michoacan": over a kind of place and its part of a country)
    if (found === 0 && !OBJECT_SKIP.test(view.lower[k]!) && !/^\p{Lu}/u.test(view.sentence.tokens[k]!.text) && k > from + 1
      && !(PLACE_KINDS.has(view.lower[k]!) && view.lower[k + 1] === 'of')) break;
  }
}

/** Roles a noun trigger gets from its neighbours: agent before, target and place after. */
function nounRoles(ctx: DocumentContext, view: SentenceView, frame: Frame, i: number): void {
  const w = view.lower;
  const tokens = view.sentence.tokens;
  // "U.S. airstrikes", "Israeli strikes", "Hamas attack", "the Iraq war"
  let k = frame.first - 1;
  // ("the 2020 United States presidential election": where, before the kind of election)
  // ("Pennsylvania's 20 electoral college votes")
  while (k >= 0 && /^(deadly|fatal|latest|recent|suspected|alleged|massive|new|brutal|rocket|drone|air|imminent|presidential|parliamentary|legislative|general|local|municipal|midterm|gubernatorial|mayoral|federal|electoral|college|popular|\d[\d,]*)$/.test(w[k]!)) k--;
  if (k >= 0 && view.entityAt[k]! >= 0) {
    const e = view.entityAt[k]!;
    const m = view.mentions.find((x) => x.last === k + 1);
    if (m) {
      const kind = ctx.kindOf(e);
      // "the Iraq war", "a Kabul car bombing": a city names where; a country may be who ("U.S. airstrikes")
      const scene = kind === 'place' && !countryName(ctx.resolution.entities[e]!.label);
      if (frame.type === 'conflict' || frame.type === 'protest' || frame.type === 'election' || scene) {
        if (kind === 'place') frame.roles.push({ role: 'occurred_in', entity: e, label: tokens[k]!.text, sentence: view.index, confidence: 0.65 });
        // ("the Democratic Party's Nevada caucuses": the party holds them there)
        const holder = kind === 'place' && frame.type === 'election' && /^['’]s?$/.test(w[m.first - 1] ?? '') ? view.mentions.find((x) => x.last === m.first - 1) : undefined;
        if (holder && ctx.kindOf(holder.entity) === 'group') frame.roles.push({ role: 'carried_out', entity: holder.entity, label: `${tokens[holder.last - 1]!.text}'s`, sentence: view.index, confidence: 0.6 });
      } else if (frame.type === 'attack' || frame.type === 'killing' || frame.type === 'sanction' || frame.type === 'arrest') {
        frame.roles.push({ role: 'carried_out', entity: e, label: tokens[k]!.text, sentence: view.index, confidence: 0.6 });
      }
    }
  } else if (k >= 0 && (w[k] === "'s" || w[k] === "'") && view.entityAt[k - 1]! >= 0) {
    // "Khashoggi's murder", "Kelly and Baroni's convictions": a person's killing or trial is
    // suffered, not done; anyone else's attack or ruling is theirs
    for (let m = view.mentions.find((x) => x.last === k); m; m = w[m.first - 1] === 'and' ? view.mentions.find((x) => x.last === m!.first - 1) : undefined) {
      const person = ctx.kindOf(m.entity) === 'person';
      // ("Wisconsin's elections": a place's election, protest or trial happens there)
      const scene = ctx.kindOf(m.entity) === 'place' && /^(election|protest|conflict|meeting|trial|other)$/.test(frame.type);
      const role = scene ? 'occurred_in' : person ? sufferedBy(frame.type, w[i]!, w[i + 1]) ?? 'carried_out' : 'carried_out';
      frame.roles.push({ role, entity: m.entity, label: `${tokens[k - 1]!.text}'s`, sentence: view.index, confidence: 0.6 });
      if (role === 'carried_out' || role === 'occurred_in') break;
    }
  } else if (k >= 0 && (w[k] === 'his' || w[k] === 'her') && sufferedBy(frame.type, w[i]!, w[i + 1])) {
    // "since his election in 2014", "her trial": of whom the pronoun means ("After his arrest on
    // Friday, Brenton stayed": the subject after the opening phrase)
    const comma = /^(after|before|since|following|upon|during)$/.test(w[0] ?? '') && frame.first <= 4 ? w.indexOf(',', frame.last) : -1;
    const after = comma > 0 && comma < frame.last + 6 ? view.mentions.find((x) => x.first === comma + 1 && ctx.kindOf(x.entity) === 'person') : undefined;
    const who = after?.entity ?? resolvePronoun(ctx, view.index, k);
    const role = sufferedBy(frame.type, w[i]!, w[i + 1])!;
    if (who !== undefined && ctx.kindOf(who) === 'person') frame.roles.push({ role, entity: who, label: `${tokens[k]!.text} ${tokens[frame.first]!.text}`, sentence: view.index, confidence: 0.55 });
  } else if (k >= 0) {
    const country = countryOfDemonym(tokens[k]!.text) ?? countryName(tokens[k]!.text);
    const e = country && (frame.type === 'attack' || frame.type === 'killing') ? ctx.countryEntity(country, tokens[k]!) : undefined;
    if (e !== undefined && (frame.type === 'attack' || frame.type === 'killing')) {
      frame.roles.push({ role: 'carried_out', entity: e, label: tokens[k]!.text, sentence: view.index, confidence: 0.6 });
    }
  }
  // ("X faced charges of fraud", "X is facing murder charges": the accused)
  const faced = (k: number) => /^(face|faces|faced|facing)$/.test(w[k] ?? '');
  const at = faced(frame.first - 1) ? frame.first - 1 : faced(frame.first - 2) && CHARGED.test(w[frame.first - 1] ?? '') ? frame.first - 2 : -1;
  if (frame.type === 'trial' && at >= 0) {
    const accused = subjectBefore(ctx, view, at);
    if (accused !== undefined && ctx.kindOf(accused) !== 'place') frame.roles.push({ role: 'about', entity: accused, label: tokens[at]!.text, sentence: view.index, confidence: 0.6 });
  }
  // ("travelled to Cleveland, Ohio to take part in the first presidential debate": where one went for it)
  // (and who travelled there took part in it)
  const went = wentFor(view, frame);
  if (went !== undefined && ctx.kindOf(went.place.entity) === 'place') {
    frame.roles.push({ role: 'occurred_in', entity: went.place.entity, label: `to ${tokens[went.place.first]!.text}`, sentence: view.index, confidence: 0.55 });
    const traveller = /^(meeting|protest)$/.test(frame.type) ? subjectBefore(ctx, view, went.verb) : undefined;
    if (traveller !== undefined && agentKind(ctx, traveller)) frame.roles.push({ role: 'carried_out', entity: traveller, label: tokens[went.verb]!.text, sentence: view.index, confidence: 0.55 });
  }
  // "attacks on X", "strikes against X", "strikes targeting X"
  const next = w[i + 1];
  if (next === 'on' || next === 'against') {
    const m = mentionAfter(view, i + 2, true);
    // ("the lawsuit against X", "charges against US President X": whom the trial is about)
    const about = frame.type === 'trial' ? personAfterTitles(ctx, view, i + 2) ?? m : frame.type === 'meeting' || frame.type === 'election' ? (m && ctx.kindOf(m.entity) === 'person' ? m : rivalAfter(ctx, view, i + 2) ?? m) : m;
    // ("the debate against Joe Biden": the other side takes part; "the race against X" is about X)
    const role: Role = frame.type === 'trial' || frame.type === 'election' ? 'about' : frame.type === 'meeting' ? 'carried_out' : 'targeted';
    if (about) frame.roles.push({ role, entity: about.entity, label: `${tokens[i]!.text} ${next}`, sentence: view.index, confidence: 0.7 });
  }
  // "the attack by X", "the attack, reportedly conducted by X", "a bombing carried out by X"
  let by = i + 1;
  if (w[by] === ',') by++;
  if (/^(reportedly|allegedly|apparently)$/.test(w[by] ?? '')) by++;
  const participle = PERPETRATED.test(w[by] ?? '');
  if (participle) by++;
  if (participle && w[by] === 'out') by++;
  if (w[by] === 'by' && (by === i + 1 || participle)) {
    const m = mentionAfter(view, by + 1);
    if (m && ctx.kindOf(m.entity) !== 'place') frame.roles.push({ role: 'carried_out', entity: m.entity, label: `${tokens[i]!.text} by`, sentence: view.index, confidence: by === i + 1 ? 0.7 : 0.65 });
  }
  if (frame.type === 'meeting') meetingRoles(ctx, view, frame, i);
  // ("talks between Iran and the United States", "the war between X and Y": both sides hold it)
  // ("a contract with NASA", "the deal with Iran": the other side of an agreement)
  if ((next === 'between' && /^(meeting|conflict|agreement)$/.test(frame.type)) || (next === 'with' && frame.type === 'agreement')) {
    // (not an owner: "a deal with Assad's government")
    for (const m of sidesListedFrom(ctx, view, i + 2)) {
      if (agentKind(ctx, m.entity) && !(next === 'with' && /^['’]s?$/.test(w[m.last] ?? ''))) frame.roles.push({ role: 'carried_out', entity: m.entity, label: `${tokens[i]!.text} ${next}`, sentence: view.index, confidence: 0.65 });
    }
  }
  if (frame.type === 'election') { candidate(ctx, view, frame); winner(ctx, view, frame); }
  // "the poisoning of X", "the shooting of X": whom the attack targeted
  if (next === 'of' && frame.type === 'attack') {
    const m = mentionAfter(view, i + 2, true);
    if (m) frame.roles.push({ role: 'targeted', entity: m.entity, label: `${tokens[i]!.text} of`, sentence: view.index, confidence: 0.65 });
  }
  if (next === 'of' && (frame.type === 'killing' || frame.type === 'trial' || frame.type === 'arrest' || /^(nominations?|death)$/.test(w[i]!))) {
    // "the convictions of Bridget Kelly and Bill Baroni": each of them
    const first = mentionAfter(view, i + 2);
    for (let m = first && ctx.kindOf(first.entity) === 'person' ? first : personAfterTitles(ctx, view, i + 2); m && ctx.kindOf(m.entity) === 'person'; m = w[m.last] === 'and' ? view.mentions.find((x) => x.first === m!.last + 1) : undefined) {
      frame.roles.push({ role: frame.type === 'killing' ? 'killed' : 'about', entity: m.entity, label: `${tokens[i]!.text} of`, sentence: view.index, confidence: 0.7 });
    }
  }
  // "an investigation into Acme Corp", "a probe of the mayor's office": whom an inquiry is about
  if (INQUIRIES.test(w[i]!) && (next === 'into' || next === 'of')) {
    const m = mentionAfter(view, i + 2, true);
    if (m && ctx.kindOf(m.entity) !== 'place') frame.roles.push({ role: 'about', entity: m.entity, label: `${tokens[i]!.text} ${next}`, sentence: view.index, confidence: 0.65 });
  }
  placeAfter(ctx, view, frame, i + 1);
}

const INQUIRIES = /^(investigations?|inquiry|inquiries|probes?)$/;

/**
 * The person after a title phrase at i: "of [United States] senator and presidential candidate
 * [Robert F. Kennedy]", "of Russian General [Igor Kirillov]": common words with a title among
 * them, places and nationalities.
 */
/** The names listed from k, each a person past a place and titles where they stand: "between US President X and former US Vice President Y". */
const sidesListedFrom = (ctx: DocumentContext, view: SentenceView, k: number): MentionRef[] => namesListedFrom(view, k, (j) => personAfterTitles(ctx, view, j));

/** "against Democratic rival Joe Biden": the person a few words of description after k lead to (past a party's name too). */
function rivalAfter(ctx: DocumentContext, view: SentenceView, k: number): MentionRef | undefined {
  const person = view.mentions.find((x) => x.first >= k && x.first <= k + 3 && ctx.kindOf(x.entity) === 'person');
  if (!person) return undefined;
  for (let j = k; j < person.first; j++) {
    const e = view.entityAt[j]!;
    if ((e >= 0 && ctx.kindOf(e) !== 'group') || NOT_MODIFIERS.test(view.lower[j]!) || !/^\p{L}/u.test(view.lower[j]!)) return undefined;
  }
  return person;
}

function personAfterTitles(ctx: DocumentContext, view: SentenceView, i: number): MentionRef | undefined {
  let k = i;
  let titled = false;
  while (k < i + 10 && k < view.lower.length) {
    const m = view.mentions.find((x) => x.first === k);
    if (m) {
      if (ctx.kindOf(m.entity) === 'person') return titled ? m : undefined;
      // (a group's name before a title is the title's too: "Senate President X", "Apple CEO X")
      const next = view.lower[m.last] ?? '';
      if (ctx.kindOf(m.entity) !== 'place' && !PERSON_TITLES.has(next) && !(TITLE_MODIFIERS.has(next) && PERSON_TITLES.has(view.lower[m.last + 1] ?? ''))) return undefined;
      k = m.last;
      continue;
    }
    const word = view.lower[k]!;
    if (PERSON_TITLES.has(word)) titled = true;
    // (over the word that makes a title with the next: "Vice President", "Prime Minister")
    else if (!(TITLE_MODIFIERS.has(word) && PERSON_TITLES.has(view.lower[k + 1] ?? '')) && !(word === 'and' || (/^\p{Ll}/u.test(view.sentence.tokens[k]!.text) && !NOT_MODIFIERS.test(word) && !EVENT_VERBS.has(word) && !SAY_VERBS.has(word)))
      && !countryOfDemonym(view.sentence.tokens[k]!.text)) return undefined;
    k++;
  }
  return undefined;
}

/** "In Iowa, caucuses were held", "In Kabul, gunmen killed": a place phrase set before the event. */
function placeBefore(ctx: DocumentContext, view: SentenceView, frame: Frame): void {
  const w = view.lower;
  let k = frame.first - 1;
  while (k >= 0 && k >= frame.first - 4 && w[k] !== ',' && view.entityAt[k]! < 0 && !/^[.;:“”"]$/.test(w[k]!)) k--;
  if (w[k] !== ',') return;
  const m = view.mentions.find((x) => x.last === k);
  if (!m || ctx.kindOf(m.entity) !== 'place' || !/^(in|at)$/.test(w[m.first - 1] ?? '')) return;
  frame.roles.push({ role: 'occurred_in', entity: m.entity, label: w[m.first - 1]!, sentence: view.index, confidence: 0.6 });
}

/** "convictions following the “Bridgegate scandal” in Fort Lee": a place past these words is another event's. */
const LATER_EVENT = /^(following|after|before|during|amid|since)$/;

/** Elsewhere in the event's sentence, "in X" or "at X" (the first such place): where it happened, less surely. */
function placeInSentence(ctx: DocumentContext, view: SentenceView, frame: Frame): void {
  const other = view.lower.findIndex((w, k) => k >= frame.last && LATER_EVENT.test(w));
  const m = view.mentions.find((x) => ctx.kindOf(x.entity) === 'place' && /^(in|at)$/.test(view.lower[x.first - 1] ?? '') && !view.quoted[x.first]
    && (other < 0 || x.first < other));
  if (m) frame.roles.push({ role: 'occurred_in', entity: m.entity, label: view.lower[m.first - 1]!, sentence: view.index, confidence: 0.5 });
}

/** "in northern Baghdad", "near camp Taji", "at Baghdad International Airport", "leaving X". */
function placeAfter(ctx: DocumentContext, view: SentenceView, frame: Frame, from: number): void {
  const w = view.lower;
  for (let k = from; k < Math.min(w.length, from + 12); k++) {
    if (/^[.;“”"]$/.test(w[k]!) || (w[k] === ',' && k > from + 3)) return;
    // ("the Walmart, where the shooting happened, is five miles from the border": what the place is, not where it happened)
    if (k > from && /^(is|are)$/.test(w[k]!)) return;
    // ("the shooting followed four mass shootings in the United States", "since an assault in
    // Ghazni": the place is the nearer, other event's; not "sentenced for her murder by a court in Multan")
    if (k > from && EVENT_NOUNS.has(w[k]!) && !namesNoEvent(w, k, view.sentence.tokens) && otherEventAt(w, k)) return;
    // ("marched through central Vienna"; not "broke through the Amsterdam defence")
    if (w[k] === 'through' && /^(broke|break|breaks|breaking|went|got|pushed|came|passed|cut|burst)$/.test(w[k - 1] ?? '')) continue;
    if (!/^(in|at|near|outside|inside|leaving|from|across|through|throughout)$/.test(w[k]!) && !(/^(north|south|east|west)$/.test(w[k]!) && w[k + 1] === 'of')) continue;
    const after = mentionAfter(view, w[k + 1] === 'of' ? k + 2 : k + 1);
    // ("in the US state of Alabama": the state)
    const m = after && (placeNamedAfter(ctx, view, after) ?? after);
    if (m && ctx.kindOf(m.entity) === 'place') {
      frame.roles.push({ role: 'occurred_in', entity: m.entity, label: w[k]!, sentence: view.index, confidence: 0.65 });
      return;
    }
    // ("in all its Australian stores", "in Iraqi airspace": a nationality's sites are in its country)
    let j = k + 1;
    while (j < k + 4 && /^(the|a|an|all|its|their|his|her|several|many|some)$/.test(w[j] ?? '')) j++;
    const country = view.entityAt[j]! < 0 ? countryOfDemonym(view.sentence.tokens[j]?.text ?? '') : undefined;
    if (country && NATIONAL_SITES.test(w[j + 1] ?? '')) {
      // ("in the Iraqi capital Baghdad", "in the Iraqi capital, Baghdad,": the place the kind names)
      const named = view.mentions.find((x) => x.first === (w[j + 2] === ',' ? j + 3 : j + 2));
      if (named && ctx.kindOf(named.entity) === 'place') frame.roles.push({ role: 'occurred_in', entity: named.entity, label: w[k]!, sentence: view.index, confidence: 0.65 });
      else frame.roles.push({ role: 'occurred_in', entity: ctx.countryEntity(country, view.sentence.tokens[j]!), label: `${w[k]} ${view.sentence.tokens[j]!.text}`, sentence: view.index, confidence: 0.55 });
      return;
    }
  }
}

/** Whether the event noun at k names events of their own: "an assault", "four deadly mass shootings". */
function otherEventAt(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= k - 3 && j >= 0 && /^\p{Ll}+$/u.test(w[j]!); j--) {
    if (INDEFINITE.test(w[j]!) || /^(four|five|six|seven|eight|nine|ten|dozens|hundreds)$/.test(w[j]!)) return true;
    if (DEFINITE.test(w[j]!) || NOT_MODIFIERS.test(w[j]!)) return false;
  }
  return false;
}

/** Verbs of inquiry: "investigated", "is probing". */
const INVESTIGATES = /^(investigat(e|es|ed|ing)|prob(e|es|ed|ing))$/;

/** What a nationality names the places of: "Australian stores", "Iraqi airspace" (not an embassy or a base: those stand abroad too). */
const NATIONAL_SITES = /^(territory|waters|airspace|soil|cities|towns|villages|capital|border|provinces?|regions?|states|stores|shops|supermarkets|hospitals|schools|prisons|ports|airports|countryside|coast|mainland)$/;

const NOT_MODIFIERS = /^(in|on|at|of|for|to|with|by|from|near|and|or|but|that|which|who|where|when|is|was|were|are|be|been|has|have|had|will|would|said|says|after|before|during|since|as|than)$/;

/**
 * The mention at i, past articles and adjectives ("the", "northern", "camp"); for a target, not
 * one that only modifies a noun after it ("attacks against U.S. diplomats").
 */
function mentionAfter(view: SentenceView, i: number, asTarget = false): MentionRef | undefined {
  let k = i;
  while (k < view.lower.length && view.entityAt[k]! < 0 && k < i + 3 && /^\p{Ll}/u.test(view.sentence.tokens[k]!.text) && !NOT_MODIFIERS.test(view.lower[k]!)
    && !ROLE_VERBS.has(view.lower[k]!) && !EVENT_VERBS.has(view.lower[k]!) && !SAY_VERBS.has(view.lower[k]!)) k++;
  // "in the city of Mosul"
  if (k > i && PLACE_KINDS.has(view.lower[k - 1]!) && view.lower[k] === 'of') k++;
  let m = view.mentions.find((x) => x.first === k);
  if (m && (view.lower[m.last] === "'s")) m = view.mentions.find((x) => x.first === m!.last + 1) ?? m;
  const next = m ? view.sentence.tokens[m.last] : undefined;
  if (asTarget && next && /^\p{Ll}+$/u.test(next.text) && !NOT_MODIFIERS.test(next.text)) return undefined;
  return m;
}

/**
 * "a visit to Paris": where the visit was; "talks with Xi Jinping": who else held them; "During a
 * visit to Paris, Macron said": the subject of the sentence the phrase opens made the visit.
 */
function meetingRoles(ctx: DocumentContext, view: SentenceView, frame: Frame, i: number): void {
  const w = view.lower;
  const m = /^(to|with)$/.test(w[i + 1] ?? '') ? mentionAfter(view, i + 2) : undefined;
  const kind = m && ctx.kindOf(m.entity);
  const label = `${view.sentence.tokens[i]!.text} ${w[i + 1]}`;
  if (m && w[i + 1] === 'to' && kind === 'place') frame.roles.push({ role: 'occurred_in', entity: m.entity, label, sentence: view.index, confidence: 0.65 });
  // ("a visit to Ireland with Taoiseach Leo Varadkar": whom the visitor met there)
  const other = m && w[i + 1] === 'to' && kind === 'place' && w[m.last] === 'with' ? mentionAfter(view, m.last + 1) ?? personAfterTitles(ctx, view, m.last + 1) : m && w[i + 1] === 'with' ? m : undefined;
  if (other && ctx.kindOf(other.entity) !== 'place') frame.roles.push({ role: 'carried_out', entity: other.entity, label: `${view.sentence.tokens[i]!.text} with`, sentence: view.index, confidence: 0.6 });
  // ("the debate between Trump and Biden", "talks between Israel and Hamas": each side takes part)
  if (w[i + 1] === 'between') {
    for (const x of sidesListedFrom(ctx, view, i + 2)) {
      if (ctx.kindOf(x.entity) !== 'place' || agentKind(ctx, x.entity)) frame.roles.push({ role: 'carried_out', entity: x.entity, label: `${view.sentence.tokens[i]!.text} between`, sentence: view.index, confidence: 0.6 });
    }
  }
  if (w[0] !== 'during' || frame.first > 3) return;
  const comma = w.indexOf(',', i);
  const subject = comma > 0 ? view.mentions.find((x) => x.first === comma + 1 || (x.first === comma + 2 && PERSON_TITLES.has(w[comma + 1]!))) : undefined;
  if (subject && ctx.kindOf(subject.entity) !== 'place') frame.roles.push({ role: 'carried_out', entity: subject.entity, label: `${view.sentence.tokens[0]!.text} ${view.sentence.tokens[i]!.text}`, sentence: view.index, confidence: 0.55 });
}

/** "an American MQ-9 Reaper drone targeted": the country of a weapon or force that acts. */
function demonymAgent(ctx: DocumentContext, view: SentenceView, i: number): number | undefined {
  let k = i - 1;
  if (k < 0 || !AGENT_NOUNS.has(view.lower[k]!)) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const token = view.sentence.tokens[j]!;
    const country = countryOfDemonym(token.text) ?? (view.entityAt[j]! >= 0 ? undefined : countryName(token.text));
    if (country) return ctx.countryEntity(country, token);
    if (view.entityAt[j]! >= 0 && ctx.kindOf(view.entityAt[j]!) !== 'person') return view.entityAt[j];
    // (not past the clause: "Tahrir Square, where police attacked"; nor a dateline: "LIMA (Reuters) - Police arrested")
    if (/^(a|an|the|where|when|which|who|that|and|but|as)$|^[,.;:()“”"—–-]$/.test(view.lower[j]!)) break;
  }
  return undefined;
}

/** "..., including the attack on December 27th" / "culminating in the rocket attack": the frame it belongs to. */
function includingParent(view: SentenceView, first: number, sentenceFrames: Frame[], all: Frame[]): number | undefined {
  let k = first - 1;
  while (k >= 0 && /^(the|a|an|rocket|air|deadly)$/.test(view.lower[k]!)) k--;
  const cue = view.lower[k] === 'including' || (view.lower[k] === 'in' && view.lower[k - 1] === 'culminating');
  if (!cue) return undefined;
  const parent = [...sentenceFrames].reverse().find((f) => f.noun && f.type !== 'statement');
  if (!parent) return undefined;
  const index = all.length + sentenceFrames.indexOf(parent);
  return index;
}

export { type Relation };
