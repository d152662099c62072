// Resolution within a document: all mentions of one entity become one entity. Full name and
// surname ("Qasem Soleimani", "Soleimani"), acronyms ("IRGC"), case variants ("BAGHDAD"),
// country names ("U.S.", "America"), "Department of X" / "X Department", handles next to a name.
import type { EntityKind } from '../model/contract.js';
import type { ExtractedEntity, Sentence, Token } from './types.js';
import type { Mention } from './mentions.js';
import type { EntityLabel } from './ner/tagger.js';
import { cityCountry, countryName, countryOfDemonym, countryOfPlace, isGivenName, isKnownPlace, isRegion, subdivisionCountry } from './lexicon/gazetteer.js';
import { GENERATION, KIN_NOUNS, ORG_HEADS, ORG_SUFFIXES, PARTY_WORDS, PERSON_TITLES, PLACE_HEADS, partyMembersWord } from './lexicon/titles.js';
import { domainName, nameKey } from './names.js';

const KIND: Partial<Record<EntityLabel, EntityKind>> = { PER: 'person', ORG: 'group', LOC: 'place' };

/** An entity under construction, with the document positions of its mentions. */
export interface ResolvedEntity extends ExtractedEntity {
  /** Indices into the mention list, in text order. */
  mentionIndices: number[];
}

export interface Resolution {
  entities: ResolvedEntity[];
  /** mention index -> entity index (MISC mentions map to nothing). */
  entityOfMention: Map<number, number>;
}

/** Offices of a state or city, in lower case after its name. */
const PLACE_OFFICES = /^(governor|mayor|premier|senator|sheriff|attorney|legislature|legislator|lawmakers?|congressman|congresswoman|assemblyman|assemblywoman)$/i;

/** Whether an office of a place follows token k: "governor", "'s governor", "regional Deputy Governor". */
function officeAfter(tokens: readonly Token[], k: number): boolean {
  if (/^['’]s?$/.test(tokens[k]?.text ?? '')) k++;
  for (let n = 0; n < 2 && /^(regional|provincial|state|city|municipal|county|district|deputy|vice|lieutenant|former|acting)$/i.test(tokens[k]?.text ?? ''); n++) k++;
  return PLACE_OFFICES.test(tokens[k]?.text ?? '');
}

/** Last words of companies' names ("Burisma Holdings", "Funimation Entertainment"). */
const COMPANY_LAST_WORDS: ReadonlySet<string> = new Set([...ORG_SUFFIXES, 'entertainment', 'studios', 'pictures', 'productions', 'records',
  'motors', 'industries', 'technologies', 'laboratories', 'pharmaceuticals', 'comics', 'media', 'games', 'software', 'systems',
  // and of what a company does ("Orvik" and "Orvik Energy", "Tata Steel")
  'energy', 'airlines', 'airways', 'steel', 'mining', 'petroleum', 'telecom', 'pharma', 'foods', 'electric', 'electronics', 'networks',
  'labs', 'logistics', 'chemicals', 'insurance', 'capital', 'ventures', 'robotics', 'aerospace', 'automotive', 'semiconductor']);

/** The words that end a company's legal name: "Ford Motor Company", "Tata Steel Limited". */
const COMPANY_FORMS = /^(company|corporation|corp|inc|ltd|co|plc|llc|limited|holdings|industries)$/;

/** Heads of bodies whose names a word between tells apart: "Liberal Party", "Liberal National Party". */
const POLITICAL_HEADS = /^(party|parties|front|alliance|union|league|movement|congress)$/;

/** A newspaper's head word, by which it is named alone: "the Telegraph", "the Post". */
const PAPER_WORDS = /^(post|times|mail|observer|star|sun|express|telegraph|guardian|independent|courier|examiner|inquirer|herald|tribune|journal|gazette|chronicle)$/;

/** Last words of groups' names: suffixes and head words. */
const GROUP_LAST_WORDS: ReadonlySet<string> = new Set([...ORG_SUFFIXES, ...ORG_HEADS]);

/** A people's body by its name and this word: "the Northern Arapaho Tribe", "the Navajo Nation". */
const TRIBES = /^(tribe|tribes|nation|band|clan)$/;

/** A lower-case word as a name writes it: "iranian" -> "Iranian". */
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'de', 'des', 'du', 'la', 'le', '&']);

/**
 * The words of a person's name that may stand for the person alone: the last, and the first of a
 * name whose given name is hyphenated, as Korean names are written family name first ("Park
 * Won-soon", "Moon Jae-in").
 */
const familyNames = (name: string): string[] => {
  const words = name.split(' ');
  return words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!) ? [lastWord(name), words[0]!.toLowerCase()] : [lastWord(name)];
};

export function resolveEntities(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Resolution {
  // 0. A name that ends with the surname of a person named in the document is that person's
  // ("Qasem Soleimani" read as a group at the start of a sentence, "Soleimani" a person elsewhere).
  const surnames = new Set(mentions.filter((m) => m.label === 'PER').flatMap((m) => familyNames(m.text)));
  // the first words of two-word names of places ("Abaco Islands") and companies ("Burisma Holdings")
  const firstWords = (label: EntityLabel, heads: ReadonlySet<string>) => new Set(mentions
    .filter((m) => m.label === label && m.last - m.first === 2 && heads.has(lastWord(m.text).toLowerCase())).map((m) => m.text.split(' ')[0]!));
  const placeFirstWords = firstWords('LOC', PLACE_HEADS);
  const orgFirstWords = firstWords('ORG', COMPANY_LAST_WORDS);
  const domainNames = new Set(mentions.filter((m) => m.label === 'ORG').map((m) => domainName(m.text)).filter((w) => w !== undefined));
  // ("Marvel Comics", "Mahan Air"; not "Kamloops Council": a place's name begins many groups')
  // (and "Mazars" beside "Mazars USA": a company's branch in a country)
  const groupFirstWords = new Set([...firstWords('ORG', GROUP_LAST_WORDS), ...mentions
    .filter((m) => m.label === 'ORG' && m.last - m.first === 2 && countryName(m.text.split(' ')[1] ?? '')).map((m) => m.text.split(' ')[0]!)]);
  // the countries the document's places are in or are, by place
  const countryOfMention = new Map(mentions.filter((m) => m.label === 'LOC').map((m) => [m.text, countryOfPlace(m.text)]));
  const countryNamedBesides = (name: string, country: string) => [...countryOfMention].some(([other, c]) => other !== name && c === country);
  // the initials of the document's places' names ("ISS" for "International Space Station")
  const placeInitials = new Set(mentions.filter((m) => m.label === 'LOC' && m.last - m.first >= 2)
    .map((m) => m.text.split(/\s+/).filter((w) => !STOP.has(w.toLowerCase())).map((w) => w[0]).join('')));
  const labelOf = (m: Mention): EntityLabel => {
    if (m.firm) return m.label;
    // ("the crew of the ISS" in a document about the International Space Station: the place's acronym)
    if (m.label === 'ORG' && /^\p{Lu}{2,6}$/u.test(m.text) && placeInitials.has(m.text)) return 'LOC';
    if ((m.label === 'ORG' || m.label === 'LOC') && surnames.has(lastWord(m.text)) && !countryName(m.text)) {
      const words = m.text.split(/\s+/);
      // a lone surname ("al-Assad") that no gazetteer knows as a place, or that the model read as
      // a group's name ("Bolton", "Warren": towns too, but the document names John Bolton), or a
      // city's name where the document names no place of the city's country ("Sudesh Amman" in
      // London: "Amman" is the man)
      // (or one where no preposition of place is before it: "Toledo, who governed Peru" is Alejandro
      // Toledo, though the document names the United States)
      const city = cityCountry(m.text);
      const placed = /^(in|at|from|to|into|near|outside|of|across|around|toward|towards|via|,)$/i.test(sentences[m.sentence]!.tokens[m.first - 1]?.text ?? '');
      if (words.length === 1 && ((!city && !isRegion(m.text)) || m.label === 'ORG' || (city && (!countryNamedBesides(m.text, city) || !placed)))
        && mentions.some((p) => p.label === 'PER' && p.text.includes(' ') && familyNames(p.text).includes(lastWord(m.text)))) return 'PER';
      if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) || /^(al|el|bin|ibn|de|van|von)\b/.test(w))
        && !words.some((w) => ORG_SUFFIXES.has(w.toLowerCase()))) return 'PER';
    }
    // "[Burisma]" in a document about "Burisma Holdings": the first word of a company's name
    if (m.label === 'LOC' && !m.text.includes(' ') && orgFirstWords.has(m.text) && !isKnownPlace(m.text)) return 'ORG';
    // ("Shares of [Amazon] fell" in a document about "Amazon.com Inc.": the company by its domain's name; "the Amazon" is the river)
    if ((m.label === 'LOC' || m.label === 'PER') && !m.text.includes(' ') && domainNames.has(m.text) && sentences[m.sentence]!.tokens[m.first - 1]?.text.toLowerCase() !== 'the') return 'ORG';
    // and "[Mahan]" read as a person in a document about "Mahan Air", when no person's name holds the word
    if (m.label === 'PER' && !m.text.includes(' ') && groupFirstWords.has(m.text)
      && !mentions.some((p) => p.label === 'PER' && p.text.includes(' ') && p.text.split(' ').includes(m.text))) return 'ORG';
    // "[Abaco]" in a document about the "Abaco Islands": the first word of a place's name
    if (m.label === 'PER' && !m.text.includes(' ') && placeFirstWords.has(m.text)
      && !mentions.some((p) => p.label === 'PER' && p.text.includes(' ') && p.text.split(' ').includes(m.text))) return 'LOC';
    // "mayor of [Denver]", "won [Pennsylvania]": a lone word the model read as a person that the
    // gazetteer knows as a state or a city, and that is no one's surname here
    if (m.label === 'PER' && !m.text.includes(' ') && (subdivisionCountry(m.text) || cityCountry(m.text))
      && !mentions.some((p) => p.label === 'PER' && p.text.includes(' ') && lastWord(p.text) === lastWord(m.text))) return 'LOC';
    // ("Solaris Paper which makes Sorbent": no person is a "which"; after a comma it may stand for the clause)
    // (a full name stays a person's: "the investigation of Matthew Falder which led to"; not one
    // the model cut from a longer name: "the Social [Brain Lab] which")
    if (m.label === 'PER' && sentences[m.sentence]!.tokens[m.last]?.text === 'which'
      && !(m.text.includes(' ') && isGivenName(m.text.split(' ')[0]!) && !/^\p{Lu}/u.test(sentences[m.sentence]!.tokens[m.first - 1]?.text ?? ''))) return 'ORG';
    // "the Court", "Parliament" alone: an organisation's head word is the organisation
    if (m.label !== 'ORG' && m.last - m.first === 1 && ORG_HEADS.has(m.text.toLowerCase())) return 'ORG';
    // "New Hampshire governor Chris Sununu", "Chelyabinsk's governor": a state or city before the office it gives
    // (not everywhere: "Texas" and "Boston" are teams in sports results)
    if (m.label === 'ORG' && officeAfter(sentences[m.sentence]!.tokens, m.last) && (subdivisionCountry(m.text) || cityCountry(m.text))) return 'LOC';
    return m.label;
  };
  mentions = mentions.map((m) => {
    const label = labelOf(m);
    return label === m.label ? m : { ...m, label };
  });

  // 1. One kind per surface name: the majority of its mentions' labels (countries are places).
  const votes = new Map<string, Map<EntityKind, number>>();
  mentions.forEach((m) => {
    const kind = KIND[m.label];
    if (!kind) return;
    const key = canonicalKey(m.text, kind);
    const v = votes.get(key) ?? new Map<EntityKind, number>();
    // what a sentence says the name is ("rock band X") outweighs the model's readings elsewhere
    v.set(kind, (v.get(kind) ?? 0) + (m.firm ? 100 : 1));
    votes.set(key, v);
  });
  const kindOf = (m: Mention): EntityKind | undefined => {
    const kind = KIND[m.label];
    if (!kind) return undefined;
    if (countryName(m.text) || isDateline(sentences[m.sentence]!, m)) return 'place';
    const v = votes.get(canonicalKey(m.text, kind))!;
    return [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  };
  const kinds = mentions.map(kindOf);

  // ("Congo" in a story that names the Democratic Republic of the Congo is that country, not its neighbour)
  const namesDrc = mentions.some((m) => countryName(m.text) === 'DR Congo');
  const congo = (surface: string) => (namesDrc && surface === 'Congo' ? 'DR Congo' : surface);
  // 2. Longer names first, so that "Qasem Soleimani" exists before "Soleimani" looks for it.
  const length = mentions.map((m) => words(m.text).length);
  const order = mentions.map((_, i) => i).filter((i) => kinds[i]).sort((a, b) => length[b]! - length[a]! || a - b);
  const clusters: { kind: EntityKind; mentions: number[]; names: Name[] }[] = [];
  const entityOfMention = new Map<number, number>();
  for (const i of order) {
    const m = mentions[i]!;
    const kind = kinds[i]!;
    const name = comparable(words(canonicalName(kind === 'place' ? congo(m.text) : m.text, kind)), words(m.text));
    if (kind === 'person' && introducedAsKin(sentences[m.sentence]!, m)) name.kin = true;
    let best = -1;
    let bestRecency = -1;
    const candidates: number[] = [];
    clusters.forEach((c, ci) => {
      if (c.kind !== kind || !c.names.some((n) => sameEntity(name, n, kind))) return;
      candidates.push(ci);
      // Among candidates, the one mentioned most recently before this mention.
      const recency = latestBefore(c.mentions, i);
      if (best < 0 || recency > bestRecency) { best = ci; bestRecency = recency; }
    });
    // (a surname two people share is the story's first-named one's, unless the other was named
    // in this sentence or the one before: "Eddie Van Halen ... his son Wolfgang Van Halen ... Van
    // Halen was a native of the Netherlands"; the one before, as its subject: "confirmed by his
    // daughter Nettie Baker. Baker was hospitalized" is the story's)
    const recent = bestRecency < 0 ? undefined : mentions[bestRecency]!;
    if (candidates.length > 1 && kind === 'person'
      && (!recent || recent.sentence < m.sentence - 1 || (recent.sentence === m.sentence - 1 && !opensClause(sentences[recent.sentence]!, recent)))) {
      best = candidates.reduce((a, b) => (Math.min(...clusters[b]!.mentions) < Math.min(...clusters[a]!.mentions) ? b : a));
    }
    if (best < 0) { clusters.push({ kind, mentions: [], names: [] }); best = clusters.length - 1; }
    const c = clusters[best]!;
    c.mentions.push(i);
    if (!c.names.some((n) => n.text === name.text)) c.names.push(name);
    entityOfMention.set(i, best);
  }

  // 3. Entities in order of first mention, with labels, aliases and handles.
  const byFirst = clusters.map((c, ci) => ({ c, ci, first: Math.min(...c.mentions) })).sort((a, b) => a.first - b.first);
  const renumber = new Map(byFirst.map((x, n) => [x.ci, n]));
  const entities: ResolvedEntity[] = byFirst.map(({ c }, n) => {
    const ms = [...c.mentions].sort((a, b) => a - b);
    const surfaces = ms.map((i) => mentions[i]!.text);
    const label = chooseLabel(surfaces, c.kind);
    const aliases = new Set<string>();
    for (const i of ms) {
      const m = mentions[i]!;
      if (m.text !== label) aliases.add(m.text);
      const title = c.kind === 'person' ? titleBefore(sentences[m.sentence]!, m.first) : undefined;
      if (title) aliases.add(`${title} ${m.text}`);
    }
    const spans = ms.map((i) => ({ start: mentions[i]!.start, end: mentions[i]!.end }));
    if (c.kind === 'person') {
      for (const i of ms) {
        const handle = handleAfter(sentences[mentions[i]!.sentence]!, mentions[i]!.last);
        if (handle) { aliases.add(handle.text); spans.push({ start: handle.start, end: handle.end }); }
      }
    }
    aliases.delete(label);
    return {
      id: `e${n + 1}`,
      kind: c.kind,
      label,
      aliases: [...aliases],
      mentions: spans.sort((a, b) => a.start - b.start),
      mentionIndices: ms,
    };
  });
  const remapped = new Map<number, number>();
  for (const [mi, ci] of entityOfMention) remapped.set(mi, renumber.get(ci)!);
  void text;
  return { entities, entityOfMention: remapped };
}

const MONTHS = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;

/**
 * A dateline's place: "NEW YORK 1996-08-30", "BAGHDAD (Reuters) -", "LONDON, March 3": where the
 * story was filed, whatever else the name stands for in it (a team in a table of results).
 */
function isDateline(sentence: Sentence, m: Mention): boolean {
  if (m.first !== 0 || m.text !== m.text.toUpperCase() || !/\p{Lu}{3}/u.test(m.text)) return false;
  const rest = sentence.tokens.slice(m.last).map((t) => t.text);
  const end = rest.findIndex((w) => /^[-—–]$/.test(w));
  const head = end < 0 ? rest : rest.slice(0, end);
  // (a date or an agency in brackets, not a score: "DETROIT 5 Seattle 3")
  const dated = head.some((w, k) => /^\d{4}-\d\d-\d\d$/.test(w) || (MONTHS.test(w) && /^\d{1,2}$/.test(head[k + 1] ?? ''))
    || (w === '(' && head[k + 2] === ')'));
  return dated && head.length <= 6 && head.every((w) => /^(\d[\d\/.-]*|[(),]|\p{Lu}[\p{L}.]*)$/u.test(w));
}

/** The latest of a cluster's mentions before mention i, or -1. */
function latestBefore(mentions: readonly number[], i: number): number {
  let latest = -1;
  for (const j of mentions) if (j < i && j > latest) latest = j;
  return latest;
}

/** A name as sameEntity compares it, with what it compares worked out once. */
interface Name {
  words: string[];
  /** The words joined. */
  text: string;
  /** Of a person's name, the words past a title and before a generation, and those joined. */
  person: string[];
  personText: string;
  /** The words as written, before canonicalName reordered them: what an acronym abbreviates ("Recording Industry Association of America"). */
  written: string[];
  /** A person's name written as someone's kin: "her mother, Gloria Morgan Vanderbilt". */
  kin?: boolean;
}

/** Whether a mention stands as someone's kin: "her widowed mother, X", "his son X". */
/** Whether a name opens its clause ("His son Ian Mendez lives"), not following a verb or a preposition ("confirmed with his daughter Nettie Baker"). */
function opensClause(sentence: Sentence, m: Mention): boolean {
  const t = sentence.tokens;
  let k = m.first - 1;
  while (k >= 0 && (KIN_NOUNS.test(t[k]!.text.toLowerCase()) || /^(his|her|their|its|the|a|an)$/i.test(t[k]!.text) || PERSON_TITLES.has(t[k]!.text.toLowerCase()))) k--;
  return k < 0 || !/^\p{Ll}/u.test(t[k]!.text);
}

function introducedAsKin(sentence: Sentence, m: Mention): boolean {
  const t = sentence.tokens;
  const k = t[m.first - 1]?.text === ',' ? m.first - 2 : m.first - 1;
  return KIN_NOUNS.test(t[k]?.text.toLowerCase() ?? '');
}

function comparable(words: string[], written: string[] = words): Name {
  // ("Justice Stevens" and "John Paul Stevens": a title the model kept in the name is no part of it)
  const untitled = words.length > 1 && PERSON_TITLES.has(words[0]!) ? words.slice(1) : words;
  const person = withoutGeneration(untitled);
  return { words, text: words.join(' '), person, personText: person.join(' '), written };
}

/** Whether a name refers to the same entity as a known name of a cluster. */
function sameEntity(nameOf: Name, knownOf: Name, kind: EntityKind): boolean {
  const [name, known, a, b] = [nameOf.words, knownOf.words, nameOf.text, knownOf.text];
  if (a === b) return true;
  if (kind === 'person') {
    // A part of a full name that includes its surname, or the given name alone when unique;
    // "Elizabeth II" and "Queen Elizabeth" share the name before the generation
    const [n, k] = [nameOf.person, knownOf.person];
    if (nameOf.personText === knownOf.personText) return true;
    // ("Gloria Vanderbilt" and "her mother, Gloria Morgan Vanderbilt": a shorter name is not of the
    // relative whose fuller name a family shares)
    if (n.length >= 2 && n.length !== k.length && (n.length < k.length ? knownOf.kin : nameOf.kin)) return false;
    if (isSubsequence(n, k) && (n[n.length - 1] === k[k.length - 1] || n.length === 1)) return true;
    // "John Bolton" and "John R. Bolton", "Robert Mugabe" and "Robert Gabriel Mugabe": the same
    // given name and surname with a middle name or initial between (not a word after: "Doris Day
    // Show", a caption's "X Image")
    const [short, long] = n.length < k.length ? [n, k] : [k, n];
    // ("Ricardo Rosselló" and "Ricardo Rosselló Nevares", "Pedro Pierluisi" and "Pedro R. Pierluisi
    // Urrutia": a second surname after the first, as Spanish and Portuguese names have)
    if (sameEnds(short, long)) return true;
    // ("Richard K. Guy" and "Richard Kenneth Guy": a middle name and its initial)
    if (n.length >= 3 && n.length === k.length && n[0] === k[0] && n[n.length - 1] === k[k.length - 1]
      && n.every((x, j) => x === k[j] || (x.length === 1 && k[j]!.startsWith(x)) || (k[j]!.length === 1 && x.startsWith(k[j]!)))) return true;
    // ("Frido Welker" and "Frido Walker", "Hamza bin Laden" and "bin Ladin": a misspelt word of a full name)
    if (n.length >= 2 && n.length === k.length && misspeltWord(n, k)) return true;
    const rest = long.slice(0, -1);
    return short.length >= 2 && !notSurname(long[long.length - 1]!) && (short.join(' ') === rest.join(' ') || sameEnds(short, rest));
  }
  if (isAcronymOf(a, known) || isAcronymOf(b, name) || isAcronymOf(a, knownOf.written) || isAcronymOf(b, nameOf.written)) return true;
  // ("Lousiana" beside "Louisiana", "Magnitigorsk" beside "Magnitogorsk": a long word misspelt, where the gazetteer knows no place of each spelling)
  if (name.length === 1 && known.length === 1 && misspeltWord(name, known) && !(knownPlaceWord(a) && knownPlaceWord(b))) return true;
  if (kind === 'place') {
    // "Abaco" and the "Abaco Islands": a name and the same name with a word of islands or
    // counties (not a state the gazetteer knows, as "Mississippi" is beside the Mississippi River)
    const [short, long] = name.length <= known.length ? [name, known] : [known, name];
    if (short.length === 1 && long.length === 2 && long[0] === short[0] && /^(islands?|isles?|county|province|district|region)$/.test(long[1]!)
      && !knownPlaceWord(short[0]!)) return true;
    // "Washington" and "D.C." beside "Washington D.C.": the city by either part of its name
    if (long.length === 2 && long[1] === 'dc' && short.length === 1 && (short[0] === long[0] || short[0] === 'dc')) return true;
    // "Bradley Airport" after "Bradley International Airport": the same first and last words
    if (sameEnds(short, long)) return true;
    // "at Saint Francis" after "Saint Francis Hospital": a hospital by its name alone
    if (long.length === short.length + 1 && long[long.length - 1] === 'hospital' && long.slice(0, short.length).join(' ') === short.join(' ')
      && !knownPlaceWord(short[short.length - 1]!)) return true;
    // "landing at Fath" after "Fath Airport": an airport by its name alone (not "Baghdad", a city)
    if (short.length === 1 && long.length >= 2 && long.length <= 3 && long[0] === short[0] && /^(airport|airfield|air base)$/.test(long.slice(1).join(' ').replace(/^international /, ''))
      && !knownPlaceWord(short[0]!)) return true;
  }
  if (kind === 'group') {
    const [short, long] = name.length <= known.length ? [name, known] : [known, name];
    // "Islamic Revolutionary Guard Corps" / "Iranian Revolutionary Guard Corps": same three-word tail.
    // (not "Ural State Medical University" and "Tyumen State Medical University": two places' namesakes)
    // (a nation's word one way: not "Supreme Court of Justice" and "European Court of Justice", two courts)
    if (short.length >= 4 && short.length === long.length) return short.slice(1).join(' ') === long.slice(1).join(' ') && !cityOrState(short[0]!) && !cityOrState(long[0]!)
      && [short[0]!, long[0]!].some((w) => countryOfDemonym(capitalised(w)) !== undefined || countryName(capitalised(w)) !== undefined);
    // "Iranian Federation" after "Iranian Chess Federation", "Scripps Oceanography" after "Scripps
    // Institution of Oceanography": the same first and last words, a word or two left out (not of
    // parties and fronts, which a word between tells apart: "Democratic Socialist Party")
    if (long.length <= short.length + 2 && !POLITICAL_HEADS.test(short[short.length - 1]!) && sameEnds(short, long)) return true;
    // "the Port Authority" after "the Port Authority of New York and New Jersey": the name before "of"
    if (short.length >= 2 && long[short.length] === 'of' && long.slice(0, short.length).join(' ') === short.join(' ') && !short.includes('of')) return true;
    // "Security Council" in "United Nations Security Council", "Revolutionary Guard Corps" in "Islamic ..."
    if (short.length >= 2 && long.length > short.length && long.slice(long.length - short.length).join(' ') === short.join(' ')) return true;
    // "Quds" and "Quds Force": a name and the same name with an organisation word
    // ("Mazars" and "Mazars USA": a company and its branch in a country)
    // ("Northern Arapaho" and the "Northern Arapaho Tribe")
    if (long.length === short.length + 1 && (COMPANY_LAST_WORDS.has(long[long.length - 1]!) || TRIBES.test(long[long.length - 1]!) || countryName(long[long.length - 1]!))
      && long.slice(0, -1).join(' ') === short.join(' ')) return true;
    // ("Ford" and "Ford Motor Company": over a word of what the company makes too)
    if (long.length === short.length + 2 && COMPANY_FORMS.test(long[long.length - 1]!)
      && long.slice(0, -2).join(' ') === short.join(' ')) return true;
    // ("the Telegraph" after "the Daily Telegraph": a paper by its last word)
    if (short.length === 1 && long.length === 2 && long[1] === short[0] && PAPER_WORDS.test(short[0]!)) return true;
    // "Liberal Democrat candidate" and the "Liberal Democrats": one word in the singular
    // ("the Houthis" and "Houthi": a group's name alone, and its members by it)
    if (short.length === long.length && (short.length >= 2 || short[0]!.length >= 4) && short.slice(0, -1).join(' ') === long.slice(0, -1).join(' ')
      && (short[short.length - 1] + 's' === long[long.length - 1] || long[long.length - 1] + 's' === short[short.length - 1])) return true;
    // "the Liberals", "Democrats": a party's members, by the party's name
    if (short.length === 1 && long.length === 2 && long[1] === 'party' && partyMembersWord(long[0]!) === short[0]) return true;
    // "the Court" after "the Supreme Court": the head word alone refers back
    // ("Parliament" after "the Parliament of the United Kingdom": the head word before "of")
    // ("the Commission" after "the Commission on Presidential Debates"; "the House" after "the House of Representatives", not the "White House")
    if (short.length === 1 && long.length >= 2 && (ORG_HEADS.has(short[0]!) || short[0] === 'house')
      && (long[long.findIndex((w) => w === 'of' || w === 'on' || w === 'for') - 1] === short[0] || (long[long.length - 1] === short[0] && short[0] !== 'house'))) return true;
  }
  return false;
}

/** A lower-cased word of a name as the gazetteer writes it ("mosul" -> "Mosul"). */
const titled = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Whether the gazetteer knows a lower-cased word of a name as a city, a state or a region (not a country). */
const cityOrState = (w: string) => Boolean(cityCountry(titled(w)) || subdivisionCountry(titled(w)) || isRegion(titled(w)));

/** Whether the gazetteer knows a lower-cased word of a name ("baghdad") as a place. */
const knownPlaceWord = (w: string) => isKnownPlace(titled(w));

function withoutGeneration(name: string[]): string[] {
  return name.length > 1 && GENERATION.test(name[name.length - 1]!) ? name.slice(0, -1) : name;
}

/** A name of two words or more inside a longer one, in order, with its first and last words: "Bradley [International] Airport". */
/**
 * Words after a person's name that are no second surname: the heads of groups' and places' names
 * ("Hagia Sophia Museum"), and a show's, a caption's, a prize's ("Doris Day Show", "X Image").
 */
const notSurname = (word: string) => ORG_HEADS.has(word) || PLACE_HEADS.has(word) || NOT_SURNAME_WORDS.test(word);
const NOT_SURNAME_WORDS = /^(show|image|photo|file|jr|sr|ii|iii|iv|center|centre|award|prize|trophy|memorial|library|school|college|stadium|airport|bridge|building|house|theatre|theater|band|trio|quartet|orchestra|museum|mosque|church|cathedral|temple)$/;

/**
 * Whether two names of as many words differ in one word only, of seven letters or more, by one
 * letter; in a name of several words, a word of five letters or more past the first ("Daniel"
 * and "Daniela" are two given names).
 */
function misspeltWord(a: readonly string[], b: readonly string[]): boolean {
  let differ = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (differ >= 0) return false;
    differ = k;
  }
  if (differ < 0 || (a.length > 1 && differ === 0)) return false;
  const [x, y] = [a[differ]!, b[differ]!];
  return Math.min(x.length, y.length) >= (a.length > 1 ? 5 : 7) && x[0] === y[0] && oneEdit(x, y);
}

/** One letter put in, left out or changed. */
function oneEdit(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  // (past the first difference the rest agrees: shifted by one, or after one change)
  return s.length === l.length ? s.slice(i + 1) === l.slice(i + 1) : s.slice(i) === l.slice(i + 1);
}

function sameEnds(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || long.length <= short.length || short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length;
}

function isSubsequence(part: string[], whole: string[]): boolean {
  if (part.length >= whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (part.every((w, j) => w === whole[i + j])) return true;
  }
  return false;
}

/** "irgc" is the acronym of "islamic revolutionary guard corps" (function words optional). */
function isAcronymOf(acronym: string, name: string[]): boolean {
  if (name.length < 2 || !/^[a-z]{2,7}$/.test(acronym)) return false;
  const all = name.map((w) => w[0]).join('');
  const content = name.filter((w) => !STOP.has(w)).map((w) => w[0]).join('');
  if (acronym === content || acronym === all) return true;
  // ("CPD" of the "United States Commission on Presidential Debates": a country's name before the body's)
  const country = [1, 2, 3].find((n) => n < name.length - 1 && countryName(name.slice(0, n).join(' ')));
  return country !== undefined && isAcronymOf(acronym, name.slice(country));
}

/** The comparison form of a name: case, accents, punctuation; countries by their canonical name; "Dept." as "department". */
export function canonicalName(surface: string, kind: EntityKind): string {
  let names = canonicalNames.get(kind);
  if (!names) canonicalNames.set(kind, (names = new Map()));
  let key = names.get(surface);
  if (key === undefined) {
    if (names.size > 100000) names.clear();
    key = computeCanonicalName(surface, kind);
    names.set(surface, key);
  }
  return key;
}

/** canonicalName's answers by kind: it runs for every mention and every name the graph looks up. */
const canonicalNames = new Map<EntityKind, Map<string, string>>();

function computeCanonicalName(surface: string, kind: EntityKind): string {
  if (kind === 'place') {
    const country = countryName(surface);
    if (country) return nameKey(country);
  }
  // "American Embassy" and "U.S. Embassy": a leading country word by the country's name (not a
  // nation's within one: the "Scottish National Party" is not the "British National Party")
  const [head, ...rest] = surface.split(/\s+/);
  const country = rest.length && !/^(Scottish|Scots|Welsh|English)$/.test(head!) ? countryOfDemonym(head!) ?? countryName(head!) : undefined;
  if (country) surface = [country, ...rest].join(' ');
  let key = nameKey(surface).replace(/\bdept\b/g, 'department').replace(/\bgov(?:t|ernment)?\b/g, 'government');
  // "Republican", "Republicans", "the GOP" and "the Republican Party": a party by its name
  const party = kind === 'group' ? PARTY_WORDS[key.replace(/ party$/, '')] : undefined;
  if (party) return `${party} party`;
  // "Department of State" and "State Department" are one name ("US Department of State": after a place's words too).
  const ofForm = /^((?:\S+ ){0,3})(department|ministry|office|bureau|secretary) of (?:the )?(.+)$/.exec(key);
  if (ofForm) key = `${ofForm[1]}${ofForm[3]} ${ofForm[2]}`;
  // "the Supreme Court of the United Kingdom" and the "UK Supreme Court", "the Government of
  // India" and the "Indian government": a group of a country, by the country's name first
  else if (kind === 'group') {
    const ofCountry = /^(.+?) of (?:the )?(.+)$/.exec(surface);
    const country = ofCountry && !/\bof\b/.test(ofCountry[2]!) ? countryName(ofCountry[2]!) : undefined;
    if (country) key = nameKey(`${country} ${ofCountry![1]}`);
  }
  return key;
}

function canonicalKey(surface: string, kind: EntityKind): string {
  return kind === 'person' ? nameKey(surface) : canonicalName(surface, kind);
}

/** The last word of a name, the surname before a generation: "Robert Downey Jr." -> "downey". */
function lastWord(name: string): string {
  const w = name.split(/\s+/);
  const last = w.length > 1 && /^\p{Lu}/u.test(w[w.length - 1]!) && GENERATION.test(w[w.length - 1]!) ? w[w.length - 2]! : w[w.length - 1]!;
  return last.toLowerCase();
}

function words(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}

/** The display label: the fullest, best-cased form; a country's canonical name. */
function chooseLabel(surfaces: string[], kind: EntityKind): string {
  if (kind === 'place') {
    const country = surfaces.map((s) => countryName(s)).find(Boolean);
    if (country) return country;
  }
  const score = (s: string): number => {
    const n = words(s).length;
    const allCaps = s === s.toUpperCase() && /[A-Z]{2}/.test(s);
    const acronym = /^[A-Z.]{2,8}$/.test(s);
    // "Quds Force" reads better than "Quds force"; particles ("al-", "bin", "of") may stay lower case
    const lowerWords = s.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !STOP.has(w) && !/^(al|el|bin|ibn|van|von|de|da|der)\b/.test(w)).length;
    const count = surfaces.filter((x) => x === s).length;
    // of two names as long, the one not begun by a nationality ("Islamic", not "Iranian", Revolutionary Guard Corps)
    const national = n > 1 && countryOfDemonym(s.split(/\s+/)[0]!) ? 5 : 0;
    // (of two spellings of a place, the one the gazetteer knows: "Pittsburgh", not "Pittsburg[h]")
    const known = kind === 'place' && isKnownPlace(s) ? 10 : 0;
    return n * 100 - (acronym ? 150 : 0) - (allCaps && !acronym ? 60 : 0) - lowerWords * 30 - national + count + known;
  };
  // (each surface scored once, not once per comparison)
  const scores = new Map<string, number>();
  for (const s of surfaces) if (!scores.has(s)) scores.set(s, score(s));
  let best = surfaces[0]!;
  for (const s of surfaces) if (scores.get(s)! > scores.get(best)!) best = s;
  // ("Democrat", "the GOP" alone: the party they name, by the name it goes by)
  const party = kind === 'group' ? PARTY_WORDS[best.toLowerCase()] : undefined;
  return party ? `${party[0]!.toUpperCase()}${party.slice(1)} Party` : best;
}

/** "General" in "General Soleimani", "President" in "President Donald Trump". */
function titleBefore(sentence: Sentence, first: number): string | undefined {
  const prev = sentence.tokens[first - 1];
  if (!prev || !/^\p{Lu}/u.test(prev.text) || !PERSON_TITLES.has(prev.text.toLowerCase())) return undefined;
  // with the word that makes the title: "Prime Minister", not "Minister"
  const before = sentence.tokens[first - 2];
  return before && /^(Prime|Vice|Deputy|Chief|Foreign|Interior|Defence|Defense|Finance|Health|Justice|Attorney|Lord|Crown|Supreme)$/.test(before.text)
    ? `${before.text} ${prev.text}` : prev.text;
}

/** A social handle in brackets right after a name: "Zeke Miller (@ZekeJMiller)". */
function handleAfter(sentence: Sentence, last: number): { text: string; start: number; end: number } | undefined {
  const t = sentence.tokens;
  const at = t[last]?.text === '(' ? last + 1 : last;
  const handle = t[at];
  return handle && /^@\w+$/.test(handle.text) ? { text: handle.text, start: handle.start, end: handle.end } : undefined;
}
