import { cityCountry, countryName, countryOfDemonym, isCity, isCountry, isRegion, sexOfGivenName } from '../../../src/extract/lexicon/gazetteer.js';

describe('gazetteer', () => {
  test.each<[string, string | undefined]>([
    ['U.S.', 'United States'], ['USA', 'United States'], ['America', 'United States'], ['United States', 'United States'],
    ['UK', 'United Kingdom'], ['Britain', 'United Kingdom'], ['Iraq', 'Iraq'], ['IRAQ', 'Iraq'], ['Ivory Coast', "Ivory Coast"],
    ['us', undefined], ['turkey', undefined], ['Turkey', 'Turkey'], ['Paris', undefined],
  ])('countryName(%s) = %s', (name, expected) => {
    if (expected === 'Ivory Coast') expect(countryName(name)).toMatch(/Ivoire|Ivory/);
    else expect(countryName(name)).toBe(expected);
  });

  test.each<[string, string | undefined]>([
    ['Iranian', 'Iran'], ['Iraqi', 'Iraq'], ['American', 'United States'], ['Americans', 'United States'], ['British', 'United Kingdom'],
    ['Dutch', 'Netherlands'], ['German', 'Germany'], ["Shi'ite", undefined], ['iranian', undefined],
  ])('countryOfDemonym(%s) = %s', (word, expected) => expect(countryOfDemonym(word)).toBe(expected));

  test.each<[string, string | undefined]>([
    ['Baghdad', 'Iraq'], ['New Delhi', 'India'], ['London', 'United Kingdom'], ['Tokyo', 'Japan'], ['Washington', 'United States'],
    ['Springfieldia', undefined],
  ])('cityCountry(%s) = %s', (name, expected) => expect(cityCountry(name)).toBe(expected));

  test('cities, countries and regions', () => {
    expect(isCity('Mosul')).toBe(true);
    expect(isCountry('Syria')).toBe(true);
    expect(isRegion('Middle East')).toBe(true);
    expect(isRegion('the Middle East')).toBe(true);
    expect(isRegion('Baghdad')).toBe(false);
  });

  test.each([
    ['Angela', 'female'], ['Elizabeth', 'female'], ['Boris', 'male'], ['Emmanuel', 'male'],
    // a name of both sexes, or of none the lists know, says neither
    ['Kim', undefined], ['Jordan', undefined], ['Soleimani', undefined],
  ])('sexOfGivenName(%s) = %s', (name, expected) => expect(sexOfGivenName(name)).toBe(expected));
});
