// Resolution within a document, from mentions given as the model and the rules would give them.
import { resolveEntities } from '../../src/extract/resolve.js';
import { tokenize } from '../../src/extract/tokenize.js';
import type { Mention } from '../../src/extract/mentions.js';
import type { EntityLabel } from '../../src/extract/ner/tagger.js';

/** The entities (label and kind) of a text whose mentions are the given words with the given labels. */
function entities(text: string, named: ([string, EntityLabel] | [string, EntityLabel, 'firm'])[]): [string, string][] {
  const sentences = tokenize(text);
  const mentions: Mention[] = [];
  let from = 0;
  for (const [surface, label, firm] of named) {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
    const tokens = sentences[sentence]!.tokens;
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findIndex((t) => t.end === from) + 1;
    mentions.push({ sentence, first, last, start, end: from, text: surface, label, ...(firm ? { firm: true } : {}) });
  }
  return resolveEntities(text, sentences, mentions).entities.map((e) => [e.label, e.kind]);
}

describe('the kind of an entity', () => {
  test.each<[string, ([string, EntityLabel] | [string, EntityLabel, 'firm'])[], [string, string][]]>([
    // what a sentence says a name is outweighs the model's readings of it elsewhere
    ['The rock band Velvet Moon split. Velvet Moon reunited. Fans of Velvet Moon cheered.',
      [['Velvet Moon', 'ORG', 'firm'], ['Velvet Moon', 'PER'], ['Velvet Moon', 'PER']], [['Velvet Moon', 'group']]],
    // a city's name that is the surname of a person named here, where nothing else names the city's country, is the person
    ['Sudesh Amman stabbed two men in London. Amman was shot.', [['Sudesh Amman', 'PER'], ['London', 'LOC'], ['Amman', 'LOC']], [['Sudesh Amman', 'person'], ['London', 'place']]],
    ['Ali Amman flew to Amman, Jordan.', [['Ali Amman', 'PER'], ['Amman', 'LOC'], ['Jordan', 'LOC']], [['Ali Amman', 'person'], ['Amman', 'place'], ['Jordan', 'place']]],
    // a name of two tokens with no space between them ("U.S" read as "U." and "S")
    ['The link-up by the U.S .', [['U.S', 'ORG']], [['United States', 'place']]],
    // a dateline's name is where the story was filed, a place, though the story's tables make it a team
    ['SEATTLE 1996-08-29\nSEATTLE 5 Boston 3\nSEATTLE 2 Texas 1', [['SEATTLE', 'ORG'], ['SEATTLE', 'ORG'], ['SEATTLE', 'ORG']],
      [['SEATTLE', 'place'], ['SEATTLE', 'group']]],
    ['BAGHDAD (Reuters) - Baghdad Police said so.', [['BAGHDAD', 'ORG'], ['Baghdad Police', 'ORG']], [['BAGHDAD', 'place'], ['Baghdad Police', 'group']]],
    // (a score is no date)
    ['SEATTLE 5 Boston 3\nSEATTLE 2 Texas 1', [['SEATTLE', 'ORG'], ['SEATTLE', 'ORG']], [['SEATTLE', 'group']]],
    // a state or a city the model read as a person is a place, unless it is someone's surname
    ['He served as mayor of Denver.', [['Denver', 'PER']], [['Denver', 'place']]],
    // the first word of a company's name alone is that company, not a place
    ['Burisma Holdings hired him. Burisma paid well.', [['Burisma Holdings', 'ORG'], ['Burisma', 'LOC']], [['Burisma Holdings', 'group']]],
    ['Kestrel Entertainment hired her. She worked at Kestrel for years.', [['Kestrel Entertainment', 'ORG'], ['Kestrel', 'LOC']], [['Kestrel Entertainment', 'group']]],
    ['Kestrel USA dropped him. Kestrel declined to comment.', [['Kestrel USA', 'ORG'], ['Kestrel', 'PER']], [['Kestrel USA', 'group']]],
    // an organisation's head word alone is the organisation, whatever the model read
    ['The judge was appointed to the U.S. Federal Court. The Court sat.', [['U.S. Federal Court', 'ORG'], ['Court', 'LOC']], [['U.S. Federal Court', 'group']]],
    // a lone surname the model read as a group's, though a town has the name too
    ['John Bolton was fired. Bolton disagreed.', [['John Bolton', 'PER'], ['Bolton', 'ORG']], [['John Bolton', 'person']]],
    // (a family name first, before a hyphenated given name, is the surname)
    ['Mayor Kang Min-seo was fired. Kang disagreed.', [['Kang Min-seo', 'PER'], ['Kang', 'LOC']], [['Kang Min-seo', 'person']]],
    // a group of a country, either way round; a name before "of" alone
    ['The Supreme Court of the United Kingdom ruled. The UK Supreme Court said so.', [['Supreme Court of the United Kingdom', 'ORG'], ['UK Supreme Court', 'ORG']],
      [['Supreme Court of the United Kingdom', 'group']]],
    ['The Port Authority of Ohio hired him. The Port Authority fired him.', [['Port Authority of Ohio', 'ORG'], ['Port Authority', 'ORG']], [['Port Authority of Ohio', 'group']]],
    ['Regulators grounded Kestrel Air. Kestrel has appealed.', [['Kestrel Air', 'ORG'], ['Kestrel', 'PER']], [['Kestrel Air', 'group']]],
    // unless a person's name holds the word
    ['Rachel Kestrel founded Kestrel Air. Kestrel has appealed.', [['Rachel Kestrel', 'PER'], ['Kestrel Air', 'ORG'], ['Kestrel', 'PER']],
      [['Rachel Kestrel', 'person'], ['Kestrel Air', 'group']]],
    // the first word of a place's name alone is that place, not a person
    ['Winds hit the Abaco Islands. Parts of Abaco flooded.', [['Abaco Islands', 'LOC'], ['Abaco', 'PER']], [['Abaco Islands', 'place']]],
    ['Voters in Pennsylvania decided.', [['Pennsylvania', 'PER']], [['Pennsylvania', 'place']]],
    // a city the model read as a group, before an office it gives
    ["Chelyabinsk regional Deputy Governor Oleg Klimov spoke. Chelyabinsk's governor promised aid.", [['Chelyabinsk', 'ORG'], ['Oleg Klimov', 'PER'], ['Chelyabinsk', 'ORG']],
      [['Chelyabinsk', 'place'], ['Oleg Klimov', 'person']]],
    // but not everywhere: a state's or a city's name is a team's in sports results
    ['Texas beat Boston 5-3.', [['Texas', 'ORG'], ['Boston', 'ORG']], [['Texas', 'group'], ['Boston', 'group']]],
    // no person is a "which"
    ['Solaris Paper which makes Sorbent said so.', [['Solaris Paper', 'PER']], [['Solaris Paper', 'group']]],
    // but a full name stays a person's, unless the model cut it from a longer name
    ['The inquiry into Daniel Okafor which began in May ended.', [['Daniel Okafor', 'PER']], [['Daniel Okafor', 'person']]],
    ['It joined the Northern Daniel Okafor which trains nurses.', [['Daniel Okafor', 'PER']], [['Daniel Okafor', 'group']]],
    ['Andrew Jackson won. Jackson said so.', [['Andrew Jackson', 'PER'], ['Jackson', 'PER']], [['Andrew Jackson', 'person']]],
    ['Robert Downey Jr. spoke. Downey said so.', [['Robert Downey Jr.', 'PER'], ['Downey', 'PER']], [['Robert Downey Jr.', 'person']]],
  ])('%s', (text, mentions, expected) => {
    expect(entities(text, mentions)).toEqual(expected);
  });
});

describe('one entity, several names', () => {
  test('a nation of a country is no country in a name: the Scottish National Party and its acronym are one, the British National Party another', () => {
    expect(entities('The Scottish National Party (SNP) won. The SNP gained seats. The British National Party lost.',
      [['Scottish National Party', 'ORG'], ['SNP', 'ORG'], ['SNP', 'ORG'], ['British National Party', 'ORG']]))
      .toEqual([['Scottish National Party', 'group'], ['British National Party', 'group']]);
  });

  test('an acronym abbreviates a name as written, where the comparison form puts its country first', () => {
    expect(entities('The Dental Association of America met. The DAA said fees would rise.', [['Dental Association of America', 'ORG'], ['DAA', 'ORG']]))
      .toEqual([['Dental Association of America', 'group']]);
    expect(entities('The Canadian Rowing Federation met. The CRF said so.', [['Canadian Rowing Federation', 'ORG'], ['CRF', 'ORG']]))
      .toEqual([['Canadian Rowing Federation', 'group']]);
  });

  test('a chamber or a body by its head word before "of" or "on", but not a name that ends with the word', () => {
    expect(entities('The House of Delegates met. The House passed the bill. The White House objected.',
      [['House of Delegates', 'ORG'], ['House', 'ORG'], ['White House', 'LOC']]))
      .toEqual([['House of Delegates', 'group'], ['White House', 'place']]);
    expect(entities('The Commission on Rail Safety met. The Commission closed the line.', [['Commission on Rail Safety', 'ORG'], ['Commission', 'ORG']]))
      .toEqual([['Commission on Rail Safety', 'group']]);
  });

  test('a country\'s "Department of X" is its "X Department"', () => {
    expect(entities('The US Department of Energy agreed. The Energy Department said so.', [['US Department of Energy', 'ORG'], ['Energy Department', 'ORG']]))
      .toEqual([['US Department of Energy', 'group']]);
  });

  test('a long word misspelt once is the same name, under the spelling the gazetteer knows', () => {
    expect(entities('Storms hit Louisiana. In Lousiana, roads closed.', [['Louisiana', 'LOC'], ['Lousiana', 'LOC']])).toEqual([['Louisiana', 'place']]);
    expect(entities('A flight to Pittsburg landed. In Pittsburgh, he spoke.', [['Pittsburg', 'LOC'], ['Pittsburgh', 'LOC']])).toEqual([['Pittsburgh', 'place']]);
    expect(entities('Dr Frido Welker led the study. Frido Walker said so.', [['Frido Welker', 'PER'], ['Frido Walker', 'PER']])).toEqual([['Frido Welker', 'person']]);
    expect(entities('Jarosław Nowak spoke. Jaroslaw Nowak said so.', [['Jarosław Nowak', 'PER'], ['Jaroslaw Nowak', 'PER']])).toEqual([['Jarosław Nowak', 'person']]);
  });

  test('a middle name and its initial are one person\'s name, not two given names or surnames', () => {
    expect(entities('Anna K. Berg spoke. Anna Katharina Berg said so.', [['Anna K. Berg', 'PER'], ['Anna Katharina Berg', 'PER']])).toHaveLength(1);
    expect(entities('Anna K. Berg spoke. Anna L. Berg said so.', [['Anna K. Berg', 'PER'], ['Anna L. Berg', 'PER']])).toHaveLength(2);
  });

  test('short words, and two people\'s given names, are not misspellings of each other', () => {
    expect(entities('Mark Lane spoke. Mark Lune said so.', [['Mark Lane', 'PER'], ['Mark Lune', 'PER']])).toEqual([['Mark Lane', 'person'], ['Mark Lune', 'person']]);
    expect(entities('Daniel Stone spoke. Daniela Stone said so.', [['Daniel Stone', 'PER'], ['Daniela Stone', 'PER']]))
      .toEqual([['Daniel Stone', 'person'], ['Daniela Stone', 'person']]);
  });

  test('a group\'s one-word name and its plural are one group', () => {
    expect(entities('The Taliban and the Houthis fought. A Houthi spokesman denied it.', [['Taliban', 'ORG'], ['Houthis', 'ORG'], ['Houthi', 'ORG']]))
      .toEqual([['Taliban', 'group'], ['Houthis', 'group']]);
  });

  test('a people\'s name and its tribe or nation are one group', () => {
    expect(entities('The Southern Ute Tribe met. The Southern Ute voted.', [['Southern Ute Tribe', 'ORG'], ['Southern Ute', 'ORG']]))
      .toEqual([['Southern Ute Tribe', 'group']]);
  });

  test('an airport by its name alone, but not the city the gazetteer knows', () => {
    expect(entities('It crashed near Fath Airport. The landing at Fath failed.', [['Fath Airport', 'LOC'], ['Fath', 'LOC']]))
      .toEqual([['Fath Airport', 'place']]);
    expect(entities('Rockets hit Baghdad International Airport. Baghdad was quiet.', [['Baghdad International Airport', 'LOC'], ['Baghdad', 'LOC']]))
      .toEqual([['Baghdad International Airport', 'place'], ['Baghdad', 'place']]);
  });

  test('two places\' namesakes are two groups', () => {
    expect(entities('She studies at Ural State Medical University. He studies at Tyumen State Medical University.',
      [['Ural State Medical University', 'ORG'], ['Tyumen State Medical University', 'ORG']]).map(([label]) => label))
      .toEqual(['Ural State Medical University', 'Tyumen State Medical University']);
  });

  test('a group named with a word in the singular', () => {
    expect(entities('Craig Farquharson, Liberal Democrat candidate, spoke. The Liberal Democrats want less tape.', [['Craig Farquharson', 'PER'], ['Liberal Democrat', 'ORG'], ['Liberal Democrats', 'ORG']]).map(([, kind]) => kind))
      .toEqual(['person', 'group']);
  });

  test('a title the model kept in a name is no part of it', () => {
    expect(entities('John Paul Stevens died. A veteran, Justice Stevens served the nation.', [['John Paul Stevens', 'PER'], ['Justice Stevens', 'PER']]))
      .toEqual([['John Paul Stevens', 'person']]);
  });

  test('a person named without a middle name or initial', () => {
    expect(entities('John R. Bolton was fired. John Bolton said so.', [['John R. Bolton', 'PER'], ['John Bolton', 'PER']]))
      .toEqual([['John R. Bolton', 'person']]);
    // a word after the name is not a second surname
    expect(entities('The Doris Day Show aired. Doris Day sang.', [['Doris Day Show', 'PER'], ['Doris Day', 'PER']]).length).toBe(2);
    // not two people who share a given name
    expect(entities('John Smith met John Brown.', [['John Smith', 'PER'], ['John Brown', 'PER']]).length).toBe(2);
  });

  test('a party by any of its names', () => {
    expect(entities('The Republican Party met. Republicans agreed. The GOP voted.', [['Republican Party', 'ORG'], ['Republicans', 'ORG'], ['GOP', 'ORG']]))
      .toEqual([['Republican Party', 'group']]);
  });

  test('a hospital by its name alone', () => {
    expect(entities('Victims went to Saint Francis Hospital. Doctors at Saint Francis said so.', [['Saint Francis Hospital', 'LOC'], ['Saint Francis', 'LOC']]))
      .toEqual([['Saint Francis Hospital', 'place']]);
  });

  test('a place named without a middle word of its name', () => {
    expect(entities('It crashed near Bradley International Airport. Officials at Bradley Airport spoke.', [['Bradley International Airport', 'LOC'], ['Bradley Airport', 'LOC']]))
      .toEqual([['Bradley International Airport', 'place']]);
  });

  test('an organisation\'s head word alone refers back to it', () => {
    expect(entities('The Supreme Court ruled. Writing for the Court, Justice Kagan agreed.', [['Supreme Court', 'ORG'], ['Court', 'ORG'], ['Kagan', 'PER']]))
      .toEqual([['Supreme Court', 'group'], ['Kagan', 'person']]);
  });
});

describe('the label of an entity', () => {
  test('of two names as long, the one not begun by a nationality', () => {
    expect(entities('The Iranian Revolutionary Guard Corps struck. The Islamic Revolutionary Guard Corps denied it.',
      [['Iranian Revolutionary Guard Corps', 'ORG'], ['Islamic Revolutionary Guard Corps', 'ORG']])).toEqual([['Islamic Revolutionary Guard Corps', 'group']]);
  });
});
