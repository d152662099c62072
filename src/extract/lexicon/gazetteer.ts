// Countries, demonyms, cities, states and provinces, and regions of the world, from
// models/gazetteer.json (compiled by scripts/make-gazetteer.mjs from npm packages). Look-ups
// ignore case and dots, so "U.S.", "US" and "u.s." are one name.
import { readFileSync } from 'node:fs';

interface GazetteerData {
  countries: Record<string, string>;
  demonyms: Record<string, string>;
  cities: Record<string, string>;
  subdivisions: Record<string, string>;
  regions: string[];
  givenNames: string[];
  placeGivenNames: string[];
  maleNames: string[];
  femaleNames: string[];
}

interface Tables {
  countries: Map<string, string>;
  demonyms: Map<string, string>;
  cities: Map<string, string>;
  subdivisions: Map<string, string>;
  regions: Set<string>;
  givenNames: Set<string>;
  placeGivenNames: Set<string>;
  maleNames: Set<string>;
  femaleNames: Set<string>;
  /** The first words of the names of several words: "new", "south", "hong". */
  firstWords: Set<string>;
}

let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const data = JSON.parse(readFileSync(new URL('../../../models/gazetteer.json', import.meta.url), 'utf8')) as GazetteerData;
  const map = (o: Record<string, string>) => new Map(Object.entries(o).map(([k, v]) => [key(k), v]));
  tables = {
    countries: map(data.countries),
    demonyms: map(data.demonyms),
    cities: map(data.cities),
    subdivisions: map(data.subdivisions),
    regions: new Set(data.regions.map(key)),
    givenNames: new Set(data.givenNames),
    placeGivenNames: new Set(data.placeGivenNames),
    maleNames: new Set(data.maleNames),
    femaleNames: new Set(data.femaleNames),
    firstWords: new Set(),
  };
  // A country's own name is a name of it.
  for (const name of new Set(tables.countries.values())) tables.countries.set(key(name), name);
  for (const names of [tables.countries.keys(), tables.demonyms.keys(), tables.cities.keys(), tables.regions.keys()]) {
    for (const k of names) if (k.includes(' ')) tables.firstWords.add(k.slice(0, k.indexOf(' ')));
  }
  return tables;
}

/** The look-up form of a name: lower case, no dots, plain apostrophes, no leading "the". */
function key(name: string): string {
  return name.toLowerCase().replace(/[’‘]/g, "'").replace(/\./g, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

/** Names that are also common words or people's names: only their capitalised form is the country. */
const AMBIGUOUS = new Set(['us', 'chad', 'georgia', 'jordan', 'turkey', 'guinea', 'china', 'niger', 'mali']);

/** What the gazetteer says of a name, every question answered at once. */
interface Facts {
  country: string | undefined;
  demonymOf: string | undefined;
  cityOf: string | undefined;
  subdivisionOf: string | undefined;
  region: boolean;
  beginsPlaceName: boolean;
}

const known = new Map<string, Facts>();

/** The facts of a name, memoised: the rules ask about the same names again and again. */
function facts(name: string): Facts {
  let f = known.get(name);
  if (f) return f;
  if (known.size > 200000) known.clear();
  const t = load();
  const k = key(name);
  const capitalised = /^\p{Lu}/u.test(name);
  f = {
    // "us" the pronoun is not the country
    country: (k === 'us' && name !== 'US' && name !== 'U.S.' && name !== 'U.S') || (AMBIGUOUS.has(k) && !capitalised) ? undefined : t.countries.get(k),
    demonymOf: capitalised ? t.demonyms.get(k) : undefined,
    cityOf: capitalised ? t.cities.get(k) : undefined,
    subdivisionOf: capitalised ? t.subdivisions.get(k) : undefined,
    region: t.regions.has(k),
    beginsPlaceName: k === 'the' || k === '' || t.firstWords.has(k),
  };
  known.set(name, f);
  return f;
}

/**
 * Whether a name of several words that begins with this word can be a country, demonym, city or
 * region: most pairs of capitalised words in the news cannot, and need no look-up.
 */
export function mayBeginPlaceName(word: string): boolean {
  return facts(word).beginsPlaceName;
}

export function countryName(name: string): string | undefined {
  return facts(name).country;
}

export function isCountry(name: string): boolean {
  return countryName(name) !== undefined;
}

export function countryOfDemonym(word: string): string | undefined {
  return facts(word).demonymOf;
}

export function cityCountry(name: string): string | undefined {
  return facts(name).cityOf;
}

export function isCity(name: string): boolean {
  return cityCountry(name) !== undefined;
}

/** The country of a state, province or county: "Texas", "Queensland", "Gwynedd". */
export function subdivisionCountry(name: string): string | undefined {
  return facts(name).subdivisionOf;
}

/** A country, city, state or province, or region the gazetteer knows. */
/** The country a place's name is or lies in: "Texas" -> "United States", "Mosul" -> "Iraq". */
export function countryOfPlace(name: string): string | undefined {
  const f = facts(name);
  return f.country ?? f.cityOf ?? f.subdivisionOf;
}

export function isKnownPlace(name: string): boolean {
  const f = facts(name);
  return f.country !== undefined || f.cityOf !== undefined || f.subdivisionOf !== undefined || f.region;
}

export function isRegion(name: string): boolean {
  return facts(name).region;
}

/** A given name of some language, as written: "Ivanka", "Omar", "Jens" (not one that is also a city's). */
export function isGivenName(word: string): boolean {
  return load().givenNames.has(word);
}

/** A given name, also one that is a city's name: "Elizabeth", "Florence". */
export function canBeGivenName(word: string): boolean {
  return isGivenName(word) || load().placeGivenNames.has(word);
}

/** The sex a given name says, where the name is only men's or only women's: "Angela" -> "female". */
export function sexOfGivenName(word: string): 'male' | 'female' | undefined {
  const t = load();
  return t.maleNames.has(word) ? 'male' : t.femaleNames.has(word) ? 'female' : undefined;
}
