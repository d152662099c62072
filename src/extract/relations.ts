// Relations between entities, from the patterns news English uses to state them: appositions
// ("X, the head of Y"), titles ("Syrian President X", "Y commander X"), possessives ("Iraq's Y"),
// "X-backed Y", "Y under X's leadership", "X and its Y", "X in/north of Y", compound names.
import type { Relation } from '../model/contract.js';
import type { DocumentContext, MentionRef, SentenceView } from './context.js';
import { coordinated, namesListedFrom, placeNamedAfter, placeRank, resolvePronoun } from './context.js';
import { countryName, countryOfDemonym, cityCountry, isKnownPlace, subdivisionCountry } from './lexicon/gazetteer.js';
import { GROUP_DESCRIPTORS, KIN_NOUNS, PARTY_WORDS, PERSON_TITLES, PLACE_KINDS } from './lexicon/titles.js';
import { FUNCTION_WORDS } from './lexicon/function-words.js';
import { afterAccordingTo, wordsOf } from './tokenize.js';

export interface EntityRelation {
  source: number;
  target: number;
  relation: Relation;
  label: string;
  sentence: number;
  confidence: number;
}

type Emit = (source: number, relation: Relation, target: number, label: string, sentence: number, confidence: number) => void;

/** Roles that make a person the leader of what follows "of". */
const LEAD_ROLES = new Set(['head', 'leader', 'chief', 'commander', 'president', 'chairman', 'chairwoman', 'chair', 'director',
  'founder', 'founders', 'co-founder', 'co-founders', 'cofounder', 'ruler', 'king', 'queen', 'emir', 'chancellor', 'premier', 'governor', 'mayor', 'boss', 'ceo', 'secretary-general', 'director-general',
  'prime', 'supreme', 'general', 'speaker', 'commissioner', 'superintendent', 'commandant', 'administrator', 'coach',
  // a New England town's head ("Windsor Locks' first selectman")
  'selectman', 'selectwoman']);
/** Roles that make a person a member of what follows "of". */
const MEMBER_ROLES = new Set(['member', 'members', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'minister', 'officer', 'reporter',
  'correspondent', 'editor', 'employee', 'adviser', 'advisor', 'aide', 'deputy', 'fighter', 'soldier', 'lawmaker', 'senator',
  'representative', 'ambassador', 'envoy', 'analyst', 'researcher', 'professor', 'lawyer', 'executive', 'manager', 'staff',
  'candidate', 'nominee', 'activist', 'militant', 'agent', 'journalist', 'photojournalist', 'photographer', 'cameraman', 'presenter',
  'writer', 'player', 'captain',
  'columnist', 'commentator', 'anchor', 'producer', 'contributor', 'economist', 'scientist', 'engineer', 'doctor', 'nurse',
  'surgeon', 'physician', 'teacher', 'student', 'undergraduate', 'worker', 'staffer', 'volunteer', 'investigator', 'inspector', 'detective',
  'prosecutor', 'attorney', 'judge', 'justice', 'trooper', 'councillor', 'councilman', 'councilwoman', 'mp', 'rapporteur',
  'expert', 'fellow', 'lecturer', 'partner', 'consultant',
  // a firm's ("a Goldman Sachs banker", "an Amazon warehouse worker")
  'banker', 'trader', 'broker', 'accountant', 'auditor', 'programmer', 'developer', 'designer', 'pilot', 'driver',
  // a university's or a laboratory's ("UCL astronomer X")
  'astronomer', 'astrophysicist', 'physicist', 'chemist', 'biologist', 'geologist', 'epidemiologist', 'virologist', 'ecologist',
  'historian', 'archaeologist', 'anthropologist', 'psychologist', 'neuroscientist', 'oceanographer', 'climatologist', 'paleontologist',
  // a team's and a band's ("Arsenal striker X", "Metallica drummer X")
  'striker', 'midfielder', 'defender', 'goalkeeper', 'goalie', 'winger', 'quarterback', 'pitcher', 'batsman', 'bowler',
  'footballer', 'cricketer', 'teammate', 'guitarist', 'drummer', 'bassist', 'vocalist', 'singer', 'frontman', 'keyboardist']);
/** Titles that make a person the leader of a country named before them ("Syrian President X"). */
const HEAD_TITLES = new Set(['president', 'king', 'queen', 'emir', 'chancellor', 'premier', 'leader', 'dictator', 'ruler', 'sultan', 'monarch', 'prime']);
/** Titles of who governs a country, a state or a city: "Russia's president", "Mayor X of Y" (not "opposition leader X of Y"). */
const governsPlace = (title: string) => (HEAD_TITLES.has(title) && title !== 'leader') || /^(governor|gov\.?|mayor|selectman|selectwoman)$/.test(title);
const MODIFIERS = /^(the|a|an|former|original|then-|ex-|former-|top|senior|deputy|acting|interim|late|then|current|new|longtime|longstanding|chief|vice|assistant|powerful|veteran|founding|its|their|his|her)$/;
/** Title words of who heads a part of a country's people, not the country: "opposition leader". */
const OF_A_PART = /^(opposition|rebel|militia|party|minority|majority|paramilitary)$/;
const LOCATION_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'at']);
/** A group's people and sites, that put it where they are: "ISIL fighters in Syria", "its offices in Paris", "Cipriani's London restaurant". */
const MEMBER_NOUNS = /^(fighters|militants|terrorists|rebels|insurgents|jihadists|extremists|troops|forces|soldiers|members|leaders|commanders|officials|office|offices|headquarters|base|bases|positions|vehicles|convoys?|units?|staff|employees|workers|supporters|branch|branches|operations|plants?|stores?|factory|factories|restaurants?|campus|bureau|facilities|cells?|militia|militias|police|army|government|embassy)$/;
/** What a named place is, between its name and where it is: "the Louvre museum in Paris". */
const SITE_NOUNS = /^(museum|hospital|airport|stadium|arena|hotel|station|prison|jail|cathedral|church|mosque|temple|synagogue|school|campus|mall|park|bridge|tower|building|plant|mine|port|embassy|consulate|base|camp|palace|theatre|theater|restaurant|club|store|shop|factory)$/;
const DIRECTIONS = /^(north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern)$/;
/** What one is of the place one lives in or comes from: "a native of Bogota", "an Ohio resident". */
const HOME_NOUNS = /^(native|citizen|resident)$/;
const BACKED = /^(.+?)[-‐](backed|supported|funded|sponsored|linked|allied|aligned|led|based)$/;

export function findEntityRelations(ctx: DocumentContext): EntityRelation[] {
  const out: EntityRelation[] = [];
  const seen = new Set<string>();
  const emit: Emit = (source, relation, target, label, sentence, confidence) => {
    if (source === target) return;
    const key = `${source} ${relation} ${target} ${sentence}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ source, target, relation, label, sentence, confidence });
  };
  const parties = partiesOf(ctx);
  const chambers = chambersOf(ctx);
  for (const view of ctx.sentences) {
    appositions(ctx, view, emit);
    listedMembers(ctx, view, emit);
    personOfPlace(ctx, view, emit);
    roleFirst(ctx, view, emit);
    titledNames(ctx, view, emit);
    titleThenName(ctx, view, emit);
    possessives(ctx, view, emit);
    backedBy(ctx, view, emit);
    leadership(ctx, view, emit);
    locations(ctx, view, emit);
    nationalities(ctx, view, emit);
    groupAppositions(ctx, view, emit);
    ownedGroups(ctx, view, emit);
    locatedPastApposition(ctx, view, emit);
    compounds(ctx, view, emit);
    portfolioHolders(ctx, view, emit);
    groupVerbs(ctx, view, emit);
    seatsOn(ctx, view, emit);
    appointments(ctx, view, emit);
    memberStates(ctx, view, emit);
    pronounKin(ctx, view, emit);
    marriages(ctx, view, emit);
    schooling(ctx, view, emit);
    partyMembers(ctx, view, emit, parties);
    ofTheParty(ctx, view, emit);
    itsOfficer(ctx, view, emit);
    legislators(ctx, view, emit, chambers);
  }
  gazetteerLocations(ctx, emit, countryEntities(ctx));
  return out;
}

/** Country name -> the place entity that stands for it in this document. */
function countryEntities(ctx: DocumentContext): Map<string, number> {
  const map = new Map<string, number>();
  ctx.resolution.entities.forEach((e, i) => {
    const c = e.kind === 'place' ? countryName(e.label) : undefined;
    if (c && !map.has(c)) map.set(c, i);
  });
  return map;
}

/** The country entity a word (or its first `length` characters) names or describes: "Iranian", "Iran", "U.S.". */
function countryOfWord(ctx: DocumentContext, token: { start: number; text: string }, length = token.text.length): number | undefined {
  const word = token.text.slice(0, length);
  const c = countryOfDemonym(word) ?? countryName(word);
  return c === undefined ? undefined : ctx.countryEntity(c, { start: token.start, end: token.start + length, text: word });
}

/** The mention that starts at token i, skipping modifiers ("the", "former", "Iranian-linked") when allowed. */
function mentionFrom(view: SentenceView, i: number, skipModifiers = true): MentionRef | undefined {
  let j = i;
  let skipped = 0;
  while (skipModifiers && j < view.lower.length && view.entityAt[j]! < 0 && skipped < 3
    && (MODIFIERS.test(view.lower[j]!) || (/[-‐]/.test(view.lower[j]!) && /^\p{Ll}/u.test(view.sentence.tokens[j]!.text)) || /^\p{Lu}\p{Ll}+[-‐]\p{Ll}+$/u.test(view.sentence.tokens[j]!.text))) {
    j++;
    skipped++;
  }
  // "in the state of Queensland", "in the city of Mosul", "the Polish city of Gdańsk"
  const demonym = j > i && view.lower[j - 1] === 'the' && countryOfDemonym(view.sentence.tokens[j]?.text ?? '') !== undefined ? 1 : 0;
  if (skipModifiers && PLACE_KINDS.has(view.lower[j + demonym] ?? '') && view.lower[j + demonym + 1] === 'of' && j > i && view.lower[j - 1] === 'the') j += demonym + 2;
  return view.mentions.find((m) => m.first === j);
}

/** In "Revolutionary Guard Corps-Quds Force" the named group is the last of the compound. */
function compoundHead(ctx: DocumentContext, view: SentenceView, m: MentionRef | undefined): MentionRef | undefined {
  if (!m) return m;
  const next = view.mentions.find((x) => x.first >= m.first && x !== m && ctx.mentions[x.mention]!.start === ctx.mentions[m.mention]!.end + 1);
  return next && ctx.text[ctx.mentions[m.mention]!.end] === '-' ? compoundHead(ctx, view, next) : m;
}

function mentionEndingAt(view: SentenceView, last: number): MentionRef | undefined {
  return view.mentions.find((m) => m.last === last);
}

/** "stepped down as", "took over as", "took office as": a role left or taken, from the verb's start. */
const LEAVES_OR_TAKES = /^(step|steps|stepped|stepping) down as\b|^(take|takes|took|taking) (over|office) as\b/;

/**
 * "X, the head of Y", "X is the leader of Y", "X, a spokesman for Y", "X has served as mayor of
 * Denver and governor of Colorado", "X, a Saudi national, was a columnist for Y".
 */
function appositions(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  // ("He is a professor at Clemson University": a pronoun subject, as the person it stands for)
  for (const m of withPronounSubjects(ctx, view, /^(is|was|became|remains|has|had|serves|served)$/)) {
    if (ctx.kindOf(m.entity) !== 'person') continue;
    let i = m.last;
    // "Smith, who became mayor of Boston": a relative clause says what the apposition would
    if (w[i] === ',' && w[i + 1] === 'who' && /^(is|was|became|remains|has|had|serves|served)$/.test(w[i + 2] ?? '')) i += 2;
    if (w[i] === ',') {
      i++;
      // "X, a Saudi national, was ...": the nationality, then what follows the apposition
      const close = w.indexOf(',', i);
      if (close > i && close < i + 5 && /^(a|an)$/.test(w[i]!) && /^(national|citizen)$/.test(w[close - 1]!)) {
        const country = countryOfWord(ctx, view.sentence.tokens[close - 2]!);
        if (country !== undefined) emit(m.entity, 'citizen_of', country, w.slice(i, close).join(' '), view.index, 0.8);
        if (/^(is|was)$/.test(w[close + 1] ?? '')) i = close + 2;
      }
    } else if (/^(is|was|became|remains|has|had|serves|served)$/.test(w[i] ?? '')) {
      i++;
      if (w[i] === 'been') i++;
      // ("He was also a director of X")
      if (w[i] === 'also') i++;
      // "was elected mayor of Boston", "was appointed chief executive of", "was sworn in as"
      if (/^(served|serving|elected|re-elected|appointed|named|sworn)$/.test(w[i] ?? '')) i++;
      if (w[i - 1] === 'sworn' && w[i] === 'in') i++;
      // ("X had served Iran's Supreme Leader": whom one serves is no role)
      if (/^(serves|served|serving)$/.test(w[i - 1] ?? '') && w[i] !== 'as') continue;
      if (w[i] === 'as') i++;
      // "X is a Turkish national"
      if (/^(a|an)$/.test(w[i] ?? '') && /^(national|citizen)$/.test(w[i + 2] ?? '')) {
        const country = countryOfWord(ctx, view.sentence.tokens[i + 1]!);
        if (country !== undefined) emit(m.entity, 'citizen_of', country, w.slice(i, i + 3).join(' '), view.index, 0.8);
      }
    } else if (/^(resigned|retired|resigns|retires)$/.test(w[i] ?? '') && w[i + 1] === 'as') {
      // "X resigned as chairman of Y": the role is one X held
      i += 2;
    } else if (LEAVES_OR_TAKES.test(w.slice(/^(will|would|has|had)$/.test(w[i] ?? '') ? i + 1 : i, i + 4).join(' '))) {
      // "X stepped down as chief executive of Y", "X will step down as", "X took over as": a role
      // left or taken
      while (w[i] !== 'as') i++;
      i++;
    } else continue;
    // "Hatice Cengiz, fiancée of journalist Jamal Khashoggi": a family tie
    kinship(ctx, view, m, i, emit);
    // ("Maya Cummings, his wife and the chairwoman of X": the role after the family tie)
    if (/^(his|her)$/.test(w[i] ?? '') && isKin(w[i + 1] ?? '') && w[i + 2] === 'and') i += 3;
    // one role after another: "mayor of Denver and governor of Colorado"
    for (let more = 0; more < 3 && i < w.length; more++) {
      const next = roleOf(ctx, view, m, i, emit);
      if (next === undefined || w[next] !== 'and') break;
      i = next + 1;
    }
  }
}

/**
 * "X, Y, and Z are all members of G", "X and Y, both founders of G,": each of the people listed
 * holds the role (a plural the role words name) in what follows "of".
 */
function listedMembers(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'person') continue;
    let i = m.last;
    if (/^(are|were)$/.test(w[i] ?? '')) i++;
    else if (!(w[i] === ',' && /^(both|all)$/.test(w[i + 1] ?? ''))) continue;
    else i++;
    while (/^(all|both|also|now|long-time|longtime|founding|former)$/.test(w[i] ?? '')) i++;
    const role = /^\p{Ll}+s$/u.test(w[i] ?? '') ? w[i]!.slice(0, -1) : undefined;
    if (!role || w[i + 1] !== 'of' || !(MEMBER_ROLES.has(role) || LEAD_ROLES.has(role))) continue;
    const target = mentionFrom(view, i + 2);
    const people = coordinated(ctx, view, m);
    if (!target || ctx.kindOf(target.entity) !== 'group' || !people.length) continue;
    const relation = LEAD_ROLES.has(role) ? 'leads' : 'member_of';
    for (const p of [...people, m.entity]) emit(p, relation, target.entity, `${w[i]} of`, view.index, 0.75);
  }
}

/** "X, (the) fiancée of (journalist) Y": X is related to Y. */
function kinship(ctx: DocumentContext, view: SentenceView, m: MentionRef, i: number, emit: Emit): void {
  const w = view.lower;
  let k = i;
  while (k < i + 3 && MODIFIERS.test(w[k] ?? '')) k++;
  if (!KIN_NOUNS.test(w[k] ?? '') || w[k + 1] !== 'of') return;
  let j = k + 2;
  // ("brother of social media personality and feminist Qandeel Baloch")
  while (j < k + 8 && view.entityAt[j]! < 0 && /^\p{Ll}/u.test(view.sentence.tokens[j]?.text ?? '') && !/^[,.;]$/.test(w[j] ?? '')) j++;
  const other = view.mentions.find((x) => x.first === j);
  if (other && ctx.kindOf(other.entity) === 'person') emit(m.entity, 'related_to', other.entity, `${w[k]} of`, view.index, 0.75);
}

/**
 * The sentence's mentions, and "he" or "she" as the person it stands for where it begins a
 * clause before a verb the caller reads.
 */
function withPronounSubjects(ctx: DocumentContext, view: SentenceView, verb: RegExp): readonly MentionRef[] {
  const w = view.lower;
  let out: MentionRef[] | undefined;
  for (let k = 0; k + 1 < w.length; k++) {
    // (first in its clause, or after a fronted date: "In 2003 she served as")
    if ((w[k] !== 'he' && w[k] !== 'she') || (k > 0 && !/^(,|and|but|that|when|while|after|before|since|because|\d{4})$/.test(w[k - 1]!)) || !verb.test(w[k + 1]!)) continue;
    const person = resolvePronoun(ctx, view.index, k);
    if (person !== undefined && ctx.kindOf(person) === 'person') (out ??= [...view.mentions]).push({ mention: -1, entity: person, first: k, last: k + 1 });
  }
  return out ?? view.mentions;
}

/** Words of a school's name: what "attended" must be followed by to be schooling, not a meeting. */
const SCHOOL_WORDS = /\b(university|college|school|institute|academy|polytechnic|seminary|conservatory)\b/;
const SCHOOL_VERBS = /^(graduated|graduates|studied|studies|attended|attends|received|earned|obtained|gained|completed|holds|held)$/;

/**
 * "X graduated from Y", "X, a graduate of Y", "she studied law at Y", "X earned a degree in
 * physics from Y", "After receiving a degree from Y, he": a person's school, which the contract
 * has no relation for but `related_to`.
 */
function schooling(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  const school = (k: number, any: boolean) => {
    const m = mentionFrom(view, k);
    return m && ctx.kindOf(m.entity) === 'group' && (any || SCHOOL_WORDS.test(ctx.resolution.entities[m.entity]!.label.toLowerCase())) ? m : undefined;
  };
  // what the words from k say of a school: the school's mention and the phrase, or undefined
  const schoolFrom = (k: number): { m: MentionRef; label: string } | undefined => {
    const verb = w[k] ?? '';
    let j = k + 1;
    if (/^graduat/.test(verb)) {
      // ("graduated in 1985 from", "graduated with honours from")
      while (j < k + 5 && w[j] !== 'from' && view.entityAt[j]! < 0 && !/^[,;.]$/.test(w[j]!)) j++;
      const m = w[j] === 'from' ? school(j + 1, true) : undefined;
      return m && { m, label: 'graduated from' };
    }
    if (/^stud/.test(verb)) {
      while (j < k + 4 && w[j] !== 'at' && view.entityAt[j]! < 0 && /^\p{Ll}+$/u.test(w[j]!) && !/^(in|for|to|with)$/.test(w[j]!)) j++;
      const m = w[j] === 'at' ? school(j + 1, true) : undefined;
      return m && { m, label: 'studied at' };
    }
    if (/^attend/.test(verb)) {
      // ("attended law school at the University of Maryland")
      if (w[j] === 'law' || w[j] === 'medical' || w[j] === 'graduate' || w[j] === 'business') j++;
      if (w[j] === 'school' && w[j + 1] === 'at') j += 2;
      const m = school(j, false);
      return m && { m, label: 'attended' };
    }
    // "earned a bachelor's degree in political science from": a degree, then where it is from
    let d = j;
    while (d < k + 5 && !/^(degree|degrees|diploma|doctorate|phd|ph\.d\.|mba|masters|master's|bachelor's)$/.test(w[d] ?? '') && view.entityAt[d]! < 0 && !/^[,;.]$/.test(w[d] ?? '')) d++;
    if (d >= k + 5 || view.entityAt[d]! >= 0 || /^[,;.]$/.test(w[d] ?? '')) return undefined;
    while (d < k + 10 && w[d] !== 'from' && w[d] !== 'at' && view.entityAt[d]! < 0 && !/^[,;.]$/.test(w[d] ?? '')) d++;
    const m = w[d] === 'from' || w[d] === 'at' ? school(d + 1, true) : undefined;
    return m && { m, label: `degree ${w[d]}` };
  };
  for (const p of withPronounSubjects(ctx, view, SCHOOL_VERBS)) {
    if (ctx.kindOf(p.entity) !== 'person') continue;
    let k = p.last;
    if (w[k] === ',' && w[k + 1] === 'who') k += 2;
    while (k < p.last + 5 && /^(has|had|have|also|later|then|first|once|briefly)$/.test(w[k] ?? '')) k++;
    // ("X, a graduate of Y", "X, an alumnus of Y")
    if (w[k] === ',' && /^(a|an)$/.test(w[k + 1] ?? '') && /^(graduate|alumnus|alumna)$/.test(w[k + 2] ?? '') && w[k + 3] === 'of') {
      const m = school(k + 4, true);
      if (m) emit(p.entity, 'related_to', m.entity, `${w[k + 2]} of`, view.index, 0.6);
      continue;
    }
    const found = SCHOOL_VERBS.test(w[k] ?? '') ? schoolFrom(k) : undefined;
    if (found) emit(p.entity, 'related_to', found.m.entity, found.label, view.index, 0.6);
  }
  // "After receiving a degree from Howard University, he attended": the clause's subject, after the comma
  if (/^(after|upon|on|before)$/.test(w[0] ?? '') && /^(receiving|earning|obtaining|graduating|studying|completing)$/.test(w[1] ?? '')) {
    const found = schoolFrom(1);
    const comma = found ? w.indexOf(',', found.m.last) : -1;
    if (!found || comma < 0 || comma > found.m.last + 4) return;
    const subject = view.mentions.find((x) => x.first === comma + 1)?.entity ?? (/^(he|she)$/.test(w[comma + 1] ?? '') ? resolvePronoun(ctx, view.index, comma + 1) : undefined);
    if (subject !== undefined && ctx.kindOf(subject) === 'person') emit(subject, 'related_to', found.m.entity, found.label, view.index, 0.6);
  }
}

/**
 * "His death was announced by his son Abhijit Mukherjee", "Joe Biden and his son, Hunter Biden",
 * "His parents, X and Y, were farmers", "X, his wife and ..., said": family of whom the pronoun means.
 */
function pronounKin(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (let k = 0; k + 2 < w.length; k++) {
    if ((w[k] !== 'his' && w[k] !== 'her') || !isKin(w[k + 1]!)) continue;
    const of = resolvePronoun(ctx, view.index, k);
    if (of === undefined) continue;
    // (one name for one relative: "her father, James Poland, and Kevorkian" lists others after)
    const listed = namesListedFrom(view, w[k + 2] === ',' ? k + 3 : k + 2);
    const kin = KIN_NOUNS.test(w[k + 1]!) ? listed.slice(0, 1) : listed;
    // (the name the kin noun stands in apposition to: "Maya Cummings, his wife")
    const before = w[k - 1] === ',' ? view.mentions.find((x) => x.last === k - 1) : undefined;
    for (const person of before ? [...kin, before] : kin) {
      if (ctx.kindOf(person.entity) === 'person' && person.entity !== of) emit(person.entity, 'related_to', of, `${w[k]} ${w[k + 1]}`, view.index, 0.6);
    }
  }
}

/** A word of family, one or several: "wife", "parents", "children". */
const isKin = (word: string) => KIN_NOUNS.test(word) || word === 'children' || (word.endsWith('s') && KIN_NOUNS.test(word.slice(0, -1)));

/** "Doris Day was married to Marty Melcher", "She was also married in turn to X, Y and Z", "X married Y": husband and wife are related. */
function marriages(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of withPronounSubjects(ctx, view, /^(was|is|had|has|married|marries|wed|weds)$/)) {
    if (ctx.kindOf(m.entity) !== 'person') continue;
    let k = m.last;
    while (k < m.last + 4 && /^(was|is|had|has|been|also|later|then|once|first|briefly)$/.test(w[k] ?? '')) k++;
    // ("Meghan Markle married Prince Harry", "X wed Y": the spouse as the verb's object)
    const direct = k === m.last && /^(married|marries|wed|weds)$/.test(w[k] ?? '');
    // (over "in turn": "was also married in turn to X")
    const to = w[k + 1] === 'in' && w[k + 2] === 'turn' ? k + 3 : k + 1;
    if (!direct && (w[k] !== 'married' || k === m.last || w[to] !== 'to')) continue;
    // (over what the spouse was: "married to talent agent Pasquale Di Cicco", "married Prince Harry")
    const from = direct ? k + 1 : to + 1;
    let j = from;
    while (j < from + 4 && view.entityAt[j]! < 0 && (/^\p{Ll}+$/u.test(view.sentence.tokens[j]?.text ?? '') || PERSON_TITLES.has(w[j]!)) && !/^(and|or|of|in|at|for)$/.test(w[j]!)) j++;
    for (const spouse of namesListedFrom(view, j)) if (ctx.kindOf(spouse.entity) === 'person') emit(m.entity, 'related_to', spouse.entity, direct ? w[k]! : 'married to', view.index, 0.7);
  }
}

/**
 * The role at i ("the Democratic chairman of Y", "executive director of Y", "retail expert from
 * Y") of the person m: emits it and returns where the organisation's name ends, or undefined.
 */
function roleOf(ctx: DocumentContext, view: SentenceView, m: MentionRef, i: number, emit: Emit): number | undefined {
  const w = view.lower;
  let second = false;
  let nation: number | undefined;
  let nationWord = '';
  // modifiers, adjectives of party or nation, and words that make a title with the next
  // ("a former justice of the Court": a word that modifies titles is one itself before "of")
  // ("a British mathematician": a demonym the document made the country's mention too)
  const demonym = (k: number) => /^\p{Lu}\p{Ll}+(an|ic|ish|ese|i)$/u.test(view.sentence.tokens[k]!.text)
    && (view.entityAt[k]! < 0 || (countryOfDemonym(view.sentence.tokens[k]!.text) !== undefined && view.mentions.some((x) => x.first === k && x.last === k + 1)));
  while (i < w.length && !(w[i] === 'prime' && w[i + 1] === 'minister') && !(isTitle(w[i]) && /^(of|for|at)$/.test(w[i + 1] ?? ''))
    && !(PARTY_WORDS[w[i]!] !== undefined && w[i + 1] === 'from') && (MODIFIERS.test(w[i]!) || TITLE_WORDS.test(w[i]!) || /^(de|facto|\d+-year-old)$/.test(w[i]!) || demonym(i))) {
    if (SECOND.test(w[i]!)) second = true;
    if (countryOfDemonym(view.sentence.tokens[i]!.text)) { nation = view.entityAt[i]! >= 0 ? view.entityAt[i]! : countryOfWord(ctx, view.sentence.tokens[i]!); nationWord = view.sentence.tokens[i]!.text; }
    i++;
  }
  // ("X is a psychology professor at Y": a field's words before the title)
  let f = i;
  while (f < i + 2 && f < w.length && view.entityAt[f]! < 0 && isFieldWord(view.sentence.tokens[f]!.text) && !isTitle(w[f])) f++;
  if (f > i && isTitle(w[f]) && /^(of|for|at|from|with)$/.test(w[f + 1] ?? '')) i = f;
  // "X, the Senate Majority Leader", "X, the Connecticut governor": a name, then the title it gives
  const owner = view.mentions.find((x) => x.first === i);
  if (owner && ctx.kindOf(owner.entity) !== 'person') {
    // ("X, the Red Cross's spokeswoman")
    let j = /^['’]s?$/.test(w[owner.last] ?? '') ? owner.last + 1 : owner.last;
    while (j < w.length && TITLE_WORDS.test(w[j]!)) { if (SECOND.test(w[j]!)) second = true; j++; }
    // ("X, US sport columnist for ESPN", "Hagan, North Carolina's first female Democratic senator":
    // after a place's name, a field's words and what sets the holder apart before the title; not
    // after a group's, where a list runs on: "X, Alliance Party presidential nominee Y")
    let f = j;
    while (ctx.kindOf(owner.entity) === 'place' && f < j + 3 && view.entityAt[f]! < 0 && !isTitle(w[f])
      && (isFieldWord(view.sentence.tokens[f]?.text ?? '') || /^(first|second|third|female|male|youngest|oldest|only|longest-serving)$/.test(w[f] ?? '') || PARTY_WORDS[w[f] ?? ''] !== undefined)) f++;
    if (f > j && isTitle(w[f])) j = f;
    const title = w[j];
    // ("actor Sean Stone, SpaceX co-founder Jim Cantrell": a title before a name is that name's, in a list)
    if (!isTitle(title) || view.mentions.some((x) => x.first === j + 1 && ctx.kindOf(x.entity) === 'person')) return undefined;
    const relation = LEAD_ROLES.has(title!) && !second ? 'leads' : MEMBER_ROLES.has(title!) || LEAD_ROLES.has(title!) ? 'member_of' : undefined;
    if (!relation) return undefined;
    const label = wordsOf(view.sentence.tokens, owner.last, j + 1);
    // ("X, who was Tonga's prime minister": who governs a place leads it)
    const governs = ctx.kindOf(owner.entity) === 'place' && !second && w.slice(owner.last, j + 1).some(governsPlace);
    if (governs) emit(m.entity, 'leads', owner.entity, label, view.index, 0.8);
    if (!governs || countryName(ctx.resolution.entities[owner.entity]!.label)) emit(m.entity, relation === 'member_of' && ctx.kindOf(owner.entity) === 'place' ? 'citizen_of' : relation, owner.entity, label, view.index, 0.8);
    // ("X, US sport columnist for ESPN": the group the title is held at, after a place's;
    // "X, a Labour member of the House of Commons": the body, after a party's)
    const at = (ctx.kindOf(owner.entity) === 'place' && /^(for|at|with|from)$/.test(w[j + 1] ?? '')) || (ctx.kindOf(owner.entity) === 'group' && w[j + 1] === 'of' && title === 'member')
      ? mentionFrom(view, w[j + 2] === 'the' ? j + 3 : j + 2, false) : undefined;
    if (at && ctx.kindOf(at.entity) === 'group') emit(m.entity, relation, at.entity, `${title} ${w[j + 1]}`, view.index, 0.75);
    return at ? at.last : j + 1;
  }
  const role = w[i];
  if (!role) return undefined;
  let k = i + 1;
  // "prime minister", "the Governor General of Canada", "attorney general of"
  if ((role === 'prime' && w[k] === 'minister') || (role === 'supreme' && w[k] === 'leader') || (w[k] === 'general' && PERSON_TITLES.has(role))) k++;
  // ("president and CEO of Acme", "founder and chairman of X": two titles of one body)
  const also = w[k] === 'and' && isTitle(w[k + 1]) && /^(of|for|at)$/.test(w[k + 2] ?? '') ? w[k + 1] : undefined;
  if (also) k += 2;
  if (!/^(of|for|at|from|with)$/.test(w[k] ?? '')) {
    // "X, the de facto Saudi ruler", "X, a British journalist", "X, a British mathematician": the nation the role is of
    if (nation === undefined || !(isTitle(role) || DESCRIPTOR_NOUN.test(role))) return undefined;
    const label = `${nationWord} ${wordsOf(view.sentence.tokens, i, k)}`;
    if (HEAD_TITLES.has(role) && !second) emit(m.entity, 'leads', nation, label, view.index, 0.75);
    emit(m.entity, 'citizen_of', nation, label, view.index, 0.7);
    return undefined;
  }
  let target = compoundHead(ctx, view, mentionFrom(view, k + 1));
  // "Director General of the DRC's Institut National": of the possessor's group
  if (target && /^['’]s?$/.test(w[target.last] ?? '')) target = view.mentions.find((x) => x.first === target!.last + 1) ?? target;
  // "governor of [United States] commonwealth of [Puerto Rico]": a name that modifies a noun is not what the role is of
  if (target && /^\p{Ll}+$/u.test(view.sentence.tokens[target.last]?.text ?? '') && !/^(and|or|in|on|at|for|to|with|from|since|who|which|that|is|was|said|says|prior|before|after|during|until|when|while|as|by|but|because|between)$/.test(w[target.last]!)) {
    target = w[target.last + 1] === 'of' ? mentionFrom(view, target.last + 2) : undefined;
  }
  // ("head of vaccine research at Pfizer", "director of communications at Acme": of a field, at the group, a member of it)
  if (!target && w[k] === 'of' && isTitle(role)) {
    let f = k + 1;
    while (f < k + 4 && view.entityAt[f]! < 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(view.sentence.tokens[f]!.text) && !FIELD_STOP.test(w[f]!)) f++;
    const at = f > k + 1 && w[f] === 'at' ? mentionFrom(view, f + 1) : undefined;
    if (at && ctx.kindOf(at.entity) === 'group') emit(m.entity, 'member_of', at.entity, wordsOf(view.sentence.tokens, i, f + 1), view.index, 0.75);
    return at?.last;
  }
  if (!target || ctx.kindOf(target.entity) === 'person') return undefined;
  // ("the chief executive of Apple" leads it)
  const leader = LEAD_ROLES.has(role) || (role === 'executive' && w[i - 1] === 'chief') || (also !== undefined && LEAD_ROLES.has(also));
  // ("X, a Democrat from California", "X, a 45-year-old woman from Leeds": where one is from)
  const from = w[k] === 'from' && (PARTY_WORDS[role] !== undefined || /^(man|woman|boy|girl|resident|teenager|student|mother|father)$/.test(role));
  const relation: Relation | undefined = leader && !second ? 'leads' : MEMBER_ROLES.has(role) || (also !== undefined && MEMBER_ROLES.has(also)) || leader || from ? 'member_of' : undefined;
  if (from && ctx.kindOf(target.entity) !== 'place') return undefined;
  if (!relation) return undefined;
  const label = wordsOf(view.sentence.tokens, i, k + 1);
  emit(m.entity, relation === 'member_of' && ctx.kindOf(target.entity) === 'place' ? 'citizen_of' : relation, target.entity, label, view.index, 0.85);
  // ("the founder of SpaceX and Tesla": of each group joined to the first)
  const joined = ctx.kindOf(target.entity) === 'group' && w[target.last] === 'and' ? mentionFrom(view, target.last + 1, false) ?? (w[target.last + 1] === 'the' ? mentionFrom(view, target.last + 2, false) : undefined) : undefined;
  if (joined && ctx.kindOf(joined.entity) === 'group') {
    emit(m.entity, relation, joined.entity, label, view.index, 0.8);
    target = joined;
  }
  // ("X, an American columnist for ESPN": of the nation too)
  if (nation !== undefined && ctx.kindOf(target.entity) === 'group') emit(m.entity, 'citizen_of', nation, `${nationWord} ${w[i]}`, view.index, 0.7);
  return target.last;
}

/**
 * "X, who plays for Y", "X joined Y in 2015", "X signed with Y", "X worked for Y", "X served in Y": a person in the
 * group they play or work for or joined; "X, who heads Y", "X founded Y": one who leads it.
 */
function groupVerbs(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'person') continue;
    let k = m.last;
    // ("X, who plays for", "the player, X, joined")
    if (w[k] === ',' && (w[k + 1] === 'who' || w[m.first - 1] === ',' || (w[k + 1] === 'first' && w[k + 2] === 'elected') || w[k + 1] === 'speaking')) k += w[k + 1] === 'who' ? 2 : 1;
    while (k < w.length && /^(has|had|have|also|later|then|now|currently|still|recently|previously|formerly|was|were|first)$/.test(w[k]!)) k++;
    // "X, first elected to Congress in 1996": a member of the body one is elected to
    if (/^(elected|re-elected)$/.test(w[k] ?? '') && w[k + 1] === 'to') {
      const body = mentionFrom(view, w[k + 2] === 'the' ? k + 3 : k + 2, false);
      if (body && ctx.kindOf(body.entity) === 'group') emit(m.entity, 'member_of', body.entity, 'elected to', view.index, 0.65);
      continue;
    }
    const verb = w[k] ?? '';
    const leads = /^(heads|headed|leads|chairs|chaired|founded|co-founded|runs)$/.test(verb);
    // ("X, speaking for the country's Health Ministry", "speaking on behalf of": its voice)
    const speaks = /^(speaking|spoke|speaks)$/.test(verb) && (w[k + 1] === 'for' || (w[k + 1] === 'on' && w[k + 2] === 'behalf' && w[k + 3] === 'of'));
    const by = (/^(plays|played|playing|signed)$/.test(verb) && /^(for|with)$/.test(w[k + 1] ?? ''))
      || (/^(works|worked|working)$/.test(verb) && /^(for|at)$/.test(w[k + 1] ?? ''))
      // ("X, who served in the Royal Navy", "served on the council", "sits on the board")
      || (/^(serves|served|serving)$/.test(verb) && /^(in|with|on)$/.test(w[k + 1] ?? ''))
      || (/^(sits|sat|sitting)$/.test(verb) && /^(on|in)$/.test(w[k + 1] ?? '')) ? k + 2
      // ("X, who represents Ohio in the Senate": the chamber past the place)
      : /^(represents|represented|representing)$/.test(verb) && view.entityAt[k + 1]! >= 0 ? representedIn(view, k + 1)
      : speaks ? (w[k + 1] === 'for' ? k + 2 : k + 4) : leads || /^(joined|joins|rejoined)$/.test(verb) ? k + 1 : -1;
    if (by < 0) continue;
    let at = w[by] === 'the' ? by + 1 : by;
    // ("the country's Health Ministry": the group a word for its owner names)
    if (view.entityAt[at]! < 0 && /^\p{Ll}+$/u.test(w[at] ?? '') && w[at + 1] === "'s") at += 2;
    const group = mentionFrom(view, at, false);
    if (group && ctx.kindOf(group.entity) === 'group') emit(m.entity, leads ? 'leads' : 'member_of', group.entity, wordsOf(view.sentence.tokens, k, by), view.index, 0.65);
  }
}

/** Bodies one has a seat on: "the Oversight Committee", "the Board of Governors". */
const BODY_HEADS = /^(committee|subcommittee|board|council|commission|panel|caucus)$/;

/** "X, the most senior Democrat on the Oversight and Reform Committee", "X, a member on the board of Y": a seat on the body. */
function seatsOn(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'person' || w[m.last] !== ',' || !/^(the|a|an)$/.test(w[m.last + 1] ?? '')) continue;
    // (over what the seat holder is: "most senior Democrat", "ranking member", "longtime Republican")
    let k = m.last + 2;
    while (k < m.last + 6 && view.entityAt[k]! < 0 && (/^(most|senior|ranking|top|leading|longest-serving|longtime|only|member|lone|sole)$/.test(w[k]!) || PARTY_WORDS[w[k]!] !== undefined)) k++;
    if (k === m.last + 2 || w[k] !== 'on') continue;
    const body = mentionFrom(view, w[k + 1] === 'the' ? k + 2 : k + 1, false);
    const words = body ? ctx.resolution.entities[body.entity]!.label.toLowerCase().split(' ') : [];
    if (body && ctx.kindOf(body.entity) === 'group' && words.some((x) => BODY_HEADS.test(x))) emit(m.entity, 'member_of', body.entity, wordsOf(view.sentence.tokens, m.last + 1, k + 1), view.index, 0.7);
  }
}

/** After "represents" and the place at k: where "in" the chamber is ("represents Ohio in the Senate"), or -1. */
function representedIn(view: SentenceView, k: number): number {
  const place = view.mentions.find((x) => x.first === k);
  return place && view.lower[place.last] === 'in' ? place.last + 1 : -1;
}

/**
 * "Steve Scalise of Louisiana", "Ahmed Ali of Mosul": a person named with where they are from;
 * "Bill Gerstenmaier of NASA", "Yvette Cooper of the Labour Party": with the group they are of.
 */
function personOfPlace(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'person') continue;
    // ("Ohio native Joe Smith", "Dayton resident X")
    const home = /^(native|resident)$/.test(view.lower[m.first - 1] ?? '') ? mentionEndingAt(view, m.first - 1) : undefined;
    if (home && ctx.kindOf(home.entity) === 'place') emit(m.entity, 'citizen_of', home.entity, view.lower[m.first - 1]!, view.index, 0.55);
    // "Rai Benjamin from the United States", "Munk was born in Austria": where a person is from
    // ("X, from Toronto, Canada,", "X had lived in Utah", "X, who lives in Ohio")
    let v = view.lower[m.last] === ',' && view.lower[m.last + 1] === 'who' ? m.last + 2 : m.last;
    // ("X, first elected to Congress in 1996, was born in Baltimore": past an aside without a person)
    const aside = view.lower[m.last] === ',' ? view.lower.indexOf(',', m.last + 1) : -1;
    if (aside > 0 && aside < m.last + 12 && view.lower[aside + 1] === 'was' && view.lower[aside + 2] === 'born'
      && !view.mentions.some((x) => x.first > m.last && x.last <= aside && ctx.kindOf(x.entity) === 'person')) v = aside + 1;
    while (/^(has|had|have|also|long)$/.test(view.lower[v] ?? '')) v++;
    // ("was born in 1920 in Chicago")
    const year = view.lower[v + 2] === 'in' && /^\d{4}$/.test(view.lower[v + 3] ?? '') && view.lower[v + 4] === 'in' ? 2 : 0;
    // ("X, who hails from Arizona", "X, a native of Bogota,", "X is a native of Y")
    // ("X, a citizen of Y", "a resident of Y")
    if (/^(is|was)$/.test(view.lower[v] ?? '') && view.lower[v + 1] === 'a' && HOME_NOUNS.test(view.lower[v + 2] ?? '')) v++;
    else if (view.lower[v] === ',' && view.lower[v + 1] === 'a' && HOME_NOUNS.test(view.lower[v + 2] ?? '')) v++;
    const native = view.lower[v] === 'a' && HOME_NOUNS.test(view.lower[v + 1] ?? '') && view.lower[v + 2] === 'of';
    const born = (view.lower[v] === 'was' && /^(born|raised)$/.test(view.lower[v + 1] ?? '') && view.lower[v + 2] === 'in') ? v + 3 + year
      : /^(lives|lived|resides|resided)$/.test(view.lower[v] ?? '') && view.lower[v + 1] === 'in' ? v + 2
      // ("X grew up in Lagos")
      : view.lower[v] === 'grew' && view.lower[v + 1] === 'up' && view.lower[v + 2] === 'in' ? v + 3
      // ("X, who is from Lagos")
      : /^(hails|hailed|is|was)$/.test(view.lower[v] ?? '') && view.lower[v + 1] === 'from' && v > m.last ? v + 2 : native ? v + 3 : -1;
    // ("Born in Lagos, X moved to London": the participle that opens the sentence is the subject's)
    if (m.first >= 4 && /^(born|raised)$/.test(view.lower[0]!) && view.lower[1] === 'in' && view.lower[m.first - 1] === ',') {
      const where = mentionFrom(view, 2, false);
      if (where && ctx.kindOf(where.entity) === 'place' && where.last <= m.first - 1 && !view.mentions.some((x) => x.first >= where.last && x.last < m.first && ctx.kindOf(x.entity) === 'person')) {
        emit(m.entity, 'citizen_of', where.entity, `${view.lower[0]} in`, view.index, 0.55);
      }
    }
    // ("X, 42, of Leeds": past an age)
    const end = view.lower[m.last] === ',' && /^\d{1,3}$/.test(view.lower[m.last + 1] ?? '') && view.lower[m.last + 2] === ',' ? m.last + 2 : m.last;
    // ("X, originally from Lima,")
    const originally = view.lower[end] === ',' && /^(originally|formerly)$/.test(view.lower[end + 1] ?? '') ? 1 : 0;
    const from = view.lower[end] === ',' && view.lower[end + 1 + originally] === 'from' ? end + 1 + originally : view.lower[m.last] === 'from' ? m.last : -1;
    if (from >= 0 || born > 0) {
      const at = born > 0 ? born : from + 1;
      const where = mentionFrom(view, view.lower[at] === 'the' ? at + 1 : at, false);
      const label = wordsOf(view.sentence.tokens, born > 0 ? v : from, at);
      if (where && ctx.kindOf(where.entity) === 'place') emit(m.entity, 'citizen_of', where.entity, label, view.index, 0.55);
      // ("Valentina Sidorenko from Tyumen State Medical University")
      else if (where && born < 0 && ctx.kindOf(where.entity) === 'group') emit(m.entity, 'member_of', where.entity, label, view.index, 0.55);
      continue;
    }
    // ("Professor X at the University of Y said": the body one works at)
    if (view.lower[m.last] === 'at') {
      const body = mentionFrom(view, view.lower[m.last + 1] === 'the' ? m.last + 2 : m.last + 1, false);
      // (a hospital is a place where its doctors work: "Dr. X at Saint Francis Hospital said")
      const institution = (e: number) => ctx.kindOf(e) === 'group' || (ctx.kindOf(e) === 'place' && /\b(Hospital|Clinic|Medical Cent(er|re))$/.test(ctx.resolution.entities[e]!.label));
      if (body && view.lower[body.last] !== 'of' && institution(body.entity)) {
        emit(m.entity, 'member_of', body.entity, 'at', view.index, 0.5);
      }
      continue;
    }
    // ("John Smith, of the Green Party, said")
    const at = view.lower[end] === ',' && view.lower[end + 1] === 'of' ? end + 1 : m.last;
    if (view.lower[at] !== 'of') continue;
    // ("X, of Christian anti-poverty organization The Mustard Seed": over what the body is)
    let by = -1;
    for (let k = at + 1; k < at + 6 && view.entityAt[k]! < 0 && /^[\p{L}-]+$/u.test(view.lower[k] ?? ''); k++) if (GROUP_DESCRIPTORS.has(view.lower[k]!)) by = k;
    const described = by > 0 ? mentionFrom(view, view.lower[by + 1] === 'the' ? by + 2 : by + 1, false) : undefined;
    if (described && ctx.kindOf(described.entity) === 'group') { emit(m.entity, 'member_of', described.entity, 'of', view.index, 0.55); continue; }
    const of = mentionFrom(view, at + 1, false) ?? (view.lower[at + 1] === 'the' ? mentionFrom(view, at + 2, false) : undefined);
    // not "of" that goes on ("Smith of the University of Texas")
    if (!of || view.lower[of.last] === 'of') continue;
    // "Sally Wasef of Australia's Griffith University": of the university
    const owned = /^'s?$/.test(view.lower[of.last] ?? '') ? view.mentions.find((x) => x.first === of.last + 1) : undefined;
    if (owned && ctx.kindOf(owned.entity) === 'group') { emit(m.entity, 'member_of', owned.entity, 'of', view.index, 0.6); continue; }
    const kind = ctx.kindOf(of.entity);
    // ("Gov. Andrew Cuomo of New York", "Mayor X of Y": who governs the place leads it)
    // ("Serena Williams of the United States": a country named with "the")
    const named = of.first === at + 1 || (kind === 'place' && countryName(ctx.resolution.entities[of.entity]!.label) !== undefined);
    const governs = governsPlace(view.lower[m.first - 1] ?? '') || (view.lower[m.first - 1] === 'minister' && view.lower[m.first - 2] === 'prime');
    if (kind === 'place' && named) emit(m.entity, governs ? 'leads' : 'citizen_of', of.entity, 'of', view.index, 0.6);
    // after a title, `titledNames` says what the title makes the person of the group
    // ("John Smith and Jane Doe of Amnesty International": each of the people listed)
    else if (kind === 'group' && !isTitle(view.lower[m.first - 1])) for (const p of [m.entity, ...coordinated(ctx, view, m)]) emit(p, 'member_of', of.entity, 'of', view.index, 0.6);
  }
}

/** Words of a title that are no title alone: "foreign minister", "chief executive". */
const TITLE_WORDS = /^(lord|first|foreign|defence|defense|interior|finance|health|justice|prime|chief|executive|deputy|vice|assistant|associate|senior|top|former|new|then|state|press|national|security|operating|financial|managing|retail|special|minority|majority|presumptive)$/;

const isTitle = (w: string | undefined) => w !== undefined && (PERSON_TITLES.has(w) || LEAD_ROLES.has(w) || MEMBER_ROLES.has(w));

/** "assistant coach", "deputy minister": second to whoever leads; "Senate Minority Leader" leads a part, not the whole. */
const SECOND = /^(deputy|vice|assistant|minority|majority)$/;

/** Whether titles make their bearer the leader: "president", "executive director", not "deputy director". */
const leadsBy = (titles: readonly string[]) => titles.some((t) => LEAD_ROLES.has(t) || HEAD_TITLES.has(t)) && !titles.some((t) => SECOND.test(t));

/** "Acme named Jane Doe as its new chief executive", "Bolt appointed Tom Lee chairman": a group gives a person its office. */
function appointments(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'group' || !/^(named|appointed|picked|chose|selected|hired|elected|names|appoints|picks|hires|signed|signs|re-signed)$/.test(w[m.last] ?? '')) continue;
    const person = view.mentions.find((x) => x.first === m.last + 1);
    if (!person || ctx.kindOf(person.entity) !== 'person') continue;
    // ("the Lakers signed LeBron James": a team's or a firm's new player or employee, no title needed)
    if (/^(signed|signs|re-signed)$/.test(w[m.last]!)) {
      emit(person.entity, 'member_of', m.entity, w[m.last]!, view.index, 0.65);
      continue;
    }
    let k = person.last;
    if (w[k] === 'as') k++;
    while (/^(its|their|the|a|new|interim|acting|next)$/.test(w[k] ?? '')) k++;
    const end = titleWordsEnd(view, k, 3);
    const titles = w.slice(k, end);
    // (the office ends the phrase: not "named X chairman of another group")
    if (!titles.some(isTitle) || w[end] === 'of') continue;
    emit(person.entity, leadsBy(titles) ? 'leads' : 'member_of', m.entity, `${w[m.last]} ${titles.join(' ')}`, view.index, 0.75);
  }
}

/** Where the title words from k end (at most n of them, none of a name): "foreign minister", "deputy administrator". */
function titleWordsEnd(view: SentenceView, k: number, n: number): number {
  const end = k + n;
  while (k < end && view.entityAt[k]! < 0 && (isTitle(view.lower[k]) || TITLE_WORDS.test(view.lower[k] ?? ''))) k++;
  return k;
}

/** Titles before a name after a comma ("the director of X, Dr Y"); not "Sultan", which begins places' names too. */
const HONORIFICS = /^(dr|mr|mrs|ms|prof|sir|dame|sen|rep|gov|gen|senator|representative|congressman|congresswoman|governor|mayor|judge|general|minister)\.?$/;

/** "A member of the Tunisian Parliament, Samir Dilou, said", "the president of X, Y, said", "Mayor of Koszalin Piotr Jedlinski". */
function roleFirst(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (let i = 0; i + 2 < w.length; i++) {
    // ("the then-manager of X": a role held before is the role)
    const role = w[i]!.replace(/^(then|ex|former)-(?=\p{Ll})/u, '');
    // ("United States Senator from Vermont Bernie Sanders": from where, after a capitalised title)
    const from = w[i + 1] === 'from' && /^\p{Lu}/u.test(view.sentence.tokens[i]!.text);
    if (!(LEAD_ROLES.has(role) || MEMBER_ROLES.has(role)) || (w[i + 1] !== 'of' && w[i + 1] !== 'for' && !from)) continue;
    let org = compoundHead(ctx, view, mentionFrom(view, i + 2));
    // ("the director of Argentina's Amnesty International, X": of the possessor's group)
    if (org && /^['’]s?$/.test(w[org.last] ?? '')) org = view.mentions.find((x) => x.first === org!.last + 1);
    if (!org || ctx.kindOf(org.entity) === 'person') continue;
    // the person named right after, set off by a comma, or straight after a capitalised title
    // ("the manager of X and director of Y, Z": past the roles joined to this one)
    const end = pastJoinedRoles(ctx, view, org.last);
    const titled = /^\p{Lu}/u.test(view.sentence.tokens[i]!.text);
    // ("the director of IEDCR, Dr Meerjady Flora,": over a title after the comma)
    const after = w[end] === ',' && HONORIFICS.test(w[end + 1] ?? '') ? end + 2 : end + 1;
    const person = w[end] === ',' ? view.mentions.find((m) => m.first === after)
      : titled ? view.mentions.find((m) => m.first === end) : undefined;
    if (!person || ctx.kindOf(person.entity) !== 'person') continue;
    // ("Vice President of the United States Joe Biden": a second is no head; "First Minister of
    // Scotland Nicola Sturgeon", "Chief Executive of Hong Kong Carrie Lam" are)
    const head = (LEAD_ROLES.has(role) && !SECOND.test(w[i - 1] ?? '')) || (/^(minister|executive)$/.test(role) && /^(prime|first|chief)$/.test(w[i - 1] ?? ''));
    const relation: Relation = head && !from ? 'leads' : ctx.kindOf(org.entity) === 'place' ? 'citizen_of' : 'member_of';
    // ("Special Representative for Iran X": the country in one's charge is not one's own)
    if (relation === 'citizen_of' && w[i + 1] === 'for') continue;
    emit(person.entity, relation, org.entity, `${role} ${w[i + 1]}`, view.index, 0.75);
    // ("United States Senator from Vermont": the country before the title too)
    const country = from ? mentionEndingAt(view, i) : undefined;
    if (country && countryName(ctx.resolution.entities[country.entity]!.label)) emit(person.entity, 'citizen_of', country.entity, `${view.sentence.tokens[i]!.text} from`, view.index, 0.7);
  }
}

/** Where the roles joined by "and" to the one ending at k end: "[of X] and director of Y". */
function pastJoinedRoles(ctx: DocumentContext, view: SentenceView, k: number): number {
  const w = view.lower;
  for (let more = 0; more < 3 && w[k] === 'and'; more++) {
    const role = /^(the|a|an)$/.test(w[k + 1] ?? '') ? k + 2 : k + 1;
    if (!(LEAD_ROLES.has(w[role] ?? '') || MEMBER_ROLES.has(w[role] ?? '')) || (w[role + 1] !== 'of' && w[role + 1] !== 'for')) break;
    const org = compoundHead(ctx, view, mentionFrom(view, role + 2));
    if (!org || ctx.kindOf(org.entity) === 'person') break;
    k = org.last;
  }
  return k;
}

/** "the El Paso mayor, Dee Margo," "a State Department spokesperson, Morgan Ortagus,": a title of a name, then the person. */
function titleThenName(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    const kind = ctx.kindOf(m.entity);
    if (kind === 'person' || !/^(the|a|an)$/.test(w[m.first - 1] ?? '')) continue;
    const k = titleWordsEnd(view, m.last, 3);
    const titles = w.slice(m.last, k);
    if (!titles.some(isTitle) || w[k] !== ',') continue;
    const person = view.mentions.find((x) => x.first === k + 1);
    if (!person || ctx.kindOf(person.entity) !== 'person') continue;
    const leads = leadsBy(titles);
    const label = wordsOf(view.sentence.tokens, m.last, k);
    if (leads) emit(person.entity, 'leads', m.entity, label, view.index, 0.75);
    else emit(person.entity, kind === 'place' ? 'citizen_of' : 'member_of', m.entity, label, view.index, 0.7);
  }
}

/** A word of a field of study or work ("neuroscience", "public health", "economics"): lower case, no function word, no verb's form. */
const isFieldWord = (word: string) => /^\p{Ll}+$/u.test(word) && !FIELD_STOP.test(word) && !/(ed|ing)$/.test(word) && (!word.endsWith('s') || word.endsWith('ics'));
const FIELD_STOP = /^(the|a|an|and|or|of|for|to|in|on|at|by|with|from|as|said|told|that|which|who|its|their|his|her|regional|local|former)$/;

/** The people listed after m: "[X], Y, and Z", "[X] and Y". */
function listedAfter(ctx: DocumentContext, view: SentenceView, m: MentionRef): number[] {
  const out: number[] = [];
  for (let at = m.last; /^(,|and)$/.test(view.lower[at] ?? '');) {
    const next = view.mentions.find((x) => x.first === (view.lower[at] === ',' && view.lower[at + 1] === 'and' ? at + 2 : at + 1));
    if (!next || ctx.kindOf(next.entity) !== 'person') break;
    out.push(next.entity);
    at = next.last;
  }
  return out;
}

/** "Syrian President X" (leads, citizen_of), "Iraqi commander X" (citizen_of), "Quds Force commander X" (leads). */
function titledNames(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  // ("NASA astronauts X and Y": a plural title, of each)
  const w = view.lower.map((x, k) => (k + 1 < view.lower.length && view.entityAt[k + 1]! >= 0 && x.endsWith('s') && isTitle(x.slice(0, -1)) ? x.slice(0, -1) : x));
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'person') continue;
    // (a plural title is of every person listed after it: "former CIA directors X, Y, and Z")
    const people = w[m.first - 1] !== view.lower[m.first - 1] ? [m.entity, ...listedAfter(ctx, view, m)] : [m.entity];
    const emitEach = (relation: Relation, target: number, label: string, confidence: number) => { for (const p of people) emit(p, relation, target, label, view.index, confidence); };
    // Walk back over title words ("President", "paramilitary commander", "Secretary of State").
    let i = m.first - 1;
    // ("US Ambassador to Germany Richard Grenell", "US Special Representative for Iran Brian Hook":
    // over where an envoy is sent, or the country in their charge)
    const sentTo = mentionEndingAt(view, m.first);
    if (sentTo && ctx.kindOf(sentTo.entity) === 'place' && /^(to|for)$/.test(w[sentTo.first - 1] ?? '')
      && /^(ambassador|envoy|representative|coordinator|commissioner)$/.test(w[sentTo.first - 2] ?? '')) i = sentTo.first - 2;
    const titles: string[] = [];
    // ("Conservative Party leader and Prime Minister Boris Johnson": titles joined by "and")
    while (i >= 0 && view.entityAt[i]! < 0 && i >= m.first - 6
      && (PERSON_TITLES.has(w[i]!) || LEAD_ROLES.has(w[i]!) || MEMBER_ROLES.has(w[i]!) || /^(of|state|defense|foreign|paramilitary|military|army|opposition|rebel|militia|party|top|executive|board|assistant|vice|minority|majority|presidential|vice-presidential|first|special)$/.test(w[i]!)
        || (w[i] === 'and' && i > 0 && isTitle(w[i - 1]) && titles.length > 0))) {
      titles.unshift(w[i]!);
      i--;
    }
    if (!titles.length) continue;
    const headTitle = titles.find((t) => PERSON_TITLES.has(t) || LEAD_ROLES.has(t) || MEMBER_ROLES.has(t));
    if (!headTitle) continue;
    const label = wordsOf(view.sentence.tokens, i + 1, m.first);
    const second = titles.some((t) => SECOND.test(t));
    const leads = !second && (titles.some((t) => HEAD_TITLES.has(t))
      || (titles.length === 1 && LEAD_ROLES.has(titles[0]!) && titles[0] !== 'general') || /\b(chief executive|first minister)\b/.test(titles.join(' ')));
    // "Commissioner James Rovella of the Connecticut Department of ...": what the title is of follows the name
    const of = w[m.last] === 'of' ? compoundHead(ctx, view, mentionFrom(view, m.last + 1)) : undefined;
    if (of && ctx.kindOf(of.entity) === 'group') {
      emitEach(leads || (!second && LEAD_ROLES.has(headTitle)) ? 'leads' : 'member_of', of.entity, `${label} of`, 0.75);
      continue;
    }
    if (i < 0) continue;
    // ("the Organisation of Islamic Cooperation (OIC) head X": over the acronym)
    if (w[i] === ')' && w[i - 2] === '(' && view.entityAt[i - 3]! >= 0) i -= 3;
    // ("Princeton University neuroscience professor X", "Northwestern University public health
    // expert X": a field's words between a group and a member's title)
    let j = i;
    while (j >= 0 && j > i - 2 && view.entityAt[j]! < 0 && isFieldWord(view.sentence.tokens[j]!.text)) j--;
    const field = j < i && titles.every((t) => !LEAD_ROLES.has(t) && !HEAD_TITLES.has(t)) && view.entityAt[j]! >= 0 && ctx.kindOf(view.entityAt[j]!) === 'group' ? mentionEndingAt(view, j + 1) : undefined;
    if (field) { emitEach('member_of', field.entity, wordsOf(view.sentence.tokens, j + 1, m.first), 0.65); continue; }
    const before = mentionEndingAt(view, i + 1);
    const country = before ? undefined : countryOfWord(ctx, view.sentence.tokens[i]!);
    // ("Russian opposition leader X", "Kurdish rebel commander X": who leads a part of a country's people leads no country)
    const leadsPlace = leads && !titles.some((t) => OF_A_PART.test(t));
    if (before) {
      const kind = ctx.kindOf(before.entity);
      if (kind === 'group') emitEach(leads || (!second && titles.some((t) => LEAD_ROLES.has(t))) ? 'leads' : 'member_of', before.entity, label, 0.8);
      else if (kind === 'place') {
        // "Connecticut Governor X" leads the state, and is not said to be its citizen
        if (!leadsPlace || countryName(ctx.resolution.entities[before.entity]!.label)) emitEach('citizen_of', before.entity, label, 0.7);
        if (leadsPlace) emitEach('leads', before.entity, label, 0.75);
      }
    } else if (country !== undefined) {
      emitEach('citizen_of', country, `${view.sentence.tokens[i]!.text} ${label}`, 0.7);
      if (leadsPlace) emitEach('leads', country, `${view.sentence.tokens[i]!.text} ${label}`, 0.75);
    }
  }
}

/** "Iraq's Popular Mobilization Forces" (located_in), "Reuters' X" (member_of), "Iran's X" (citizen_of). */
function possessives(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  for (const m of view.mentions) {
    const p = view.lower[m.last];
    if (p !== "'s" && p !== "'") continue;
    const owned = view.mentions.find((o) => o.first === m.last + 1);
    const a = ctx.kindOf(m.entity);
    // ("Adamowicz's former party Civic Platform": the person's party)
    const party = !owned && a === 'person' ? view.mentions.find((o) => o.first === (view.lower[m.last + 1] === 'former' ? m.last + 3 : m.last + 2)) : undefined;
    if (party && /^(party|club|team|band)$/.test(view.lower[party.first - 1]!) && ctx.kindOf(party.entity) === 'group') emit(m.entity, 'member_of', party.entity, `'s ${view.lower[party.first - 1]}`, view.index, 0.65);
    // "Tesco's CEO Dave Lewis", "Russia's foreign minister Sergei Lavrov": a title between
    // ("Trump's daughter Ivanka", "Anderson Cooper, Gloria Vanderbilt's son,": family)
    const kin = !owned && a === 'person' && KIN_NOUNS.test(view.lower[m.last + 1] ?? '');
    let k = owned ? m.last + 1 : kin ? m.last + 2 : titleWordsEnd(view, m.last + 1, 4);
    // ("X, the GSA's chief of staff,": an aide, a member of the group)
    const staff = !owned && view.lower[k] === 'of' && view.lower[k + 1] === 'staff';
    if (staff) k += 2;
    if (!owned && k > m.last + 1) {
      // ("the Court's president, Brenda Hale,": over a comma too)
      // ("Jacinda Ardern, New Zealand's prime minister,": the person before, in apposition)
      // (the person in apposition first: "According to X, Hagan's former spokeswoman, Hagan died")
      const before = view.lower[m.first - 1] === ',' && /^[,.;]$/.test(view.lower[k] ?? '.') ? view.mentions.find((o) => o.last === m.first - 1) : undefined;
      const person = (before && ctx.kindOf(before.entity) === 'person' ? before : undefined)
        ?? view.mentions.find((o) => o.first === k || (view.lower[k] === ',' && o.first === k + 1)) ?? before;
      const titles = view.lower.slice(m.last + 1, k);
      if (kin && person && ctx.kindOf(person.entity) === 'person') { emit(person.entity, 'related_to', m.entity, `'s ${titles[0]}`, view.index, 0.7); continue; }
      if (!person || ctx.kindOf(person.entity) !== 'person' || !titles.some(isTitle)) continue;
      const leads = !staff && leadsBy(titles);
      const label = wordsOf(view.sentence.tokens, m.last, k);
      // ("X, Rosselló's chief of staff", "Trump's lawyer Michael Cohen": a tie the vocabulary has no word for)
      if (a === 'person') emit(person.entity, 'related_to', m.entity, label, view.index, 0.65);
      else if (a === 'group') emit(person.entity, leads ? 'leads' : 'member_of', m.entity, label, view.index, 0.7);
      else if (a === 'place') {
        if (countryName(ctx.resolution.entities[m.entity]!.label)) emit(person.entity, 'citizen_of', m.entity, label, view.index, 0.65);
        // ("Scotland's First Minister X": who heads its government, as a prime minister does)
        if (titles.some((t, j) => governsPlace(t) || t === 'leader' || (t === 'first' && titles[j + 1] === 'minister'))) emit(person.entity, 'leads', m.entity, label, view.index, 0.7);
      }
      continue;
    }
    if (!owned) continue;
    const b = ctx.kindOf(owned.entity);
    const label = `${view.sentence.tokens[m.first]!.text}'s`;
    if (a === 'place' && (b === 'group' || b === 'place')) emit(owned.entity, 'located_in', m.entity, label, view.index, 0.7);
    else if (a === 'place' && b === 'person') emit(owned.entity, 'citizen_of', m.entity, label, view.index, 0.6);
    else if (a === 'group' && b === 'person') emit(owned.entity, 'member_of', m.entity, label, view.index, 0.65);
    // (not a name that only says what kind of thing follows: "RIAA's DMCA notice", "GitHub's DMCA repository")
    else if (a === 'group' && b === 'group' && !THING_NOUNS.test(view.lower[owned.last] ?? '')) emit(owned.entity, 'part_of', m.entity, label, view.index, 0.6);
    // ("the Atlantic Council's Washington headquarters", "Cipriani's London restaurant": where the group is)
    else if (a === 'group' && b === 'place' && MEMBER_NOUNS.test(view.lower[owned.last] ?? '')) emit(m.entity, 'located_in', owned.entity, `'s ${view.lower[owned.last]}`, view.index, 0.6);
  }
}

/** Things a name before them can only qualify: "a DMCA notice", "the Windows licence". */
const THING_NOUNS = /^(notice|notices|request|requests|repository|licen[cs]e|licen[cs]es|account|accounts|page|pages|website|app|policy|policies|rules?|law|laws|act|standard|standards|certificate|certification|filing|complaint|claim|takedown|format|protocol|software|platform|data|database|guidelines?|regulations?)$/;

/** "Iran-backed X", "U.S.-supported X", "Iranian-linked X", "X, backed by Y". */
function backedBy(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const tokens = view.sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    let backer: number | undefined;
    let how: string | undefined;
    const match = BACKED.exec(tokens[i]!.text);
    let next = i + 1;
    if (match) {
      backer = entityNamed(ctx, match[1]!) ?? countryOfWord(ctx, tokens[i]!, match[1]!.length);
      how = match[2];
    } else if (/^-$/.test(tokens[i + 1]?.text ?? '') && /^(backed|supported|funded|sponsored|linked|allied|led)$/.test(view.lower[i + 2] ?? '')) {
      backer = view.entityAt[i]! >= 0 ? view.entityAt[i]! : countryOfWord(ctx, tokens[i]!);
      how = view.lower[i + 2];
      next = i + 3;
    }
    if (backer === undefined || !how || (how === 'based' && ctx.kindOf(backer) !== 'place')) continue;
    // ("UK-based retailer Tesco": over what the group is)
    if (how === 'based' && view.entityAt[next]! < 0 && /^\p{Ll}+$/u.test(tokens[next]?.text ?? '') && view.entityAt[next + 1]! >= 0) next++;
    // ("Oxfam, a London-based charity": the group before the apposition)
    const target = mentionFrom(view, next)
      ?? (how === 'based' && /^(a|an)$/.test(view.lower[i - 1] ?? '') && view.lower[i - 2] === ',' ? mentionEndingAt(view, i - 2) : undefined);
    if (!target || ctx.kindOf(target.entity) !== 'group') continue;
    // ("the Yemen-based Houthi movement": where it is)
    const relation: Relation = how === 'led' ? 'related_to' : how === 'based' ? 'located_in' : 'backed_by';
    emit(target.entity, relation, backer, how === 'based' ? 'based in' : `${how} by`, view.index, how === 'linked' || how === 'allied' || how === 'aligned' ? 0.55 : 0.8);
  }
  // "X, backed by Y"
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'group') continue;
    let i = m.last;
    if (view.lower[i] === ',') i++;
    if (!/^(backed|supported|funded|sponsored)$/.test(view.lower[i] ?? '') || view.lower[i + 1] !== 'by') continue;
    const backer = mentionFrom(view, i + 2);
    if (backer && ctx.kindOf(backer.entity) !== 'person') emit(m.entity, 'backed_by', backer.entity, `${view.lower[i]} by`, view.index, 0.75);
  }
}

/** The entity of this document whose label or alias is the word ("Hezbollah-backed"). */
function entityNamed(ctx: DocumentContext, word: string): number | undefined {
  const w = word.toLowerCase();
  const i = ctx.resolution.entities.findIndex((e) => e.label.toLowerCase() === w || e.aliases.some((a) => a.toLowerCase() === w));
  return i < 0 ? undefined : i;
}

/** "Y under X's leadership", "Y, led by X", "X leads Y", "Y and its Z". */
function leadership(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    const kind = ctx.kindOf(m.entity);
    // "Quds force under Soleimani's leadership"
    if (kind === 'group' && w[m.last] === 'under') {
      const leader = mentionFrom(view, m.last + 1, false);
      if (leader && ctx.kindOf(leader.entity) === 'person') emit(leader.entity, 'leads', m.entity, 'under leadership of', view.index, 0.75);
    }
    // "Y, led by X" / "Y, headed by X"
    if (kind === 'group') {
      let i = m.last;
      if (w[i] === ',') i++;
      // "the Supreme Court is led by President Brenda Hale"
      if (/^(is|was|are|were)$/.test(w[i] ?? '')) i++;
      if (w[i] === 'been') i++;
      // ("He was also a director of X")
      if (w[i] === 'also') i++;
      // ("was founded in 2009 by engineer X": past the year, and a word of what the person is)
      const by = /^(in|on)$/.test(w[i + 1] ?? '') && /^\d{4}$/.test(w[i + 2] ?? '') ? i + 3 : i + 1;
      if (/^(led|lead|headed|commanded|run|founded)$/.test(w[i] ?? '') && w[by] === 'by') {
        let at = titleWordsEnd(view, by + 1, 3);
        if (view.entityAt[at]! < 0 && /^\p{Ll}+$/u.test(view.sentence.tokens[at]?.text ?? '') && view.entityAt[at + 1]! >= 0) at++;
        const leader = mentionFrom(view, at);
        if (leader && ctx.kindOf(leader.entity) === 'person') emit(leader.entity, 'leads', m.entity, `${w[i]} by`, view.index, 0.8);
      }
    }
    // "X leads/heads/commands Y"
    if (kind === 'person' && /^(leads|led|heads|headed|commands|commanded|chairs|chaired|runs|founded)$/.test(w[m.last] ?? '')) {
      const led = mentionFrom(view, m.last + 1);
      if (led && ctx.kindOf(led.entity) === 'group') emit(m.entity, 'leads', led.entity, w[m.last]!, view.index, 0.75);
    }
    // "the IRGC and its (ruthless) Quds force"
    if ((kind === 'group' || kind === 'place') && w[m.last] === 'and' && w[m.last + 1] === 'its') {
      let k = m.last + 2;
      while (k < m.last + 4 && view.entityAt[k]! < 0 && /^\p{Ll}+$/u.test(view.sentence.tokens[k]?.text ?? '')) k++;
      const part = mentionFrom(view, k);
      if (part && ctx.kindOf(part.entity) === 'group') emit(part.entity, kind === 'group' ? 'part_of' : 'located_in', m.entity, 'and its', view.index, 0.7);
    }
  }
}

/**
 * After a name at i, a phrase that says where it is: "is located in", ", based in", for a place
 * "is a city in": the phrase's label and where the place's name may begin.
 */
function locatedPhrase(view: SentenceView, kind: string, i: number): [string, number] | undefined {
  const w = view.lower;
  let k = w[i] === ',' ? i + 1 : i;
  // (", is based in" closes an apposition: what is based there is the name before it)
  if (k > i && /^(is|was|are|were)$/.test(w[k] ?? '')) return undefined;
  if (/^(is|was|are|were)$/.test(w[k] ?? '')) k++;
  if (/^(located|based|situated|headquartered)$/.test(w[k] ?? '') && LOCATION_PREPOSITIONS.has(w[k + 1] ?? '')) return [`${w[k]} ${w[k + 1]}`, k + 2];
  if (kind !== 'place' || k === i || !/^(is|was)$/.test(w[k - 1]!)) return undefined;
  // ("White Plains is the county seat for Westchester County")
  const j = w[k] === 'the' && /^(county|state|provincial|regional)$/.test(w[k + 1] ?? '') && w[k + 2] === 'seat' ? k + 2 : placeKindAt(view, k);
  return j !== undefined && (/^(in|of)$/.test(w[j + 1] ?? '') || (w[j] === 'seat' && w[j + 1] === 'for')) ? [`${w[j]} ${w[j + 1]}`, j + 2] : undefined;
}

/** Where the noun of "a [port] city", "the [ancient] town" from k stands (two words at most before it), or undefined. */
function placeKindAt(view: SentenceView, k: number): number | undefined {
  const w = view.lower;
  if (!/^(a|an|the)$/.test(w[k] ?? '')) return undefined;
  let j = k + 1;
  while (j < k + 3 && view.entityAt[j]! < 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(view.sentence.tokens[j]?.text ?? '') && !PLACE_KINDS.has(w[j]!)) j++;
  return PLACE_KINDS.has(w[j] ?? '') ? j : undefined;
}

/** "the U.S. Embassy in Baghdad", "camp Taji north of Baghdad", "Baghdad International Airport". */
function locations(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    const kind = ctx.kindOf(m.entity);
    if (kind !== 'place' && kind !== 'group') continue;
    let i = m.last;
    // ("Walter Reed National Military Medical Center (WRNMMC) in Bethesda": over its acronym)
    if (w[i] === '(' && w[i + 2] === ')' && view.entityAt[i + 1]! >= 0 && /^\p{Lu}{2,}$/u.test(view.sentence.tokens[i + 1]!.text)) i += 3;
    let label: string | undefined;
    // "ISIL fighters in Syria": a group's members or assets somewhere put the group there
    let skipped = 0;
    // ("Huawei's headquarters in Shenzhen", "Oxfam has offices in Nairobi", "Tesla opened a factory in Berlin")
    if (kind === 'group' && /^['’]s?$/.test(w[i] ?? '') && MEMBER_NOUNS.test(w[i + 1] ?? '')) { i++; skipped++; }
    else if (kind === 'group' && /^(has|have|had|opened|opens|operates|operated|runs|ran|built|builds)$/.test(w[i] ?? '')) {
      let j = i + 1;
      while (j < i + 4 && /^(a|an|its|their|new|two|three|four|five|several|many|\d+)$/.test(w[j] ?? '')) j++;
      if (MEMBER_NOUNS.test(w[j] ?? '')) { skipped += j - i; i = j; }
    }
    const nouns = skipped + 2;
    if (kind === 'group') while (skipped < nouns && MEMBER_NOUNS.test(w[i] ?? '')) { i++; skipped++; }
    // ("the Louvre museum in Paris": a place and what it is)
    if (kind === 'place' && SITE_NOUNS.test(w[i] ?? '') && LOCATION_PREPOSITIONS.has(w[i + 1] ?? '')) { i++; skipped++; }
    if (skipped && !LOCATION_PREPOSITIONS.has(w[i] ?? '')) { i = m.last; skipped = 0; }
    const located = skipped ? undefined : locatedPhrase(view, kind, i);
    if (located) [label, i] = located;
    else if (LOCATION_PREPOSITIONS.has(w[i] ?? '')) { label = skipped ? `${w.slice(m.last, i).join(' ')} ${w[i]}` : w[i]; i++; }
    else if (DIRECTIONS.test(w[i] ?? '') && w[i + 1] === 'of') { label = `${w[i]} of`; i += 2; }
    // ("the Ural region of Russia", "the Idlib province of Syria"; not "the U.S. state of Alabama")
    // ("the Ohio city of Dayton", "the Red Sea port town of Mokha": the second is in the first)
    const inner = kind === 'place' && !countryName(ctx.resolution.entities[m.entity]!.label) ? placeNamedAfter(ctx, view, m) : undefined;
    if (inner && !/\b(Sea|Ocean|River|Lake|Gulf|Bay|Coast)$/.test(ctx.resolution.entities[m.entity]!.label)) emit(inner.entity, 'located_in', m.entity, wordsOf(view.sentence.tokens, m.last, inner.first), view.index, 0.7);
    // (not "the Ohio city of Dayton": the second is the smaller)
    else if (kind === 'place' && PLACE_KINDS.has(w[i] ?? '') && w[i + 1] === 'of' && !countryName(ctx.resolution.entities[m.entity]!.label) && !inner) { label = `${w[i]} of`; i += 2; }
    if (label) {
      // "ISIL terrorists in Syria and Iraq": each of the places; a country is in no city ("Rai
      // Benjamin from the United States in Doha")
      const rank = (e: number) => placeRank(ctx.resolution.entities[e]!.label);
      // ("the Grenfell Tower in west London", "in central China", "in the southeastern United States")
      const region = (k: number) => (DIRECTIONS.test(w[k] ?? '') || /^(central|downtown)$/.test(w[k] ?? '')) && view.entityAt[k + 1]! >= 0;
      if (region(i)) i++;
      else if (w[i] === 'the' && region(i + 1)) i += 2;
      // ("Maidan Shahr in the centre of Wardak province", "in the north of Syria")
      else if (w[i] === 'the' && PARTS_OF.test(w[i + 1] ?? '') && w[i + 2] === 'of') i += 3;
      // ("in the U.S. border city of El Paso": the city; "near Dolgellau in Gwynedd": not in the
      // place it is near, but in what that is in)
      let first = mentionFrom(view, i);
      if ((label === 'near' || label === 'outside') && first) {
        const beyond = /^(in|,)$/.test(w[first.last] ?? '') ? mentionFrom(view, first.last + 1) : undefined;
        first = beyond && ctx.kindOf(beyond.entity) === 'place' && placeRank(ctx.resolution.entities[beyond.entity]!.label) >= placeRank(ctx.resolution.entities[first.entity]!.label) ? beyond : undefined;
      }
      for (let where = first && (placeNamedAfter(ctx, view, first) ?? first); where && ctx.kindOf(where.entity) === 'place';
        where = w[where.last] === 'and' ? view.mentions.find((x) => x.first === where!.last + 1) : undefined) {
        if (kind === 'place' && rank(m.entity) === 3 && rank(where.entity) < 3) continue;
        // "in Athens at Zappeion Hall": a city the gazetteer knows is not at a place it does not
        if (kind === 'place' && label === 'at' && rank(m.entity) >= 1 && rank(where.entity) === 0) continue;
        emit(m.entity, 'located_in', where.entity, label, view.index, kind === 'place' ? 0.75 : 0.6);
      }
    }
    if (kind === 'place' && w[m.last] === ',') placeAfterComma(ctx, view, m, emit);
    // ("British Columbia (B.C.), Canada": past the initials in brackets)
    else if (kind === 'place' && w[m.last] === '(' && w[m.last + 2] === ')' && w[m.last + 3] === ',') placeAfterComma(ctx, view, { ...m, last: m.last + 3 }, emit);
    // A place named after a place it is in: "Baghdad International Airport" in Baghdad; a group
    // named after the group it is part of, or the place it is of: "House of Commons Library",
    // "University of Florida"
    // ("the House Oversight Committee", "the Senate Intelligence Committee": a chamber's committee
    // is part of the chamber the document names)
    if (kind === 'group' && m.last - m.first >= 2 && CHAMBER_WORDS.test(view.sentence.tokens[m.first]!.text) && /^(Committee|Subcommittee|Caucus)$/.test(view.sentence.tokens[m.last - 1]!.text)) {
      const word = view.sentence.tokens[m.first]!.text;
      const chamber = ctx.resolution.entities.findIndex((e, ei) => ei !== m.entity && e.kind === 'group' && (e.label === word || e.aliases.includes(word)));
      if (chamber >= 0) emit(m.entity, 'part_of', chamber, `${word} committee`, view.index, 0.65);
    }
    if (m.last - m.first >= 2) {
      const name = ctx.text.slice(ctx.mentions[m.mention]!.start, ctx.mentions[m.mention]!.end);
      ctx.resolution.entities.forEach((e, ei) => {
        if (ei === m.entity || e.kind === 'person' || e.kind === 'event' as string || e.label.length < 3) return;
        // (not "Washington D.C.": a place's name and its initials)
        const first = name.startsWith(e.label + ' ') && !/^(\p{Lu}\.?){2}$/u.test(name.slice(e.label.length + 1));
        const last = kind === 'group' && e.kind === 'place' && (name.endsWith(` of ${e.label}`) || name.endsWith(` of the ${e.label}`));
        if (!first && !last) return;
        if (e.kind === 'place') emit(m.entity, 'located_in', ei, 'named after', view.index, 0.6);
        // a parent of one ordinary word ("State", "Aviation") is more often a cut name than a group
        else if (kind === 'group' && first && (e.label.includes(' ') || /^\p{Lu}{2,}$/u.test(e.label))) emit(m.entity, 'part_of', ei, 'named after', view.index, 0.6);
      });
    }
  }
}

/** The chambers whose committees are named by them: "House Judiciary Committee". */
const CHAMBER_WORDS = /^(House|Senate|Parliament|Congress|Assembly)$/;

/** Parts of a place: "in the centre of", "on the outskirts of". */
const PARTS_OF = /^(centre|center|heart|middle|outskirts|north|south|east|west|northeast|northwest|southeast|southwest|interior)$/;


/**
 * "El Paso, Texas", "Windsor Locks, Connecticut, United States": a place and, after a comma, the
 * larger place it is in; "Magnitogorsk, a city in the Ural region of Russia": an apposition
 * that says where it is. Not a list ("Paris, London and Berlin"): the second place is larger.
 */
function placeAfterComma(ctx: DocumentContext, view: SentenceView, m: MentionRef, emit: Emit): void {
  const w = view.lower;
  const next = view.mentions.find((x) => x.first === m.last + 1);
  if (next) {
    // (a list goes on with another place: "Paris, London and Berlin"; not "born in Chicago, Illinois and studied")
    const listed = (w[next.last] === 'and' || w[next.last] === 'or') && view.mentions.some((x) => x.first === next.last + 1 && ctx.kindOf(x.entity) === 'place');
    if (ctx.kindOf(next.entity) !== 'place' || listed) return;
    const rank = (x: MentionRef) => placeRank(ctx.resolution.entities[x.entity]!.label);
    const outer = rank(next);
    // ("Cleveland, Ohio": a city of the country the larger place is of, though a region elsewhere shares its name)
    const innerLabel = ctx.resolution.entities[m.entity]!.label;
    const outerLabel = ctx.resolution.entities[next.entity]!.label;
    const city = cityCountry(innerLabel);
    const inner = city && (subdivisionCountry(outerLabel) === city || countryName(outerLabel) === city) ? Math.min(rank(m), 1) : rank(m);
    // (nor a list of commas: "Carrascal, Cantilan, Madrid, Carmen": a place no smaller before, or no larger after;
    // "Windsor Locks, Connecticut, United States" grows at each comma)
    const place = (x: MentionRef | undefined) => (x && ctx.kindOf(x.entity) === 'place' ? x : undefined);
    const before = w[m.first - 1] === ',' ? place(view.mentions.find((x) => x.last === m.first - 1)) : undefined;
    const after = w[next.last] === ',' ? place(view.mentions.find((x) => x.first === next.last + 1)) : undefined;
    if ((before && rank(before) >= inner) || (after && rank(after) <= outer)) return;
    if (outer > inner && outer >= 2) emit(m.entity, 'located_in', next.entity, ', (comma)', view.index, 0.75);
    return;
  }
  // ("Goma, in eastern Congo,": where the place is, set off by commas)
  if (w[m.last + 1] === 'in') {
    const k = DIRECTIONS.test(w[m.last + 2] ?? '') || /^(central|northern|southern|eastern|western)$/.test(w[m.last + 2] ?? '') ? m.last + 3 : m.last + 2;
    const where = view.mentions.find((x) => x.first === k);
    if (where && ctx.kindOf(where.entity) === 'place' && /^[,.;]$/.test(w[where.last] ?? '.')) emit(m.entity, 'located_in', where.entity, `, ${wordsOf(view.sentence.tokens, m.last + 1, k)}`, view.index, 0.7);
    return;
  }
  // ("Kabul, the Afghan capital,", "Mosul, an Iraqi city,": the country whose adjective names its kind)
  const nation = /^(the|a|an)$/.test(w[m.last + 1] ?? '') ? countryOfDemonym(view.sentence.tokens[m.last + 2]?.text ?? '') : undefined;
  if (nation !== undefined && view.entityAt[m.last + 2]! < 0) {
    let j = m.last + 3;
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(view.sentence.tokens[j]?.text ?? '') && !PLACE_KINDS.has(w[j]!)) j++;
    if (PLACE_KINDS.has(w[j] ?? '') && /^[,.;]$/.test(w[j + 1] ?? '.')) {
      emit(m.entity, 'located_in', ctx.countryEntity(nation, view.sentence.tokens[m.last + 2]!), wordsOf(view.sentence.tokens, m.last + 1, j + 1), view.index, 0.7);
    }
    return;
  }
  const i = placeKindAt(view, m.last + 1);
  if (i === undefined || !/^(in|of|near|outside)$/.test(w[i + 1] ?? '')) return;
  const where = view.mentions.find((x) => x.first > i + 1 && x.first <= i + 5 && ctx.kindOf(x.entity) === 'place');
  if (where && !view.mentions.some((x) => x.first > i + 1 && x.first < where.first)) {
    emit(m.entity, 'located_in', where.entity, `${w[i]} ${w[i + 1]}`, view.index, 0.75);
  }
}

/**
 * "German carmaker Volkswagen", "Australian store chains Woolworths and Coles": a nationality
 * before the common nouns that describe a group says where the group is; "French inventor Franky
 * Zapata", "Russian opposition leader X": before what a person is, the country they are a citizen of.
 */
function nationalities(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  const tokens = view.sentence.tokens;
  let previous: { mention: MentionRef; country: number; plural: boolean } | undefined;
  for (const m of view.mentions) {
    const kind = ctx.kindOf(m.entity);
    if (kind === 'place') {
      const found = countryOfKind(ctx, view, m);
      if (found && found.country !== m.entity) emit(m.entity, 'located_in', found.country, found.label, view.index, 0.7);
      continue;
    }
    if (kind === 'person') {
      // ("An Australian, Brenton Tarrant, appeared": the nationality set before the name)
      const set = w[m.first - 1] === ',' && /^(a|an)$/.test(w[m.first - 3] ?? '') && view.entityAt[m.first - 2]! < 0 && countryOfDemonym(tokens[m.first - 2]?.text ?? '')
        ? countryOfWord(ctx, tokens[m.first - 2]!) : undefined;
      if (set !== undefined) emit(m.entity, 'citizen_of', set, wordsOf(tokens, m.first - 3, m.first - 1), view.index, 0.65);
      const nation = nationBefore(ctx, view, m.first, 3, true);
      if (nation) emit(m.entity, 'citizen_of', nation.country, wordsOf(tokens, nation.at, m.first), view.index, 0.65);
      for (const [country, label] of nationsBeside(ctx, view, m)) emit(m.entity, 'citizen_of', country, label, view.index, 0.65);
      continue;
    }
    if (kind !== 'group') continue;
    // the second of "Woolworths and Coles", and the rest of a list after a plural ("Japanese firms
    // including Sony, Toyota and Nintendo")
    const gap = previous ? m.first - previous.mention.last : 0;
    const listed = previous && ((gap === 1 && w[m.first - 1] === 'and')
      || (previous.plural && ((gap === 1 && w[m.first - 1] === ',') || (gap === 2 && w[m.first - 2] === ',' && w[m.first - 1] === 'and'))));
    const nation = listed ? { country: previous!.country, at: m.first - 1 } : (w[m.first - 2] === 'such' && w[m.first - 1] === 'as' ? nationBefore(ctx, view, m.first - 2, 2) : nationBefore(ctx, view, m.first, 3));
    const plural = listed ? previous!.plural : nation !== undefined && /s$/.test(w.slice(nation.at + 1, m.first).find((x) => !/^(including|like|such|as)$/.test(x)) ?? '');
    previous = undefined;
    // ("the Greek prime minister reaffirms EastMed": a person's nationality, not the group's)
    if (!nation || view.lower.slice(nation.at + 1, m.first).some(isTitle)) continue;
    emit(m.entity, 'located_in', nation.country, wordsOf(tokens, Math.max(0, m.first - 3), m.first), view.index, 0.65);
    previous = { mention: m, country: nation.country, plural };
  }
}

/**
 * "the US city of White Plains", "the Russian town of Yartsevo", "the southern Indian state of
 * Kerala", "the Iraqi capital Baghdad": the country a place's kind is named with, before "of" and
 * the place or right before it, and the words that say so.
 */
function countryOfKind(ctx: DocumentContext, view: SentenceView, m: MentionRef): { country: number; label: string } | undefined {
  const w = view.lower;
  const tokens = view.sentence.tokens;
  // ("the Iraqi capital Baghdad", "the Iraqi capital, Baghdad": the kind right before the name)
  const kind = w[m.first - 1] === ',' ? m.first - 2 : m.first - 1;
  if (PLACE_KINDS.has(w[kind] ?? '') && w[kind - 2] === 'the' && view.entityAt[kind - 1]! < 0 && countryOfDemonym(tokens[kind - 1]?.text ?? '')) {
    const country = countryOfWord(ctx, tokens[kind - 1]!);
    return country === undefined ? undefined : { country, label: wordsOf(tokens, kind - 1, kind + 1) };
  }
  if (w[m.first - 1] !== 'of' || !PLACE_KINDS.has(w[m.first - 2] ?? '')) return undefined;
  const label = `${w[m.first - 2]} of`;
  // (over one lower-case word between: "the Russian industrial city of")
  const k = /^\p{Ll}+$/u.test(view.sentence.tokens[m.first - 3]?.text ?? '') && w[m.first - 3] !== 'the' ? m.first - 4 : m.first - 3;
  if (k < 1 || w[k - 1] !== 'the' && !(/^\p{Ll}+$/u.test(view.sentence.tokens[k - 1]!.text) && w[k - 2] === 'the')) return undefined;
  const named = oneWordMention(view, k);
  const country = named ? (isCountry(ctx, named.entity) ? named.entity : undefined)
    : countryOfDemonym(tokens[k]!.text) ? countryOfWord(ctx, tokens[k]!) : undefined;
  return country === undefined ? undefined : { country, label };
}

/** The mention of the one word at k, if there is one. */
const oneWordMention = (view: SentenceView, k: number): MentionRef | undefined => view.mentions.find((x) => x.first === k && x.last === k + 1);

/** Whether an entity is a country. */
const isCountry = (ctx: DocumentContext, e: number): boolean => ctx.kindOf(e) === 'place' && countryName(ctx.resolution.entities[e]!.label) !== undefined;

/**
 * Nationalities and homes written right beside a person's name: "Brazilian Ana Costa", "the
 * Canadian-born Ben Cole", "Ana Costa, a Brazilian, won", "X, a British-Canadian writer", "X, a
 * Texas resident". Each place, with the words that say it.
 */
function nationsBeside(ctx: DocumentContext, view: SentenceView, m: MentionRef): [number, string][] {
  const tokens = view.sentence.tokens;
  const out: [number, string][] = [];
  // the countries of a word of demonyms ("Canadian", "British-Canadian", "Canadian-born")
  const countries = (k: number): number[] => {
    const token = tokens[k];
    if (!token || !/^\p{Lu}/u.test(token.text)) return [];
    const named = oneWordMention(view, k);
    if (named) return countryOfDemonym(token.text) && isCountry(ctx, named.entity) ? [named.entity] : [];
    const parts = token.text.replace(/[-‐]born$/, '').split(/[-‐]/);
    if (!parts.every((x) => countryOfDemonym(x))) return [];
    let at = token.start;
    return parts.map((x) => { const c = countryOfWord(ctx, { start: at, text: x }); at += x.length + 1; return c; }).filter((c): c is number => c !== undefined);
  };
  for (const c of countries(m.first - 1)) out.push([c, tokens[m.first - 1]!.text]);
  // (after the name: ", a Brazilian," or ", a Brazilian writer"; not a party's or a faith's word)
  if (view.lower[m.last] === ',' && /^(a|an)$/.test(view.lower[m.last + 1] ?? '')) {
    const k = m.last + 2;
    if (/^(,|\p{Ll}+)$/u.test(tokens[k + 1]?.text ?? '')) for (const c of countries(k)) out.push([c, wordsOf(tokens, m.last + 1, k + 1)]);
    // ("X, a Texas resident": the place one lives in)
    const home = view.mentions.find((x) => x.first === k);
    if (home && ctx.kindOf(home.entity) === 'place' && HOME_NOUNS.test(view.lower[home.last] ?? '')) out.push([home.entity, wordsOf(tokens, m.last + 1, home.last + 1)]);
  }
  return out;
}

/** Nouns that say what a person or group is: "actor", "heiress", "carmaker", "band", "think tank". */
const DESCRIPTOR_NOUN = /^(\p{Ll}+(er|or|ist|ian|ess|ant|ent)s?|company|firm|band|tank|group|network|agency|channel|airline|chain|team|club|university|giant|startup|outlet|magazine|newspaper|charity|model|chef|poet|heir)$/u;

/**
 * The country whose adjective stands before token `first`, over one to `n` lower-case words ("German
 * carmaker"), and where it stands; before a `person`, past more than two words only when the last
 * says what they are.
 */
function nationBefore(ctx: DocumentContext, view: SentenceView, first: number, n: number, person = false): { country: number; at: number } | undefined {
  const tokens = view.sentence.tokens;
  let k = first - 1;
  // (two nouns joined: "US singer and lyricist X")
  const joined = (k: number) => view.lower[k] === 'and' && k < first - 1 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[k - 1]?.text ?? '');
  while (k >= 0 && k >= first - n && view.entityAt[k]! < 0 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[k]!.text)
    && (!/^(the|a|an|of|and|or|by|for|to|in|at|from|with|during|after|before|under|since|against|into|between|said|says|told|as)$/.test(view.lower[k]!) || joined(k))) k--;
  if (k === first - 1 || k < 0) return undefined;
  // ("US voice actor X", "U.S. carmaker Ford": a country's name as a nationality, before a noun
  // that says what the name is; not "Germany bans X", "a critic of Russia than was X")
  const named = view.entityAt[k]! >= 0 ? mentionEndingAt(view, k + 1) : undefined;
  const noun = view.lower[first - 1]!;
  const describes = (isTitle(noun) || isTitle(noun.replace(/s$/, '')) || DESCRIPTOR_NOUN.test(noun)) && !FUNCTION_WORDS.has(noun);
  // (a group's, by a state's or a city's name too: "Ohio firm Acme")
  if (named) {
    const label = ctx.resolution.entities[named.entity]!.label;
    return describes && ctx.kindOf(named.entity) === 'place' && (countryName(label) || (!person && isKnownPlace(label))) ? { country: named.entity, at: named.first } : undefined;
  }
  // (a person's past more than two words only before what says what they are: not "the Australian who took out X")
  if (view.entityAt[k]! >= 0 || !countryOfDemonym(tokens[k]!.text) || (person && first - 1 - k > 2 && !describes)) return undefined;
  const country = countryOfWord(ctx, tokens[k]!);
  return country === undefined ? undefined : { country, at: k };
}

/**
 * "Benin and Nigeria joined the African Union", "the UK is leaving the EU": a country that joins
 * or leaves a union is a member of it.
 */
function memberStates(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    if (!countryName(ctx.resolution.entities[m.entity]!.label)) continue;
    // over the countries listed after it: "Benin, Nigeria join"
    let k = m.last;
    for (let next = view.mentions.find((x) => x.first === k + 1); /^(,|and)$/.test(w[k] ?? '') && next && countryName(ctx.resolution.entities[next.entity]!.label); next = view.mentions.find((x) => x.first === k + 1)) k = next.last;
    while (k < w.length && /^(has|have|had|is|are|was|were|also|formally|officially|now|will|would|to|in|the|process|of)$/.test(w[k]!)) k++;
    if (!/^(join|joins|joined|joining|rejoin|rejoined|leave|leaves|leaving|left)$/.test(w[k] ?? '')) continue;
    const union = mentionFrom(view, w[k + 1] === 'the' ? k + 2 : k + 1, false);
    if (union && ctx.kindOf(union.entity) === 'group') emit(m.entity, 'member_of', union.entity, w[k]!, view.index, 0.6);
  }
}

/** "UNESCO, an agency of the United Nations, is based in Paris": where the name before an apposition is. */
function locatedPastApposition(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    const kind = ctx.kindOf(m.entity);
    if ((kind !== 'group' && kind !== 'place') || w[m.last] !== ',' || !/^(a|an|the)$/.test(w[m.last + 1] ?? '')) continue;
    let close = m.last + 2;
    while (close < m.last + 14 && close < w.length && w[close] !== ',' && !/^(is|was|are|were|said|and)$/.test(w[close]!)) close++;
    if (w[close] !== ',' || !/^(is|was|are|were)$/.test(w[close + 1] ?? '')) continue;
    const located = locatedPhrase(view, kind, close + 1);
    const where = located && mentionFrom(view, located[1]);
    if (where && where.first === located[1] && ctx.kindOf(where.entity) === 'place') emit(m.entity, 'located_in', where.entity, located[0], view.index, kind === 'place' ? 0.7 : 0.6);
  }
}

/** "NT News, a daily printed in Darwin", "Acme, a company based in Leeds": where a group is, by an apposition. */
function groupAppositions(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'group' || w[m.last] !== ',' || !/^(a|an|the|part)$/.test(w[m.last + 1] ?? '') || afterAccordingTo(view.sentence.tokens, m.first)) continue;
    // ("Acme, a Denver company": a place's name before what the group is)
    const named = view.mentions.find((x) => x.first === m.last + 2);
    if (named && ctx.kindOf(named.entity) === 'place' && GROUP_DESCRIPTORS.has(w[named.last] ?? '') && /^[,.]$/.test(w[named.last + 1] ?? '')) {
      emit(m.entity, 'located_in', named.entity, wordsOf(view.sentence.tokens, m.last + 1, named.last + 1), view.index, 0.65);
      continue;
    }
    // ("Baltic Wind, a Danish offshore wind developer,": a nationality's group is in the country)
    const nation = /^(a|an)$/.test(w[m.last + 1] ?? '') ? countryOfDemonym(view.sentence.tokens[m.last + 2]?.text ?? '') : undefined;
    if (nation !== undefined) {
      let j = m.last + 3;
      while (j < m.last + 6 && /^\p{Ll}[\p{Ll}-]*$/u.test(view.sentence.tokens[j]?.text ?? '') && !GROUP_DESCRIPTORS.has(w[j]!)) j++;
      if (GROUP_DESCRIPTORS.has(w[j] ?? '') && /^[,.]$/.test(w[j + 1] ?? '')) {
        emit(m.entity, 'located_in', ctx.countryEntity(nation, view.sentence.tokens[m.last + 2]!), wordsOf(view.sentence.tokens, m.last + 1, j + 1), view.index, 0.65);
        continue;
      }
    }
    let k = m.last + 1;
    while (k < m.last + 7 && view.entityAt[k]! < 0 && /^\p{Ll}/u.test(view.sentence.tokens[k]?.text ?? '') && !/^(in|of|and|which|that|who)$/.test(w[k]!)) k++;
    if (k <= m.last + 1 || !/^(in|of)$/.test(w[k] ?? '')) continue;
    const where = mentionFrom(view, k + 1, false) ?? (w[k + 1] === 'the' ? mentionFrom(view, k + 2, false) : undefined);
    const label = w.slice(m.last + 1, k + 1).join(' ');
    if (where && ctx.kindOf(where.entity) === 'place' && where.first === k + 1) emit(m.entity, 'located_in', where.entity, label, view.index, 0.65);
    // "the FBI, part of the Department of Justice", "YouTube, a subsidiary of Google": a group within a group
    else if (where && ctx.kindOf(where.entity) === 'group' && w[k] === 'of' && UNITS.test(w[k - 1]!)) emit(m.entity, 'part_of', where.entity, label, view.index, 0.65);
  }
}

/**
 * "YouTube, owned by Google,", "Instagram, which is owned by Facebook", "WhatsApp is a subsidiary
 * of Facebook", "the FBI is part of the Department of Justice": a group owned by a group is part of
 * it; one owned by a person is related to them (the vocabulary has no word for owning).
 */
function ownedGroups(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'group') continue;
    let k = m.last;
    if (w[k] === ',' && /^(which|that)$/.test(w[k + 1] ?? '')) k += 2;
    else if (w[k] === ',' && w[k + 1] === 'owned') k++;
    const copula = /^(is|was|are|were)$/.test(w[k] ?? '');
    if (copula) k++;
    if (w[k] === 'now' || w[k] === 'also') k++;
    if (w[k] === 'owned' && w[k + 1] === 'by' && (copula || w[m.last] === ',')) {
      const owner = mentionFrom(view, k + 2);
      const kind = owner && ctx.kindOf(owner.entity);
      if (kind === 'group') emit(m.entity, 'part_of', owner!.entity, 'owned by', view.index, 0.65);
      else if (kind === 'person') emit(m.entity, 'related_to', owner!.entity, 'owned by', view.index, 0.6);
      continue;
    }
    // (a copula's unit: the apposition's is read in groupAppositions)
    if (!copula) continue;
    if (/^(a|an|the)$/.test(w[k] ?? '')) k++;
    if (/^(wholly-owned|wholly|majority-owned)$/.test(w[k] ?? '')) k++;
    if (!UNITS.test(w[k] ?? '') || w[k + 1] !== 'of') continue;
    const whole = mentionFrom(view, k + 2);
    if (whole && ctx.kindOf(whole.entity) === 'group') emit(m.entity, 'part_of', whole.entity, `${w[k]} of`, view.index, 0.65);
  }
}

/** What a group within another is called: "a unit of", "a subsidiary of", "part of". */
const UNITS = /^(part|unit|branch|division|subsidiary|arm|wing|department|agency|section|affiliate|faction|component|bureau)$/;

/** "Iranian Revolutionary Guard Corps-Quds Force": the second group is part of the first; "US Green Party": the group is in the place. */
function compounds(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  for (let k = 1; k < view.mentions.length; k++) {
    const a = view.mentions[k - 1]!;
    const b = view.mentions[k]!;
    const ma = ctx.mentions[a.mention]!;
    const mb = ctx.mentions[b.mention]!;
    const between = ctx.text.slice(ma.end, mb.start);
    if (between === '-' && ctx.kindOf(a.entity) === 'group' && ctx.kindOf(b.entity) === 'group') emit(b.entity, 'part_of', a.entity, 'compound name', view.index, 0.7);
    // "the US Green Party", "the Maryland General Assembly": a place's name before a group's
    else if (between === ' ' && a.last === b.first && ctx.kindOf(a.entity) === 'place' && ctx.kindOf(b.entity) === 'group') emit(b.entity, 'located_in', a.entity, 'compound name', view.index, 0.6);
  }
}

/** A city and its country both named in the document: the city is in the country. */
function gazetteerLocations(ctx: DocumentContext, emit: Emit, countries: Map<string, number>): void {
  ctx.resolution.entities.forEach((e, i) => {
    if (e.kind !== 'place' || countryName(e.label)) return;
    const country = cityCountry(e.label);
    const target = country === undefined ? undefined : countries.get(country);
    if (target === undefined) return;
    const first = ctx.mentions[e.mentionIndices[0]!]!;
    emit(i, 'located_in', target, 'city of', first.sentence, 0.65);
  });
}

/**
 * "Emergencies Minister Yevgeny Zinichev", "Deputy Emergency Situations Minister X": a minister
 * or secretary of a portfolio leads (a deputy is a member of) the ministry or department of it
 * that the document names ("the Emergencies Ministry", "the Department of Health").
 */
function portfolioHolders(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const tokens = view.sentence.tokens;
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'person' || !/^(minister|secretary)$/.test(view.lower[m.first - 1] ?? '')) continue;
    let k = m.first - 1;
    while (k > 0 && k > m.first - 4 && view.entityAt[k - 1]! < 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1]!.text) && !SECOND.test(view.lower[k - 1]!)) k--;
    if (k === m.first - 1) continue;
    const second = k > 0 && SECOND.test(view.lower[k - 1]!);
    const stem = view.lower[k]!.slice(0, 6);
    const office = ctx.resolution.entities.findIndex((e) => e.kind === 'group' && /\b(ministry|department)\b/i.test(e.label)
      && e.label.toLowerCase().split(/\s+/).some((w) => w.length >= 5 && w.slice(0, 6) === stem && !/^(ministry|department)$/.test(w)));
    if (office < 0) continue;
    const label = wordsOf(tokens, k, m.first);
    emit(m.entity, second ? 'member_of' : 'leads', office, label, view.index, 0.7);
  }
}

/** Legislators' titles, and the words that name the chamber they sit in. */
const CHAMBER_OF_TITLE: Record<string, RegExp> = {
  senator: /\bSenate$/, 'sen.': /\bSenate$/, sen: /\bSenate$/,
  mp: /\b(Parliament|House of Commons)$/, mep: /^European Parliament$/,
  congressman: /\b(House of Representatives|House|Congress)$/, congresswoman: /\b(House of Representatives|House|Congress)$/,
  representative: /\b(House of Representatives|House|Congress)$/, 'rep.': /\b(House of Representatives|House|Congress)$/,
  assemblyman: /\bAssembly$/, assemblywoman: /\bAssembly$/, assemblymember: /\bAssembly$/,
};

/** For each legislator's title, the one chamber of the document it can be (the most mentioned), if any. */
function chambersOf(ctx: DocumentContext): Map<string, number> {
  const out = new Map<string, number>();
  for (const [title, chamber] of Object.entries(CHAMBER_OF_TITLE)) {
    let best = -1;
    ctx.resolution.entities.forEach((e, i) => {
      if (e.kind === 'group' && chamber.test(e.label) && (best < 0 || e.mentions.length > ctx.resolution.entities[best]!.mentions.length)) best = i;
    });
    if (best >= 0) out.set(title, best);
  }
  return out;
}

/**
 * "Senator Cory Gardner", "Conservative MP Philip Hammond": a legislator's title makes the person
 * a member of the chamber the document names (the Senate, Parliament, the House).
 */
function legislators(ctx: DocumentContext, view: SentenceView, emit: Emit, chambers: ReadonlyMap<string, number>): void {
  if (!chambers.size) return;
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'person') continue;
    // ("Member of Parliament (MP) Yvette Cooper": the title's acronym in brackets)
    const bracketed = view.lower[m.first - 1] === ')' && view.lower[m.first - 3] === '(';
    const title = view.lower[m.first - (bracketed ? 2 : 1)] ?? '';
    // ("Republican senators X and Y": a plural title, of each)
    const plural = title.endsWith('s') && chambers.has(title.slice(0, -1));
    const chamber = chambers.get(plural ? title.slice(0, -1) : title);
    // not "state senator" of a state's chamber the document does not name
    if (chamber === undefined || view.lower[m.first - (bracketed ? 4 : 2)] === 'state') continue;
    for (const person of plural ? [m.entity, ...listedAfter(ctx, view, m)] : [m.entity]) emit(person, 'member_of', chamber, view.sentence.tokens[m.first - (bracketed ? 2 : 1)]!.text, view.index, 0.6);
  }
}

/** The parties the document names ("the Democratic Party"), by their first word. */
function partiesOf(ctx: DocumentContext): Map<string, number> {
  const parties = new Map<string, number>();
  ctx.resolution.entities.forEach((e, i) => {
    if (e.kind !== 'group' || !/ Party$/.test(e.label)) return;
    const words = e.label.toLowerCase().split(/\s+/);
    if (words.length === 2 && PARTY_WORDS[words[0]!] === words[0]) parties.set(words[0]!, i);
  });
  // or by its adjective alone ("Republican Senator X" in a document that never names the party)
  ctx.resolution.entities.forEach((e, i) => {
    const word = PARTY_WORDS[e.label.toLowerCase()];
    if (e.kind === 'group' && word && !parties.has(word)) parties.set(word, i);
  });
  return parties;
}

/**
 * "The African Union said its chairman, Moussa Faki Mahamat, would travel": "its" and a title
 * before a person set off by a comma are the office of the group named just before "its".
 */
function itsOfficer(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'person' || w[m.first - 1] !== ',' || !/^[,.;]$/.test(w[m.last] ?? '.')) continue;
    let j = m.first - 2;
    while (j > m.first - 6 && view.entityAt[j]! < 0 && (isTitle(w[j]) || TITLE_WORDS.test(w[j] ?? ''))) j--;
    const titles = w.slice(j + 1, m.first - 1);
    if (w[j] !== 'its' || !titles.some(isTitle)) continue;
    let owner: MentionRef | undefined;
    for (const x of view.mentions) if (x.last <= j) owner = x;
    if (!owner || ctx.kindOf(owner.entity) !== 'group') continue;
    emit(m.entity, leadsBy(titles) ? 'leads' : 'member_of', owner.entity, `its ${titles.join(' ')}`, view.index, 0.65);
  }
}

/** "Lula, of the leftist Workers' Party, won": a person set off with "of" and a party is its member. */
function ofTheParty(ctx: DocumentContext, view: SentenceView, emit: Emit): void {
  const w = view.lower;
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'person' || w[m.last] !== ',' || w[m.last + 1] !== 'of') continue;
    let k = m.last + 2;
    if (w[k] === 'the') k++;
    while (k < m.last + 6 && view.entityAt[k]! < 0 && /^\p{Ll}+$/u.test(w[k] ?? '') && !FUNCTION_WORDS.has(w[k]!)) k++;
    const party = view.mentions.find((x) => x.first === k);
    if (!party || ctx.kindOf(party.entity) !== 'group' || !/^part(y|ies)$/.test(w[party.last - 1] ?? '') || !/^[,;.)]$/.test(w[party.last] ?? '.')) continue;
    emit(m.entity, 'member_of', party.entity, 'of', view.index, 0.7);
  }
}

/**
 * "Conservative MP Philip Hammond", "incumbent Republican Cory Gardner", "Democratic presidential
 * candidate X": a party's word before a person (over titles) makes them a member of the party the
 * document names ("the Democratic Party").
 */
function partyMembers(ctx: DocumentContext, view: SentenceView, emit: Emit, parties: ReadonlyMap<string, number>): void {
  if (!parties.size) return;
  for (const m of view.mentions) {
    if (ctx.kindOf(m.entity) !== 'person') continue;
    let k = m.first - 1;
    while (k >= 0 && k > m.first - 4 && view.entityAt[k]! < 0 && (isTitle(view.lower[k]) || TITLE_WORDS.test(view.lower[k]!) || /^(presidential|senate|congressional|candidate|hopeful)$/.test(view.lower[k]!))) k--;
    // ("X, a Democrat, voted", "X, a Republican from Utah")
    if (view.lower[m.last] === ',' && /^(a|an)$/.test(view.lower[m.last + 1] ?? '')) k = m.last + 2;
    const word = view.lower[k];
    const party = word !== undefined && /^\p{Lu}/u.test(view.sentence.tokens[k]!.text) ? parties.get(PARTY_WORDS[word] ?? '') : undefined;
    // (the word is no name, or it is the party's)
    if (party !== undefined && view.entityAt[k]! >= 0 && view.entityAt[k] !== party) continue;
    const label = k < m.first ? wordsOf(view.sentence.tokens, k, m.first) : view.sentence.tokens[k]!.text;
    if (party !== undefined) emit(m.entity, 'member_of', party, label, view.index, 0.7);
  }
}
