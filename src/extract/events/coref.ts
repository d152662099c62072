// From frames to events: mentions of the same event in a document become one event ("airstrikes",
// "the strikes", "Air strikes targeting ..."), statements become one event per speaker, and
// reports ("X reported: ...", datelines "BAGHDAD (AP) —", "according to X") become `reported` roles.
import type { DocumentContext, SentenceView } from '../context.js';
import { compatible, sentenceFrames, type Frame, type RoleFiller } from './frames.js';
import { findDates } from '../dates.js';
import { PERSON_TITLES, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { countryName, countryOfDemonym } from '../lexicon/gazetteer.js';
import { DISASTER_NOUNS, DISASTER_VERBS } from './triggers.js';

export interface EventCluster {
  frames: Frame[];
  type: Frame['type'];
  date?: string;
  roles: RoleFiller[];
  speaker?: number;
  /** Other events this one is about, and the sentence that says so: an inquiry into a shooting. */
  about?: { event: EventCluster; sentence: number }[];
}

const DATE_HINT = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|ago|\d{4}|\d{1,2}(st|nd|rd|th))$/;

/**
 * Events of a document. `within` says which places lie in which (from the entity relations), so
 * that "airstrikes in Baghdad" and "strikes near Taji, north of Baghdad" can be one event; `ties`
 * which entity a sentence makes a member, head or citizen of which ("person entity sentence").
 */
export function findEvents(ctx: DocumentContext, documentDate?: string, within: ReadonlySet<string> = new Set(),
  ties: ReadonlySet<string> = new Set()): EventCluster[] {
  const frames: Frame[] = [];
  for (const view of ctx.sentences) frames.push(...sentenceFrames(ctx, view, frames));
  datesOf(ctx, frames, documentDate);
  const reports = frames.filter((f) => f.roles.some((r) => r.role === 'reported'));
  const events = frames.filter((f) => !reports.includes(f));

  // Merge frames into events, in text order.
  const clusters: EventCluster[] = [];
  // the clusters a later frame may join: an act (Frame.action) is an event of its own
  const mergeable: EventCluster[] = [];
  const clusterOf = new Map<Frame, EventCluster>();
  for (const f of events) {
    // (a death by its noun joins only the same person's death, told as an act or by the noun again:
    // "X died ... X's death"; and no other event joins a death)
    const target = f.action ? clusters.find((c) => sameAct(c, f)) : f.type === 'statement'
      ? clusters.find((c) => c.type === 'statement' && c.speaker === f.speaker)
      : isDeath(f) ? clusters.find((c) => sameAct(c, f))
        : bestAntecedent(ctx, mergeable.filter((c) => !c.frames.some(isDeath)), f, within);
    if (target) {
      target.frames.push(f);
      for (const r of f.roles) if (!target.roles.some((x) => x.role === r.role && x.entity === r.entity)) target.roles.push(r);
      target.date ??= f.date;
      clusterOf.set(f, target);
    } else {
      const c: EventCluster = { frames: [f], type: f.type, roles: [...f.roles] };
      if (f.date) c.date = f.date;
      if (f.speaker !== undefined) c.speaker = f.speaker;
      clusters.push(c);
      if (!f.action) mergeable.push(c);
      clusterOf.set(f, c);
    }
  }
  // "attacks ..., including the attack on December 27": who ordered the whole ordered the part.
  for (const f of events) {
    if (f.partOf === undefined) continue;
    const parent = clusterOf.get(frames[f.partOf]!);
    const child = clusterOf.get(f);
    if (!parent || !child || parent === child) continue;
    for (const r of parent.roles) {
      if ((r.role === 'ordered' || r.role === 'carried_out') && !child.roles.some((x) => x.role === r.role && x.entity === r.entity)) {
        child.roles.push({ ...r, confidence: r.confidence * 0.85 });
      }
    }
  }
  attachReports(ctx, reports, frames, clusterOf);
  joinReportedOnly(clusters, clusterOf);
  for (const f of events) {
    const [c, other] = [clusterOf.get(f), f.aboutFrame && clusterOf.get(f.aboutFrame)];
    if (c && other && c !== other && !(c.about ??= []).some((x) => x.event === other)) c.about.push({ event: other, sentence: f.sentence });
  }
  aboutStatements(ctx, clusters, ties);
  // "An earthquake struck Turkey": a disaster strikes a place by happening there, and no one
  // carries it out (games and inquiries, of type other too, have their sides)
  for (const c of clusters) {
    if (c.type !== 'other' || !c.frames.some(disaster)) continue;
    c.roles = c.roles.filter((r) => r.role !== 'carried_out' && r.role !== 'ordered')
      .map((r) => (r.role === 'targeted' && ctx.kindOf(r.entity) === 'place' ? { ...r, role: 'occurred_in' as const } : r));
  }
  headlinePlace(ctx, clusters);
  // An event nobody took part in says nothing a user can follow.
  // (an inquiry into a shooting says what it is about, even with no one named for it)
  const kept = (c: EventCluster) => (c.roles.length > 0 && (c.type !== 'statement' || c.roles.some((r) => r.role === 'said')));
  return clusters.filter((c) => kept(c) || (c.type !== 'statement' && c.about?.some((x) => kept(x.event))));
}

/**
 * "Fourteen people were injured in the crash, according to X": a mention of an event that nothing
 * but a report names is the latest event before it of that kind that has participants, however
 * far back (the report is of that event); with none, it stays what it is.
 */
function joinReportedOnly(clusters: EventCluster[], clusterOf: Map<Frame, EventCluster>): void {
  for (let k = clusters.length - 1; k > 0; k--) {
    const c = clusters[k]!;
    if (c.type === 'statement' || !c.roles.length || c.roles.some((r) => r.role !== 'reported') || c.frames.some((f) => f.action)) continue;
    const first = c.frames[0]!.sentence;
    const target = clusters.slice(0, k).reverse().find((x) => x.type !== 'statement' && compatible(x.type, c.type) && x.frames[0]!.sentence <= first
      && x.roles.some((r) => r.role !== 'reported') && !x.frames.some((f) => f.action));
    if (!target) continue;
    for (const f of c.frames) { target.frames.push(f); clusterOf.set(f, target); }
    for (const r of c.roles) if (!target.roles.some((x) => x.role === r.role && x.entity === r.entity)) target.roles.push(r);
    clusters.splice(k, 1);
  }
}

/**
 * "Fire at Bontddu Hall kills one": where the headline names one place, not a country, the
 * document's attacks, killings, arrests, protests and incidents with no place of their own happened
 * there (less sure; the headline is the evidence).
 */
function headlinePlace(ctx: DocumentContext, clusters: readonly EventCluster[]): void {
  // (a headline: a first line of its own, without a full stop)
  const [headline, next] = ctx.sentences;
  if (!headline || !next || next.paragraph === headline.paragraph || headline.lower[headline.lower.length - 1] === '.') return;
  const places = [...new Set(headline.mentions.filter((m) => ctx.kindOf(m.entity) === 'place').map((m) => m.entity))];
  if (places.length !== 1 || countryName(ctx.resolution.entities[places[0]!]!.label)) return;
  for (const c of clusters) {
    // (not an act: "Russia pledged funds" under "Block of flats collapses in Aleppo")
    if (!/^(attack|killing|other|protest|arrest)$/.test(c.type) || !c.roles.length || c.roles.some((r) => r.role === 'occurred_in') || c.frames.every((f) => f.action)) continue;
    c.roles.push({ role: 'occurred_in', entity: places[0]!, label: 'headline', sentence: 0, confidence: 0.4 });
  }
}

/** The earlier event this frame most likely mentions again, or none (a new event). */
function bestAntecedent(ctx: DocumentContext, clusters: EventCluster[], f: Frame, within: ReadonlySet<string>): EventCluster | undefined {
  let best: EventCluster | undefined;
  let bestScore = -Infinity;
  // ("a gunman shot shoppers ... The shooting began at 10:39": the one earlier event of its kind,
  // told by a verb, is what "the" points back to, though no noun named it)
  const ofType = clusters.filter((c) => c.type === f.type);
  const sole = f.reference === 'definite' && f.noun && ofType.length === 1 && !ofType[0]!.frames.some((x) => x.noun);
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    if (c.type === 'statement' || !compatible(c.type, f.type)) continue;
    const lastSentence = lastSentenceOf(c);
    if (f.sentence - lastSentence > 12) continue;
    if (f.date && c.date && !datesAgree(f.date, c.date)) continue;
    // ("overturned the convictions": a ruling and the trial it judges are two events)
    if (f.type === 'trial' && c.frames.some((x) => x.type === 'trial' && (x.aboutFrame === f || f.aboutFrame === x))) continue;
    let score = 0;
    let conflict = false;
    // ("The quake was centred near the town of Aquila": "the" and a disaster's noun point back to the disaster told, wherever it says)
    const sameDisaster = f.noun && f.reference === 'definite' && disaster(f) && c.frames.some(disaster);
    for (const r of f.roles) {
      const same = c.roles.filter((x) => x.role === r.role);
      // a shared victim or target says "same event"; a shared agent much less (one army strikes often)
      if (same.some((x) => x.entity === r.entity)) score += r.role === 'occurred_in' ? 2 : r.role === 'carried_out' || r.role === 'ordered' ? 0.5 : 3;
      else if (r.role === 'occurred_in' && same.length) {
        // (the headline's place, and one within it or around it, is the headline's scene told more
        // closely: "stabbing attack in Reading", then "in Forbury Gardens"; elsewhere two sites of
        // one city are as often two events, a market's bombing and a stadium's; a country says little)
        if (!same.some((x) => related(ctx, x.entity, r.entity, within))) conflict ||= !sameDisaster;
        else if (lastSentenceOf(c) === 0 && ![...same, r].some((x) => countryName(ctx.resolution.entities[x.entity]!.label))) score += 1;
      }
    }
    // "the Wisconsin Supreme Court ruled ... The United States Supreme Court later ruled": two courts, two rulings
    if (f.type === 'trial' && apart(doers(f.roles), doers(c.roles))) conflict = true;
    // "the EU sanctioned Iran ... Canada sanctioned Russia": other doers on other sufferers are another event
    if (apart(doers(f.roles), doers(c.roles)) && apart(sufferers(f.roles), sufferers(c.roles))) conflict = true;
    // ("the search for survivors of the earthquake": a disaster and what people do about it are two events)
    if (f.noun && c.type === 'other' && c.frames.some((x) => x.noun && disaster(x) !== disaster(f))) conflict = true;
    // "the first debate ... the second debate": two of a series
    if (f.ordinal && c.frames.some((x) => x.ordinal && x.ordinal !== f.ordinal)) conflict = true;
    if (conflict) continue;
    if (f.date && c.date) score += 2;
    // (a newly dated mention is likely another event; but a headline seldom dates its event, and
    // the lead that tells it does)
    else if (f.date && lastSentence > 0) score -= 1;
    if (f.reference === 'definite') score += 1;
    if (f.reference === 'bare') score += 0.3;
    if (f.reference === 'indefinite') score -= 3;
    // "Fire kills nine" in the headline, then "A fire yesterday morning destroyed": the lead tells the headline's event
    // (over the dateline between them: "Monday, July 15, 2019")
    const lead = lastSentence === 0 && f.sentence <= 2 && c.type === f.type;
    if (lead) score += 4;
    if (!f.noun) score += 1; // a verb often tells more of the event just named
    if (c.type === f.type) score += sole ? 0.8 : 0.3;
    // ("the rally" sentences after "a rally": the same word again names the event again, however
    // far; near, the distance tells as for any mention)
    const distance = f.sentence - lastSentence;
    const again = distance > 2 && f.reference === 'definite' && f.noun && c.frames.some((x) => x.noun && headWord(x) === headWord(f));
    if (!lead) score -= again ? 0.6 : 0.4 * distance;
    if (f.sentence === lastSentence && f.reference !== 'definite') score -= 1; // "a strike" next to "the strike" is another strike
    if (score > bestScore) { bestScore = score; best = c; }
  }
  return bestScore > 0.5 ? best : undefined;
}

/** Whether a frame names a disaster or accident, which happens of itself. */
const disaster = (f: Frame) => DISASTER_NOUNS.has(f.trigger.toLowerCase()) || DISASTER_VERBS.has(f.trigger.toLowerCase());

/** Two sets of entities, both named and with none in common. */
const apart = (a: readonly number[], b: readonly number[]) => a.length > 0 && b.length > 0 && !a.some((e) => b.includes(e));

/** Who carried an event out. */
const doers = (roles: readonly RoleFiller[]) => roles.filter((r) => r.role === 'carried_out').map((r) => r.entity);

/** Who an event was done to: its targets, victims and what it is about. */
const sufferers = (roles: readonly RoleFiller[]) => roles.filter((r) => r.role === 'targeted' || r.role === 'killed' || r.role === 'about').map((r) => r.entity);

/** The last word of a frame's trigger, singular: "rallies" -> "rally", "air strikes" -> "strike". */
const headWord = (f: Frame): string => f.trigger.toLowerCase().split(' ').pop()!.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');

/**
 * "NBA suspends season" and "the NBA suspended its season": the same doer's act by the same verb
 * (the headline's present, the story's past) is one act.
 */
function sameAct(c: EventCluster, f: Frame): boolean {
  const stem = (x: Frame) => x.trigger.toLowerCase().replace(/(e?s|e?d|ing)$/, '');
  // ("Sanders endorsed Biden ... had endorsed Clinton in 2016": the same act on others, or at
  // another time, is another act)
  if (c.frames.some((x) => x.action && !x.undergone && stem(x) === stem(f)) && doers(f.roles).some((e) => doers(c.roles).includes(e))
    && !apart(sufferers(f.roles), sufferers(c.roles)) && !(f.date && c.date && !datesAgree(f.date, c.date))) return true;
  // ("X died yesterday ... X died in the evening at a hospital", "X was found dead ... X's body
  // was found at Y": one dies once)
  const dead = (roles: readonly RoleFiller[]) => roles.filter((r) => r.role === 'about').map((r) => r.entity);
  return isDeath(f) && c.frames.some(isDeath) && dead(f.roles).some((e) => dead(c.roles).includes(e));
}

/** A death told as an act ("died", "was found dead", "X's body was found") or by its noun ("X's death"). */
const isDeath = (f: Frame): boolean => (f.noun ? /^death$/i.test(f.trigger) : DEATH.test(f.trigger));
const DEATH = /^(died|dies|found|found dead)$/i;

const lastSentenceOf = (c: EventCluster) => c.frames[c.frames.length - 1]!.sentence;

/** Two places that may be the same scene: one lies in the other, or one's name contains the other's. */
function related(ctx: DocumentContext, a: number, b: number, within: ReadonlySet<string>): boolean {
  if (within.has(`${a} ${b}`) || within.has(`${b} ${a}`)) return true;
  const la = ctx.resolution.entities[a]!.label;
  const lb = ctx.resolution.entities[b]!.label;
  return la.includes(lb) || lb.includes(la);
}

/** Whether two ISO dates of any precision (2019-12-27, 2019-12, 2019, 2020-W01) can name the same day. */
export function datesAgree(a: string, b: string): boolean {
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return a0 <= b1 && b0 <= a1;
}

/** First and last day (as YYYY-MM-DD) an ISO date covers. */
function range(iso: string): [string, string] {
  const week = /^(\d{4})-W(\d{2})$/.exec(iso);
  if (week) {
    const jan4 = new Date(Date.UTC(+week[1]!, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86400000 + (+week[2]! - 1) * 7 * 86400000);
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
  }
  if (iso.length === 4) return [`${iso}-01-01`, `${iso}-12-31`];
  if (iso.length === 7) return [`${iso}-01`, `${iso}-31`];
  return [iso, iso];
}

/** Dates for frames: a date expression in the frame's sentence, nearest after or before the trigger. */
function datesOf(ctx: DocumentContext, frames: Frame[], documentDate?: string): void {
  const bySentence = new Map<number, Frame[]>();
  for (const f of frames) if (f.type !== 'statement') (bySentence.get(f.sentence) ?? bySentence.set(f.sentence, []).get(f.sentence)!).push(f);
  for (const [s, fs] of bySentence) {
    const view = ctx.sentences[s]!;
    if (!view.lower.some((w) => DATE_HINT.test(w))) continue;
    const dates = findDates(ctx.text, view.sentence.start, view.sentence.end, documentDate);
    if (!dates.length) continue;
    // Each date goes to the nearest trigger, a little in favour of one before it ("the attack on December 27").
    // ("a life sentence for the 1968 assassination": a date right before a noun dates that noun)
    const distance = (f: Frame, d: { start: number; end: number }) => (d.start >= f.end ? d.start - f.end : /^\s*$/.test(ctx.text.slice(d.end, f.start)) ? 0 : f.start - d.end + 20);
    for (const d of dates) {
      let best: Frame | undefined;
      for (const f of fs) if (!best || distance(f, d) < distance(best, d)) best = f;
      if (best && !best.date) best.date = d.iso;
    }
  }
}

/** The headline, a dateline and the lead sentence: where a story tells its event first. */
const LEAD_SENTENCES = 3;

/** Reporters: "X reported: “...”", "“...,” X reported", datelines and "according to X". */
function attachReports(ctx: DocumentContext, reports: Frame[], frames: Frame[], clusterOf: Map<Frame, EventCluster>): void {
  const given = new Set<number>();
  const give = (entity: number, label: string, f: Frame, sentence: number) => {
    const c = clusterOf.get(f);
    if (!c || c.type === 'statement') return;
    given.add(sentence);
    if (c.roles.some((r) => r.role === 'reported' && r.entity === entity)) return;
    c.roles.push({ role: 'reported', entity, label, sentence, confidence: 0.7 });
  };
  const loose: [number, string, number][] = [];
  for (const r of reports) {
    const reporter = r.roles[0]!;
    const view = ctx.sentences[r.sentence]!;
    const opensQuote = view.lower.slice(r.last, r.last + 3).includes('“');
    const closesQuote = view.quoted[r.first - 2] === 1 || view.lower[r.first - 1] === '”' || view.lower[r.first - 2] === '”';
    let from = r.sentence;
    let to = r.sentence;
    if (opensQuote) while (to + 1 < ctx.sentences.length && ctx.sentences[to + 1]!.quoted[0]) to++;
    else if (closesQuote) while (from > 0 && ctx.sentences[from]!.quoted[0] && ctx.sentences[from - 1]!.quoted.some(Boolean)) from--;
    for (const f of frames) if (f.sentence >= from && f.sentence <= to && f !== r) give(reporter.entity, reporter.label, f, r.sentence);
    if (!given.has(r.sentence)) loose.push([reporter.entity, reporter.label, r.sentence]);
  }
  for (const view of ctx.sentences) {
    // "BAGHDAD (AP) —", "BOGOTA, June 14 (Reuters) -"
    const m = view.mentions.find((x) => x.first <= 7 && view.lower[x.first - 1] === '(' && view.lower[x.last] === ')'
      && (x.first === 2 || /^[-—–]$/.test(view.lower[x.last + 1] ?? '')));
    if (m && view.entityAt[0]! >= 0 && ctx.kindOf(m.entity) === 'group') {
      for (const f of frames) if (f.sentence === view.index) give(m.entity, 'dateline', f, view.index);
    }
    // "according to X"
    view.lower.forEach((word, i) => {
      if (word !== 'according' || view.lower[i + 1] !== 'to') return;
      // "according to the El Paso mayor, X", "according to Commissioner X": over a title
      // ("according to Mexican President X", "according to former Governor X": and what it is of)
      let k = i + 2;
      // ("according to a statement from the Interior Ministry": whose words they are)
      if (/^(a|an|the)$/.test(view.lower[k] ?? '') && /^(statement|report|release|communiqué|communique)$/.test(view.lower[k + 1] ?? '') && /^(from|by|of)$/.test(view.lower[k + 2] ?? '')) k += 3;
      while (k < i + 6 && view.entityAt[k]! < 0 && (view.lower[k] === 'the' || PERSON_TITLES.has(view.lower[k]!) || TITLE_MODIFIERS.has(view.lower[k]!)
        || (countryOfDemonym(view.sentence.tokens[k]!.text) !== undefined && PERSON_TITLES.has(view.lower[k + 1] ?? '')))) k++;
      let who = view.mentions.find((x) => x.first === k);
      // ("according to Windsor Locks' first selectman, Chris Kervick": the person of the place or group)
      if (who && ctx.kindOf(who.entity) !== 'person' && /^['’]s?$/.test(view.lower[who.last] ?? '')) {
        let j = who.last + 1;
        while (j < who.last + 4 && /^\p{Ll}+$/u.test(view.lower[j] ?? '') && view.entityAt[j]! < 0) j++;
        if (view.lower[j] === ',') j++;
        const person = view.mentions.find((x) => x.first === j);
        if (person && ctx.kindOf(person.entity) === 'person') who = person;
      }
      if (!who || ctx.kindOf(who.entity) === 'place') return;
      for (const f of frames) if (f.sentence === view.index) give(who.entity, 'according to', f, view.index);
      if (!given.has(view.index)) loose.push([who.entity, 'according to', view.index]);
    });
  }
  // "NBC News reported Sanders was aided by younger voters": a report of no event of its own
  // sentence is a report on the story, whose event the article leads with
  // (told in the headline or the lead: a background event further on is no story's lead)
  const lead = frames.find((f) => !f.action && !f.roles.some((r) => r.role === 'reported') && clusterOf.get(f)?.type !== 'statement' && f.sentence <= LEAD_SENTENCES);
  if (lead) for (const [entity, label, sentence] of loose) give(entity, label, lead, sentence);
}

/** Whether "at", or "in" where no noun governs it, introduces the name at `first` or its possessor's ("On Sunday in Argentina's National Congress"). */
function venueBefore(view: SentenceView, first: number): boolean {
  let k = first - 1;
  if (view.lower[k] === 'the') k--;
  if (/^'s?$/.test(view.lower[k] ?? '') && view.entityAt[k - 1]! >= 0) {
    const owner = view.mentions.find((x) => x.last === k);
    if (owner) k = owner.first - 1;
  }
  // (not "a stake in Ingwe": "in" after a noun says what of)
  const prior = view.sentence.tokens[k - 1]?.text ?? '';
  return view.lower[k] === 'at' || (view.lower[k] === 'in' && (!/^\p{Ll}/u.test(prior) || /^(said|says|say|spoke|speaks|speaking|told|announced|stated)$/.test(prior)));
}

/**
 * What a statement is about: the people and groups named in the sentence that carries it, but
 * not those the sentence ties the speaker to ("Harvard researcher X said": X is of Harvard).
 */
function aboutStatements(ctx: DocumentContext, clusters: EventCluster[], ties: ReadonlySet<string>): void {
  for (const c of clusters) {
    if (c.type !== 'statement') continue;
    // all who said it, not only the first ("A, B and C said"): none of them is what it is about
    const speakers = new Set(c.roles.filter((r) => r.role === 'said').map((r) => r.entity));
    for (const f of c.frames) {
      const view = ctx.sentences[f.sentence]!;
      for (const m of view.mentions) {
        if (m.entity === c.speaker || speakers.has(m.entity) || ctx.kindOf(m.entity) === 'place') continue;
        if ([...speakers].some((s) => ties.has(`${s} ${m.entity} ${f.sentence}`))) continue;
        // "said on Twitter", "speaking to BBC Sport": where or to whom it was said, not what about
        // ("told the Associated Press")
        const before = (view.lower[m.first - 1] === 'the' ? view.lower[m.first - 2] : view.lower[m.first - 1]) ?? '';
        if (ctx.kindOf(m.entity) === 'group' && (/^(on|via|told)$/.test(before) || (before === 'to' && /^(speaking|talking|spoke|talked)$/.test(view.lower[m.first - 2] ?? '')))) continue;
        // ("In Argentina's National Congress, X announced", "said at the United Nations": where it was said)
        if (ctx.kindOf(m.entity) === 'group' && !view.quoted[m.first] && (m.last <= f.first || m.first - f.last <= 2) && venueBefore(view, m.first)) continue;
        if (!c.roles.some((r) => r.role === 'about' && r.entity === m.entity)) {
          c.roles.push({ role: 'about', entity: m.entity, label: 'about', sentence: f.sentence, confidence: 0.5 });
        }
      }
    }
  }
}
