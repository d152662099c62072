// Mentions of people, groups and places: the entity model's spans, tidied with a few rules of
// English news writing that the model's training data (CoNLL-2003) does not cover.
import type { Sentence, Token } from './types.js';
import type { EntityLabel, Tagger, TokenSpan } from './ner/tagger.js';
import { canBeGivenName, cityCountry, countryName, countryOfDemonym, isGivenName, isKnownPlace, isRegion, mayBeginPlaceName, subdivisionCountry } from './lexicon/gazetteer.js';
import { GENERATION, GENERIC_HEADS, GROUP_DESCRIPTORS, ORG_HEADS, ORG_SUFFIXES, PARTY_WORDS, PERSON_TITLES, PLACE_HEADS, PLACE_KINDS, TITLE_MODIFIERS, partyMembersWord } from './lexicon/titles.js';
import { FUNCTION_WORDS } from './lexicon/function-words.js';
import { KNOWN_GROUPS } from './lexicon/known-groups.js';
import { afterAccordingTo, wordsOf } from './tokenize.js';

export interface Mention {
  sentence: number;
  /** Token range in the sentence, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  label: EntityLabel;
  /** The label is what the sentence says the name is (see TokenSpan). */
  firm?: boolean;
}

/**
 * Adjectives and nouns of faith, of ethnicity and of party ("Latino voters", "the Democratic
 * candidates"), deities and a faith's law ("God", "Sharia") that the model may read as names:
 * like nationalities, not entities alone.
 */
const RELIGIONS = /^(Muslims?|Christians?|Jews?|Jewish|Sunnis?|Shias?|Shiites?|Shi['’]ites?|Catholics?|Protestants?|Hindus?|Buddhists?|Sikhs?|Islamic|Orthodox|Evangelicals?|Latin[oa]s?|Latinx|Hispanics?|Asians?|Africans?|Europeans?|Arabs?|Caucasians?|Indigenous|Aboriginal|Democratic|Republican|God|Allah|Jehovah|Yahweh|Shi['’]a|Shari['’]a|Sharia)$/;

/** Titles written as acronyms: "Tesco's CEO Dave Lewis". */
const TITLE_ACRONYMS = /^(CEO|CFO|COO|CTO|MP|MPs|MEP|MEPs|MSP|PM|VP)$/;

/** Words that, before a number, name a numbered part: "Article 5 of the NATO treaty". */
const DOCUMENT_PARTS = /^(Article|Section|Chapter|Clause|Paragraph|Amendment|Resolution|Rule|Phase|Stage|Round|Level|Page|Room|Episode|Season|Volume|Part|Title|Schedule|Annex|Appendix|Figure|Table|Item|Gate|Terminal|Platform|Block|Lot|Unit)$/;

/** Faiths and doctrines, which are no people, groups or places: "Islam", "Christianity", "Marxism", "Authoritarianism". */
const DOCTRINES = /^(Islam|Christianity|\p{Lu}\p{Ll}{3,}ism)$/u;

/** Diseases and their agents, which news capitalises but which are no person, group or place. */
const DISEASES = /^(COVID-19|COVID|Covid-19|Covid|SARS-CoV-2|SARS-CoV|SARS|MERS|MERS-CoV|Ebola|HIV|AIDS|HIV\/AIDS|H1N1|H5N1|Zika|Coronavirus|Alzheimer['’]s|Parkinson['’]s|.+ Syndrome)$/;

/** Time zones after a clock time ("1:12 am UTC") are no organisations. */
const TIME_ZONES = /^(UTC|GMT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|BST|CET|CEST|EET|EEST|WET|IST|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|MSK)$/;

/** Facility words that end the name of a place ("U.S. Embassy", "Baghdad International Airport"). */
const FACILITIES = new Set(['embassy', 'consulate', 'airport', 'airfield', 'base', 'prison', 'hospital', 'mosque', 'church',
  'cathedral', 'palace', 'bridge', 'square', 'stadium', 'arena', 'port', 'harbour', 'harbor', 'dam', 'checkpoint', 'crossing',
  'complex', 'tower', 'headquarters', 'building']);
/** Facility words that begin one ("Camp David", "Fort Hood"). */
const FACILITY_PREFIXES = new Set(['camp', 'fort', 'mount', 'lake', 'cape']);
/**
 * "[Beaver Falls], Pennsylvania", "[Cibolo], Texas": a name set off by a comma before a state or
 * a country is a town, unless it is a person's full name ("Ted Cruz, Texas") or a list goes on.
 */
function beforeItsState(t: readonly { text: string }[], s: TokenSpan, next: TokenSpan | undefined): boolean {
  // (not a name the text or the lexicon says what it is: "According to the Associated Press, Iran has")
  if (s.firm || !next || next.label !== 'LOC' || t[s.end]?.text !== ',' || next.start !== s.end + 1) return false;
  // ("According to CNN, Turkey has": a source, before the clause it opens)
  if (afterAccordingTo(t, s.start)) return false;
  if (s.label === 'PER' && s.end - s.start >= 2 && isGivenName(t[s.start]!.text)) return false;
  // "appeared in Christchurch District Court, New Zealand": an organisation's name stays one
  // ("the University of Oxford, England": nor a head word before "of")
  if (s.label === 'ORG' && s.end - s.start >= 2 && (ORG_HEADS.has(t[s.end - 1]!.text.toLowerCase()) || (ORG_HEADS.has(t[s.start]!.text.toLowerCase()) && t[s.start + 1]!.text === 'of'))) return false;
  const state = wordsOf(t, next.start, next.end);
  if (!subdivisionCountry(state) && !countryName(state)) return false;
  const after = t[next.end]?.text;
  return after === undefined || /^[,.;:)]$/.test(after) || (/^\p{Ll}/u.test(after) && !/^(and|or)$/.test(after));
}

/** Particles that begin a surname, used alone too: "de Silva", "van Gogh", "Van der Westhuizen". */
const SURNAME_PARTICLES = /^(de|da|di|du|van|von|der|den|del|della|le|la|dos|das)$/i;

/**
 * "Aravinda de Silva" read as two names, "de Silva" and "Van der Westhuizen" read without their
 * particles: the particles of a person's surname belong to the name.
 */
function particleNames(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let p = s.start - 1;
    if (s.label !== 'PER' || p < 0 || !/^\p{Ll}+$/u.test(t[p]!.text) || !SURNAME_PARTICLES.test(t[p]!.text)) { out.push(s); continue; }
    const prev = out[out.length - 1];
    if (prev?.label === 'PER' && prev.end === p) { out[out.length - 1] = { ...prev, end: s.end }; continue; }
    // ("Van der Westhuizen": a capitalised particle before the lower-case one)
    if (p > 0 && /^\p{Lu}\p{Ll}*$/u.test(t[p - 1]!.text) && SURNAME_PARTICLES.test(t[p - 1]!.text) && !out.some((x) => x.end > p - 1)) p--;
    else if (p > 0 && /^\p{Lu}/u.test(t[p - 1]!.text) && !FUNCTION_WORDS.has(t[p - 1]!.text.toLowerCase())) { out.push(s); continue; }
    out.push({ ...s, start: p });
  }
  return out;
}

/**
 * "Surigao del Sur", "Mar del Plata" read as two names: a place, a Romance particle and the
 * capitalised name after it are one place.
 */
function placeParticles(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    // (over "de la", "de los")
    const after = /^(la|las|los|le)$/.test(t[s.end + 1]?.text ?? '') && t[s.end]?.text === 'de' ? s.end + 2 : s.end + 1;
    const next = spans[k + 1];
    if (s.label !== 'LOC' || !/^(del|de|do|da|dos|das|di|della)$/.test(t[s.end]?.text ?? '') || !/^\p{Lu}/u.test(t[after]?.text ?? '')) { out.push(s); continue; }
    // (the name after: the model's span, or the capitalised word it left out)
    // (not a person's: "... de Gaulle")
    const end = next?.start === after ? (next.label === 'PER' ? -1 : next.end) : spans.some((x) => x.start <= after && after < x.end) ? -1 : after + 1;
    if (end < 0) { out.push(s); continue; }
    out.push({ start: s.start, end, label: 'LOC' });
    if (next?.start === after) k++;
  }
  return out;
}

/**
 * 'Matiu "Matt" Ratana', "Earvin “Magic” Johnson": a given name, a nickname in quotation marks and
 * a surname are one person's name, whatever pieces the model read in them.
 */
function nicknamedNames(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  let out = spans;
  const capital = (k: number) => /^\p{Lu}\p{Ll}+$/u.test(t[k]?.text ?? '') && !FUNCTION_WORDS.has(t[k]!.text.toLowerCase());
  for (let k = 1; k + 3 < t.length; k++) {
    if (!/^["“]$/.test(t[k]!.text) || !capital(k - 1) || !capital(k + 1)) continue;
    const close = /^["”]$/.test(t[k + 2]!.text) ? k + 2 : capital(k + 2) && /^["”]$/.test(t[k + 3]?.text ?? '') ? k + 3 : -1;
    if (close < 0 || !capital(close + 1)) continue;
    const first = out.find((x) => x.start <= k - 1 && k - 1 < x.end);
    if (first ? first.label !== 'PER' || first.start !== k - 1 : !isGivenName(t[k - 1]!.text)) continue;
    const surname = out.find((x) => x.start === close + 1);
    const end = surname && surname.label !== 'MISC' ? surname.end : close + 2;
    out = [...out.filter((x) => x.end <= k - 1 || x.start >= end), { start: k - 1, end, label: 'PER' as const }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Heads of the names of public bodies, which a capitalised word or two before them make a name: "Foreign Ministry". */
const BODY_HEADS = /^(Ministry|Department|Court|Council|Committee|Commission|Agency|Army|Police|Parliament|Senate|Congress|Assembly|Party|Bureau|Authority|Office|Service)$/;

/**
 * "[New] [Jersey] had the lowest rate": first in a sentence, "New" reads as the common word and
 * the model names the place without it. A capitalised word left out before a name, that makes
 * with it a place the gazetteer knows ("New Mexico", "North Carolina"), belongs to it.
 */
function placePrefixes(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  return spans.map((s, k) => {
    const before = s.start - 1;
    if (before < 0 || !/^\p{Lu}\p{Ll}/u.test(t[before]!.text) || spans[k - 1]?.end === s.start || !isKnownPlace(wordsOf(t, before, s.end))) return s;
    return { start: before, end: s.end, label: 'LOC' as const };
  });
}

/** What a company or body has in a place: "Google's London office", "Acme's Denver plant". */
const SITES = /^(office|offices|branch|bureau|headquarters|plant|factory|campus|store|stores|studio|studios|hub|site|facility|warehouse)$/;

/**
 * "[Google 's London] office", "Acme Corp's [Denver]ORG office": an owner's possessive and a place
 * the gazetteer knows are two names, and a known place before the word of a site is the place.
 */
function ownersPlaces(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  return spans.flatMap((s): TokenSpan[] => {
    const cut = t.slice(s.start + 1, s.end - 1).findIndex((x) => /^['’]s$/.test(x.text)) + s.start + 1;
    if (cut > s.start && isKnownPlace(wordsOf(t, cut + 1, s.end))) return [{ ...s, end: cut }, { start: cut + 1, end: s.end, label: 'LOC' }];
    if (s.label === 'ORG' && SITES.test(t[s.end]?.text ?? '') && isKnownPlace(wordsOf(t, s.start, s.end))) return [{ start: s.start, end: s.end, label: 'LOC' }];
    // ("[Toronto 's]ORG Anime North": a known place's possessive, which the model took for a group's)
    if (s.label === 'ORG' && s.end - s.start === 2 && /^['’]s$/.test(t[s.end - 1]!.text) && isKnownPlace(t[s.start]!.text)) return [{ start: s.start, end: s.end - 1, label: 'LOC' }];
    return [s];
  });
}

const ROAD_WORDS = /^(Route|Interstate|Highway|Motorway|Freeway)$/;

/**
 * "on Route 2", "Interstate 75 was closed", "U.S. Route 66": a road is named by its number, which
 * the model leaves out of the name or misses with it. A place, number and all.
 */
function numberedRoads(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  const numbered = (k: number) => ROAD_WORDS.test(t[k]!.text) && /^\d+[A-Z]?$/.test(t[k + 1]?.text ?? '');
  const out = spans.map((s) => (numbered(s.end - 1) && !spans.some((x) => x.start === s.end) ? { start: s.start, end: s.end + 1, label: 'LOC' as const } : s));
  for (let k = 0; k + 1 < t.length; k++) {
    if (numbered(k) && !out.some((s) => s.start <= k + 1 && k < s.end)) out.push({ start: k, end: k + 2, label: 'LOC' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "the agency quoted Foreign Ministry officials": capitalised words (one or two) before the head
 * of a public body's name, inside a sentence, are a group's name the model left out (it reads
 * what a word is elsewhere in the document: "Foreign" beside "Foreign Minister").
 */
function headedNames(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  const word = (k: number) => k > 0 && /^\p{Lu}\p{Ll}+$/u.test(t[k]!.text) && !FUNCTION_WORDS.has(t[k]!.text.toLowerCase()) && !isTitleWord(t[k]!.text.toLowerCase());
  let out = spans;
  for (let k = 2; k < t.length; k++) {
    if (!BODY_HEADS.test(t[k]!.text) || !word(k - 1)) continue;
    const start = word(k - 2) ? k - 2 : k - 1;
    if (/^\p{Lu}/u.test(t[start - 1]?.text ?? '') || out.some((x) => x.start <= k && x.end > start)) continue;
    out = [...out, { start, end: k + 1, label: 'ORG' as const }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Two to seven letters, two capitals or more, a capital first: "WHO", "TfL". */
const isAcronym = (w: string) => /^\p{Lu}[\p{Lu}\p{Ll}]{1,6}$/u.test(w) && /^\p{Lu}.*\p{Lu}/u.test(w);

/**
 * "Walter Reed National Military Medical Center (WRNMMC)", "Transport for London (TfL)": the
 * words whose initials the acronym in brackets after them spells are one name, whatever pieces
 * the model read in them (a group's, unless the gazetteer knows the whole as a place), and the
 * acronym names it too, with its kind.
 */
function acronymsInBrackets(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  let out = spans;
  for (let p = 2; p + 2 < t.length; p++) {
    if (t[p]!.text !== '(' || t[p + 2]!.text !== ')' || !isAcronym(t[p + 1]!.text)) continue;
    const acronym = t[p + 1]!.text.toLowerCase();
    // (over a comma of a list inside the name: "Institute of Epidemiology, Disease Control and Research (IEDCR)")
    const initials = (from: number, all: boolean) => t.slice(from, p).filter((x) => x.text !== ',' && (all || !FUNCTION_WORDS.has(x.text.toLowerCase()))).map((x) => x.text[0]!.toLowerCase()).join('');
    const spells = (from: number) => initials(from, true) === acronym || initials(from, false) === acronym;
    // (the model's span of the whole name, or the capitalised words and function words that spell it)
    let name = out.find((x) => x.end === p && x.end - x.start >= 2 && spells(x.start));
    if (!name) {
      let start = -1;
      for (let k = p - 2; k >= 0 && k >= p - 10; k--) {
        const word = t[k]!.text;
        if (!/^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word) && !(word === ',' && /^\p{Lu}/u.test(t[k + 1]!.text))) break;
        if (/^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase()) && spells(k)) start = k;
      }
      const inside = out.filter((x) => x.end > start && x.start < p);
      if (start < 0 || !inside.length || inside.some((x) => x.start < start || x.end > p)) continue;
      name = { start, end: p, label: isKnownPlace(wordsOf(t, start, p)) ? 'LOC' : 'ORG' };
      out = [...out.filter((x) => !inside.includes(x)), name];
    }
    // (the model's reading of the acronym gives way to the name's)
    out = [...out.filter((x) => x.end <= p + 1 || x.start > p + 1), { start: p + 1, end: p + 2, label: name.label }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** "southern [Africa But] during": a sentence the text ran on into begins with a capitalised function word, no part of the name. */
function runOnSentences(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  return spans.map((s) => {
    let end = s.end;
    while (end - s.start >= 2 && s.label !== 'MISC' && /^\p{Lu}\p{Ll}+$/u.test(t[end - 1]!.text) && RUN_ON.test(t[end - 1]!.text)) end--;
    return end === s.end ? s : { ...s, end };
  });
}

const RUN_ON = /^(But|And|Or|So|Yet|Then|The|A|An|In|On|At|For|When|While|After|Before|As|If)$/;

/**
 * "International Women's Day", "Mother's Day", "St Patrick's Day": a day named by whose it is is
 * one name of a thing, not a person or a group before a possessive.
 */
function possessiveDays(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  let out = spans;
  for (let k = 1; k + 1 < t.length; k++) {
    if (!/^['’]s?$/.test(t[k]!.text) || !/^(Day|Week|Month|Eve)$/.test(t[k + 1]!.text)) continue;
    // (over the capitalised words before the possessive, whatever spans the model read in them)
    let start = k;
    while (start > 0 && /^\p{Lu}/u.test(t[start - 1]!.text) && !FUNCTION_WORDS.has(t[start - 1]!.text.toLowerCase())) start--;
    const inside = out.filter((x) => x.start < k && x.end > start);
    if (start === k || inside.some((x) => x.label === 'LOC' || x.start < start)) continue;
    out = [...out.filter((x) => !inside.includes(x) && !(x.start >= k && x.start < k + 2)), { start, end: k + 2, label: 'MISC' as const }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * "the Saffir–Simpson scale", "the Michelson–Morley experiment": names joined by a dash with no
 * space, before a noun, name a thing after people, not the people (places stay: "the
 * Mexico–United States border").
 */
function dashCompounds(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  let out = spans;
  for (let k = 1; k + 1 < t.length; k++) {
    if (!/^[–—-]$/.test(t[k]!.text) || t[k - 1]!.end !== t[k]!.start || t[k]!.end !== t[k + 1]!.start) continue;
    const a = out.find((x) => x.end === k);
    const b = out.find((x) => x.start === k + 1);
    const after = t[b?.end ?? k]?.text ?? '';
    if (!a || !b || a.label === 'LOC' || b.label === 'LOC' || !/^\p{Ll}/u.test(after) || FUNCTION_WORDS.has(after)) continue;
    out = out.map((x) => (x === a || x === b ? { ...x, label: 'MISC' as const } : x));
  }
  return out;
}

/** Honorifics: the capitalised words after one are a person's name ("Dr Meerjady Flora", "Mrs. Thatcher"). */
const HONORIFICS = /^(Mr|Mrs|Ms|Dr|Prof)\.?$/;

/** A person's name after an honorific, whatever pieces and kinds the model read in it (not a longer name it is part of). */
function honorificNames(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  let out = spans;
  for (let k = 0; k + 1 < t.length; k++) {
    if (!HONORIFICS.test(t[k]!.text)) continue;
    let end = k + 1;
    // (not a title: "Mr. Vice President", "Madam Speaker")
    while (end < t.length && end < k + 5 && /^\p{Lu}[\p{L}'’-]*$/u.test(t[end]!.text) && !FUNCTION_WORDS.has(t[end]!.text.toLowerCase()) && !isTitleWord(t[end]!.text.toLowerCase())) end++;
    if (end === k + 1 || isTitleWord(t[end]?.text.toLowerCase() ?? '')) continue;
    const inside = out.filter((x) => x.end > k && x.start < end);
    if (inside.some((x) => x.end > end) || (inside.length === 1 && inside[0]!.label === 'PER' && inside[0]!.start === k + 1 && inside[0]!.end === end)) continue;
    out = [...out.filter((x) => !inside.includes(x)), { start: k + 1, end, label: 'PER' as const }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * "the Workers' Party", "the National Farmers' Union": a plural's possessive before a body's head
 * word is one group's name with it, and with what the model read on either side ("the Kurdistan
 * Workers' Party", "the Workers' Party of Korea").
 */
function pluralPossessiveNames(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  let out = spans;
  for (let k = 1; k + 1 < t.length; k++) {
    if (!/^['’]$/.test(t[k]!.text) || !/^\p{Lu}\p{Ll}+s$/u.test(t[k - 1]!.text) || !/^\p{Lu}/u.test(t[k + 1]!.text) || !(ORG_HEADS.has(t[k + 1]!.text.toLowerCase()) || t[k + 1]!.text === 'Union')) continue;
    if (out.some((x) => x.start < k && x.end > k + 1)) continue;
    const left = out.find((x) => x.start <= k - 1 && x.end > k - 1 && x.label !== 'PER' && x.label !== 'LOC');
    const right = out.find((x) => x.start === k + 1);
    const start = left?.start ?? k - 1;
    const end = right?.end ?? k + 2;
    out = [...out.filter((x) => x.end <= start || x.start >= end), { start, end, label: 'ORG' as const }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * "Procter & Gamble", "Edward D. Jones & Co", "Standard & Poor": capitalised words on both sides
 * of an ampersand are one firm's name (a place's, "Trinidad & Tobago", if the gazetteer knows it;
 * not two given names, "Wyatt & Zach"), whatever pieces the model read.
 */
function ampersandNames(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  // (not a compound that modifies the name: "Family-controlled Douglas & Lomason")
  const word = (k: number) => k >= 0 && k < t.length && /^\p{Lu}/u.test(t[k]!.text) && !FUNCTION_WORDS.has(t[k]!.text.toLowerCase())
    && !/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t[k]!.text);
  let out = spans;
  for (let k = 1; k + 1 < t.length; k++) {
    if (t[k]!.text !== '&' || !word(k - 1) || !word(k + 1)) continue;
    let start = k - 1;
    while (start > k - 3 && word(start - 1)) start--;
    // (over "of" too, not into a title after the name: "Rock & Roll Hall of Fame", "PG&E President X")
    let end = k + 2;
    while (end < k + 6 && (word(end) || (t[end]?.text === 'of' && word(end + 1))) && !isTitleWord(t[end]!.text.toLowerCase())) end += t[end]!.text === 'of' ? 2 : 1;
    if (start === k - 1 && end === k + 2 && canBeGivenName(t[k - 1]!.text) && canBeGivenName(t[k + 1]!.text)) continue;
    // (inside a longer name: "the Rock & Roll Hall of Fame")
    if (out.some((x) => x.start <= start && x.end >= end && x.end - x.start > end - start)) continue;
    const label = isKnownPlace(wordsOf(t, start, end).replace(' & ', ' and ')) ? 'LOC' as const : 'ORG' as const;
    out = [...out.filter((x) => x.end <= start || x.start >= end), { start, end, label }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * A place the gazetteer knows, read as a group (the training news's teams are named by their
 * cities and states), where what stands next to it is a place: its city before a comma ("Portland,
 * Oregon"), a place it is listed with ("Alabama and Mississippi"), a distance ("ten kilometres
 * from Barcelona").
 */
function placeByItsCompany(t: readonly { text: string }[], s: TokenSpan, before: TokenSpan | undefined, after: TokenSpan | undefined): boolean {
  if (s.firm || !isKnownPlace(wordsOf(t, s.start, s.end))) return false;
  const w = (k: number) => t[k]?.text.toLowerCase() ?? '';
  // (a place the model read as a person's name is a place still: "Alabama and [Mississippi]"; not
  // another group, as teams are listed: "Texas and Boston")
  const place = (o: TokenSpan | undefined) => o !== undefined && (o.label === 'LOC' || (o.label === 'PER' && isKnownPlace(wordsOf(t, o.start, o.end))));
  if (place(before) && before!.end === s.start - 1 && w(s.start - 1) === ',') return true;
  if (place(after) && after!.start === s.end + 1 && /^(and|or)$/.test(w(s.end))) return true;
  if (place(before) && before!.end === s.start - 1 && /^(and|or)$/.test(w(s.start - 1))) return true;
  return /^(from|of)$/.test(w(s.start - 1)) && /^(kilometres|kilometers|km|miles|metres|meters)$/.test(w(s.start - 2));
}

/**
 * "Mazars USA", "Netto Poland" read as people: a name that ends with a country's is a company's
 * branch there, or a place in it ("Melbourne Australia"); not a person's with a given name first
 * ("Michael Jordan").
 */
function countrySuffixed(t: readonly { text: string }[], s: TokenSpan): TokenSpan {
  if (s.end - s.start < 2 || !countryName(t[s.end - 1]!.text) || canBeGivenName(t[s.start]!.text)) return s;
  return { ...s, label: isKnownPlace(wordsOf(t, s.start, s.end - 1)) ? 'LOC' : 'ORG' };
}

/** "Southern Poland", "Central Europe", "Eastern Ukraine": a part of a place the gazetteer knows is a place. */
function partOfPlace(t: readonly { text: string }[], s: TokenSpan): boolean {
  return s.end - s.start >= 2 && /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater)$/.test(t[s.start]!.text)
    && isKnownPlace(wordsOf(t, s.start + 1, s.end));
}

/**
 * "[Elizabeth Warren]", "[Bernie Sanders] wins": two or three capitalised words, a given name
 * first, no organisation's or place's last word, that no gazetteer knows as a place, name a person.
 */
function fullName(t: readonly { text: string }[], s: TokenSpan): boolean {
  if (s.end - s.start < 2 || s.end - s.start > 3) return false;
  const words = t.slice(s.start, s.end).map((x) => x.text);
  const last = words[words.length - 1]!.toLowerCase();
  return canBeGivenName(words[0]!) && words.every((w, k) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(w) || (k > 0 && /^\p{Lu}/u.test(w) && GENERATION.test(w)))
    && !ORG_SUFFIXES.has(last) && !ORG_HEADS.has(last) && !PLACE_HEADS.has(last) && !FACILITIES.has(last) && !/^(cent(er|re)|city)$/.test(last)
    && !isKnownPlace(words.join(' '));
}

/** What a legislature's "House of" is of. */
const CHAMBERS = /^(Representatives|Commons|Lords|Delegates|Councillors|Assembly|Keys)$/;

/** Occupations that only people have, before a name: "rapper Kanye West", "actress Stormy Daniels" (and offices, `OFFICE_NOUNS`). */
const OCCUPATIONS = /^(artist|actor|actress|singer|songwriter|writer|author|novelist|poet|journalist|photographer|comedian|musician|rapper|drummer|guitarist|bassist|designer|filmmaker|lawyer|physician|scientist|researcher|economist|historian|astronaut|athlete|chef|entrepreneur|businessman|businesswoman|billionaire|activist|politician|painter|sculptor|illustrator|cartoonist|presenter|columnist|blogger|mathematician|physicist|chemist|biologist|astronomer|pianist|violinist|cellist|composer|dancer|playwright|screenwriter|runner|sprinter|marathoner|swimmer|cyclist|skier|snowboarder|skater|gymnast|boxer|wrestler|golfer|jockey|footballer|cricketer|mountaineer|climber|surfer|rower|weightlifter)$/;

/** A name of capitalised words right after such an occupation, that names no place or organisation by its last word. */
function afterOccupation(t: readonly { text: string }[], s: TokenSpan): boolean {
  // (or an office: "WHO director-general Tedros Adhanom Ghebreyesus")
  if (s.start === 0 || !(OCCUPATIONS.test(t[s.start - 1]!.text) || OFFICE_NOUNS.test(t[s.start - 1]!.text.toLowerCase())) || s.end - s.start > 3) return false;
  const words = t.slice(s.start, s.end).map((x) => x.text);
  const last = words[words.length - 1]!.toLowerCase();
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) && !ORG_SUFFIXES.has(last) && !ORG_HEADS.has(last) && !PLACE_HEADS.has(last) && !isKnownPlace(words.join(' '));
}

/** Kinds of works, before a work's title: "the 1959 comedy Pillow Talk", "the album Abbey Road". */
const WORK_NOUNS = /^(film|movie|comedy|drama|documentary|novel|book|song|album|series|sitcom|musical|opera|painting|poem|thriller|biopic|memoir|anthem|ballad|miniseries|franchise)$/;

/** What only a band's or a team's members are, between the band and the member: "Grateful Dead drummer Mickey Hart". */
const PLAYERS = /^(drummer|guitarist|bassist|vocalist|frontman|frontwoman|keyboardist|striker|midfielder|defender|goalkeeper|goalie|winger|quarterback|pitcher|batsman|bowler)$/;

/** A name the model read as a person's before such a word and a person's name; not a country's ("Brazil striker X"), its team's. */
function bandBeforeItsPlayer(t: readonly { text: string }[], s: TokenSpan, next: TokenSpan | undefined): boolean {
  return next?.start === s.end + 1 && next.label === 'PER' && PLAYERS.test(t[s.end]!.text) && !isKnownPlace(wordsOf(t, s.start, s.end));
}

/** Last words of schools' and hospitals' names, which often begin with their city's: "Tyumen State Medical University". */
const SCHOOL_HEADS = /^(University|College|Institute|School|Academy|Hospital|Polytechnic|Seminary)$/;

/** Places' last words that are no one's surname: "Easter Island" is a place though "Easter" is a given name ("Stuart Hall" is a person). */
const NO_SURNAMES = /^(Island|Islands|River|Lake|County|Province|District|Region|Mountains?|Canyon|Strait|Gulf|Coast|Desert|Peninsula|Estuary|Sea|Ocean|Oblast|Governorate|Prefecture|Municipality|Canton|Township|Borough|Parish|Avenue|Boulevard|Road)$/;

/** First words of places' names before "of". */
const PLACE_OF = /^(Strait|Straits|Gulf|Bay|Sea|Isle|Island|Islands|Lake|River|Mount|Cape|County|Province|District|Region)$/;
/** Words of states' formal names before "of": "Republic of Ireland", "Kingdom of Bahrain". */
const STATE_OF = /^(Republic|Kingdom|Sultanate|Emirate|Principality|Duchy)$/;

/** The last words of newspapers' names, after the place they are of: "Washington Post", "Samoa Observer". */
const NEWSPAPER_HEADS = /^(Post|Times|Mail|Observer|Star|Sun|Express|Telegraph|Guardian|Independent|News|Courier|Examiner|Inquirer|Record|Standard|Globe)$/;

/** The beginnings of names written with a capital inside: "McDonald", "MacArthur", "DeSantis", "O'Brien". */
const NAME_PREFIX = /^(Mc|Mac|De|Di|Da|Du|Le|La|Ja|Ke|Van|Von|St|Fitz|O)\p{Lu}/u;

/** Common nouns that say the name after them is a place: "the town of Douma", "camp Taji". */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'district', 'region', 'camp', 'port', 'county', 'governorate', 'suburb', 'neighbourhood', 'neighborhood',
  'island', 'area', 'vicinity']);

export function findMentions(text: string, sentences: readonly Sentence[], tagger: Tagger): Mention[] {
  const tagged = tagger.tagDocument(sentences.map((s) => s.tokens.map((t) => t.text)));
  const out: Mention[] = [];
  sentences.forEach((sentence, si) => {
    const spans = placeRules(sentence, [...(tagged[si] ?? [])]);
    const tokens = sentence.tokens;
    for (const span of spans) {
      let { start: first, end: last, label } = span;
      // "Revolutionary Guard Corps" read as "Guard Corps": a capitalised word the model left out
      // just before an organisation's name belongs to it (not the first word of a sentence, nor a
      // weekday: "On Friday Ford Motor Company announced").
      // ("County Attorney John [McCormick]": not over a title; a given name after one begins a person's name)
      if (label === 'ORG') {
        while (first > 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[first - 1]!.text) && !spans.some((s) => s.start <= first - 1 && first - 1 < s.end)
          && !/^["“(]$/.test(tokens[first - 2]!.text) && !FUNCTION_WORDS.has(tokens[first - 1]!.text.toLowerCase()) && !CALENDAR.test(tokens[first - 1]!.text)
          && !isTitleWord(tokens[first - 1]!.text.toLowerCase())) first--;
        if (first < span.start && first > 0 && isTitleWord(tokens[first - 1]!.text.toLowerCase()) && isGivenName(tokens[first]!.text)) label = 'PER';
      }
      // "Arnel dela [Vega]", "Ludwig van [Beethoven]": a name and a particle the model left out before a surname
      if (label === 'PER' && first > 1 && /^\p{Ll}+$/u.test(tokens[first - 1]!.text) && NAME_PARTICLES.test(tokens[first - 1]!.text)
        && /^\p{Lu}\p{Ll}+$/u.test(tokens[first - 2]!.text) && !FUNCTION_WORDS.has(tokens[first - 2]!.text.toLowerCase()) && !isTitleWord(tokens[first - 2]!.text.toLowerCase())
        && !spans.some((s) => s.start <= first - 2 && first - 2 < s.end)) first -= 2;
      // "Governor Ned [Lamont]": a given name the model left out before a surname is part of it
      // (first in a sentence or a quotation too, unless the word is also a common one: "Will")
      if (label === 'PER' && first > 0 && isGivenName(tokens[first - 1]!.text) && !isTitleWord(tokens[first - 1]!.text.toLowerCase())
        && !spans.some((s) => s.start <= first - 1 && first - 1 < s.end)
        && (first - 1 > 0 && !/^["“(]$/.test(tokens[first - 2]!.text) || !FUNCTION_WORDS.has(tokens[first - 1]!.text.toLowerCase()))) first--;
      // "Bashar al-Assad", "Osama bin Laden": a name particle and what follows belong to the name.
      if (label === 'PER') {
        while (last < tokens.length && (/^(?:al|el|bin|ibn|abu|abd|van|von|de|da|di|du|le|la|ben|ould)-\p{Lu}/u.test(tokens[last]!.text)
          || (/^(?:bin|ibn|van|von|de|da|di|du|der|den|al|el)$/.test(tokens[last]!.text) && /^\p{Lu}/u.test(tokens[last + 1]?.text ?? '')))) {
          last += /-/.test(tokens[last]!.text) ? 1 : 2;
        }
      }
      // "Quds force": a lower-case organisation word right after a one-word name is part of it.
      if (label === 'ORG' && last - first === 1 && /^(force|forces|corps|army|brigade|brigades|party|front|movement|militia)$/.test(tokens[last]?.text ?? '')) last++;
      // "US Ambassador", "Connecticut Governor" before a name is a title, not a group: the place
      // alone is the mention
      if (label !== 'PER' && last - first >= 2 && PERSON_TITLES.has(tokens[last - 1]!.text.toLowerCase())) {
        const place = isKnownPlace(text.slice(tokens[first]!.start, tokens[last - 2]!.end));
        if (place) { out.push(mention(text, sentence, si, first, last - 1, 'LOC')); continue; }
      }
      // "[UN Special] Envoy": a title's modifier the model gave the name before it is the title's
      if (label !== 'PER' && last - first >= 2 && /^(Special|Deputy|Acting|Senior|Vice)$/.test(tokens[last - 1]!.text) && PERSON_TITLES.has(tokens[last]?.text.toLowerCase() ?? '')) last--;
      // ("WalesOnline", "SpaceX": a capital inside one word names a company, not a person, unless
      // after a surname's or given name's prefix: "McConnell", "DeSantis", "LeBron")
      if (label === 'PER' && last - first === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(tokens[first]!.text) && !NAME_PREFIX.test(tokens[first]!.text)) label = 'ORG';
      // "Middle Eastern", "Iranian", "Muslim": adjectives of places and faiths are not entities;
      // "We", "Although", "Mayor" alone are not names
      const surface = text.slice(tokens[first]!.start, tokens[last - 1]!.end);
      if (last - first === 1 && surface !== surface.toUpperCase() && (FUNCTION_WORDS.has(surface.toLowerCase()) || PERSON_TITLES.has(surface.toLowerCase()))) continue;
      // ("Born in Lagos, X moved", "Founded in 1998, the firm": a participle opening the sentence)
      if (last - first === 1 && first === 0 && /^(Born|Raised|Based|Located|Founded|Headquartered|Elected)$/.test(surface) && /^(in|on|at|by)$/.test(tokens[last]?.text ?? '')) continue;
      // "CEO", "MP" alone are titles; a single letter, an initial or a Roman numeral is no name, nor "pro-Beijing" or "U.S.-led"
      if (last - first === 1 && (TITLE_ACRONYMS.test(surface) || /^\p{Lu}\.?$/u.test(surface) || /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/.test(surface))) continue;
      // "nine billion US dollars": a currency's country is no place of the story
      if (label === 'LOC' && /^dollars?$/.test(tokens[last]?.text ?? '')) continue;
      // "Article 5", "Section 230", "Phase II": the numbered part of something
      if (last - first === 1 && DOCUMENT_PARTS.test(surface) && /^(\d+[a-z]?|[IVX]+)$/.test(tokens[last]?.text ?? '')) continue;
      if (/^(pro|anti|non|ex)-/i.test(surface) || /-(led|backed|based|born|linked|supported|funded|allied|aligned)$/.test(surface)) continue;
      if (label !== 'MISC' && ((countryOfDemonym(surface) && !countryName(surface)) || RELIGIONS.test(surface) || DOCTRINES.test(surface) || TIME_ZONES.test(surface) || DISEASES.test(surface)
        || /^(\p{Lu}\p{L}* )?(Eastern|Western|Northern|Southern)$/u.test(surface))) continue;
      // "Susan Rice Image: White House": a caption's credit is no part of the name
      if (last - first >= 2 && /^(Image|Photo|Picture)$/.test(tokens[last - 1]!.text) && tokens[last]?.text === ':') last--;
      // "Lion Air Flight 610" names a flight of the airline: the airline is the mention
      if (last - first >= 2 && tokens[last - 1]!.text === 'Flight' && /^\d+$/.test(tokens[last]?.text ?? '')) {
        last--;
        label = 'ORG';
      }
      // "the Boeing 737 Max": a model's name after its number is no person's
      if (label === 'PER' && last - first === 1 && first > 1 && /^\d[\w-]*$/.test(tokens[first - 1]!.text) && /^\p{Lu}/u.test(tokens[first - 2]!.text)) continue;
      // "the" is not part of a name in CoNLL's convention; a possessive never is.
      while (first < last && /^(the|The|THE)$/.test(tokens[first]!.text)) first++;
      while (last > first && /^['’][sS]?$/.test(tokens[last - 1]!.text)) last--;
      // "Michael Siegel I am a professor": an interview's answer opens with "I" after the name
      // (a generation follows a given name or a war: "Elizabeth I was", "World War I ended")
      if (last - first >= 2 && tokens[last - 1]!.text === 'I' && /^(\p{Ll}|['’])/u.test(tokens[last]?.text ?? '')
        && !canBeGivenName(tokens[last - 2]!.text) && !/^Wars?$/.test(tokens[last - 2]!.text)) last--;
      if (first >= last) continue;
      const m = mention(text, sentence, si, first, last, label);
      if (span.firm) m.firm = true;
      out.push(...splitCompound(text, sentence, m));
    }
    out.push(...nationalInstitutions(text, sentence, si, spans));
    out.push(...knownPlaces(text, sentence, si, spans));
    out.push(...acronymGroups(text, sentence, si, spans));
  });
  return partyAdjectives(text, sentences, genericHeads(sentences, commonWords(sentences, recurrences(text, sentences, placeLists(text, partyMembers(text, sentences, actingGroups(sentences, namedStormsAndShips(sentences, headlineNames(text, sentences, acronymThenSurname(text, sentences, out))))))))));
}

/**
 * "told [MSNBC Cummings] he was": a broadcaster's acronym the model joined to the surname of a
 * person the document names in full is two names.
 */
function acronymThenSurname(text: string, sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  // (of full names that begin with a given name's capital, not with another acronym)
  const surnames = new Set(mentions.filter((m) => m.label === 'PER' && m.last - m.first >= 2 && /^\p{Lu}\p{Ll}/u.test(sentences[m.sentence]!.tokens[m.first]!.text))
    .map((m) => sentences[m.sentence]!.tokens[m.last - 1]!.text));
  if (!surnames.size) return mentions;
  return mentions.flatMap((m) => {
    const t = sentences[m.sentence]!.tokens;
    if (m.last - m.first !== 2 || !/^\p{Lu}{2,6}$/u.test(t[m.first]!.text) || !/^\p{Lu}\p{Ll}/u.test(t[m.first + 1]!.text) || !surnames.has(t[m.first + 1]!.text)) return [m];
    return [mention(text, sentences[m.sentence]!, m.sentence, m.first, m.first + 1, 'ORG'), mention(text, sentences[m.sentence]!, m.sentence, m.first + 1, m.last, 'PER')];
  });
}

/**
 * "the [Office] of the UN High Commissioner for [Human Rights]": a head word alone is a mention only
 * where a longer name of the document holds it ("the Court" after "the Supreme Court") or it begins
 * one the model cut ("the Commission on Presidential Debates"); else it names nothing the graph can show.
 */
function genericHeads(sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  const named = wordsOfLongerNames(mentions);
  for (const m of mentions) if (m.last - m.first === 1 && /^(on|for)$/.test(sentences[m.sentence]!.tokens[m.last]?.text ?? '')) named.add(m.text);
  return mentions.filter((m) => !(m.last - m.first === 1 && GENERIC_HEADS.test(m.text.toLowerCase()) && !named.has(m.text)));
}

/** The words of the document's names of two words or more. */
function wordsOfLongerNames(mentions: readonly Mention[]): Set<string> {
  const words = new Set<string>();
  for (const m of mentions) if (m.last - m.first > 1) for (const w of m.text.split(/\s+/)) words.add(w);
  return words;
}

/**
 * "Republican Senator Mitt Romney", "Labour MP Yvette Cooper": a party's adjective before a
 * person (past titles) names the party the person belongs to, as a group.
 */
function partyAdjectives(text: string, sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  const out = [...mentions];
  let changed = false;
  for (const m of mentions) {
    if (m.label !== 'PER') continue;
    const tokens = sentences[m.sentence]!.tokens;
    // ("[Democrat Spearman]": the party's word that the model took into the name is the party)
    if (m.last - m.first >= 2 && /^\p{Lu}\p{Ll}/u.test(tokens[m.first]!.text) && PARTY_WORDS[tokens[m.first]!.text.toLowerCase()]) {
      const at = out.indexOf(m);
      out.splice(at, 1, mention(text, sentences[m.sentence]!, m.sentence, m.first, m.first + 1, 'ORG'), mention(text, sentences[m.sentence]!, m.sentence, m.first + 1, m.last, 'PER'));
      changed = true;
      continue;
    }
    let k = m.first - 1;
    while (k >= 0 && k > m.first - 4 && (isTitleWord(tokens[k]!.text.toLowerCase()) || /^(presidential|senate|congressional|candidate|hopeful|incumbent|former|party|leader|state)$/i.test(tokens[k]!.text))) k--;
    if (k < 0 || k === m.first || !/^\p{Lu}/u.test(tokens[k]!.text) || !PARTY_WORDS[tokens[k]!.text.toLowerCase()]) continue;
    const at = out.findIndex((x) => x.sentence === m.sentence && x.first <= k && k < x.last);
    if (at >= 0 && (out[at]!.label !== 'MISC' || out[at]!.last - out[at]!.first !== 1)) continue;
    const party = mention(text, sentences[m.sentence]!, m.sentence, k, k + 1, 'ORG');
    if (at >= 0) out[at] = party;
    else out.push(party);
    changed = true;
  }
  return changed ? out.sort((a, b) => a.sentence - b.sentence || a.first - b.first) : mentions;
}

/** A capitalised adjective of seven letters or more ending in -al: "Federal", "Constitutional". */
const ADJECTIVE_ENDS = /^\p{Lu}\p{Ll}{4,}al$/u;

/** The small words between the capitalised words of a title: "Back to the Future". */
const TITLE_LINKS = /^(of|to|and|in|on|for|at|from|with|the|a|an|your|my|our)$/;

/**
 * "Back to the Future", "Beauty and the Beast", "the Free and Equal Elections Foundation": a
 * capitalised common word the model took for a name alone, where the same document uses the
 * word in lower case, next to another capitalised word past "of", "to", "and" or "the", is a
 * piece of a title or of a longer name; not when a longer name holds it ("House" of "House of
 * Representatives"), it names a known place or a person, or it stands alone ("the Coalition").
 */
function commonWords(sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  const lower = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (/^\p{Ll}+$/u.test(t.text)) lower.add(t.text);
  const inLonger = wordsOfLongerNames(mentions);
  // past at most a linking word and an article, either way ("Back to the [Future]")
  const capitalAcross = (tokens: readonly Token[], k: number, step: number): boolean => {
    for (let skipped = 0; skipped < 2 && TITLE_LINKS.test(tokens[k]?.text ?? ''); skipped++) k += step;
    return /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  };
  // where the document capitalises each one-word name other than first in a sentence
  const inside = new Set(mentions.filter((m) => m.first > 0 && m.last - m.first === 1).map((m) => m.text));
  return mentions.filter((m) => {
    if (m.last - m.first !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) return true;
    // ("Man sets himself on fire": a town's name that is a common word of the story, only ever
    // first in a sentence, is the word)
    if (m.first === 0 && lower.has(m.text.toLowerCase()) && !inside.has(m.text) && !inLonger.has(m.text) && cityCountry(m.text)
      && !countryName(m.text) && !subdivisionCountry(m.text) && !isRegion(m.text) && !canBeGivenName(m.text)) return false;
    if (inLonger.has(m.text) || isKnownPlace(m.text) || canBeGivenName(m.text)) return true;
    const tokens = sentences[m.sentence]!.tokens;
    // ("Nationally, ...", "Realistically, ...": an adverb that opens a sentence; "Involvement of a
    // royal ...": an abstract noun)
    if (m.first === 0 && tokens[m.last]?.text === ',' && /(al|ic|ous|ent|ant|ive|ate|ar|ing|ful|ed)ly$/.test(m.text)) return false;
    if (m.first === 0 && /^\p{Ll}+$/u.test(tokens[m.last]?.text ?? '') && /(ment|tion|sion|ness|ity|ance|ence|ism|dom|ship)$/.test(m.text) && !ORG_HEADS.has(m.text.toLowerCase())) return false;
    // ("the Federal government", "his Constitutional duties": an adjective before its noun)
    if (ADJECTIVE_ENDS.test(m.text) && m.first > 0 && /^\p{Ll}+$/u.test(tokens[m.last]?.text ?? '') && !FUNCTION_WORDS.has(tokens[m.last]!.text)) return false;
    if (!lower.has(m.text.toLowerCase())) return true;
    return !capitalAcross(tokens, m.first - 1, -1) && !capitalAcross(tokens, m.last, 1);
  });
}

/**
 * "Yeltsin endorses Lebed Chechnya peace plan": a person's name in the headline that the story
 * never repeats, whose last word the story names alone as a place again and again, is a name and
 * a place run together.
 */
function headlineNames(text: string, sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  // (a headline is a line of its own: a story's first sentence that runs on is none)
  if (sentences.length < 2 || !text.slice(sentences[0]!.end, sentences[1]!.start).includes('\n')) return mentions;
  const places = new Map<string, number>();
  for (const m of mentions) if (m.label === 'LOC' && m.sentence > 0 && m.last - m.first === 1) places.set(m.text, (places.get(m.text) ?? 0) + 1);
  return mentions.flatMap((m) => {
    const last = sentences[m.sentence]!.tokens[m.last - 1]!.text;
    if (m.sentence > 0 || m.label !== 'PER' || m.last - m.first < 2 || (places.get(last) ?? 0) < 2 || mentions.some((o) => o.sentence > 0 && o.text === m.text)) return [m];
    const s = sentences[m.sentence]!;
    return [mention(text, s, m.sentence, m.first, m.last - 1, 'PER'), mention(text, s, m.sentence, m.last - 1, m.last, 'LOC')];
  });
}

/**
 * "Australian store chains Woolworths and Coles lowered ... On Wednesday, Woolworths also
 * limited": a name the document gives elsewhere, met again mid-sentence where the model saw
 * nothing, is a mention of it too.
 */
function recurrences(text: string, sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  const single = new Map<string, EntityLabel>();
  const note = (name: string, label: EntityLabel) => single.set(name, single.has(name) && single.get(name) !== label ? 'MISC' : label);
  for (const m of mentions) if (m.label !== 'MISC' && m.last - m.first === 1 && m.text.length >= 4 && /^\p{Lu}\p{Ll}/u.test(m.text)) note(m.text, m.label);
  // (and a person's surname alone, also one that is a title elsewhere: "King said" after "Billie Jean King")
  for (const m of mentions) {
    const last = sentences[m.sentence]!.tokens[m.last - 1]!.text;
    if (m.label === 'PER' && m.last - m.first >= 2 && last.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(last)) note(last, 'PER');
  }
  if (!single.size) return mentions;
  return withLoneWords(text, sentences, mentions, (s, k) => {
    const label = single.get(s.tokens[k]!.text);
    return !label || label === 'MISC' || k === 0 || /^\p{Lu}/u.test(s.tokens[k + 1]?.text ?? '') || /^\p{Lu}/u.test(s.tokens[k - 1]!.text) ? undefined : label;
  });
}

/** The mentions and a mention of each one-word token no mention covers that `labelOf` gives a label, in text order. */
function withLoneWords(text: string, sentences: readonly Sentence[], mentions: Mention[], labelOf: (s: Sentence, k: number) => EntityLabel | undefined): Mention[] {
  // the tokens some mention already covers, by sentence
  const covered = sentences.map((s) => new Uint8Array(s.tokens.length));
  for (const m of mentions) covered[m.sentence]!.fill(1, m.first, m.last);
  const more: Mention[] = [];
  sentences.forEach((s, si) => s.tokens.forEach((_, k) => {
    const label = covered[si]![k] ? undefined : labelOf(s, k);
    if (label) more.push(mention(text, s, si, k, k + 1, label));
  }));
  return more.length ? [...mentions, ...more].sort((a, b) => a.sentence - b.sentence || a.first - b.first) : mentions;
}

/**
 * "Liberals", "Democrats" in a document that names the Liberal or Democratic Party: the party,
 * whether the model read the word as a name of another kind or as none.
 */
function partyMembers(text: string, sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  const words = new Set(mentions.filter((m) => m.label === 'ORG' && / Party$/.test(m.text) && m.last - m.first === 2)
    .map((m) => partyMembersWord(m.text.split(' ')[0]!.toLowerCase())));
  if (!words.size) return mentions;
  const out = mentions.map((m) => (m.label !== 'ORG' && m.last - m.first === 1 && words.has(m.text.toLowerCase()) ? { ...m, label: 'ORG' as const } : m));
  return withLoneWords(text, sentences, out, (s, k) => (/^\p{Lu}/u.test(s.tokens[k]!.text) && words.has(s.tokens[k]!.text.toLowerCase()) ? 'ORG' : undefined));
}

/**
 * "Hurricane Dorian", "Typhoon Hagibis", "MV Namse Bangdzod": a storm's or a ship's name is no
 * person's, in every mention ("Dorian made landfall", "the cargo ship Namse Bangdzod").
 */
function namedStormsAndShips(sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  // each name, with where it is first named as a storm or a ship
  const names = new Map<string, number>();
  sentences.forEach((s, si) => s.tokens.forEach((t, k) => {
    if (!STORM_OR_SHIP.test(t.text)) return;
    let end = k + 1;
    while (end < s.tokens.length && end < k + 4 && /^\p{Lu}\p{Ll}+$/u.test(s.tokens[end]!.text)) end++;
    const name = wordsOf(s.tokens, k + 1, end);
    if (end > k + 1 && !names.has(name)) names.set(name, si * 10000 + k);
  }));
  if (!names.size) return mentions;
  const name = (m: Mention) => {
    const words = m.text.split(' ');
    const k = words[0] === 'Tropical' ? 2 : STORM_OR_SHIP.test(words[0]!) ? 1 : 0;
    return words.slice(k).join(' ');
  };
  // "renamed their ship after Alan Kurdi, ... Their ship, MV Alan Kurdi": the person named first stays one
  const before = (m: Mention, at: number) => m.sentence * 10000 + m.first < at && !STORM_OR_SHIP.test(sentences[m.sentence]!.tokens[m.first - 1]?.text ?? '');
  return mentions
    .filter((m) => !STORM_OR_SHIP.test(m.text) && !/^Tropical (Storm|Depression)$/.test(m.text))
    .map((m) => (names.has(name(m)) && !(m.label === 'PER' && before(m, names.get(name(m))!)) ? { ...m, label: 'MISC' as const } : m));
}

/** Words before the name of a storm or a ship ("MV Namse Bangdzod", "HMS Queen Elizabeth"). */
const STORM_OR_SHIP = /^(Hurricane|Typhoon|Cyclone|Storm|Depression|MV|MS|MT|HMS|HMAS|HMCS|USS|USNS|SS|RV|INS)$/;

/**
 * "appliances from Dolgellau, Harlech, Barmouth, Bala, and Blaenau Ffestiniog": the names of a
 * list are of one kind. A list of three or more names, two of them places (the gazetteer's, or
 * read as places elsewhere in the document) and none surely something else (a person's full name,
 * an organisation's head word, a word of a person's name), is a list of places.
 */
function placeLists(text: string, mentions: Mention[]): Mention[] {
  const placeElsewhere = new Set(mentions.filter((m) => m.label === 'LOC').map((m) => m.text));
  const personWords = new Set(mentions.filter((m) => m.label === 'PER' && m.last - m.first >= 2).flatMap((m) => m.text.split(' ')));
  const isPlace = (m: Mention) => m.label === 'LOC' || placeElsewhere.has(m.text) || isKnownPlace(m.text);
  const surelyNot = (m: Mention) => m.label === 'MISC' || m.last - m.first > 3 || personWords.has(m.text)
    || (m.label === 'PER' && m.last - m.first >= 2 && canBeGivenName(m.text.split(' ')[0]!))
    || ORG_HEADS.has(m.text.split(' ').pop()!.toLowerCase()) || ORG_SUFFIXES.has(m.text.split(' ').pop()!.toLowerCase());
  const out = [...mentions];
  let k = 0;
  while (k < out.length) {
    let end = k + 1;
    while (end < out.length && out[end]!.sentence === out[k]!.sentence && /^\s*(?:,|,?\s*(?:and|or))\s+$/.test(text.slice(out[end - 1]!.end, out[end]!.start))) end++;
    const list = out.slice(k, end);
    if (list.length >= 3 && list.filter(isPlace).length >= 2 && !list.some(surelyNot) && list.some((m) => m.label !== 'LOC')) {
      for (let i = k; i < end; i++) out[i] = { ...out[i]!, label: 'LOC' };
    }
    k = end;
  }
  return out;
}

/**
 * "The Taliban have claimed responsibility": CoNLL calls such names miscellaneous (as it does
 * nationalities), but one that acts in the document, as "the X" before a verb or after "by the",
 * is a group, in every mention. Nationalities and faiths stay what they are.
 */
function actingGroups(sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  const acting = new Set<string>();
  for (const m of mentions) {
    if (m.label !== 'MISC' || m.last - m.first !== 1 || countryOfDemonym(m.text) || RELIGIONS.test(m.text) || DISEASES.test(m.text)) continue;
    const t = sentences[m.sentence]!.tokens;
    const before = t[m.first - 1]?.text.toLowerCase();
    const after = t[m.last]?.text ?? '';
    if (before === 'the' && (t[m.first - 2]?.text.toLowerCase() === 'by' || AGENT_VERB.test(after))) acting.add(m.text);
  }
  return acting.size ? mentions.map((m) => (m.label === 'MISC' && acting.has(m.text) ? { ...m, label: 'ORG' } : m)) : mentions;
}

/** Auxiliaries and verbs in the past or third person: what follows the subject of a report. */
const AGENT_VERB = /^(?:has|have|had|is|are|was|were|will|would|said|says|say|claimed|claims|\p{Ll}+ed|(?!\p{Ll}*(?:us|ss|is)$)\p{Ll}+s)$/u;

/**
 * Names of facilities are places, whole: "Baghdad International Airport" (the model, trained on
 * CoNLL where "Airport" is rarely part of a name, reads "Baghdad" alone), "Camp Taji". A name
 * after a place noun is a place: "the town of Douma", "camp Taji".
 */
function placeRules(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  spans = possessiveDays(sentence, runOnSentences(sentence, spans));
  spans = andBeforeHead(sentence, andAfterOf(sentence, ofNames(sentence, groupRules(sentence, twoBodies(sentence, portfolios(sentence, numberedRoads(sentence, placePrefixes(sentence, ownersPlaces(sentence, spans)))))))));
  spans = joinSplitNames(sentence, extendOverCapitals(sentence, splitPlaceFromPerson(sentence, splitAtTitles(sentence, splitAtVerbs(sentence, spans)))));
  spans = dashCompounds(sentence, nicknamedNames(sentence, honorificNames(sentence, placeParticles(sentence, particleNames(sentence, pluralPossessiveNames(sentence, ampersandNames(sentence, headedNames(sentence, spans))))))));
  // (or a head word inside it, before "of": "United States Department of State")
  const orgHead = (s: TokenSpan) => s.end - s.start >= 2 && (ORG_HEADS.has(t[s.end - 1]!.text.toLowerCase())
    || t.slice(s.start + 1, s.end - 1).some((x, k) => ORG_HEADS.has(x.text.toLowerCase()) && /^\p{Lu}/u.test(x.text) && t[s.start + k + 2]!.text === 'of'));
  // "U.S. Central Command", "Counter-Daesh Coalition": the last word says what the name is, and
  // "Middlesex County", "Bontddu Hall" are places ("Michael Bay", "Stuart Hall" people); "the
  // Iraq War", "World War II" name events, not places
  // ("Kennedy Space Center", "Richard J. Donovan Correctional Facility", "Davao City", "Walt Disney World", "Gillespie Field" read as a person are places;
  // a research center, an organisation, stays one)
  const placeHead = (s: TokenSpan) => s.end - s.start >= 2
    && (PLACE_HEADS.has(t[s.end - 1]!.text.toLowerCase()) || (s.label === 'PER' && (/^(Center|Centre|Facility|City|World|Field)$/.test(t[s.end - 1]!.text) || FACILITIES.has(t[s.end - 1]!.text.toLowerCase()))))
    && !(s.label === 'PER' && s.end - s.start === 2 && isGivenName(t[s.start]!.text) && !NO_SURNAMES.test(t[s.end - 1]!.text))
    // ("Governor Tom Lake": a person's title, then a given name)
    && !(s.start > 0 && /^\p{Lu}/u.test(t[s.start - 1]!.text) && PERSON_TITLES.has(t[s.start - 1]!.text.toLowerCase()) && isGivenName(t[s.start]!.text));
  // a capitalised organisation word (not people's, as a party and a title: "Republican Representatives")
  const orgWord = (k: number) => k < t.length && ORG_HEADS.has(t[k]!.text.toLowerCase()) && /^\p{Lu}/u.test(t[k]!.text) && !isTitleWord(t[k]!.text.toLowerCase());
  // ("the Iranian Chess Federation": a nationality's name of a body, which the model reads as MISC)
  const miscBody = (s: TokenSpan) => s.label === 'MISC' && s.end - s.start >= 2 && orgWord(s.end - 1);
  // ("[Democratic] Party", "[Syrian] Army": such a word the model left after a MISC name ends it)
  spans = spans.map((s, k, all) => (s.label === 'MISC' && orgWord(s.end) && all[k + 1]?.start !== s.end && t[s.end + 1]?.text !== 'of' ? { ...s, end: s.end + 1 } : s));
  // ("[Syrian] [Democratic Forces]", "[American] [Broadcasting Company]": a demonym the model cut
  // from the body's name is part of it)
  const body = (s: TokenSpan) => miscBody(s) || (s.label !== 'MISC' && orgWord(s.end - 1));
  spans = spans.flatMap((s, k, all) => {
    const next = all[k + 1];
    if (s.label === 'MISC' && s.end - s.start === 1 && countryOfDemonym(t[s.start]!.text) && next?.start === s.end && body(next)) return [];
    const before = all[k - 1];
    return before && before.label === 'MISC' && before.end - before.start === 1 && before.end === s.start && countryOfDemonym(t[before.start]!.text) && body(s)
      ? [{ ...s, start: before.start, label: 'ORG' as const }] : [s];
  });
  // ("the Strait of Hormuz", "Bay of Bengal", "District of Columbia": a place's kind, then which)
  // ("the Federal Republic of Yugoslavia", "the Kingdom of Saudi Arabia": a state, after its adjectives too)
  const placeOf = (s: TokenSpan) => s.end - s.start >= 3 && ((PLACE_OF.test(t[s.start]!.text) && t[s.start + 1]!.text === 'of')
    || t.slice(s.start, s.end - 2).some((x, k) => STATE_OF.test(x.text) && t[s.start + k + 1]!.text === 'of'));
  // ("the Washington Post", "Cyprus Mail": a newspaper named by its place)
  // ("the Daily Telegraph", "the Sunday Times": by its day)
  const newspaper = (s: TokenSpan) => s.end - s.start >= 2 && NEWSPAPER_HEADS.test(t[s.end - 1]!.text)
    && (isKnownPlace(wordsOf(t, s.start, s.end - 1)) || (s.end - s.start === 2 && /^(Daily|Sunday|Evening|Morning|Weekly)$/.test(t[s.start]!.text)));
  // ("according to The Telegraph": a paper's one-word name after a capitalised article mid-sentence)
  // (with or without the article the model took in)
  const paperAlone = (s: TokenSpan) => NEWSPAPER_HEADS.test(t[s.end - 1]!.text)
    && ((s.end - s.start === 1 && s.start > 1 && t[s.start - 1]!.text === 'The') || (s.end - s.start === 2 && s.start > 0 && t[s.start]!.text === 'The'));
  spans = spans.map((s) => (newspaper(s) || paperAlone(s) ? { ...s, label: 'ORG' as const, firm: true } : s))
    .map((s) => ((s.label !== 'ORG' && s.label !== 'MISC' && orgHead(s)) || miscBody(s) ? { ...s, label: 'ORG' as const } : s))
    // ("Amazon acquired Whole Foods", "Amazon hired 100,000 workers": what only a firm does, of a name
    // that is no country, state or city the gazetteer knows)
    .map((s) => (s.label === 'LOC' && FIRM_VERBS.test(t[s.end]?.text ?? '') && !countryName(wordsOf(t, s.start, s.end)) && !subdivisionCountry(wordsOf(t, s.start, s.end))
      && !cityCountry(wordsOf(t, s.start, s.end)) ? { ...s, label: 'ORG' as const } : s))
    // ("Amazon, headquartered in Seattle", "Nokia is headquartered in Espoo": only an organisation has headquarters)
    .map((s) => (s.label !== 'ORG' && s.label !== 'MISC' && t.slice(s.end, s.end + 2).some((x) => x.text === 'headquartered')
      && /^(,|is|was|headquartered)$/.test(t[s.end]?.text ?? '') ? { ...s, label: 'ORG' as const, firm: true } : s))
    .map((s) => (s.label !== 'LOC' && s.label !== 'MISC' && (placeHead(s) || placeOf(s)) ? { ...s, label: 'LOC' as const } : s))
    .map((s) => (s.label === 'LOC' && namedByItsPlace(t, s) ? { ...s, label: 'ORG' as const } : s))
    // ("El Paso police": the police are the city's, and the city a place)
    .map((s) => (s.label === 'ORG' && /^(police|government)$/.test(t[s.end]?.text ?? '') && isKnownPlace(wordsOf(t, s.start, s.end)) ? { ...s, label: 'LOC' as const } : s))
    .map((s) => (s.label !== 'MISC' && eventName(t, s) ? { ...s, label: 'MISC' as const } : s))
    // ("died from Powassan virus", "Lyme disease": a disease named by a word, not who or where it is)
    .map((s) => (s.label !== 'MISC' && DISEASE_HEADS.test(t[s.end]?.text ?? '') && !(s.label === 'LOC' && isKnownPlace(wordsOf(t, s.start, s.end))) ? { ...s, label: 'MISC' as const } : s))
    // ("the U.S. House", "the Ohio House": a country's or a state's House is its chamber, not a building)
    .map((s) => (s.label !== 'ORG' && s.end - s.start >= 2 && t[s.end - 1]!.text === 'House'
      && (countryName(wordsOf(t, s.start, s.end - 1)) || subdivisionCountry(wordsOf(t, s.start, s.end - 1))) ? { ...s, label: 'ORG' as const } : s))
    .map((s, k, all) => (s.label !== 'LOC' && s.label !== 'MISC' && beforeItsState(t, s, all[k + 1]) ? { ...s, label: 'LOC' as const } : s))
    .map((s, k, all) => (s.label === 'ORG' && placeByItsCompany(t, s, all[k - 1], all[k + 1]) ? { ...s, label: 'LOC' as const } : s))
    .map((s) => (s.label !== 'MISC' && !s.firm && s.start > 0 && WORK_NOUNS.test(t[s.start - 1]!.text) ? { ...s, label: 'MISC' as const } : s))
    .map((s, k, all) => (s.label === 'PER' && bandBeforeItsPlayer(t, s, all[k + 1]) ? { ...s, label: 'ORG' as const } : s))
    .map((s) => (s.label !== 'PER' && s.label !== 'MISC' && !s.firm && (fullName(t, s) || afterOccupation(t, s)) ? { ...s, label: 'PER' as const } : s))
    .map((s) => (s.label !== 'LOC' && s.label !== 'MISC' && partOfPlace(t, s) ? { ...s, label: 'LOC' as const } : s))
    .map((s) => (s.label === 'PER' ? countrySuffixed(t, s) : s))
    // "[Tyumen] State [Medical University]": a place right before a school's or hospital's name
    // (over capitalised words the model left out) is part of it
    .flatMap((s, k, all) => {
      const school = (place: TokenSpan | undefined, name: TokenSpan | undefined) => place?.label === 'LOC' && name?.label === 'ORG'
        && SCHOOL_HEADS.test(t[name.end - 1]!.text) && name.start >= place.end && name.start <= place.end + 2
        && t.slice(place.end, name.start + 1).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text) && !FUNCTION_WORDS.has(x.text.toLowerCase()));
      if (school(s, all[k + 1])) return [{ ...all[k + 1]!, start: s.start }];
      return school(all[k - 1], s) ? [] : [s];
    })
    .map((s, k, all) => {
      // "the FBI, part of the Department of Justice": a part of an organisation is one
      if (s.label !== 'ORG' && t[s.end]?.text === ',' && t[s.end + 1]?.text === 'part' && t[s.end + 2]?.text === 'of') {
        const whole = all[k + 1];
        if (whole?.label === 'ORG' && whole.start === s.end + (t[s.end + 3]?.text === 'the' ? 4 : 3)) return { ...s, label: 'ORG' as const };
      }
      // "Sampit, a port town on a river", "Milltech Marine, a firm specialising in AIS": what the
      // apposition calls the name says what it is
      const noun = appositionNoun(t, s.start, s.end);
      // (a MISC name only as an acronym: "the FBI, an agency of")
      if (!noun || (s.label === 'MISC' && !(s.end - s.start === 1 && /^\p{Lu}{2,}$/u.test(t[s.start]!.text) && GROUP_DESCRIPTORS.has(noun)))) return s;
      if (PLACE_KINDS.has(noun) && s.label !== 'LOC') return { ...s, label: 'LOC' as const, firm: true };
      if (noun === PERSON_APPOSITION) return s.label === 'PER' || !personLike(t, s) ? s : { ...s, label: 'PER' as const, firm: true };
      if (GROUP_DESCRIPTORS.has(noun) && s.label !== 'ORG' && !(s.label === 'PER' && s.end - s.start >= 2 && canBeGivenName(t[s.start]!.text))) return { ...s, label: 'ORG' as const, firm: !ALSO_PEOPLE.test(noun) };
      return s;
    });
  const capital = (k: number) => k >= 0 && k < t.length && /^\p{Lu}/u.test(t[k]!.text) && !/^(The|A|An)$/.test(t[k]!.text);
  let out = spans;
  const replace = (start: number, end: number) => {
    out = [...out.filter((s) => s.end <= start || s.start >= end), { start, end, label: 'LOC' as const }].sort((a, b) => a.start - b.start);
  };
  // "Washington, D.C." is one place's name, and "D.C." alone is that place
  for (let k = 0; k < t.length; k++) {
    if (!/^D\.?C\.?$/.test(t[k]!.text)) continue;
    if (k >= 2 && t[k - 1]!.text === ',' && t[k - 2]!.text === 'Washington') replace(k - 2, k + 1);
    else if (k >= 1 && t[k - 1]!.text === 'Washington') replace(k - 1, k + 1);
    else replace(k, k + 1);
  }
  for (let k = 1; k < t.length; k++) {
    const word = t[k]!.text.toLowerCase();
    if (capital(k) && FACILITIES.has(word)) {
      let first = k;
      while (capital(first - 1)) first--;
      if (first < k) replace(first, k + 1);
    }
  }
  for (let k = 0; k + 1 < t.length; k++) {
    const word = t[k]!.text.toLowerCase();
    if (capital(k) && FACILITY_PREFIXES.has(word) && capital(k + 1)) {
      let last = k + 1;
      while (capital(last + 1)) last++;
      replace(k, last + 1);
    } else if (/^(near|outside)$/i.test(word) || (/^(north|south|east|west|northeast|northwest|southeast|southwest)$/i.test(word) && t[k + 1]?.text === 'of')) {
      // "near Al Shadaddi", "north of Mosul": what lies near something is a place, unless its
      // name says it is an organisation ("near the Iraqi Army")
      const at = t[k + 1]?.text === 'of' ? k + 2 : k + 1;
      const span = out.find((s) => s.start === at);
      if (span && (span.label === 'PER' || (span.label === 'ORG' && !orgHead(span)))) out = out.map((s) => (s === span ? { ...s, label: 'LOC' as const } : s));
    } else if (/^(in|at|into)$/.test(t[k]!.text)) {
      // "a camp at Ain Issa", "entered into Tell Tamer": a name the model read as a person's, with
      // no given name, right after a preposition of place, is a place ("in Trump's view" is not)
      const span = out.find((s) => s.start === k + 1);
      if (span && span.label === 'PER' && span.end - span.start <= 3 && !canBeGivenName(t[span.start]!.text)
        && !/^['’]s?$/.test(t[span.end]?.text ?? '')) out = out.map((s) => (s === span ? { ...s, label: 'LOC' as const } : s));
    } else if ((word === 'between' || word === 'from') && !capital(k)) {
      // "between Baracoa and Guantanamo", "from Baracoa to Havana": the two ends of a way are both places
      const a = out.find((s) => s.start === k + 1);
      const b = a && out.find((s) => s.start === a.end + 1 && (t[a.end]!.text === (word === 'between' ? 'and' : 'to')));
      const placeLike = (s: TokenSpan) => s.label === 'LOC' || isKnownPlace(wordsOf(t, s.start, s.end));
      const other = a && b && (placeLike(a) ? b : placeLike(b) ? a : undefined);
      if (other && other.label !== 'LOC' && other.end - other.start <= 2 && !orgHead(other) && !(other.label === 'PER' && canBeGivenName(t[other.start]!.text))) {
        out = out.map((s) => (s === other ? { ...s, label: 'LOC' as const } : s));
      }
    } else if (PLACE_NOUNS.has(word) && !capital(k)) {
      // "the town of Douma", "camp Taji"; and "Maidan Wardak province", a name right before one
      // (both, when a name stands on each side: "the Peruvian region of Arequipa"; not a person's
      // full name right after the noun: "the director of the Nagyatad camp Lajos Horvath")
      const at = t[k + 1]?.text === 'of' ? k + 2 : k + 1;
      const person = (s: TokenSpan) => at === k + 1 && s.start === at && s.label === 'PER' && s.end - s.start >= 2 && canBeGivenName(t[s.start]!.text);
      out = out.map((s) => ((s.start === at || s.end === k) && s.label !== 'LOC' && !person(s) ? { ...s, label: 'LOC' as const } : s));
    }
  }
  // (last: the kinds are settled)
  return acronymsInBrackets(sentence, caseNames(sentence, out));
}

/**
 * "Roe v. Wade", "Dobbs v. Jackson Women's Health Organization": the parties of a court case,
 * named together, name the case, which is no person or group. (Only with the stop law writes:
 * "Arsenal v Chelsea" in sports results is two teams.)
 */
function caseNames(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  const capital = (k: number) => k >= 0 && k < t.length && /^\p{Lu}/u.test(t[k]!.text);
  let out = spans;
  for (let k = 1; k + 1 < t.length; k++) {
    if (t[k]!.text !== 'v.' || !capital(k - 1) || !capital(k + 1)) continue;
    let start = k - 1;
    while (capital(start - 1) && !/^(The|A|An)$/.test(t[start - 1]!.text) && start > 0) start--;
    let end = k + 1;
    while (end < t.length && (capital(end) || (/^['’]s$/.test(t[end]!.text) && capital(end + 1)) || (/^(of|and|for|the)$/.test(t[end]!.text) && capital(end + 1)))) end++;
    out = [...out.filter((s) => s.end <= start || s.start >= end), { start, end, label: 'MISC' as const }].sort((a, b) => a.start - b.start);
    k = end - 1;
  }
  return out;
}

/** Verbs only a firm does, right after its name: "Amazon acquired", "Tesla unveiled". */
const FIRM_VERBS = /^(acquired|acquires|bought|buys|hired|hires|unveiled|unveils|launched|launches|sells|sold|ships|shipped|employs|employed|manufactures|manufactured|recalled|recalls)$/;

/** Plural last words of places' own names: "Palm Springs", "Golan Heights". */
const PLURAL_PLACE_HEADS = /^(Springs|Heights|Falls|Rapids|Islands|Isles|Woods|Hills|Keys|Lakes|Sands|Shoals|Flats|Gardens|Meadows|Oaks|Pines|Palms|Acres|Banks|Plains|Mountains|Highlands|Lowlands|Downs|Fields|Forks|Grounds|Terraces|Towers|Docks|Locks|Mills|Wells|Cliffs|Valleys|Marshes|Narrows|Straits|Territories|Provinces|States|Emirates|Republics|Americas|Indies|Philippines|Netherlands|Bahamas|Maldives|Seychelles|Comoros)$/;

/** Words that begin places' own names: "Santa Barbara", "Port Said", "Lake Placid". */
const PLACE_NAME_STARTS = /^(San|Santa|Santo|São|Saint|St\.?|Sainte|Ste\.?|Los|Las|El|La|Le|Port|Fort|Mount|Mt\.?|Lake|Cape)$/;

/**
 * "the Utah Jazz", "the Sacramento Kings", "the Oklahoma City Thunder": a known place and one
 * more capitalised word that is no kind of place names what the place has (a team, a firm), not a
 * place ("Santa Barbara", "Victoria Falls" stay places). Only the model's places: a person's name
 * ("Georgia Smith") is no team.
 */
function namedByItsPlace(t: readonly { text: string }[], s: TokenSpan): boolean {
  const last = t[s.end - 1]!.text;
  // ("San Juan Capistrano" is a town; "Los Angeles Lakers", a plural after a place, a team)
  const team = /^\p{Lu}\p{Ll}+[^s]s$/u.test(last) && !PLURAL_PLACE_HEADS.test(last);
  if (s.end - s.start < 2 || (PLACE_NAME_STARTS.test(t[s.start]!.text) && !team)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) || PLACE_HEADS.has(last.toLowerCase()) || FACILITIES.has(last.toLowerCase()) || PLACE_KINDS.has(last.toLowerCase())
    || /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Area|Metro|Region|Trench|Junction|Yard|Station|Terminal|Ridge|Basin|Plateau|Plains?|Delta|Reef|Glacier|Pass|Cove|Harbou?r|Tunnel|Highway|Olympiad|Olympics|Games|Marathon)$/.test(last) || isKnownPlace(last) || countryOfDemonym(last)) return false;
  // ("Windsor Locks, Connecticut": a town before its state)
  const state = t[s.end]?.text === ',' ? [1, 2, 3].map((n) => wordsOf(t, s.end + 1, Math.min(t.length, s.end + 1 + n))).find((x) => subdivisionCountry(x) || countryName(x)) : undefined;
  return !state && isKnownPlace(wordsOf(t, s.start, s.end - 1)) && !isKnownPlace(wordsOf(t, s.start, s.end));
}

/** Lower-case heads of diseases' names: "Powassan virus", "Lyme disease". */
const DISEASE_HEADS = /^(virus|disease|syndrome|fever|flu|infection)$/;

/** Heads of the names of bodies for a purpose: "Centre for", "Committee on", "Office for", "Institute for". */
const FOR_HEADS = /^(Cent(er|re)s?|Office|Institute|Committee|Commission|Council|Agency|Organi[sz]ation|Foundation|Fund|Coalition|Alliance|Association|Society|Federation|Party|Campaign|League|Union|Bureau|Board|Authority|Network|Programme|Program|Project|Initiative|Partnership|Forum|Women|Mothers|Parents|Veterans|Scientists|Doctors|Lawyers|Students|Citizens|Americans|Friends|Directorate|Department|Ministry|Secretariat|Trust|Academy|School|Museum|Service)$/;

/**
 * The body named by the head at k - 1, "for"/"on" at k and the capitalised words of its purpose
 * (with "and" between two of them): "the [MRC] Centre for Global Infectious Disease Analysis".
 */
function bodyFor(t: readonly Token[], spans: readonly TokenSpan[], k: number): TokenSpan | undefined {
  // (the model's name may run over "for" already: "[Johns Hopkins Center for Systems Science] and Engineering")
  const left = spans.find((x) => x.end === k && x.label !== 'PER') ?? spans.find((x) => x.start < k && x.end > k && x.label !== 'PER');
  let start = left?.start ?? k - 1;
  if (!left) while (start > 0 && start > k - 4 && /^\p{Lu}/u.test(t[start - 1]!.text) && !/^(The|A|An)$/.test(t[start - 1]!.text) && !spans.some((x) => x.end > start - 1 && x.start <= start - 1)) start--;
  // (not into a person's name; "[Disease Control]" read as a person, no given name first, is none)
  const word = (j: number) => j < t.length && /^\p{Lu}/u.test(t[j]!.text) && !CALENDAR.test(t[j]!.text)
    && !spans.some((x) => x.start <= j && j < x.end && x.label === 'PER' && canBeGivenName(t[x.start]!.text));
  // ("the League for the Defence of Human Rights": over an article too)
  const from = t[k + 1]?.text === 'the' && word(k + 2) ? k + 2 : k + 1;
  let end = from;
  while (end < from + 6 && (word(end) || ((t[end]?.text === 'and' || t[end]?.text === 'of') && word(end + 1) && end > from))) end++;
  if (left && left.end > end) end = left.end;
  if (end < from + 1 || !word(end - 1)) return undefined;
  // (a name ending in a word the next span starts with is cut there: "... for Human Rights [Council]")
  const cut = spans.find((x) => x.start > k && x.start < end && x.end > end);
  if (cut) return undefined;
  return { start, end, label: 'ORG' };
}

/**
 * "the Food and Drug Administration", "the Securities and Exchange Commission": a capitalised
 * word that is no name of its own, then "and" and a body's name, is that name's first word
 * (not a person, place or group: "Ford and General Motors Company", "Bill and Melinda Gates Foundation";
 * nor a party's word: "the Democratic and Republican Party primaries" are two parties').
 */
function andBeforeHead(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  return spans.flatMap((s, k, all) => {
    const a = s.start - 2;
    if (a < 1 || t[s.start - 1]!.text !== 'and' || s.end - s.start < 2 || !ORG_HEADS.has(t[s.end - 1]!.text.toLowerCase()) || !/^\p{Lu}/u.test(t[s.end - 1]!.text)) return [s];
    const word = t[a]!.text;
    const before = all[k - 1];
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || FUNCTION_WORDS.has(word.toLowerCase()) || canBeGivenName(word) || isKnownPlace(word) || countryOfDemonym(word) || Object.hasOwn(PARTY_WORDS, word.toLowerCase())
      || (before && before.end > a && !(before.label === 'MISC' && before.start === a)) || /^\p{Lu}/u.test(t[a - 1]!.text)) return [s];
    return [{ ...s, start: a, label: 'ORG' as const }];
    // (the word's own MISC span is now inside the name)
  }).filter((s, k, all) => !(all[k + 1] && all[k + 1]!.start <= s.start));
}

/**
 * "the American Academy of Arts and Sciences", "the Department of Health and Human Services": a
 * group's name with "of" goes on over "and" with the capitalised words of what else it is of (not
 * a place's or a person's name, nor a group's own: "the Ministry of Defence and the Army").
 */
function andAfterOf(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'ORG' || t[s.end]?.text !== 'and' || !t.slice(s.start + 1, s.end - 1).some((x) => x.text === 'of')) continue;
    let end = s.end + 1;
    while (end < s.end + 4 && /^\p{Lu}\p{Ll}+$/u.test(t[end]?.text ?? '') && !FUNCTION_WORDS.has(t[end]!.text.toLowerCase()) && !ORG_HEADS.has(t[end]!.text.toLowerCase())) end++;
    if (end === s.end + 1 || /^\p{Lu}/u.test(t[end]?.text ?? '')) continue;
    const right = out.filter((x) => x.end > s.end && x.start < end);
    if (right.some((x) => x.label === 'LOC' || x.label === 'PER' || x.start < s.end + 1 || x.end > end) || isKnownPlace(wordsOf(t, s.end + 1, end))) continue;
    out = [...out.filter((x) => x !== s && !right.includes(x)), { ...s, end }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * "the Supreme Court of the United Kingdom", "the High Court of England and Wales", "University
 * of Texas": an organisation's head word, "of" and a place or group make one organisation's name
 * (the model, trained where such names are short, reads the parts, or only the place).
 */
function ofNames(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  let out = spans;
  for (let k = 1; k + 1 < t.length; k++) {
    // ("the Centre for Aviation", "the Centers for Disease Control", "the Committee on Taxonomy of Viruses": what a body is for)
    // ("the Committee to Protect Journalists": to do what)
    if ((t[k]!.text === 'for' || t[k]!.text === 'on' || (t[k]!.text === 'to' && /^\p{Lu}/u.test(t[k + 1]!.text) && !out.some((x) => x.start === k + 1 && x.label === 'LOC'))) && /^\p{Lu}/u.test(t[k - 1]!.text) && FOR_HEADS.test(t[k - 1]!.text)) {
      const forNamed = bodyFor(t, out, k);
      if (forNamed) { out = [...out.filter((x) => x.end <= forNamed.start || x.start >= forNamed.end), forNamed].sort((a, b) => a.start - b.start); k = forNamed.end - 1; }
      continue;
    }
    // ("Mahan Air of Iran" is an airline of a country, not a name)
    // (and a legislature's chamber: "the House of Representatives", "House of Commons")
    const chamber = t[k - 1]!.text === 'House' && CHAMBERS.test(t[k + 1]!.text);
    if (t[k]!.text !== 'of' || !(ORG_HEADS.has(t[k - 1]!.text.toLowerCase()) || chamber) || t[k - 1]!.text === 'Air' || !/^\p{Lu}/u.test(t[k - 1]!.text)) continue;
    // the left part: the span that ends with the head word, or the capitalised words up to it
    const left = out.find((s) => s.end === k && s.label !== 'MISC');
    let start = left?.start ?? k - 1;
    if (!left) while (start > 0 && start > k - 4 && /^\p{Lu}/u.test(t[start - 1]!.text) && !/^(The|A|An)$/.test(t[start - 1]!.text) && !out.some((s) => s.end > start - 1 && s.start <= start - 1)) start--;
    // the right part: a place or a group, and another after "and" ("England and Wales")
    const from = t[k + 1]!.text === 'the' ? k + 2 : k + 1;
    const right = out.find((s) => s.start === from && (s.label === 'LOC' || s.label === 'ORG')) ?? (chamber ? { start: k + 1, end: k + 2, label: 'ORG' as const } : undefined);
    if (!right || (left && left.end - left.start > 4) || right.end - right.start > (right.label === 'ORG' ? 6 : 4)) continue;
    let end = right.end;
    const more = t[end]?.text === 'and' ? out.find((s) => s.start === end + 1 && s.label === 'LOC') : undefined;
    if (more && right.label === 'LOC') end = more.end;
    // ("the [House of Representatives Darin LaHood]": a person's name the model ran on into after a
    // chamber is a name of its own; "the House of Commons Library" is one name)
    const rest = chamber ? out.filter((s) => s.start < end && s.end > end).map((s) => ({ ...s, start: end, label: 'PER' as const })) : [];
    if (rest.length && !canBeGivenName(t[end]!.text)) continue;
    out = [...out.filter((s) => s.end <= start || s.start >= end), { start, end, label: 'ORG' as const }, ...rest].sort((a, b) => a.start - b.start);
    k = end - 1;
  }
  // "[Port Authority of New York] and [New Jersey]": the model's organisation of a place, and a second place
  const joined: TokenSpan[] = [];
  for (let n = 0; n < out.length; n++) {
    const s = out[n]!;
    const next = out[n + 1];
    const of = t.slice(s.start, s.end).findIndex((x) => x.text === 'of');
    const place = wordsOf(t, s.start + of + 1, s.end).replace(/^the /, '');
    const second = next ? wordsOf(t, next.start, next.end) : '';
    // (states or cities: "the Bank of England and France agreed" names two)
    if (s.label === 'ORG' && of > 0 && next?.label === 'LOC' && t[s.end]?.text === 'and' && next.start === s.end + 1
      && (subdivisionCountry(place) || cityCountry(place)) && !countryName(place) && !countryName(second)) {
      joined.push({ ...s, end: next.end });
      n++;
    } else joined.push(s);
  }
  return joined;
}

/** The head noun of ", a [port] town", ", an online retailer" right after a name (at most two words before it), or undefined. */
function appositionNoun(t: readonly { text: string }[], start: number, end: number): string | undefined {
  if (t[end]?.text !== ',') return undefined;
  // ("X, the president of Y", "X, former vice-president of Y": an office only a person holds; not
  // after a preposition, where the phrase is the clause's subject: "Speaking to AFP, the president of Y said")
  const definite = /^(the|former)$/.test(t[end + 1]?.text ?? '') && !/^(to|from|with|told)$/i.test(t[start - 1]?.text ?? '');
  if (!definite && !/^(a|an)$/.test(t[end + 1]?.text ?? '')) return undefined;
  for (let k = end + 2; k < end + 5 && k < t.length; k++) {
    const w = t[k]!.text;
    // ("BP, a British oil company,": past the nationality)
    if (k === end + 2 && countryOfDemonym(w)) continue;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return undefined;
    const after = t[k + 1]?.text ?? '';
    if (definite) {
      if (OFFICE_NOUNS.test(w) && /^(,|of|at|for|in|from)$/.test(after)) return PERSON_APPOSITION;
      // ("Sony, the Japanese electronics giant,": a group's noun that closes the apposition)
      if (GROUP_DESCRIPTORS.has(w) && after === ',' && !ALSO_PEOPLE.test(w)) return w;
      continue;
    }
    // (not the subject of the clause after the comma: "south of Algiers, an Algerian newspaper said")
    if (PLACE_KINDS.has(w) || GROUP_DESCRIPTORS.has(w)) return SAYS.test(after) ? undefined : w;
    // ("a researcher at", "a member of Parliament": a person's noun, where the noun phrase ends)
    if ((PERSON_NOUNS.test(w) && /^(,|\.|of|at|for|in|from|with|who|and|on)$/.test(after))
      || (w === 'member' && after === 'of' && /^(Parliament|Congress|the)$/.test(t[k + 2]?.text ?? '') && (t[k + 2]!.text !== 'the' || /^(House|Senate|Assembly|Parliament)$/.test(t[k + 3]?.text ?? '')))) return PERSON_APPOSITION;
  }
  return undefined;
}

/** Verbs of reporting after a noun phrase: the phrase is their subject. */
const SAYS = /^(said|says|say|reported|reports|told|tells|added|wrote|writes|quoted|quotes|cited|cites|announced|announces)$/;

/** Offices only a person holds: "the president of", "former vice-president of". */
const OFFICE_NOUNS = /^(president|vice-president|premier|minister|director-general|secretary-general|governor|mayor|chairman|chairwoman|chairperson|ambassador|envoy|commissioner|spokesman|spokeswoman|spokesperson)$/;

/** What `appositionNoun` gives for a person's noun: "Souhail Alouini, a member of Parliament". */
const PERSON_APPOSITION = 'person';
/** Nouns of what people are or do, that no organisation or place is. */
const PERSON_NOUNS = new RegExp(`${OCCUPATIONS.source}|^(man|woman|resident|student|teacher|nurse|doctor|lawmaker|legislator|senator|congressman|congresswoman|professor|lecturer|spokesman|spokeswoman|spokesperson|employee|volunteer|veteran|survivor|witness|mother|father|son|daughter|native|grandmother|grandfather|widow|retiree|pensioner|officer|detective|paramedic|firefighter|pilot|farmer|priest|pastor|imam|rabbi)$`);

/** A name as people's are written: two or three capitalised words, no organisation's word or known place among them. */
function personLike(t: readonly { text: string }[], s: TokenSpan): boolean {
  if (s.end - s.start < 2 || s.end - s.start > 3) return false;
  const words = t.slice(s.start, s.end).map((x) => x.text);
  return words.every((w) => /^\p{Lu}\p{Ll}+(-\p{Lu}?\p{Ll}+)?$/u.test(w) && !ORG_SUFFIXES.has(w.toLowerCase()) && !ORG_HEADS.has(w.toLowerCase()) && !PLACE_HEADS.has(w.toLowerCase()))
    && !isKnownPlace(words.join(' ')) && !countryOfDemonym(words[0]!);
}

/** A website named by its address: "Znak.com", "News.com.au". */
const WEBSITE = /^\p{L}[\p{L}\p{N}.-]*\.(?:com|org|net|gov|edu|info|io|tv|news)(?:\.\p{Ll}{2})?$/u;

/** Descriptors that also name what people or places are ("game developer X", "a site called X"): no firm word on the kind. */
const ALSO_PEOPLE = /^(developers?|operators?|sites?)$/;

/**
 * Names of organisations the model reads as people or places: websites ("Znak.com"), names
 * right after a noun that says what they are ("supermarket Ocado"), the online services that
 * news cites ("told the public via Twitter"). A name with a given name first stays a person's
 * ("group leader Ali Hassan" has a title in between anyway).
 */
function groupRules(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  const site = (w: string) => ONLINE_SERVICES.has(w) || (w.includes('.') && WEBSITE.test(w));
  const out = spans.filter((s) => !(s.end - s.start === 1 && site(t[s.start]!.text)));
  const free = (k: number) => k < t.length && !out.some((s) => s.start <= k && k < s.end);
  for (let k = 0; k < t.length; k++) {
    if (site(t[k]!.text) && free(k)) out.push({ start: k, end: k + 1, label: 'ORG' });
    // "store chains Woolworths and Coles": a name the model left out after such a noun
    else if (k > 0 && GROUP_DESCRIPTORS.has(t[k - 1]!.text) && free(k) && capitalisedName(t[k]!.text)) {
      let end = k + 1;
      while (end < k + 4 && free(end) && capitalisedName(t[end]!.text)) end++;
      out.push({ start: k, end, label: 'ORG' });
    }
  }
  // "the 501st Legion", "the 82nd Airborne Division": a unit's ordinal is part of its name
  for (let n = 0; n < out.length; n++) {
    const s = out[n]!;
    if (s.start > 0 && /^\d+(st|nd|rd|th)$/.test(t[s.start - 1]!.text) && ORG_HEADS.has(t[s.end - 1]!.text.toLowerCase())) out[n] = { start: s.start - 1, end: s.end, label: 'ORG' };
  }
  // the organisations of world news the model does not know, wherever its spans are; a longer
  // name that holds one is a place's or a product's ("Nissan Stadium", "Google Maps"), or, read
  // as a person's, a group's ("Philippine Red Cross")
  for (let k = 0; k < t.length; k++) {
    const name = KNOWN_GROUPS.get(t[k]!.text)?.find((words) => words.every((w, n) => t[k + n]?.text === w));
    // (an acronym among capitals is a headline's word: "WHO IS TO BLAME")
    if (!name || (name.length === 1 && [t[k - 1], t[k + 1]].some((x) => x && /^\p{Lu}{2,}$/u.test(x.text)))) continue;
    const end = k + name.length;
    const longer = out.findIndex((s) => s.start <= k && s.end >= end && s.end - s.start > name.length);
    if (longer >= 0) {
      // (and, read as a group's, firmly so: "Philippine Red Cross" is no person's full name)
      if (out[longer]!.label === 'PER' || out[longer]!.label === 'ORG') out[longer] = { ...out[longer]!, label: 'ORG', firm: true };
      continue;
    }
    for (let n = out.length - 1; n >= 0; n--) if (out[n]!.start < end && out[n]!.end > k) out.splice(n, 1);
    out.push({ start: k, end, label: 'ORG', firm: true });
    k = end - 1;
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  // "German firms including Deutsche Bahn, Daimler and Siemens": the noun says what each of a list is
  const lower = (k: number) => (k >= 0 ? t[k]!.text.toLowerCase() : '');
  const described = out.map(() => false);
  out.forEach((s, i) => {
    const before = lower(s.start - 1);
    const prev = out[i - 1];
    described[i] = GROUP_DESCRIPTORS.has(before)
      || (/^(including|like)$/.test(before) && GROUP_DESCRIPTORS.has(lower(s.start - 2)))
      || (before === 'as' && lower(s.start - 2) === 'such' && GROUP_DESCRIPTORS.has(lower(s.start - 3)))
      || (!!prev && described[i - 1]! && /^(,|and|, and)$/.test(wordsOf(t, prev.end, s.start)));
  });
  return out.map((s, i) => {
    if (s.label === 'ORG' || s.label === 'MISC' || !described[i]) return s;
    // (a given name first is a person's, unless the name ends as a club's or a firm's: "the motorcycle club Marine JarHeads MC")
    const last = t[s.end - 1]!.text;
    if (s.label === 'PER' && s.end - s.start >= 2 && canBeGivenName(t[s.start]!.text) && !/^(MC|FC|AFC|RFC|CF|SC|AC|BC)$/.test(last) && !ORG_SUFFIXES.has(last.toLowerCase())) return s;
    if (s.label === 'LOC' && isKnownPlace(wordsOf(t, s.start, s.end))) return s;
    // (firm right after its noun, not in a list after it)
    const before = lower(s.start - 1);
    return { ...s, label: 'ORG' as const, firm: GROUP_DESCRIPTORS.has(before) && !ALSO_PEOPLE.test(before) };
  });
}

/**
 * "Bangladeshi [Road Transport] and [Bridges] Minister X": the capitalised words before a
 * minister's title are the portfolio, no group's name (back to a place, a nationality, a title or
 * a person; a body with its head word stays: "Kurdistan Regional Government Minister").
 */
function portfolios(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  let out = spans;
  for (let k = 1; k < t.length; k++) {
    // ("Minister of Information Moammar al-Eryani": the portfolio after "of" names no body, and
    // is no part of the person's name)
    if (/^(Ministers?|Secretary)$/.test(t[k]!.text) && t[k + 1]?.text === 'of') {
      const from = k + 2;
      let end = from;
      while (end < from + 3 && end < t.length && /^\p{Lu}\p{Ll}+$/u.test(t[end]!.text) && !canBeGivenName(t[end]!.text) && !out.some((x) => x.start === end && x.label === 'PER' && x.end - x.start <= 3 && end > from)) end++;
      if (end > from && end < t.length && /^\p{Lu}/u.test(t[end]!.text)) {
        out = out.flatMap((x) => (x.start >= from && x.end <= end && x.label === 'ORG' ? []
          : x.start >= from && x.start < end && x.end > end && (x.label === 'PER' || (x.label === 'ORG' && canBeGivenName(t[end]!.text) && x.end - end >= 2)) ? [{ ...x, start: end, label: 'PER' as const }] : [x]));
      }
    }
    if (!/^Ministers?$/.test(t[k]!.text)) continue;
    let j = k - 1;
    // (back to a nationality, a place or another title: "Foreign Minister X and British Prime Minister Y")
    const stop = (x: number) => isTitleWord(t[x]!.text.toLowerCase()) || countryOfDemonym(t[x]!.text) !== undefined
      || spans.some((s) => s.start <= x && x < s.end && (s.label === 'MISC' || s.label === 'LOC' || (s.label === 'PER' && canBeGivenName(t[s.start]!.text))));
    while (j >= 0 && ((/^\p{Lu}\p{Ll}+$/u.test(t[j]!.text) && !stop(j)) || (/^(and|&)$/.test(t[j]!.text) && j < k - 1))) j--;
    out = out.filter((s) => !(s.start > j && s.end <= k && (s.label === 'ORG' || s.label === 'PER')
      && !isKnownPlace(wordsOf(t, s.start, s.end)) && !t.slice(s.start, s.end).some((x) => ORG_HEADS.has(x.text.toLowerCase()) || /^(Government|Administration|Cabinet)$/.test(x.text))));
  }
  return out;
}

/**
 * "[University of Washington and Stanford University]": a span over "and" between a body's name
 * and one that ends with the same head word, or a school's, is two bodies.
 */
function twoBodies(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  return spans.flatMap((s) => {
    const and = t.findIndex((x, k) => k > s.start + 1 && k < s.end - 2 && x.text === 'and');
    if (s.label !== 'ORG' || and < 0) return [s];
    const head = t[s.start]!.text;
    const last = t[s.end - 1]!.text;
    if (!ORG_HEADS.has(head.toLowerCase()) || t[s.start + 1]!.text !== 'of' || (last !== head && !SCHOOL_HEADS.test(last))) return [s];
    return [{ ...s, end: and }, { ...s, start: and + 1 }];
  });
}

/** A capitalised word that can be part of a name: not a function word, a title or a date's. */
const capitalisedName = (w: string) => /^\p{Lu}[\p{L}\p{N}'’&.-]*$/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()) && !isTitleWord(w.toLowerCase()) && !CALENDAR.test(w);

/** The online services that news cites as where something was said or shown. */
const ONLINE_SERVICES = new Set(['Twitter', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'WhatsApp', 'Telegram', 'Snapchat', 'Reddit',
  'LinkedIn', 'WeChat', 'Weibo', 'VKontakte', 'Pinterest', 'Tumblr', 'Twitch', 'Discord', 'Parler', 'Skype']);

/**
 * "[European Commission fined Microsoft Corp]": names hold lower-case words of closed classes
 * ("Bank of England", "Bosnia and Herzegovina") and particles ("bin", "al-"), never a verb or a
 * common noun; a span across one is two names, each kept if it has a capital. A preposition that
 * opens a sentence is not part of the name after it ("Near Mosul", "In Baghdad").
 */
function splitAtVerbs(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  // a comma, a semicolon or "from" ends a name too ("for the [Court, Supreme Court] Justice",
  // "[Eliud Kipchoge from Kenya]")
  // (and an auxiliary: "[Election Day is November] 3")
  const splits = (k: number) => (/^\p{Ll}[\p{Ll}'’]*$/u.test(t[k]!.text) && (!FUNCTION_WORDS.has(t[k]!.text) || AUXILIARIES.test(t[k]!.text)) && !NAME_PARTICLES.test(t[k]!.text))
    || /^[,;]$/.test(t[k]!.text) || t[k]!.text === 'from';
  const out: TokenSpan[] = [];
  for (const span of spans) {
    if (span.label === 'MISC') { out.push(span); continue; }
    let from = span.start;
    for (let k = span.start; k <= span.end; k++) {
      if (k < span.end && !splits(k)) continue;
      let a = from;
      let b = k;
      // a piece neither starts nor ends with a lower-case word ("of", "and") or a mark
      const edge = (x: string) => /^\p{Ll}/u.test(x) || /^[^\p{L}\p{N}]+$/u.test(x);
      while (a < b && (edge(t[a]!.text) || (a + 1 < b && (PREPOSITIONS.has(t[a]!.text.toLowerCase()) || OPENERS.test(t[a]!.text))))) a++;
      // nor ends with a weekday ("South Africa Monday")
      while (b > a && (edge(t[b - 1]!.text) || WEEKDAY.test(t[b - 1]!.text))) b--;
      // (a month alone is no name: "November" of "[Election Day is November]")
      if (a < b && !(b - a === 1 && CALENDAR.test(t[a]!.text) && t[a]!.text !== 'May')) out.push({ ...span, start: a, end: b });
      from = k + 1;
    }
  }
  return out;
}

/**
 * "[Sigourney] Weaver's": inside a sentence of ordinary casing, a capitalised word right after a
 * name, that the model left out, is the rest of it; not a title or the start of one ("Florida
 * Governor Ron DeSantis", "UK Prime Minister"), a weekday or a month ("told Reuters Monday").
 */
function extendOverCapitals(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  const words = t.filter((x) => /^\p{L}/u.test(x.text));
  if (words.filter((x) => /^\p{Lu}/u.test(x.text)).length > words.length * 0.5) return spans; // a title or a headline
  const taken = (k: number) => spans.some((s) => s.start <= k && k < s.end);
  const isTitle = (k: number) => k < t.length && PERSON_TITLES.has(t[k]!.text.toLowerCase());
  return spans.map((s) => {
    let end = s.end;
    while (end < t.length && /^\p{Lu}\p{Ll}+$/u.test(t[end]!.text) && !taken(end) && !FUNCTION_WORDS.has(t[end]!.text.toLowerCase())
      && !isTitle(end) && !isTitle(end + 1) && !CALENDAR.test(t[end]!.text)) end++;
    if (end === s.end) return s;
    // ("the [World] Food Programme": a MISC word the model took alone begins a body's name that a head word ends)
    // (not a party's members' title: "Democratic Representatives")
    const head = t[end - 1]!.text.toLowerCase();
    if (s.label === 'MISC') return (/^program(me)?$/.test(head) || ORG_HEADS.has(head)) && !isTitleWord(head) ? { ...s, end, label: 'ORG' } : s;
    return { ...s, end };
  });
}

const WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const AUXILIARIES = /^(is|are|was|were|has|have|had|will|would|can|could|should|must)$/;
const CALENDAR = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "[United States Senator Kay Hagan]": a title inside a name, with a person's name after it,
 * separates what the person holds the title of from the person, who is the rest. A span of
 * titles alone ("Lord Mayor") names no one. Words that are titles only sometimes ("General
 * Assembly", "Chief Executive") separate only before a given name.
 */
function splitAtTitles(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  // ("Tesla CEO Elon Musk": a title written as an acronym too)
  const title = (k: number) => (/^\p{Lu}/u.test(t[k]!.text) && isTitleWord(t[k]!.text.toLowerCase())) || TITLE_ACRONYMS.test(t[k]!.text);
  const out: TokenSpan[] = [];
  const work = [...spans];
  for (let span = work.shift(); span; span = work.shift()) {
    // (a MISC name only where a title inside it stands before a given name: "[Democratic Senator Elizabeth Warren]")
    if (span.label === 'MISC' && !t.slice(span.start + 1, span.end - 1).some((_, j) => title(span!.start + 1 + j) && canBeGivenName(t[span!.start + 2 + j]!.text))) { out.push(span); continue; }
    // "[Senate Minority] Leader": the word that makes a title with the next is no part of the name
    // ("a [United States District] judge": before a title in lower case too)
    // (but "the Department of State spokesperson" is the department's)
    if (span.end - span.start >= 2 && span.end < t.length && (title(span.end) || (isTitleWord(t[span.end]!.text) && t[span.end - 2]!.text !== 'of'))
      && TITLE_MODIFIERS.has(t[span.end - 1]!.text.toLowerCase())) span = { ...span, end: span.end - 1 };
    let k = span.start;
    // ("Chief Executive": a word that makes a title after one, too)
    while (k < span.end && (title(k) || (TITLE_MODIFIERS.has(t[k]!.text.toLowerCase()) && (k + 1 < span.end || (k > span.start && title(k - 1)))))) k++;
    if (k === span.end) {
      // titles alone ("Lord Mayor", "Board Member") name no one, but the person after them that
      // the model left out ("led by [Board Member] Jennifer Homendy")
      let end = k;
      while (end < t.length && end < k + 3 && /^\p{Lu}\p{Ll}+$/u.test(t[end]!.text) && !spans.some((s) => s.start === end)) end++;
      // (a given name alone, not a title that is one too: "Attorney General [Eric Holder]")
      if (end > k + 1 || (end > k && canBeGivenName(t[k]!.text) && !isTitleWord(t[k]!.text.toLowerCase()))) out.push({ start: k, end, label: 'PER' });
      continue;
    }
    // "Interior Minister X": the word that makes a title with the next is no name
    if (span.end - span.start === 1 && TITLE_MODIFIERS.has(t[span.start]!.text.toLowerCase()) && span.end < t.length && title(span.end)) continue;
    k = span.start;
    while (k < span.end && !title(k)) k++;
    // "Chief Executive Carrie Lam": the title runs on over the words that complete it
    let j = k;
    let lastTitle = k;
    // ("Chief Technical Officer Chris Wright": over a word between two titles)
    while (j < span.end && (title(j) || (j > k && (TITLE_MODIFIERS.has(t[j]!.text.toLowerCase()) || (j + 1 < span.end && title(j + 1)))))) { if (title(j)) lastTitle = j; j++; }
    // ("Secretary of State Hillary Clinton", "Minister of Information Moammar al-Eryani": what the office is of, then a given name)
    if (j > k && t[j]?.text === 'of') {
      let g = j + 1;
      while (g + 1 < span.end && /^\p{Lu}/u.test(t[g]!.text) && !canBeGivenName(t[g]!.text)) g++;
      if (g > j + 1 && g + 1 < span.end && canBeGivenName(t[g]!.text)) j = g;
    }
    // "Prime Minister", "Vice Chairman", "District Judge": words that make a title with the next
    // (only before a title: "Associated Press", "Scottish Executive" end in such words)
    if (k < span.end) while (k > span.start && TITLE_MODIFIERS.has(t[k - 1]!.text.toLowerCase())) k--;
    // the person's name runs to the first lower-case word ("... Arvin Vohra and Manhattan ...")
    // ("Crown Prince Mohammad bin Salman of ...": over name particles too)
    let end = j;
    while (end < span.end && (/^\p{Lu}/u.test(t[end]!.text) || (NAME_PARTICLES.test(t[end]!.text) && /^\p{Lu}/u.test(t[end + 1]?.text ?? '')))) end++;
    const person = t.slice(j, end).map((x) => x.text);
    // "Connecticut Governor Ned": what the title is of is a place the gazetteer knows
    const place = k > span.start && isKnownPlace(wordsOf(t, span.start, k));
    const isName = person.length > 0 && person.every((w) => /^\p{Lu}(?:[\p{L}'’-]+|\.)$/u.test(w) || NAME_PARTICLES.test(w))
      && !ORG_SUFFIXES.has(person[person.length - 1]!.toLowerCase())
      // ("Amazon Research Institute Director Ane Alencar": after a group's name, a title)
      && (!AMBIGUOUS_TITLES.has(t[lastTitle]!.text.toLowerCase()) || canBeGivenName(person[0]!) || place || (k > span.start && ORG_HEADS.has(t[k - 1]!.text.toLowerCase())));
    // "[Connecticut Governor] Ned Lamont": a name that ends in a title is what the title is of
    // ("the [Senate] Majority Leader": an ambiguous title too, after a word that makes it one)
    if (!person.length && k < span.end && end === span.end && k > span.start && span.label !== 'PER'
      && (!AMBIGUOUS_TITLES.has(t[lastTitle]!.text.toLowerCase()) || k < lastTitle) && !/^(of|for)$/i.test(t[k - 1]!.text)) { out.push({ start: span.start, end: k, label: place ? 'LOC' : span.label }); continue; }
    // "Mayor of Birmingham": what a title is of, when the gazetteer knows it as a place, is the place
    if (!person.length && k === span.start && /^(of|for)$/i.test(t[j]?.text ?? '') && j + 1 < span.end
      && isKnownPlace(wordsOf(t, j + 1, span.end))) { out.push({ start: j + 1, end: span.end, label: 'LOC' }); continue; }
    if (!isName) { out.push(span); continue; }
    if (k > span.start) out.push({ start: span.start, end: k, label: place ? 'LOC' : span.label === 'PER' ? 'ORG' : span.label });
    out.push({ start: j, end, label: 'PER' });
    // what follows the connector is read again, as a name of its own
    let next = end;
    while (next < span.end && !/^\p{Lu}/u.test(t[next]!.text)) next++;
    if (next < span.end) {
      const place = isKnownPlace(wordsOf(t, next, span.end));
      work.unshift({ start: next, end: span.end, label: place ? 'LOC' : span.label });
    }
  }
  return out;
}

/** A title, or titles: "Senators Smith and Jones". */
const isTitleWord = (w: string) => PERSON_TITLES.has(w) || (w.endsWith('s') && PERSON_TITLES.has(w.slice(0, -1)));

/**
 * "[Germany Richard Grenell]" (after "Ambassador to"), "Mayor of [Koszalin Piotr Jedlinski]": a
 * place the gazetteer knows followed by a given name and a surname is a place and a person.
 */
function splitPlaceFromPerson(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const t = sentence.tokens;
  return spans.flatMap((span) => {
    if (span.label === 'MISC' || span.end - span.start < 3) return [span];
    for (let k = span.start + 1; k <= span.end - 2; k++) {
      // ("Santa Barbara County Sheriff X": a given name before a place's head word is the place's)
      if (!isGivenName(t[k]!.text) || !/^\p{Lu}\p{Ll}/u.test(t[span.end - 1]!.text) || PLACE_HEADS.has(t[k + 1]!.text.toLowerCase())) continue;
      const place = wordsOf(t, span.start, k);
      if (isKnownPlace(place)) return [{ start: span.start, end: k, label: 'LOC' as const }, { start: k, end: span.end, label: 'PER' as const }];
    }
    return [span];
  });
}

/** A name that ends as the name of an event does (or is only that word: "[Iraq] [War]"). */
function eventName(t: readonly { text: string }[], s: TokenSpan): boolean {
  let last = s.end - 1;
  if (/^[IVX]+$/.test(t[last]!.text) && last > s.start) last--;
  // ("Brexit", "Grexit", "Megxit": a country's or a person's exit)
  // ("the Constitution of the United States": a law, then whose)
  if (t[s.start]!.text === 'Constitution' && t[s.start + 1]?.text === 'of') return true;
  // ("the Nemmers Prize in Mathematics": an award, then what for)
  const prize = t.slice(s.start + 1, s.end - 1).some((x, k) => /^(Prize|Award|Medal)$/.test(x.text) && /^(in|for)$/.test(t[s.start + k + 2]!.text));
  // (days and laws: "Election Day", "Texas Election Law"; not a person's name, "Doris Day", "Jude Law", nor a school of law)
  const personOrSchool = /^(Day|Law)$/.test(t[last]!.text) && (last === s.start || (s.end - s.start === 2 && canBeGivenName(t[s.start]!.text)) || t[last - 1]!.text === 'of');
  return prize || (EVENT_HEADS.test(t[last]!.text) && !personOrSchool) || (s.end - s.start === 1 && /^\p{Lu}\p{Ll}+xit$/u.test(t[last]!.text));
}

/**
 * Last words of names of events, laws, days and awards, which are no people, groups or places:
 * "World War II", "the Libertarian National Convention", "National Emergencies Act", "the First
 * Amendment", "Labor Day", "the Berwick Prize", "the MTV Video Music Awards".
 */
const EVENT_HEADS = /^(War|Wars|Crisis|Revolution|Uprising|Massacre|Invasion|Genocide|Intifada|Olympics|Games|Cup|Championships?|Act|Bill|Prize|Prizes|Awards?|Medal|Trophy|Day|Constitution|Amendment|Clause|Law|Laws|Convention|Summit)$/;

/** Titles that are also ordinary words of names: "General Motors", "Chief Executive", "Crown Court". */
const AMBIGUOUS_TITLES = new Set(['general', 'major', 'chief', 'private', 'head', 'officer', 'agent', 'deputy', 'director', 'leader',
  'chair', 'crown', 'father', 'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'dame', 'sir', 'justice', 'speaker', 'manager', 'coach']);

/** Conjunctions, discourse words and quantifiers that open a sentence, never a name ("While La Riva won", "Both Buttigieg and Sanders"). */
const OPENERS = /^(While|Whereas|Although|Though|Including|Both|Either|Neither|Because|Since|Unless|Whether|Whenever|Meanwhile|Moreover|However|Furthermore|Additionally|Multiple|Several|Many|Most|Other|Others)$/;

const PREPOSITIONS = new Set(['unlike', 'like', 'despite', 'amid', 'besides', 'near', 'in', 'at', 'on', 'from', 'outside', 'inside', 'across', 'along', 'around', 'between',
  'beyond', 'by', 'during', 'into', 'over', 'through', 'throughout', 'toward', 'towards', 'under', 'via', 'within', 'with',
  'after', 'before', 'since', 'until', 'against', 'among', 'to', 'for']);
const NAME_PARTICLES = /^(?:al|el|bin|ibn|abu|abd|van|von|de|da|di|du|der|den|le|la|ben|ould|y|dos|das|del|dela|delos|della)(?:-.*)?$/;

/**
 * "[Qasem]ORG [Soleimani]PER": a person's name the model cut in two, with the first word read as
 * something else. A lone capitalised word (not a country, nationality or acronym) right before or
 * after a person's name is part of it.
 */
function joinSplitNames(sentence: Sentence, spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  const text = (a: number, b: number) => wordsOf(sentence.tokens, a, b);
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const prev = out[out.length - 1];
    // "[United]LOC [Arab Emirates]MISC": two halves of a place the gazetteer knows
    if (prev && prev.end === span.start && isKnownPlace(text(prev.start, span.end))) {
      out[out.length - 1] = { start: prev.start, end: span.end, label: 'LOC' };
      continue;
    }
    // "[Las]LOC [Vegas Review-Journal]ORG": a place's name cut in two at the start of another name
    if (prev && prev.end === span.start && prev.end - prev.start === 1 && span.end - span.start >= 2
      && isKnownPlace(text(prev.start, span.start + 1))) {
      out[out.length - 1] = { start: prev.start, end: span.end, label: span.label };
      continue;
    }
    // "[University of California], [San Diego]": a university's campus in a city is one name
    const campus = prev && prev.label === 'ORG' && prev.end + 1 === span.start && sentence.tokens[prev.end]!.text === ',' && /^University of /.test(text(prev.start, prev.end))
      ? text(span.start, span.end) : undefined;
    if (prev && campus && cityCountry(campus) && !subdivisionCountry(campus) && !countryName(campus)) {
      out[out.length - 1] = { start: prev.start, end: span.end, label: 'ORG' };
      continue;
    }
    // "[American]MISC [Civil Liberties Union]ORG": a nationality that begins an organisation's name
    if (prev && prev.end === span.start && prev.label === 'MISC' && prev.end - prev.start === 1 && span.label === 'ORG' && span.end - span.start >= 2
      && countryOfDemonym(sentence.tokens[prev.start]!.text)) {
      out[out.length - 1] = { start: prev.start, end: span.end, label: 'ORG' };
      continue;
    }
    // "[U.S.]LOC [House]LOC", "[U.S.] [Army]": a country and an organisation's head word after it are one organisation
    if (prev && prev.end === span.start && prev.end - prev.start === 1 && span.end - span.start === 1 && span.label !== 'PER'
      && countryName(sentence.tokens[prev.start]!.text) && (ORG_HEADS.has(sentence.tokens[span.start]!.text.toLowerCase()) || sentence.tokens[span.start]!.text === 'House')) {
      out[out.length - 1] = { start: prev.start, end: span.end, label: 'ORG' };
      continue;
    }
    // "[United]LOC [States Congress]LOC": one name cut in two
    if (prev && prev.end === span.start && prev.label === span.label && prev.label !== 'MISC' && prev.end - prev.start === 1
      && !countryName(sentence.tokens[prev.start]!.text)) {
      out[out.length - 1] = { ...prev, end: span.end };
      continue;
    }
    // "Republican Kevin McCarthy": a party or a nationality before a name is not part of it
    if (prev && prev.end === span.start && (prev.label === 'MISC' || span.label === 'MISC')) { out.push(span); continue; }
    if (prev && prev.end === span.start && (prev.label === 'PER') !== (span.label === 'PER')) {
      const lone = prev.label === 'PER' ? span : prev;
      const word = sentence.tokens[lone.start]!.text;
      if (lone.end - lone.start === 1 && /^\p{Lu}\p{Ll}+$/u.test(word) && !countryOfDemonym(word) && !isKnownPlace(word)) {
        out[out.length - 1] = { start: prev.start, end: span.end, label: 'PER' };
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

/**
 * Countries, states and cities the model left out ("in Windsor Locks, Connecticut."): a name of
 * one to three capitalised words that the gazetteer knows as a place, outside any span.
 */
function knownPlaces(text: string, sentence: Sentence, si: number, spans: readonly { start: number; end: number }[]): Mention[] {
  const out: Mention[] = [];
  const t = sentence.tokens;
  const free = (i: number) => !spans.some((s) => s.start <= i && i < s.end);
  for (let i = 0; i < t.length; i++) {
    if (!/^\p{Lu}\p{Ll}/u.test(t[i]!.text) || !free(i) || (i > 0 && /^\p{Lu}/u.test(t[i - 1]!.text))) continue;
    let end = i;
    const word = (k: number) => /^\p{Lu}\p{Ll}/u.test(t[k]!.text) && free(k) && !isTitleWord(t[k]!.text.toLowerCase());
    while (end < t.length && end < i + 3 && word(end)) end++;
    if (end === i) continue;
    // part of a longer name, unless a title follows ("Connecticut Governor Ned Lamont")
    if (end < t.length && /^\p{Lu}/u.test(t[end]!.text) && !isTitleWord(t[end]!.text.toLowerCase())) continue;
    if (isKnownPlace(wordsOf(t, i, end))) out.push(mention(text, sentence, si, i, end, 'LOC'));
    i = end - 1;
  }
  return out;
}

/** What a group's people and holdings are called: "ISIL fighters", "ISIL tactical units". */
const GROUP_NOUNS = /^(fighters|militants|terrorists|rebels|insurgents|jihadists|extremists|forces|troops|members|leaders|commanders|targets|positions|units?|vehicles|convoys?|headquarters|strongholds?|territory|spokesman|spokesperson)$/;
/** Who works for a body, after its acronym: "former CIA directors", "a BBC reporter", "NASA scientists". */
const OFFICES = /^(directors?|chiefs?|head|chair|chairman|chairwoman|president|secretary-general|officials?|agents?|officers?|employees|staff|inspectors|investigators|analysts|researchers|scientists|spokeswoman|reporters?|correspondents?|journalists?|anchor|presenter)$/;

/**
 * "strikes against ISIL terrorists", "an ISIL tactical unit": an acronym the model left out,
 * before what a group's people or holdings are called, is the group.
 */
function acronymGroups(text: string, sentence: Sentence, si: number, spans: readonly { start: number; end: number }[]): Mention[] {
  const out: Mention[] = [];
  const t = sentence.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    // not a roman numeral, nor a country ("US troops")
    if (!/^\p{Lu}{2,6}$/u.test(t[i]!.text) || /^[IVXLC]+$/.test(t[i]!.text) || isKnownPlace(t[i]!.text) || spans.some((s) => s.start <= i && i < s.end)) continue;
    const next = /^\p{Ll}+$/u.test(t[i + 1]!.text) && !GROUP_NOUNS.test(t[i + 1]!.text) ? t[i + 2] : t[i + 1];
    // ("according to AFP", "told CNN": an acronym that is a source)
    const source = (t[i - 1]?.text === 'to' && /^according$/i.test(t[i - 2]?.text ?? '')) || t[i - 1]?.text === 'told';
    // ("USCG Captain Monica Rochester": before a capitalised title and a name; not an honorific, "HE Dr X")
    const titled = t[i]!.text.length >= 3 && /^\p{Lu}\p{Ll}/u.test(t[i + 1]!.text) && isTitleWord(t[i + 1]!.text.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(t[i + 2]?.text ?? '');
    if ((next && GROUP_NOUNS.test(next.text)) || source || ((OFFICES.test(t[i + 1]!.text) || titled) && !TITLE_ACRONYMS.test(t[i]!.text))) out.push(mention(text, sentence, si, i, i + 1, 'ORG'));
  }
  return out;
}

/**
 * Institutions named by a nationality or a country's short name: "the Iraqi army", "Syrian
 * government forces", "the UK government", "the Brazilian health ministry".
 */
const INSTITUTIONS = new Set(['army', 'military', 'police', 'navy', 'government', 'parliament', 'air force', 'coast guard', 'intelligence', 'cabinet', 'judiciary',
  'health ministry', 'foreign ministry', 'defence ministry', 'defense ministry', 'interior ministry', 'finance ministry', 'justice ministry', 'education ministry',
  'security forces', 'armed forces', 'special forces']);
/** Kinds of an institution, between the nationality and it: "riot police", "federal government". */
const INSTITUTION_KINDS = /^(riot|national|federal|state|secret|border|traffic|military|religious|central|provincial|interim|transitional)$/;

function nationalInstitutions(text: string, sentence: Sentence, si: number, spans: readonly TokenSpan[]): Mention[] {
  const out: Mention[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i]!.text;
    // (a nationality, and a country's short name, are capitalised)
    if (!/^\p{Lu}/u.test(word)) continue;
    // ("South Korean police": a nationality of two words)
    // (most words begin no such name, and need no look-up of the pair)
    const two = i + 2 < tokens.length && !/^(the|a|an)$/i.test(word) && mayBeginPlaceName(word) && countryOfDemonym(`${word} ${tokens[i + 1]!.text}`) ? 1 : 0;
    if (!two && !countryOfDemonym(word) && !(/^\p{Lu}[\p{Lu}.]+$/u.test(word) && countryName(word))) continue;
    const at = i + 1 + two;
    const one = tokens[at]!.text.toLowerCase();
    const next = at + 1 < tokens.length ? tokens[at + 1]!.text.toLowerCase() : '';
    // ("Colombian riot police", "the Mexican federal police": over what kind of police)
    const size = INSTITUTIONS.has(one) ? 1 : INSTITUTIONS.has(`${one} ${next}`) || (INSTITUTION_KINDS.test(one) && INSTITUTIONS.has(next)) ? 2 : 0;
    if (!size || spans.some((s) => s.start < at + size && at < s.end)) continue; // (the model already named it)
    out.push(mention(text, sentence, si, i, at + size, 'ORG'));
  }
  // ("El Paso police", "the Seoul government": a city's or a state's, after its name; not "the
  // Morrison government", a prime minister's)
  for (const s of spans) {
    const start = /^(the|The|THE)$/.test(tokens[s.start]!.text) ? s.start + 1 : s.start;
    if (s.label !== 'LOC' || start === s.end || !/^(police|government)$/.test(tokens[s.end]?.text ?? '') || out.some((m) => m.first === start)
      || !isKnownPlace(text.slice(tokens[start]!.start, tokens[s.end - 1]!.end))) continue;
    out.push(mention(text, sentence, si, start, s.end + 1, 'ORG'));
  }
  return out;
}

/**
 * A name the model read as one that is two joined by a hyphen: "Iranian Revolutionary Guard
 * Corps-Quds Force" is the Quds Force of the IRGC. Both halves must look like names of their own.
 */
function splitCompound(text: string, sentence: Sentence, m: Mention): Mention[] {
  if (m.label !== 'ORG') return [m];
  for (let k = m.first; k < m.last; k++) {
    const t = sentence.tokens[k]!;
    const parts = /^(\p{Lu}[\p{L}]*)-(\p{Lu}[\p{L}]*)$/u.exec(t.text);
    if (!parts) continue;
    const leftWords = k - m.first + 1;
    const rightWords = m.last - k;
    // the left half ends as an organisation's name does ("...Corps-", "IRGC-"), and the two
    // halves are not one name ("ABS-CBN Corporation", "Anti-Corruption Commission")
    const leftAcronym = leftWords === 1 && /^\p{Lu}{2,}$/u.test(parts[1]!) && !/^\p{Lu}{2,}$/u.test(parts[2]!);
    const leftOrg = leftWords >= 2 && ORG_SUFFIXES.has(parts[1]!.toLowerCase());
    if (!(leftAcronym || leftOrg) || rightWords < 2) continue;
    const cut = t.start + parts[1]!.length;
    return [
      { ...m, last: k + 1, end: cut, text: text.slice(m.start, cut) },
      { ...m, first: k, start: cut + 1, text: text.slice(cut + 1, m.end) },
    ];
  }
  return [m];
}

export function mention(text: string, sentence: Sentence, si: number, first: number, last: number, label: EntityLabel): Mention {
  const start = sentence.tokens[first]!.start;
  const end = sentence.tokens[last - 1]!.end;
  return { sentence: si, first, last, start, end, text: text.slice(start, end), label };
}
