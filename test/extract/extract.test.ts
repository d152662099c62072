// Table-driven extraction tests on short sentences written for these tests (no sample article):
// entities and their kinds, resolution of aliases, entity relations, events and their roles.
import { extractDocument } from '../../src/extract/index.js';
import type { DocumentExtraction } from '../../src/extract/types.js';

type Triple = [string, string, string];

/** (source label, relation, target label) for every relation; events are named `[type]`. */
function triples(x: DocumentExtraction): Triple[] {
  const name = new Map<string, string>([
    ...x.entities.map((e) => [e.id, e.label] as [string, string]),
    ...x.events.map((e) => [e.id, `[${e.eventType}]`] as [string, string]),
  ]);
  return x.relations.map((r) => [name.get(r.source)!, r.relation, name.get(r.target)!]);
}

const entities = (x: DocumentExtraction) => x.entities.map((e) => [e.label, e.kind]);

describe('entities', () => {
  test.each<[string, [string, string][]]>([
    ['Angela Merkel met Emmanuel Macron in Paris on Tuesday.', [['Angela Merkel', 'person'], ['Emmanuel Macron', 'person'], ['Paris', 'place']]],
    // a group the 1996 news spelt otherwise
    ['Hezbollah fired rockets at Haifa.', [['Hezbollah', 'group'], ['Haifa', 'place']]],
    ['Shares of Toyota Motor Corp fell sharply in Tokyo.', [['Toyota Motor Corp', 'group'], ['Tokyo', 'place']]],
    ['The European Commission fined Microsoft Corp in Brussels.', [['European Commission', 'group'], ['Microsoft Corp', 'group'], ['Brussels', 'place']]],
    // a state before the office it gives is a place, whatever the model reads
    ['On Monday, New Hampshire governor Chris Sununu declared a day of mourning.', [['New Hampshire', 'place'], ['Chris Sununu', 'person']]],
    // an institution named by a nationality or a country's short name
    ['The Iraqi army said the road was open.', [['Iraqi army', 'group']]],
    ['The UK government said it would appeal.', [['UK government', 'group']]],
    ['South Korean police said the body was found.', [['South Korean police', 'group']]],
    ['The Brazilian health ministry said cases rose.', [['Brazilian health ministry', 'group']]],
    // an organisation's word the model left after a MISC name ends the name
    ["Bernie Sanders won the Democratic Party's Nevada caucuses. Democratic voters preferred a primary. The Democratic party's cycle goes on.", [['Democratic Party', 'group']]],
    // a nationality's body the model read as two pieces
    ['The Syrian Democratic Forces announced the start of the next phase of their operation, Dec. 10.', [['Syrian Democratic Forces', 'group']]],
    // a body and what it is for make one name; a date after it is none of it
    ['The International Committee on Taxonomy of Viruses named the virus.', [['International Committee on Taxonomy of Viruses', 'group']]],
    ['According to the Johns Hopkins Center for Systems Science and Engineering, cases rose.', [['Johns Hopkins Center for Systems Science and Engineering', 'group']]],
    ['The U.S. Environmental Protection Agency on February 5 said so.', [['U.S. Environmental Protection Agency', 'group']]],
    // the news sites and wikis news cites
    ['Wikinews contacted the ministry, which declined to comment.', [['Wikinews', 'group']]],
    // an ampersand between capitalised words makes one firm's name (a place's if the gazetteer knows it)
    ['Procter & Gamble raised prices on Monday.', [['Procter & Gamble', 'group']]],
    ["Standard & Poor's cut the rating of Edward D. Jones & Co on Monday.", [['Standard & Poor', 'group'], ['Edward D. Jones & Co', 'group']]],
    ['He visited Trinidad & Tobago.', [['Trinidad & Tobago', 'place']]],
    ['He is survived by his sons Wyatt & Zach.', [['Wyatt', 'person'], ['Zach', 'person']]],
    // the capitalised words after an honorific are a person's name
    ['Mrs. Amarachi Okonkwo-Bello met Dr Tumelo Dlamini Nkosi.', [['Amarachi Okonkwo-Bello', 'person'], ['Tumelo Dlamini Nkosi', 'person']]],
    // an acronym before the people who work for it is an organisation
    ['NTSB investigators and KNKT officials arrived on Monday.', [['NTSB', 'group'], ['KNKT', 'group']]],
    // offices, partnerships and news end organisations' names; a long body after "Office of the"
    ['She joined the Office of the UN High Commissioner for Refugees in 2010.', [['Office of the UN High Commissioner for Refugees', 'group']]],
    ['The Yass Valley News, a weekly, reported it.', [['Yass Valley News', 'group']]],
    ['NT News reported the story.', [['NT News', 'group']]],
    // a known group's name inside a longer one that the model read as a group; a sea is a place
    ['The Philippine Red Cross sent boats across the Sulu Sea.', [['Philippine Red Cross', 'group'], ['Sulu Sea', 'place']]],
    // a given name before a place's last word that is no surname: a place ("Stuart Hall" stays a person)
    ['Easter Island, known as Rapa Nui, lies in the Pacific.', [['Easter Island', 'place']]],
    // a nationality the model cut from a body's name is part of it
    ['A documentary entitled "A Life on Screen" by American Broadcasting Company (ABC) aired.', [['American Broadcasting Company', 'group']]],
    // a league of its members
    ['In Texas, polls moved, League of United Latin American Citizens president Ana Ruiz indicated.', [['League of United Latin American Citizens', 'group']]],
    // a body for a purpose whose purpose the model read as a person's name
    ["Ada Okafor, once a scientist at the United States' Centers for Disease Control and Prevention, spoke.", [['Centers for Disease Control and Prevention', 'group']]],
    // a city's name before a school's is part of it
    ['She studied at Novosibirsk State Technical University.', [['Novosibirsk State Technical University', 'group']]],
    // the last word says the name is a group's
    ['Members of the Crow Tribe voted on Tuesday.', [['Crow Tribe', 'group']]],
    ['He sang with Smith Incorporated.', [['Smith Incorporated', 'group']]],
    ['Shares of Reagan Communications rose.', [['Reagan Communications', 'group']]],
    // a band before what only its members are, and the member's name
    ['Guests included Grateful Dead drummer Mickey Hart.', [['Grateful Dead', 'group'], ['Mickey Hart', 'person']]],
    // a state's formal name, after its adjectives too
    ['The Federal Republic of Yugoslavia is the only country where they need visas.', [['Federal Republic of Yugoslavia', 'place']]],
    // a place the model reads as a team, where its company says it is a place
    ['Crowds gathered in Eugene, Oregon as well.', [['Oregon', 'place']]],
    ['Alabama and Mississippi had low youth suicide rates.', [['Alabama', 'place'], ['Mississippi', 'place']]],
    ['The fire broke out in Badalona, ten kilometres from Barcelona.', [['Barcelona', 'place']]],
    // armed groups named since the model's training news
    ['Mosul was held by Al-Qaeda and then by ISIL.', [['Al-Qaeda', 'group'], ['ISIL', 'group']]],
    // a party's word the model took into a person's name is the party, by the party's name
    ['Democrat Spearman, a farmer, won the seat in Reno.', [['Spearman', 'person'], ['Democratic Party', 'group']]],
  ])('%s', (text, expected) => {
    expect(entities(extractDocument(text))).toEqual(expect.arrayContaining(expected));
  });

  test("a company named by its web domain is the same group by the domain's name", () => {
    const x = extractDocument('Zalando.com AG reported higher sales. Shares of Zalando rose in Berlin.');
    expect(entities(x)).toEqual([['Zalando.com AG', 'group'], ['Berlin', 'place']]);
  });
});

test("days are no groups, and a name runs to no auxiliary: 'Election Day is November 3'", () => {
  const labels = extractDocument('The polls close on Election Day. Results come after Election Day. Election Day is November 3. Doris Day sang on Labor Day and on Martin Luther King Jr. Day.')
    .entities.map((e) => e.label);
  expect(labels).toContain('Doris Day');
  for (const not of ['Election Day', 'Election Day is November', 'November', 'Labor Day', 'Martin Luther King Jr. Day']) expect(labels).not.toContain(not);
});

test("laws are no groups or places, and a country's House is its chamber", () => {
  const x = extractDocument('The U.S. House voted on Tuesday. The vote violates the U.S. Constitution and the Fourteenth Amendment, the White House said. The Constitution of the United States of America and the Internal Revenue Laws say otherwise. It violates the Due Process Clause. '
    + 'The Texas Election Law bans it, said Jude Law of the Chapman University School of Law.');
  const kinds = Object.fromEntries(x.entities.map((e) => [e.label, e.kind]));
  expect(kinds['U.S. House']).toBe('group');
  expect(kinds['White House']).toBe('place');
  for (const not of ['U.S. Constitution', 'Fourteenth Amendment', 'Amendment', 'Constitution of the United States of America', 'Internal Revenue Laws', 'Due Process Clause', 'Texas Election Law']) expect(kinds[not]).toBeUndefined();
  expect(kinds['Jude Law']).toBe('person');
  expect(kinds['Chapman University School of Law']).toBe('group');
});

test('conventions and summits are events, no people or groups; firms and parks are no people', () => {
  const x = extractDocument('Delegates met at the Libertarian National Convention. The Texas Haunters Convention drew crowds. Massey Energy ran the mine. '
    + 'Ben Franklin Technology Partners funded it. The family was driving to Walt Disney World. The general manager of Abu Dhabi Media spoke. '
    + 'The aircraft had departed from Gillespie Field near San Diego.');
  const kinds = Object.fromEntries(x.entities.map((e) => [e.label, e.kind]));
  expect(kinds['Massey Energy']).toBe('group');
  expect(kinds['Ben Franklin Technology Partners']).toBe('group');
  expect(kinds['Abu Dhabi Media']).toBe('group');
  expect(kinds['Walt Disney World']).toBe('place');
  expect(kinds['Gillespie Field']).toBe('place');
  for (const not of ['Libertarian National Convention', 'Texas Haunters Convention']) expect(kinds[not]).toBeUndefined();
});

test('a tropical depression is a storm, no group', () => {
  const labels = extractDocument('Tropical Depression Three formed over the Bahamas. It no longer qualified as a Tropical Depression.').entities.map((e) => e.label);
  expect(labels).toContain('Bahamas');
  for (const not of ['Tropical Depression Three', 'Tropical Depression', 'Three']) expect(labels).not.toContain(not);
});

test("names joined by a dash before a noun name a thing after people; a syndrome is a disease", () => {
  const x = extractDocument('It became a Category 5 storm on the Saffir–Simpson hurricane wind scale. Middle East Respiratory Syndrome spread. Trucks crossed the Mexico–United States border.');
  const labels = x.entities.map((e) => e.label);
  expect(labels).toEqual(expect.arrayContaining(['Mexico', 'United States']));
  for (const not of ['Saffir', 'Simpson', 'Middle East Respiratory Syndrome']) expect(labels).not.toContain(not);
});

test('awards are no people, groups or places', () => {
  const labels = extractDocument('He won the Berwick Prize, the Leroy P. Steele Prize and the Nemmers Prize in Mathematics. The MTV Video Music Awards honoured Ada Brown.')
    .entities.map((e) => e.label);
  expect(labels).toContain('Ada Brown');
  for (const not of ['Berwick Prize', 'Leroy P. Steele Prize', 'Nemmers Prize in Mathematics', 'MTV Video Music Awards']) expect(labels).not.toContain(not);
});

test("a work's title after its kind is no person, group or place", () => {
  const labels = extractDocument('She starred in the 1959 romantic comedy Pillow Talk with Rock Hudson. Bob Woodward wrote the book Rage.').entities.map((e) => e.label);
  expect(labels).toEqual(expect.arrayContaining(['Rock Hudson', 'Bob Woodward']));
  expect(labels).not.toContain('Pillow Talk');
  expect(labels).not.toContain('Rage');
});

test("a headline's person whose last word the story names again and again as a place is a name and a place", () => {
  const x = extractDocument('Yeltsin endorses Lebed Chechnya peace plan\nFighting in Chechnya went on. Rebels held Chechnya for a week. Alexander Lebed flew to Moscow.');
  expect(entities(x)).toEqual(expect.arrayContaining([['Chechnya', 'place'], ['Alexander Lebed', 'person']]));
  expect(x.entities.map((e) => e.label)).not.toContain('Lebed Chechnya');
});

test('a currency names no place', () => {
  expect(extractDocument('China has invested nine billion US dollars in Kenya.').entities.map((e) => e.label)).not.toContain('United States');
});

test("a sentence's first adverb is no name: 'Lastly', 'Secondly'", () => {
  const labels = extractDocument('Lastly, excerpts from the book revealed that Donald Trump knew. Secondly, Trump said so.').entities.map((e) => e.label);
  expect(labels).toContain('Donald Trump');
  for (const not of ['Lastly', 'Secondly']) expect(labels).not.toContain(not);
});

test('adjectives of places and faiths, and titles, are not entities', () => {
  const x = extractDocument('Muslim and Christian leaders met Middle Eastern envoys. US Ambassador to Germany Richard Grenell spoke.');
  const labels = x.entities.map((e) => e.label);
  for (const not of ['Muslim', 'Christian', 'Middle Eastern', 'US Ambassador']) expect(labels).not.toContain(not);
  expect(labels).toEqual(expect.arrayContaining(['Richard Grenell', 'Germany']));
});

describe('resolution within a document', () => {
  test.each<[string, string, string[]]>([
    // a party's members by the party's name
    ['The Democratic Party met in Iowa. Democrats said the vote was fair.', 'Democratic Party', ['Democrats']],
    // a name's initials in brackets after it, whatever the model read them as
    ['He was taken to Aga Khan University Hospital (AKUH) in Nairobi.', 'Aga Khan University Hospital', ['AKUH']],
    // and the words they spell are one name, whatever pieces the model read ("for London" a place)
    ['Transport for Leeds (TfL) closed the line. TfL said it would reopen.', 'Transport for Leeds', ['TfL']],
    ['The Movement for Democratic Change (MDC) won. The MDC said so.', 'Movement for Democratic Change', ['MDC']],
    // a paper by its head word; a company by its first word, over what it makes
    ['The Daily Telegraph broke the story. The Telegraph said it had the documents.', 'Daily Telegraph', ['Telegraph']],
    ['Shares of the Kia Motor Company fell. Kia said sales were down.', 'Kia Motor Company', ['Kia']],
    // a body's name with a word or two left out, its first and last kept; not a party's
    ['The Kenyan Chess Federation met. The Kenyan Federation said the event would go ahead.', 'Kenyan Chess Federation', ['Kenyan Federation']],
    // an acronym of the body's name after its country's
    ['The United States Commission on Presidential Debates met. The CPD said the debate was off.', 'United States Commission on Presidential Debates', ['CPD']],
    // over the commas of a list inside the name
    ['The Institute of Geology, Mining and Metallurgy (IGMM) warned of floods. IGMM said the river was rising.', 'Institute of Geology, Mining and Metallurgy', ['IGMM']],
    // an armed group's full name, and its acronym
    ['The Islamic State of Iraq and the Levant claimed the attack. ISIL fighters fled.', 'Islamic State of Iraq and the Levant', ['ISIL']],
    ['Prime Minister Boris Johnson spoke on Monday. Johnson said the vote would go ahead.', 'Boris Johnson', ['Johnson', 'Prime Minister Boris Johnson']],
    ['Leaders of the North Atlantic Treaty Organization met in Brussels. NATO leaders agreed.', 'North Atlantic Treaty Organization', ['NATO']],
    ['Officials in the U.S. said the United States would act. America has long warned.', 'United States', ['U.S.', 'America']],
    ['The Department of Justice opened an inquiry. A Justice Department spokesman declined to comment.', 'Department of Justice', ['Justice Department']],
    ['PARIS (Reuters) - Riots spread. Police in Paris arrested dozens.', 'Paris', ['PARIS']],
    // the capital by either part of its name
    ['Thousands rallied in Washington, D.C. on Saturday. Police in Washington said the crowd in D.C. was calm.', 'Washington, D.C.', ['Washington', 'D.C.']],
    // a second surname after the first, as Spanish and Portuguese names have
    ['Ricardo Rosselló Nevares resigned on Friday. Ricardo Rosselló said goodbye.', 'Ricardo Rosselló Nevares', ['Ricardo Rosselló']],
    ['Pedro R. Pierluisi Urrutia was sworn in. Pedro Pierluisi said he would stay.', 'Pedro R. Pierluisi Urrutia', ['Pedro Pierluisi']],
  ])('%s', (text, label, aliases) => {
    const x = extractDocument(text);
    const node = x.entities.find((e) => e.label === label);
    expect(node).toBeDefined();
    expect(node!.aliases).toEqual(expect.arrayContaining(aliases));
    for (const alias of aliases) expect(x.entities.filter((e) => e.label === alias)).toHaveLength(0);
  });

  test("in a list, a title before a name is that name's, not the one before the comma", () => {
    const got = triples(extractDocument('Guests included actor Tom Hill, Oxfam director Anna Novak and others.'));
    expect(got).toContainEqual(['Anna Novak', 'leads', 'Oxfam']);
    expect(got).not.toContainEqual(['Tom Hill', 'leads', 'Oxfam']);
  });

  test('bodies whose names differ only in a first word that is no nation\'s stay apart', () => {
    const x = extractDocument('The Supreme Court of Appeal referred the case to the Regional Court of Appeal in Lima.');
    expect(x.entities.filter((e) => e.kind === 'group').map((e) => e.label).sort()).toEqual(['Regional Court of Appeal', 'Supreme Court of Appeal']);
  });

  test('two parties a word between tells apart stay apart', () => {
    const x = extractDocument('The Democratic Socialist Party met in Lima. The Democratic Party said it would not join.');
    expect(x.entities.filter((e) => e.kind === 'group').map((e) => e.label).sort()).toEqual(['Democratic Party', 'Democratic Socialist Party']);
  });

  test('two people who share a surname stay apart', () => {
    const x = extractDocument('Donald Trump and Ivanka Trump arrived in Tokyo.');
    expect(x.entities.filter((e) => e.kind === 'person').map((e) => e.label).sort()).toEqual(['Donald Trump', 'Ivanka Trump']);
  });

  test("a surname two people share is the story's first-named one's, unless the other was just named", () => {
    const text = 'Tony Mendez, a CIA officer, died on Saturday. He is survived by his wife Jonna Mendez. '
      + 'The agency praised his service. Officials said the rescue was secret. Mendez was awarded a medal in 1980. '
      + 'His son Ian Mendez lives in Maryland. Mendez said his father was brave.';
    const x = extractDocument(text);
    const owner = (at: number) => x.entities.find((e) => e.mentions.some((m) => m.start === at))?.label;
    expect(owner(text.indexOf('Mendez was awarded'))).toBe('Tony Mendez');
    expect(owner(text.indexOf('Mendez said'))).toBe('Ian Mendez');
    // (one just named after a verb or a preposition is not the sentence's subject)
    const after = 'Ana Vidal, a painter, died on Monday. The museum confirmed it with her son Tomas Vidal. Vidal was ill for years.';
    expect(extractDocument(after).entities.find((e) => e.mentions.some((m) => m.start === after.indexOf('Vidal was')))?.label).toBe('Ana Vidal');
  });

  test('a station is a place, and so is the acronym of a place the document names', () => {
    const x = extractDocument('Astronauts reached the Tiangong Space Station on Monday. The crew of the TSS waved.');
    expect(x.entities.map((e) => [e.label, e.kind, e.aliases])).toEqual([['Tiangong Space Station', 'place', ['TSS']]]);
  });

  test('"Congo" in a story about the Democratic Republic of the Congo is that country', () => {
    const x = extractDocument('Ebola has spread in the Democratic Republic of Congo. Health workers in Congo said 40 people died.');
    expect(x.entities.filter((e) => e.kind === 'place').map((e) => e.label)).toHaveLength(1);
  });

  test("a company's first word alone is the company, before a word of what it does", () => {
    const x = extractDocument('Norwegian utility Orvik Energy said on Tuesday it had agreed to acquire Baltic Wind. Orvik chief executive Kari Nordmann said the acquisition would double its capacity. Shares in Orvik rose 4 percent in Oslo.');
    expect(x.entities.filter((e) => e.kind === 'group').map((e) => e.label)).toEqual(['Orvik Energy', 'Baltic Wind']);
  });

  test("a person's surname that is also a city's name is the person's, unless a preposition of place is before it", () => {
    const x = extractDocument('A court in Lima on Tuesday sentenced former Peruvian President Alejandro Toledo to 20 years in prison. '
      + 'Judge Maria Torres found Toledo, 76, guilty of money laundering. Toledo, who governed Peru from 2001 to 2006, was extradited from the United States in April.');
    expect(x.entities.map((e) => e.label)).not.toContain('Toledo');
    const y = extractDocument('Prosecutors in the United States charged Ana Toledo with fraud on Monday. She was arrested in Toledo, Ohio.');
    expect(y.entities.find((e) => e.label === 'Toledo')?.kind).toBe('place');
  });

  test("a shorter name is not a relative's who shares the family's fuller name", () => {
    const x = extractDocument('Maria Lopez won the award on Sunday. She thanked her mother, Maria Elena Lopez, and her coach.');
    expect(x.entities.filter((e) => e.kind === 'person').map((e) => e.label).sort()).toEqual(['Maria Elena Lopez', 'Maria Lopez']);
  });

  test('a handle next to a name is an alias of the person', () => {
    const x = extractDocument('Protesters gathered in Ottawa. — Jane Doyle (@JaneDoyleNews) May 3, 2021');
    expect(x.entities.find((e) => e.label === 'Jane Doyle')?.aliases).toContain('@JaneDoyleNews');
  });
});

describe('entity relations', () => {
  test.each<[string, Triple]>([
    // what a group did somewhere does not put it there
    ['The Democratic Party held caucuses in Nevada.', ['Democratic Party', 'located_in', 'Nevada']],
    // a country is in no city
    ['The silver went to Rai Benjamin from the United States in Doha.', ['United States', 'located_in', 'Doha']],
    // a list of places is no chain of places
    ['Fans came from Paris, London and Berlin.', ['Paris', 'located_in', 'London']],
    // a commissioner of a department leads it, and is not said to be only a member
    ['Commissioner James Rovella of the Connecticut Department of Emergency Services said five people died.',
      ['James Rovella', 'member_of', 'Connecticut Department of Emergency Services']],
    // where a statement was made is not what it is about
    ['The Electronic Frontier Foundation said on Twitter that the move was wrong.', ['[statement]', 'about', 'Twitter']],
    ['Speaking to BBC Sport, Karsten Warholm said the race was tough.', ['[statement]', 'about', 'BBC Sport']],
    ['Jasim Uddin told the Associated Press four victims were from one family.', ['[statement]', 'about', 'Associated Press']],
    // what is asked of someone is not said or done by them
    ['He has requested President Maria Lopez declare a state of emergency.', ['Maria Lopez', 'said', '[statement]']],
    // "state" before an office is no verb of saying
    ['Republican state representative Maria Lopez sponsored the bill.', ['Republican Party', 'said', '[statement]']],
    // nor what the sentence ties the speaker to
    ['Harvard University researcher John Smith said the plan failed.', ['[statement]', 'about', 'Harvard University']],
    // nor is any of those who made it
    ['Japanese firms including Toyota, Honda, and Nissan have announced plans to leave.', ['[statement]', 'about', 'Toyota']],
    // a passive past an adverb is no act of its subject
    ['Maria Lopez was later injured in a shooting.', ['Maria Lopez', 'carried_out', '[other]']],
    // a name with a verb of its own is no object of the verb before
    ['The Scottish National Party gained 13 seats and Liberal Democrats lost 10.', ['[other]', 'about', 'Liberal Democrats']],
    ['Voters in Ohio backed the plan and John Smith said so.', ['[other]', 'about', 'John Smith']],
    ['Police in Paris, France arrested John Smith on Monday.', ['France', 'carried_out', '[arrest]']],
    // a place past "following" is the other event's
    ['The case turned on the convictions of John Smith following the “Bridgegate scandal” in Fort Lee.', ['[trial]', 'occurred_in', 'Fort Lee']],
    // a vice president is no head
    ['On Monday, former Vice President of the United States Joe Biden spoke in Ohio.', ['Joe Biden', 'leads', 'United States']],
    // a person's nationality is not a group's; a known city is at no lesser place
    ['Greek prime minister reaffirms EastMed project is open.', ['EastMed', 'located_in', 'Greece']],
    ['He spoke in Athens at Zappeion Hall on Thursday.', ['Athens', 'located_in', 'Zappeion Hall']],
    // who receives a sentence does not pass it; a jail is no trial
    ['Paul Manafort received a second sentence in federal court.', ['Paul Manafort', 'carried_out', '[trial]']],
    // a judge's ruling is not about the judge
    ['The government asked Judge John Smith to delay his ruling.', ['[trial]', 'about', 'John Smith']],
    // who leads a race is in it, and does not lead it
    ['Maria Lopez led the primary with 40% of the vote.', ['Maria Lopez', 'leads', '[election]']],
    // nor is the one elected
    ['Maria Lopez again elected Speaker as new Congress convenes', ['Maria Lopez', 'carried_out', '[election]']],
    // a place before a clause is not the agent of a force named in the clause
    ['Crowds reached Azadi Square, where police attacked the marchers.', ['Azadi Square', 'carried_out', '[attack]']],
    // a place is not in what it is near
    ['A fire broke out yesterday at Bontddu Hall near Dolgellau in Gwynedd, Wales.', ['Bontddu Hall', 'located_in', 'Dolgellau']],
    // whom one serves is no role one holds
    ["Mohammad Mir-Mohammadi had served Iran's Supreme Leader Ali Khamenei since 2017.", ['Mohammad Mir-Mohammadi', 'leads', 'Iran']],
    // a country's name before a verb or a preposition is no nationality
    ['Bolton was much more of a critic of Russia than was Maria Lopez.', ['Maria Lopez', 'citizen_of', 'Russia']],
    ['Benin and Nigeria join African Union trade bloc.', ['African Union', 'located_in', 'Nigeria']],
    // a list of places after commas is no chain of places within places
    ['The towns hit were Carrascal, Cantilan, Madrid, Carmen and Cortes.', ['Cantilan', 'located_in', 'Madrid']],
    ['She campaigned in Pennsylvania, Georgia, Florida and Iowa.', ['Pennsylvania', 'located_in', 'Georgia']],
    // a governor is not said to be the state's citizen
    ['Connecticut Governor Ned Lamont said the state would help.', ['Ned Lamont', 'citizen_of', 'Connecticut']],
    // an opposition's or rebels' leader leads no country
    ['Belarusian opposition leader Sviatlana Petrova was detained.', ['Sviatlana Petrova', 'leads', 'Belarus']],
    // a name after "from incumbent President" is the object of "from", not the subject
    ['Groups claiming the vote was stolen from incumbent President Donald Trump gathered in Ohio.', ['Donald Trump', 'carried_out', '[other]']],
    // who receives treatment does not carry it out
    ['Jan Nowak received emergency surgery on Monday.', ['Jan Nowak', 'carried_out', '[other]']],
    // who orders goods orders no event
    ['Maria Lopez ordered extra stock from suppliers in Ohio.', ['Maria Lopez', 'ordered', '[other]']],
    // one relative is one name: the list goes on with others
    ["Anna Holm died. Those with her included her father, Karl Holm, and Jan Dvorak.", ['Jan Dvorak', 'related_to', 'Anna Holm']],
    // a group named after "on" that is no body one sits on
    ['Ana Ruiz, the most senior Republican on the Halden Trust list, spoke.', ['Ana Ruiz', 'member_of', 'Halden Trust']],
    // a name that only says what kind of thing follows is no part of the possessor
    ['On Monday, Google\'s YouTube account was suspended by Twitter.', ['YouTube', 'part_of', 'Google']],
    // a dateline's agency is no agent of what the sentence tells
    ['LIMA, March 3 (Reuters) - Police arrested Juan Perez in Lima on Sunday.', ['Reuters', 'carried_out', '[arrest]']],
    // (an office of another group is not the appointer's)
    ['Acme Corp named Jane Doe chairman of Bolt Group.', ['Jane Doe', 'leads', 'Acme Corp']],
    // a headline's passive with its agent is no act of its subject
    ['Malian police wounded by gunmen\n\nTwo officers were hurt on Monday.', ['Malian police', 'carried_out', '[other]']],
    // where a statement was made is not what it is about; a fuss is no agreement
    ["On Sunday in Chile's National Congress, President Ana Rojas announced a new bill.", ['[statement]', 'about', 'National Congress']],
    ['Maria Lopez said at the United Nations that the plan had failed.', ['[statement]', 'about', 'United Nations']],
    ['They made a big deal about him in Iran.', ['[agreement]', 'occurred_in', 'Iran']],
    // what a part of a group says is not about the group it is part of
    ['On Tuesday, Google\'s YouTube said it would comply.', ['[statement]', 'about', 'Google']],
    // what an apposition names is not where the name before it is
    ['UNICEF, an agency of the United Nations, is based in Geneva.', ['United Nations', 'located_in', 'Geneva']],
    // a meeting attended is no school
    ['Ana Ruiz attended the conference of the World Health Organization in Geneva.', ['Ana Ruiz', 'related_to', 'World Health Organization']],
    // a source's comma closes the phrase that names it
    ['According to the BBC, a blast in Kabul killed five people.', ['BBC', 'located_in', 'Kabul']],
    // the country an envoy is for is not theirs
    ['Canadian Special Representative for Sudan Paul Dubois met rebels.', ['Paul Dubois', 'citizen_of', 'Sudan']],
    ['The envoy for Somalia, Ilse Berg, met rebels.', ['Ilse Berg', 'citizen_of', 'Somalia']],
  ])('not: %s', (text, unexpected) => {
    expect(triples(extractDocument(text))).not.toContainEqual(unexpected);
  });

  test.each<[string, Triple]>([
    ['Hassan Nasrallah, the leader of Hezbollah, gave a speech.', ['Hassan Nasrallah', 'leads', 'Hezbollah']],
    ['Jens Stoltenberg, the head of NATO, arrived in Warsaw.', ['Jens Stoltenberg', 'leads', 'NATO']],
    // an office taken, held or left
    ['John Smith was elected mayor of Boston on Tuesday.', ['John Smith', 'leads', 'Boston']],
    ['Jane Roe was sworn in as governor of Ohio.', ['Jane Roe', 'leads', 'Ohio']],
    ['John Smith resigned as chairman of Acme Corp on Friday.', ['John Smith', 'leads', 'Acme Corp']],
    ['Lena Okafor stepped down as chair of the Nairobi Water Board on Friday.', ['Lena Okafor', 'leads', 'Nairobi Water Board']],
    ['Tomas Berg took over as coach of Rosenborg in 2019.', ['Tomas Berg', 'leads', 'Rosenborg']],
    // a role of each group joined by "and"
    ['Lena Okafor, a director of the Ford Foundation and the Wellcome Trust, spoke in Lagos.', ['Lena Okafor', 'leads', 'Wellcome Trust']],
    ['Ana Ruiz will step down as president of the Lima Chamber of Commerce.', ['Ana Ruiz', 'leads', 'Lima Chamber of Commerce']],
    ['John Smith, who became mayor of Boston in 2010, spoke.', ['John Smith', 'leads', 'Boston']],
    ['Boris Johnson became Prime Minister of the United Kingdom in July.', ['Boris Johnson', 'leads', 'United Kingdom']],
    // an acronym's title in apposition, and a title of it with "for"
    ['John Smith, a BBC journalist, reported it from Kabul.', ['John Smith', 'member_of', 'BBC']],
    // a chief executive leads; a governor of a place named after the person leads it
    ['Tim Cook, the chief executive of Apple, said sales rose.', ['Tim Cook', 'leads', 'Apple']],
    ['Gov. Andrew Cuomo of New York said the state would help.', ['Andrew Cuomo', 'leads', 'New York']],
    ['Senator Bernie Sanders of Vermont said the state would help.', ['Bernie Sanders', 'citizen_of', 'Vermont']],
    // a scientist's field between a group and the title; a field word is no verb
    ['Princeton University neuroscience professor Sam Wang stated it.', ['Sam Wang', 'member_of', 'Princeton University']],
    ['UCL astronomer Angelos Tsiaras said there is water.', ['Angelos Tsiaras', 'member_of', 'UCL']],
    ['Before joining the cabinet, Anna Novak served in the Polish Army.', ['Anna Novak', 'member_of', 'Polish Army']],
    ['Anna Novak, a co-founder of Greenpeace, said the ship had sailed.', ['Anna Novak', 'leads', 'Greenpeace']],
    ['Anna Novak, a Labour member of the Scottish Parliament, said the vote was close.', ['Anna Novak', 'member_of', 'Scottish Parliament']],
    // of a body past what it is; at the body one works at
    ['Anna Novak, of the charity group Oxfam, said the camp was full.', ['Anna Novak', 'member_of', 'Oxfam']],
    ['Professor Anna Novak at the University of Leeds said the data was clear.', ['Anna Novak', 'member_of', 'University of Leeds']],
    ['Dr. Anna Novak at Riverside General Hospital said three were hurt.', ['Anna Novak', 'member_of', 'Riverside General Hospital']],
    // an acronym the model left out before a capitalised title and a name
    ['NWFRS Commander Maria Lopez said the crew was safe.', ['Maria Lopez', 'leads', 'NWFRS']],
    // a person's party after a possessive; a group's acronym between it and a title; a group someone is from; a presumptive nominee
    ['He was imprisoned under Adamowicz\'s former party Civic Platform.', ['Adamowicz', 'member_of', 'Civic Platform']],
    ['The Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen spoke.', ['Yousef Al-Othaimeen', 'leads', 'Organisation of Islamic Cooperation']],
    ['The winner was Valentina Sidorenko from Tyumen State Medical University.', ['Valentina Sidorenko', 'member_of', 'Tyumen State Medical University']],
    ['Donald Trump became the Republican Party\'s presumptive nominee.', ['Donald Trump', 'member_of', 'Republican Party']],
    // "X-based": where a group is
    ['The Yemen-based Houthi movement claimed responsibility.', ['Houthi movement', 'located_in', 'Yemen']],
    ['On Thursday, Denmark-based retailer Salling Group announced a deal.', ['Salling Group', 'located_in', 'Denmark']],
    // "a X spokesperson, Y,": the title of a group, then the person
    ['A Google spokesman, John Smith, said the service was restored.', ['John Smith', 'member_of', 'Google']],
    // a group within a group, in an apposition
    ['UNESCO, a specialized agency of the United Nations, is based in Paris.', ['UNESCO', 'part_of', 'United Nations']],
    ['The FBI, part of the Department of Justice, said it would investigate.', ['FBI', 'part_of', 'Department of Justice']],
    // a group owned by a group is part of it, one owned by a person related to them; a copula's unit
    ['Jaguar Land Rover, which is owned by Tata Motors, cut jobs.', ['Jaguar Land Rover', 'part_of', 'Tata Motors']],
    ['The Boston Globe, owned by John Henry, reported the story.', ['Boston Globe', 'related_to', 'John Henry']],
    ['Zappos is a subsidiary of Amazon.com Inc.', ['Zappos', 'part_of', 'Amazon.com Inc.']],
    // a chamber's committee, by the chamber's word
    ['The Senate passed the bill. The Senate Finance Committee had backed it.', ['Senate Finance Committee', 'part_of', 'Senate']],
    // "the Ural region of Russia": a place, its kind, and the country it is in
    ['Magnitogorsk is a city in the Ural region of Russia.', ['Ural', 'located_in', 'Russia']],
    // "the U.S. border city of El Paso": the city, not the country before its kind
    ['A gunman shot shoppers at a Walmart store in the U.S. border city of El Paso.', ['Walmart', 'located_in', 'El Paso']],
    // a place in a part of another; a named site, what it is, and where
    ['The fire started at the Grenfell Tower in west London.', ['Grenfell Tower', 'located_in', 'London']],
    ['The Louvre museum in Paris closed on Monday.', ['Louvre', 'located_in', 'Paris']],
    // a group's sites by its possessive or a verb of having them
    ["Toyota's headquarters in Nagoya were closed.", ['Toyota', 'located_in', 'Nagoya']],
    ['Oxfam has offices in Juba and Kampala.', ['Oxfam', 'located_in', 'Kampala']],
    // a group or a party set off by commas after the person
    ['Anderson Cooper, of CNN, said the show would go on.', ['Anderson Cooper', 'member_of', 'CNN']],
    ['The Democratic Party met. Tony Evers, a Democrat, said he disagreed.', ['Tony Evers', 'member_of', 'Democratic Party']],
    // who heads or founded a group leads it; a group's title after its possessive
    ['Maria Lopez, who heads the Red Cross, said the camps were full.', ['Maria Lopez', 'leads', 'Red Cross']],
    ['In 1971, John Smith co-founded the Congressional Black Caucus.', ['John Smith', 'leads', 'Congressional Black Caucus']],
    ['Maria Lopez, the Red Cross\'s spokeswoman, said the camps were full.', ['Maria Lopez', 'member_of', 'Red Cross']],
    // a role of a group, then the person after a comma and a title; who was elected to a body; an apposition's joining
    ['The director of IEDCR, Dr Meerjady Flora, said five people died.', ['Meerjady Flora', 'leads', 'IEDCR']],
    ['Elijah Cummings, first elected to Congress in 1996, died on Thursday.', ['Elijah Cummings', 'member_of', 'Congress']],
    ['The former basketball player, Kobe Bryant, joined the Lakers in 1996.', ['Kobe Bryant', 'member_of', 'Lakers']],
    ['The Boston Celtics signed Tomas Berg on Friday.', ['Tomas Berg', 'member_of', 'Boston Celtics']],
    // family after a possessive ("X's wife Y", "Y, X's mother,")
    ['Tony Mendez died. Mendez\'s wife Jonna Mendez said he was brave.', ['Jonna Mendez', 'related_to', 'Tony Mendez']],
    ['Susan Bro, Heather Heyer\'s mother, told reporters.', ['Susan Bro', 'related_to', 'Heather Heyer']],
    // a marriage, also by a pronoun and to each of a list
    ['Doris Day was married to talent agent Marty Melcher.', ['Doris Day', 'related_to', 'Marty Melcher']],
    ['Doris Day sang. She was also married in turn to George Weidler and Barry Comden.', ['Doris Day', 'related_to', 'Barry Comden']],
    ['Lena Berg married lawyer Tomas Holm in 1998.', ['Lena Berg', 'related_to', 'Tomas Holm']],
    ['Lena Berg was born in Oslo. In 1998 she married Tomas Holm.', ['Lena Berg', 'related_to', 'Tomas Holm']],
    // a person's school (the vocabulary has no word for it): graduated from, a graduate of, a degree from, studied at
    ['Lena Okafor graduated from Carleton University in 2004 with honours.', ['Lena Okafor', 'related_to', 'Carleton University']],
    ['Raj Mehta, a graduate of the London School of Economics, now runs the firm.', ['Raj Mehta', 'related_to', 'London School of Economics']],
    ['Tomas Berg was born in Oslo. He earned a doctorate in chemistry from Uppsala University.', ['Tomas Berg', 'related_to', 'Uppsala University']],
    ['Before studying medicine at Cardiff University, Anna Lee worked as a nurse.', ['Anna Lee', 'related_to', 'Cardiff University']],
    ['Ana Ruiz was elected in 2010. After earning a law degree from Wayne State University, she opened a practice.', ['Ana Ruiz', 'related_to', 'Wayne State University']],
    // a pronoun subject after a fronted year
    ['Maria Lopez moved to Texas. In 2011 she served as the chair of the Austin Tenants Council.', ['Maria Lopez', 'leads', 'Austin Tenants Council']],
    // family after "his"/"her": of whom the pronoun means
    ['The guitarist Eddie Van Halen formed the band with his brother Alex Van Halen in 1972.', ['Alex Van Halen', 'related_to', 'Eddie Van Halen']],
    // a person's chief of staff, lawyer or spokesperson is related to them (the vocabulary has no word for an aide)
    ['The charge was denied by Irma Tchkadua, Basilashvili\'s lawyer.', ['Irma Tchkadua', 'related_to', 'Basilashvili']],
    // the person in apposition, though the owner is named again right after
    ['Yoko Ono spoke. According to Ana Ruiz, Ono\'s former spokeswoman, Ono was unwell.', ['Ana Ruiz', 'related_to', 'Yoko Ono']],
    ['Ricardo Llerandi, Rosselló\'s chief of staff, also resigned.', ['Ricardo Llerandi', 'related_to', 'Rosselló']],
    // family the pronoun's person has: plural kin listed, a name the kin noun stands in apposition to
    ['Tomas Berg was born in Oslo. His parents, Erik Berg and Lena Berg, were farmers.', ['Lena Berg', 'related_to', 'Tomas Berg']],
    ['Tomas Berg died on Monday. In a statement, Lena Berg, his wife and a painter, said he was kind.', ['Lena Berg', 'related_to', 'Tomas Berg']],
    ['Tomas Berg died. Lena Berg, his wife and the chairwoman of the Oslo Labour Party, spoke.', ['Lena Berg', 'leads', 'Oslo Labour Party']],
    // a seat on a body, past what the holder is
    ['Ana Ruiz, the most senior Republican on the Finance Committee, spoke.', ['Ana Ruiz', 'member_of', 'Finance Committee']],
    // who works for or at a group; a role of a possessor's group
    ['Anthony Boccaletti, who works at the Observatoire de Paris, discussed it.', ['Anthony Boccaletti', 'member_of', 'Observatoire de Paris']],
    ['The director of Argentina\'s Amnesty International, Mariela Belski, said.', ['Mariela Belski', 'leads', 'Amnesty International']],
    // roles joined by "and" before the person, each the person's; a role held before ("then-")
    ['The then-editor of the Daily Mirror and chairman of the Press Club, Tom Hale, resigned on Monday.', ['Tom Hale', 'member_of', 'Daily Mirror']],
    // a country named with "the" after a person; a prime minister of a country leads it
    ['Serena Williams of the United States beat Naomi Osaka.', ['Serena Williams', 'citizen_of', 'United States']],
    ['Prime Minister Igor Matovic of the Slovak Republic posted a message.', ['Igor Matovic', 'leads', 'Slovakia']],
    // a capitalised title "from" a place before the name
    ['She lost to former United States Senator from New York Hillary Clinton.', ['Hillary Clinton', 'citizen_of', 'New York']],
    // where a person lives or lived, and where they are from after a comma
    ['John Fitisemanu had lived in Utah for more than twenty years.', ['John Fitisemanu', 'citizen_of', 'Utah']],
    ['Bruce McArthur, from Toronto, Canada, on Tuesday admitted his guilt.', ['Bruce McArthur', 'citizen_of', 'Toronto']],
    // where a person hails from or is a native of; a nationality before two joined nouns
    ['Tom Reyes, who hails from Arizona, joined the march.', ['Tom Reyes', 'citizen_of', 'Arizona']],
    ['Juan Perez, a native of Bogota, was arrested.', ['Juan Perez', 'citizen_of', 'Bogota']],
    ['Ohio native Joe Smith said the plant would close.', ['Joe Smith', 'citizen_of', 'Ohio']],
    // past an age in commas
    ['Tom Hardy, 42, of Leeds, England, was injured.', ['Tom Hardy', 'citizen_of', 'Leeds']],
    ['Anna Lee, 19, from Cardiff, died at the scene.', ['Anna Lee', 'citizen_of', 'Cardiff']],
    // where one is from after a party's word, or after an age and who one is
    ['Maria Lopez, a Republican from Arizona, objected.', ['Maria Lopez', 'citizen_of', 'Arizona']],
    // where one was born or grew up, also by a participle that opens the sentence
    ['Born in Accra, Kofi Mensah moved to Leeds in 1995.', ['Kofi Mensah', 'citizen_of', 'Accra']],
    ['Kofi Mensah grew up in Kumasi.', ['Kofi Mensah', 'citizen_of', 'Kumasi']],
    ['Anna Lee, a 34-year-old woman from Swansea, was injured.', ['Anna Lee', 'citizen_of', 'Swansea']],
    // who orders an act (not goods) orders the event it is
    ['Health Minister Anna Kowalska ordered inspections of all nursing homes across Slovakia.', ['Anna Kowalska', 'ordered', '[other]']],
    ['US singer and lyricist Robert Hunter died at his home.', ['Robert Hunter', 'citizen_of', 'United States']],
    // a lord mayor governs the city
    ['Sally Capp is the Lord Mayor of Melbourne.', ['Sally Capp', 'leads', 'Melbourne']],
    // a role's group before a clause's words ("prior to", "until"), and a copula's "also"
    ['Tom Berg spoke. Berg was a chemistry professor at the University of Leeds until his death.', ['Tom Berg', 'member_of', 'University of Leeds']],
    ['Tom Berg spoke. He was also an original director of the Lorenz Research Foundation.', ['Tom Berg', 'leads', 'Lorenz Research Foundation']],
    // "the Polish city of X": a place's kind after a nationality
    ['Jan Nowak, mayor of the Polish city of Gdynia, was stabbed.', ['Jan Nowak', 'leads', 'Gdynia']],
    // where a person was born is where they are from; a first minister leads
    ['Walter Munk was born in Austria, but he emigrated.', ['Walter Munk', 'citizen_of', 'Austria']],
    ['Maria Lopez, who is from Lagos, spoke to reporters.', ['Maria Lopez', 'citizen_of', 'Lagos']],
    ['Maria Lopez, originally from Lima, spoke to reporters.', ['Maria Lopez', 'citizen_of', 'Lima']],
    ['Maria Lopez, first elected to the Senate in 1996, was born in Seville in 1951.', ['Maria Lopez', 'citizen_of', 'Seville']],
    ['Scotland First Minister Nicola Sturgeon said masks were needed.', ['Nicola Sturgeon', 'leads', 'Scotland']],
    // a legislators' plural title makes each a member of the chamber the document names
    ['The Senate voted. Republican senators Mitt Romney and Susan Collins voted against.', ['Susan Collins', 'member_of', 'Senate']],
    // a plural title is of every person listed after it
    ['NASA astronauts Bob Behnken and Doug Hurley flew to the station.', ['Doug Hurley', 'member_of', 'NASA']],
    ['Former CIA directors John Brennan, Leon Panetta, and Michael Hayden signed a letter.', ['Michael Hayden', 'leads', 'CIA']],
    // a party's nominee, a broadcaster's photojournalist
    ['Unity Party of America presidential nominee Bill Hammons spoke.', ['Bill Hammons', 'member_of', 'Unity Party of America']],
    ['Abu Dhabi TV photojournalist Ziad al-Sharabi was killed.', ['Ziad al-Sharabi', 'member_of', 'Abu Dhabi TV']],
    // a team's and a band's; who plays for, joined or signed with a group
    ['Manchester United striker Marcus Rashford scored twice.', ['Marcus Rashford', 'member_of', 'Manchester United']],
    ['Metallica drummer Lars Ulrich said the tour was over.', ['Lars Ulrich', 'member_of', 'Metallica']],
    ['Marcus Rashford, who plays for Manchester United, scored.', ['Marcus Rashford', 'member_of', 'Manchester United']],
    ['Anna Berg joined the Liberal Democrats in 2015.', ['Anna Berg', 'member_of', 'Liberal Democrats']],
    // each of the people listed as members of a group; who speaks for a group
    ['Maria Vega, Tomás Ortiz, and Luis Ramos are all members of the Popular Democratic Party.', ['Maria Vega', 'member_of', 'Popular Democratic Party']],
    ['Anna Berg and Carl Moen, both members of the Liberal Democrats, voted.', ['Anna Berg', 'member_of', 'Liberal Democrats']],
    ["Kamal Haddad, speaking for the country's Health Ministry, reported 12 deaths.", ['Kamal Haddad', 'member_of', 'Health Ministry']],
    ['Geir Pedersen, the UN special envoy for Syria, spoke in Geneva.', ['Geir Pedersen', 'member_of', 'UN']],
    // a name that modifies a noun is not what the role is of
    ['On Friday, Ricardo Rossello resigned as the governor of United States commonwealth of Puerto Rico.', ['Ricardo Rossello', 'leads', 'Puerto Rico']],
    ['On Monday, the Chief Executive of Hong Kong, Carrie Lam, spoke.', ['Carrie Lam', 'leads', 'Hong Kong']],
    // a title that modifies others is one itself before "of"
    ['John Paul Stevens, a former associate justice of the US Supreme Court, died yesterday.', ['John Paul Stevens', 'member_of', 'US Supreme Court']],
    // a title of the possessor's group
    ["Jean-Jacques Muyembe, Director General of the DRC's Institut National de Recherche Biomedicale, said it worked.", ['Jean-Jacques Muyembe', 'leads', 'Institut National de Recherche Biomedicale']],
    // a first minister leads
    ['First Minister of Scotland Nicola Sturgeon said it was wrong.', ['Nicola Sturgeon', 'leads', 'Scotland']],
    ["Wales' first minister, Mark Drakeford, said it was wrong.", ['Mark Drakeford', 'leads', 'Wales']],
    // a New England town's first selectman heads it
    ["Stratford's first selectwoman, Laura Hoydick, said the road was closed.", ['Laura Hoydick', 'leads', 'Stratford']],
    // a name, then the title it gives, in apposition
    ['Ned Lamont, the Connecticut governor, spoke in Hartford.', ['Ned Lamont', 'leads', 'Connecticut']],
    ['Mitch McConnell, the Senate Majority Leader, spoke in Washington.', ['Mitch McConnell', 'member_of', 'Senate']],
    // a phrase that says where a place or group is
    ['Toowoomba is located in Queensland, Australia.', ['Toowoomba', 'located_in', 'Queensland']],
    ['Toowoomba is a city in Queensland.', ['Toowoomba', 'located_in', 'Queensland']],
    ['Acme Corp, based in Ohio, makes tools.', ['Acme Corp', 'located_in', 'Ohio']],
    ['Toowoomba is located in the state of Queensland.', ['Toowoomba', 'located_in', 'Queensland']],
    // a possessive title in apposition
    ["Jacinda Ardern, New Zealand's prime minister, spoke in Wellington.", ['Jacinda Ardern', 'leads', 'New Zealand']],
    ['Syrian President Bashar al-Assad visited Moscow.', ['Bashar al-Assad', 'leads', 'Syria']],
    ["Nigeria's Independent National Electoral Commission announced the results.", ['Independent National Electoral Commission', 'located_in', 'Nigeria']],
    ['The Iran-backed Kataib Hezbollah militia attacked the base.', ['Kataib Hezbollah', 'backed_by', 'Iran']],
    ['Fighting continued near the Al Asad Air Base in Anbar.', ['Al Asad Air Base', 'located_in', 'Anbar']],
    ['The National Guard and its Special Forces deployed in Ohio.', ['Special Forces', 'part_of', 'National Guard']],
    ['A member of the Tunisian Parliament, Samir Dilou, said the law passed.', ['Samir Dilou', 'member_of', 'Tunisian Parliament']],
    ['On Monday, ISIL fighters in Syria fled.', ['ISIL', 'located_in', 'Syria']],
    // an acronym the model left out before what a group's people are; several places
    ['Coalition forces conducted 34 strikes against ISIL terrorists in Syria and Iraq.', ['ISIL', 'located_in', 'Iraq']],
    ['Hong Kong Chief Executive Carrie Lam withdrew the bill.', ['Carrie Lam', 'leads', 'Hong Kong']],
    ['Adam Schiff, the Democratic chairman of the House Intelligence Committee, spoke.', ['Adam Schiff', 'leads', 'House Intelligence Committee']],
    ['Republicans attacked the inquiry, with Steve Scalise of Louisiana calling it a coup.', ['Steve Scalise', 'citizen_of', 'Louisiana']],
    // a place and, after a comma, the larger place it is in; an apposition that says where it is
    ['A gunman opened fire at a store in El Paso, Texas, on Saturday.', ['El Paso', 'located_in', 'Texas']],
    ['Talks resumed in Kigali, the Rwandan capital, on Monday.', ['Kigali', 'located_in', 'Rwanda']],
    ['Protesters gathered in the Kenyan capital Nairobi on Friday.', ['Nairobi', 'located_in', 'Kenya']],
    ['The plane crashed at an airport in Windsor Locks, Connecticut.', ['Windsor Locks', 'located_in', 'Connecticut']],
    // the nations of the United Kingdom are places of their own
    ['A fire broke out at a hotel near Barmouth, Wales, on Friday.', ['Barmouth', 'located_in', 'Wales']],
    ['A building collapsed in Magnitogorsk, a city in the Ural region of Russia.', ['Magnitogorsk', 'located_in', 'Russia']],
    // the place a larger place's kind names is in it, not the other way
    ['Floods hit the Texas city of Amarillo on Monday.', ['Amarillo', 'located_in', 'Texas']],
    // in a part of a place; where a place is, between commas
    ['A bomb hit a market in Baidoa in the centre of Bay province.', ['Baidoa', 'located_in', 'Bay']],
    ['Residents of Bukavu, in eastern Rwanda, fled.', ['Bukavu', 'located_in', 'Rwanda']],
    // a governor leads the state
    ['Connecticut Governor Ned Lamont said the state would help.', ['Ned Lamont', 'leads', 'Connecticut']],
    // a minister leads the ministry of the portfolio the document names, a deputy is of it
    ['The Health Ministry said 12 died. Health Minister Anna Novak visited the ward.', ['Anna Novak', 'leads', 'Health Ministry']],
    ['The Defence Ministry said so. Deputy Defence Minister Ivan Petrov agreed.', ['Ivan Petrov', 'member_of', 'Defence Ministry']],
    // a party's word before a person, when the document names the party
    ['The Labour Party met in Leeds. Labour MP Jane Wood voted against the plan.', ['Jane Wood', 'member_of', 'Labour Party']],
    // and when it does not: the word names the party, by the party's name
    ['Republican Senator Jane Wood voted against the plan.', ['Jane Wood', 'member_of', 'Republican Party']],
    // a legislator's title makes them a member of the chamber the document names
    ['The Senate voted on Tuesday. Senator Maria Lopez agreed.', ['Maria Lopez', 'member_of', 'Senate']],
    ['The House of Commons rejected the plan on Tuesday. Member of Parliament (MP) Tom Reyes objected.', ['Tom Reyes', 'member_of', 'House of Commons']],
    ['Democrat Maria Lopez voted against the plan.', ['Maria Lopez', 'member_of', 'Democratic Party']],
    ['NASA Administrator Jim Bridenstine said the capsule was ready.', ['Jim Bridenstine', 'leads', 'NASA']],
    ['Maria Lopez, the Director-General of the World Health Organization, spoke.', ['Maria Lopez', 'leads', 'World Health Organization']],
    ['The silver went to Rai Benjamin from the United States in Doha.', ['Rai Benjamin', 'citizen_of', 'United States']],
    ['On Sunday, the French inventor Franky Zapata said he crossed the Channel.', ['Franky Zapata', 'citizen_of', 'France']],
    ['An Australian, Brenton Tarrant, appeared in court on Saturday.', ['Brenton Tarrant', 'citizen_of', 'Australia']],
    // a country's name, a field and a title, and where the title is held; a nationality before a role at a group
    ['On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said so.', ['Adrian Wojnarowski', 'member_of', 'ESPN']],
    ['The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy, in Qatar.', ['Zalmay Khalilzad', 'citizen_of', 'United States']],
    ['Adrian Wojnarowski, an American columnist for ESPN, said so.', ['Adrian Wojnarowski', 'citizen_of', 'United States']],
    ["Kay Hagan, North Carolina's first female Democratic senator, died on Monday.", ['Kay Hagan', 'citizen_of', 'North Carolina']],
    ['US Ambassador to Germany Richard Grenell alleged it.', ['Richard Grenell', 'citizen_of', 'United States']],
    ['Canadian Special Representative for Sudan Paul Dubois met rebels.', ['Paul Dubois', 'citizen_of', 'Canada']],
    ['Referring to the stake in Acme Corp, Maria Lopez said the firm would wait.', ['[statement]', 'about', 'Acme Corp']],
    // who organised an event, told in its own clause, past a hyphened word before the name
    ['About 40,000 people joined the demonstration, which was organised by the far-right Freedom Party.', ['Freedom Party', 'carried_out', '[protest]']],
    // a firm's worker in apposition
    ['Tom Lee, a Goldman Sachs banker, spoke on Monday.', ['Tom Lee', 'member_of', 'Goldman Sachs']],
    // a group gives a person its office
    ['Acme Corp named Jane Doe as its new chief executive on Monday.', ['Jane Doe', 'leads', 'Acme Corp']],
    ['Bolt Group appointed Tom Lee chairman.', ['Tom Lee', 'leads', 'Bolt Group']],
    // a nationality's company in apposition is in the country; a founder past the year and what the person is
    ['Baltic Wind, a Danish offshore wind developer, was sold.', ['Baltic Wind', 'located_in', 'Denmark']],
    ['Baltic Wind was founded in 2009 by engineer Lars Holm.', ['Lars Holm', 'leads', 'Baltic Wind']],
    // a sentence over a nationality and titles; a verdict by who finds the accused guilty
    ['A court in Lima on Tuesday sentenced former Peruvian Vice President Jorge Glas to six years in prison.', ['[trial]', 'about', 'Jorge Glas']],
    ['Judge Ana Ruiz found Tomas Berg, 54, guilty of fraud on Friday.', ['Ana Ruiz', 'carried_out', '[trial]']],
    ['Judge Ana Ruiz found Tomas Berg, 54, guilty of fraud on Friday.', ['[trial]', 'about', 'Tomas Berg']],
    // a relative named past a title
    ['Omar Haddad became emir in 1995 after deposing his father, Emir Khalid Haddad.', ['Khalid Haddad', 'related_to', 'Omar Haddad']],
    // the first of two coordinated subjects, over the second's title
    ['Chilean President Ana Rojas and Peruvian President Luis Vega met in Lima on Monday.', ['Ana Rojas', 'carried_out', '[meeting]']],
    // an attack by someone unnamed on people unnamed, told by where it happened
    ['A gunman killed five people at a bar in Lyon on Friday night.', ['[killing]', 'occurred_in', 'Lyon']],
    ['Thousands of people marched through central Lisbon on Saturday.', ['[protest]', 'occurred_in', 'Lisbon']],
    ['Hundreds of protesters gathered outside parliament in Nairobi on Tuesday.', ['[protest]', 'occurred_in', 'Nairobi']],
    ['A gunman killed five people at a bar in Lyon on Friday night. The suspect, identified as Marc Duval, was found dead.', ['Marc Duval', 'carried_out', '[killing]']],
    // a dateline's agency, after a date too; a nationality's police of a kind
    ['LIMA, March 3 (Reuters) - Police arrested Juan Perez in Lima on Sunday.', ['Reuters', 'reported', '[arrest]']],
    ['The Mexican federal police arrested him in Tijuana.', ['Mexican federal police', 'carried_out', '[arrest]']],
    ['Acme Corp signed a big deal with Bolt Group in Paris.', ['[agreement]', 'occurred_in', 'Paris']],
    // a city's police and government are groups in the city
    ['On Monday, Fresno police arrested a man near the station.', ['Fresno police', 'carried_out', '[arrest]']],
    ['The Lyon government said it would pay.', ['Lyon government', 'located_in', 'Lyon']],
    ['UNICEF, an agency of the United Nations, is based in Geneva.', ['UNICEF', 'located_in', 'Geneva']],
    ['EU Special Envoy for Kosovo Ilse Berg met rebels.', ['Ilse Berg', 'member_of', 'EU']],
    ['Conservative Party leader and Prime Minister Boris Johnson said he was humbled.', ['Boris Johnson', 'leads', 'Conservative Party']],
    // a nation's ruler by its adjective, in an apposition or after a copula
    ['According to Reuters, Mohammad bin Salman is the de facto Saudi ruler.', ['Mohammad bin Salman', 'leads', 'Saudi Arabia']],
    ['Jamal Khashoggi, a Saudi journalist, was killed.', ['Jamal Khashoggi', 'citizen_of', 'Saudi Arabia']],
    // passive leadership over a title; family ties; a nationality after a copula; where a group is, by an apposition
    ['The Supreme Court is led by President Brenda Hale.', ['Brenda Hale', 'leads', 'Supreme Court']],
    ['On Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters.', ['Hatice Cengiz', 'related_to', 'Jamal Khashoggi']],
    ['The reporter Maria Lopez is a Turkish national now living in London.', ['Maria Lopez', 'citizen_of', 'Turkey']],
    ['The edition of the Northern Times, a daily printed in Darwin, included an insert.', ['Northern Times', 'located_in', 'Darwin']],
    // an organisation of a place is in it
    ['The Supreme Court of the United Kingdom ruled on Tuesday. The ruling shook the United Kingdom.', ['Supreme Court of the United Kingdom', 'located_in', 'United Kingdom']],
    // a two-word title in an apposition
    ['Julie Payette, the Governor General of Canada, dissolved parliament.', ['Julie Payette', 'leads', 'Canada']],
    // minority and majority leaders and whips are members of their chamber
    ['Senate Minority Whip Dick Durbin questioned the plan.', ['Dick Durbin', 'member_of', 'Senate']],
    ['The Senate Minority Leader, Chuck Schumer, said no.', ['Chuck Schumer', 'member_of', 'Senate']],
    // a hyphenated title
    ['NATO Secretary-General Jens Stoltenberg spoke in Brussels.', ['Jens Stoltenberg', 'leads', 'NATO']],
    // "then-" and "ex-" are no part of the name after them
    ['The aide to then-New Jersey Governor Chris Christie resigned.', ['Chris Christie', 'leads', 'New Jersey']],
    // a person of a group
    ['Bill Gerstenmaier of NASA spoke of the collaboration.', ['Bill Gerstenmaier', 'member_of', 'NASA']],
    ['MP Yvette Cooper of the Labour Party added that it was wrong.', ['Yvette Cooper', 'member_of', 'Labour Party']],
    ["Sally Wasef of Australia's Griffith University led the study.", ['Sally Wasef', 'member_of', 'Griffith University']],
    // each of the people listed before "of"
    ['Kate Allen and Tom Watson of Amnesty International said so.', ['Kate Allen', 'member_of', 'Amnesty International']],
    // appositions: several roles, a nationality, two-word titles, "from"
    ['John Hickenlooper has served as mayor of Denver and governor of Colorado.', ['John Hickenlooper', 'leads', 'Colorado']],
    ['Jamal Khashoggi, a Saudi national, was a columnist for The Washington Post.', ['Jamal Khashoggi', 'citizen_of', 'Saudi Arabia']],
    ['Jamal Khashoggi, a Saudi national, was a columnist for The Washington Post.', ['Jamal Khashoggi', 'member_of', 'Washington Post']],
    ['Dr Gary Mortimer, retail expert from Queensland University of Technology, said the stores fill the stock.', ['Gary Mortimer', 'member_of', 'Queensland University of Technology']],
    ['Bill Baroni, then the deputy executive director of the Port Authority, was convicted.', ['Bill Baroni', 'member_of', 'Port Authority']],
    // a capitalised title of a place, then the person
    ['Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning.', ['Piotr Jedlinski', 'leads', 'Koszalin']],
    // a group named after the group it is part of, or the place it is of
    ['John Bercow chairs the House of Commons. According to the House of Commons Library, prorogations are short.',
      ['House of Commons Library', 'part_of', 'House of Commons']],
    ['Florida frogs were studied. Researchers at the University of Florida found spikes.', ['University of Florida', 'located_in', 'Florida']],
    // the title of a name, then the person
    ['According to the El Paso mayor, Dee Margo, police were investigating.', ['Dee Margo', 'leads', 'El Paso']],
    ['The NASA administrator, Jim Bridenstine, spoke.', ['Jim Bridenstine', 'leads', 'NASA']],
    // a coach leads the team, an assistant coach is of it
    ['Liverpool coach Jurgen Klopp praised the team after the match against Arsenal.', ['Jurgen Klopp', 'leads', 'Liverpool']],
    ['Liverpool assistant coach Pep Lijnders praised the team after the match against Arsenal.', ['Pep Lijnders', 'member_of', 'Liverpool']],
    // a possessive before a title
    ["Russia's foreign minister Sergei Lavrov met John Kerry.", ['Sergei Lavrov', 'citizen_of', 'Russia']],
    ["NASA's deputy administrator Jim Morhard spoke.", ['Jim Morhard', 'member_of', 'NASA']],
    // a nationality before what a group is
    ['German carmaker Volkswagen said sales fell.', ['Volkswagen', 'located_in', 'Germany']],
    // every one of a list after a nationality's plural
    ['Dutch firms including Philips, Heineken and Ahold bid for it.', ['Heineken', 'located_in', 'Netherlands']],
    ['Dutch firms including Philips, Heineken and Ahold bid for it.', ['Ahold', 'located_in', 'Netherlands']],
    ['Swiss banks such as Vontobel and Lombard Odier grew.', ['Lombard Odier', 'located_in', 'Switzerland']],
    // a country that joins or leaves a union is a member of it
    ['Benin, Nigeria join African Union continental free trade bloc', ['Nigeria', 'member_of', 'African Union']],
    ['Benin, Nigeria join African Union continental free trade bloc', ['Benin', 'member_of', 'African Union']],
    ['The United Kingdom is in the process of leaving the European Union.', ['United Kingdom', 'member_of', 'European Union']],
    // a year between "born in" and the place; a two-word head of state; a demonym the text made a mention
    ['Jacques Chirac was born in 1932 in Paris.', ['Jacques Chirac', 'citizen_of', 'Paris']],
    ['Ali Khamenei, the Supreme Leader of Iran, ordered three days of mourning.', ['Ali Khamenei', 'leads', 'Iran']],
    ['Richard Guy, a British mathematician who had published 300 papers, died on Monday.', ['Richard Guy', 'citizen_of', 'United Kingdom']],
    // the country before a senator's title from a state
    ['On Monday, United States Senator from Vermont Bernie Sanders endorsed Joe Biden.', ['Bernie Sanders', 'citizen_of', 'United States']],
    // but in what that is in
    ['A fire broke out yesterday at Bontddu Hall near Dolgellau in Gwynedd, Wales.', ['Bontddu Hall', 'located_in', 'Gwynedd']],
    // a place, a comma and its state, then a verb: no list
    ['Stevens was born in 1920 in Chicago, Illinois and studied law.', ['Chicago', 'located_in', 'Illinois']],
    // a county's seat is in the county
    ['Mineola is the county seat for Nassau County in New York.', ['Mineola', 'located_in', 'Nassau County']],
    // past a place's initials in brackets
    ['Floods hit Perth, Western Australia (WA), Australia on Monday.', ['Western Australia', 'located_in', 'Australia']],
    // a city of the state's country, though a region elsewhere has its name (Cleveland, England)
    ['Both men flew to Cleveland, Ohio on Monday.', ['Cleveland', 'located_in', 'Ohio']],
    // past a region's direction after the article
    ['The plane took off from Vermont in the northeastern United States.', ['Vermont', 'located_in', 'United States']],
    // a state's or a city's name before what a group is
    ['Shares of Ohio firm Acme Holdings fell on Monday.', ['Acme Holdings', 'located_in', 'Ohio']],
    ['Acme Holdings, a Denver company, was sold on Monday.', ['Acme Holdings', 'located_in', 'Denver']],
    // a place-based group, before or after the name
    ['Flights to Berlin resumed. Acme Aid, a Berlin-based charity, paid for them.', ['Acme Aid', 'located_in', 'Berlin']],
    // two titles of one body
    ['Ana Ruiz, president and CEO of Acme Holdings, resigned on Monday.', ['Ana Ruiz', 'leads', 'Acme Holdings']],
    // a seat on a body; the chamber one represents a place in
    ['Ana Ruiz, who sits on the Federal Reserve Board, spoke on Monday.', ['Ana Ruiz', 'member_of', 'Federal Reserve Board']],
    ['Ana Ruiz, who represents Ohio in the Senate, voted against it.', ['Ana Ruiz', 'member_of', 'Senate']],
    // a nationality or a home right beside a person's name
    ['On Sunday, Brazilian Ana Costa won the race.', ['Ana Costa', 'citizen_of', 'Brazil']],
    ['The Canadian-born Ben Cole won the prize on Friday.', ['Ben Cole', 'citizen_of', 'Canada']],
    ['Ben Cole, a British-Canadian writer, won the prize.', ['Ben Cole', 'citizen_of', 'United Kingdom']],
    ['Ana Costa, a Peruvian, won the race on Sunday.', ['Ana Costa', 'citizen_of', 'Peru']],
    ['Tom Reyes, an Ohio resident, was hurt in the crash.', ['Tom Reyes', 'citizen_of', 'Ohio']],
    ['Tom Reyes, a resident of Leeds, was hurt in the crash.', ['Tom Reyes', 'citizen_of', 'Leeds']],
    // the country a place's kind is named with, by its name or its adjective
    ['A pipe burst in the Canadian city of Kamloops on Monday.', ['Kamloops', 'located_in', 'Canada']],
    ['Rains flooded the US state of Vermont and the southern Indian state of Kerala.', ['Kerala', 'located_in', 'India']],
    ['Rains flooded the US state of Vermont and the southern Indian state of Kerala.', ['Vermont', 'located_in', 'United States']],
    // a group's site in a place
    ["He spoke at the think tank Atlantic Council's Washington headquarters on Tuesday.", ['Atlantic Council', 'located_in', 'Washington']],
    // over an acronym in parentheses
    ['He was flown to Walter Reed National Military Medical Center (WRNMMC) in Bethesda, Maryland.', ['Walter Reed National Military Medical Center', 'located_in', 'Bethesda']],
    // a copula's pronoun subject is the person it stands for
    ['James Peebles won the prize. He is a professor at Princeton University.', ['James Peebles', 'member_of', 'Princeton University']],
    // not a person whose given name says the other sex
    ['Robert Lang met Maria Costa in Rome. She is a professor at Princeton University.', ['Maria Costa', 'member_of', 'Princeton University']],
    // a place's name right before a group's
    ['On May 5, US Green Party presidential frontrunner Howie Hawkins spoke.', ['Green Party', 'located_in', 'United States']],
    // a country's name as a nationality, before what a person or group is
    ['Tributes were paid to US actor Maria Lopez on Sunday.', ['Maria Lopez', 'citizen_of', 'United States']],
    ['She dubbed anime for US distribution company Acme Entertainment.', ['Acme Entertainment', 'located_in', 'United States']],
    // who was a country's head of government leads it
    ["Akilisi Pohiva, who was Tonga's prime minister, died in Auckland.", ['Akilisi Pohiva', 'leads', 'Tonga']],
    // a field's words before the title of an apposition or a copula
    ['Jo Jorgensen is a psychology professor at Clemson University.', ['Jo Jorgensen', 'member_of', 'Clemson University']],
    ['Denis Kovalchuk, a sixth year student at Buryat State University, spoke.', ['Denis Kovalchuk', 'member_of', 'Buryat State University']],
    // a job before a name, a title whose organisation follows the name
    ['Washington Post columnist Jamal Khashoggi was killed in Istanbul.', ['Jamal Khashoggi', 'member_of', 'Washington Post']],
    ['NTSB Board Member Jennifer Homendy said the inquiry would take a year.', ['Jennifer Homendy', 'member_of', 'NTSB']],
    ['Commissioner James Rovella of the Connecticut Department of Emergency Services said five people died.',
      ['James Rovella', 'leads', 'Connecticut Department of Emergency Services']],
    // the United Nations by its acronym, which the model leaves out before a title
    ['UN Secretary-General Ana Lima condemned the shelling of Kharkiv.', ['Ana Lima', 'leads', 'UN']],
    // a person set off with "of" and a party
    ['Mayor Rosa Vidal, of the centrist Citizens Party, lost the vote.', ['Rosa Vidal', 'member_of', 'Citizens Party']],
    // "its" and a title before a person in apposition: the office of the group named before
    ['The Arab League said its secretary-general, Omar Saleh, would visit Beirut.', ['Omar Saleh', 'leads', 'Arab League']],
    // a title of a field, held at a group
    ['Lena Berg, head of drug safety at Novartis, said the data were clear.', ['Lena Berg', 'member_of', 'Novartis']],
  ])('%s', (text, expected) => {
    const got = triples(extractDocument(text));
    expect(got).toContainEqual(expected);
  });
});

describe('events and their roles', () => {
  test.each<[string, Triple[]]>([
    ['Israeli jets struck Gaza City on Sunday.', [['Israel', 'carried_out', '[attack]']]],
    ['A car bombing in Kabul killed police chief Abdul Rahman Haqqani.', [['[attack]', 'occurred_in', 'Kabul'], ['[attack]', 'killed', 'Abdul Rahman Haqqani']]],
    ['President Joe Biden ordered the airstrike on the Kataib Hezbollah headquarters.', [['Joe Biden', 'ordered', '[attack]']]],
    ['The attack on the Israeli Embassy in Buenos Aires was carried out in 1992.', [['[attack]', 'targeted', 'Israeli Embassy']]],
    ['Reuters reported the explosion in Beirut.', [['Reuters', 'reported', '[attack]'], ['[attack]', 'occurred_in', 'Beirut']]],
    // what a news medium says, it reports
    ['The strike killed two men in Kabul, the BBC said.', [['BBC', 'reported', '[attack]']]],
    ['Emmanuel Macron said France would send aid.', [['Emmanuel Macron', 'said', '[statement]']]],
    ['Maria Lopez condemned the decision on Monday.', [['Maria Lopez', 'said', '[statement]']]],
    ['Maria Lopez recalled going to conventions with her father.', [['Maria Lopez', 'said', '[statement]']]],
    // a state declares its emergency
    ['Louisiana declares state of emergency as a storm approaches.', [['Louisiana', 'carried_out', '[other]']]],
    ['Foreign Minister George Katrougalos emphasized the requirement in Athens.', [['George Katrougalos', 'said', '[statement]']]],
    // a time phrase between the subject and its verb
    ['The National Transportation Safety Committee on Monday announced the recorder was found.', [['National Transportation Safety Committee', 'said', '[statement]']]],
    ['John Smith last week attacked the plan.', [['John Smith', 'carried_out', '[attack]']]],
    // a winner is what an election decided; a court tries; a building collapses by itself
    ['Senator from Vermont Bernie Sanders won the Democratic Party\'s Nevada caucuses.', [['[election]', 'about', 'Bernie Sanders'], ['[election]', 'occurred_in', 'Nevada']]],
    ['The Supreme Court overturned the convictions of Bridget Kelly and Bill Baroni.',
      [['Supreme Court', 'carried_out', '[trial]'], ['[trial]', 'about', 'Bridget Kelly'], ['[trial]', 'about', 'Bill Baroni']]],
    ['An apartment building collapsed on Monday in Magnitogorsk.', [['[other]', 'occurred_in', 'Magnitogorsk']]],
    // a place phrase set before the event; two event nouns of one type are one event
    ['In Iowa, caucuses were held on February 3.', [['[election]', 'occurred_in', 'Iowa']]],
    ['A fire broke out yesterday at Bontddu Hall near Dolgellau.', [['[other]', 'occurred_in', 'Bontddu Hall']]],
    // a quake is an earthquake; a place hit by a disaster is where it happened, a place hit by an attack where the attack was
    ['A 6.1 quake hit Sulawesi on Friday.', [['[other]', 'occurred_in', 'Sulawesi']]],
    ['Haiti was struck by a magnitude 7.2 earthquake.', [['[other]', 'occurred_in', 'Haiti']]],
    ['Japan experienced a powerful typhoon last week.', [['[other]', 'occurred_in', 'Japan']]],
    ['Last year, Chile suffered a 7.1 magnitude earthquake.', [['[other]', 'occurred_in', 'Chile']]],
    ['Mosul was hit by an airstrike on Monday.', [['[attack]', 'occurred_in', 'Mosul']]],
    // a game both sides played; a plea is a trial about the one who pleads
    ['Caloundra defeated Wynnum 24-10 on Saturday at Caloundra Rugby Park.', [['Caloundra', 'carried_out', '[other]'], ['Wynnum', 'carried_out', '[other]']]],
    ['James Fields pleaded guilty to hate crimes in a federal court in Charlottesville.', [['[trial]', 'about', 'James Fields']]],
    // a visit happens where the visitor goes
    ['President Vladimir Putin flew to Magnitogorsk on Monday.', [['Vladimir Putin', 'carried_out', '[meeting]'], ['[meeting]', 'occurred_in', 'Magnitogorsk']]],
    ['President Vladimir Putin visited Magnitogorsk on Monday.', [['[meeting]', 'occurred_in', 'Magnitogorsk']]],
    // a candidate's place in an election the text names
    ['In Ohio, caucuses were held on Monday. Maria Lopez came in second in Ohio.', [['[election]', 'about', 'Maria Lopez'], ['[election]', 'occurred_in', 'Ohio']]],
    // a candidacy is an election about the candidate
    ['In 2018, Bill Hammons ran for governor of Colorado.', [['[election]', 'about', 'Bill Hammons'], ['[election]', 'occurred_in', 'Colorado']]],
    // who carries out the event a verb's object names; an inquiry has its sides
    ['Blumenthal said the NTSB would begin an investigation at Bradley Airport.', [['NTSB', 'carried_out', '[other]']]],
    // a passive act, by who is named after "by", on the subject (not a state of things: "founded by")
    ['Acme Foods was acquired by Beta Holdings on Monday.', [['Beta Holdings', 'carried_out', '[other]'], ['[other]', 'about', 'Acme Foods']]],
    // whom an inquiry is into
    ['The NTSB opened an investigation into Acme Airlines on Tuesday.', [['NTSB', 'carried_out', '[other]'], ['[other]', 'about', 'Acme Airlines']]],
    ['The Democratic Party held caucuses in Nevada.', [['Democratic Party', 'carried_out', '[election]']]],
    // "according to" over a title
    ['Seven people died when the plane crashed in Windsor Locks, according to Commissioner James Rovella.', [['James Rovella', 'reported', '[other]']]],
    ['According to Chilean President Rosa Vidal, six Chileans were killed in the attack in Lima.', [['Rosa Vidal', 'reported', '[attack]']]],
    ['Police arrested Juan Perez in Madrid on Monday, according to a statement from the Interior Ministry.', [['Interior Ministry', 'reported', '[arrest]']]],
    // a place's election over a count of its votes
    ["Maria Lopez won Pennsylvania's 20 electoral college votes.", [['[election]', 'occurred_in', 'Pennsylvania']]],
    // a nationality's sites are in its country
    ['Three drones were shot down in Iraqi airspace.', [['[attack]', 'occurred_in', 'Iraq']]],
    // but an embassy stands abroad: where it is comes after
    ['Omar Haddad was murdered in the Jordanian embassy in Vienna.', [['[killing]', 'occurred_in', 'Vienna']]],
    // and over a place's possessive and an office: the person, reporting on the story's event
    ["A bomber crashed at Bradley Airport. According to Windsor Locks' first selectman, Chris Kervick, ten passengers were aboard.", [['Chris Kervick', 'reported', '[other]']]],
    // a report of no event of its own sentence reports the event the article leads with
    ['A fire killed five people in Koszalin on Friday. NBC News reported the victims were teenagers.', [['NBC News', 'reported', '[other]']]],
    // "in the city of X"
    ['Attacks in the city of Mosul continued on Monday.', [['[attack]', 'occurred_in', 'Mosul']]],
    // a place's election happens there
    ["On Tuesday, Wisconsin's elections went ahead.", [['[election]', 'occurred_in', 'Wisconsin']]],
    // a person's trial or killing is suffered; a group's attack is done
    ["The case turned on Kelly and Baroni's convictions.", [['[trial]', 'about', 'Kelly'], ['[trial]', 'about', 'Baroni']]],
    ["Khashoggi's murder shocked Turkey.", [['[killing]', 'killed', 'Khashoggi']]],
    // an act of a subject past its apposition
    ['Pierre Nkurunziza, the President of Burundi, died on Monday.', [['[other]', 'about', 'Pierre Nkurunziza']]],
    // a death is about who died; dying in an attack is being killed by it
    ['Yesterday, English drummer Ginger Baker died in a hospital in London.', [['[other]', 'about', 'Ginger Baker'], ['[other]', 'occurred_in', 'London']]],
    // what one received, suffered or underwent is about one, not done by one
    ['Jan Nowak received emergency surgery on Monday.', [['[other]', 'about', 'Jan Nowak']]],
    ['Jan Nowak tested positive for the flu on Monday.', [['[other]', 'about', 'Jan Nowak']]],
    ['Jan Nowak required emergency surgery on Monday.', [['[other]', 'about', 'Jan Nowak']]],
    // past an apposition that opens with an adverb
    ['Mary Jones, previously a senior adviser to the governor, died on Monday.', [['[other]', 'about', 'Mary Jones']]],
    ['Mary Jones, formerly the mayor of Leeds, resigned on Monday.', [['Mary Jones', 'carried_out', '[other]']]],
    ['Omar Haddad died in the strike near Aleppo.', [['[attack]', 'killed', 'Omar Haddad']]],
    // declaring a state of emergency is an act; declaring that is a statement
    ['Governor Andrew Cuomo declared a state of emergency in New York.', [['Andrew Cuomo', 'carried_out', '[other]'], ['[other]', 'occurred_in', 'New York']]],
    ['Andrew Cuomo declared that the crisis was over.', [['Andrew Cuomo', 'said', '[statement]']]],
    // a statement released is words too
    ['The Norwegian Refugee Council issued a statement on Monday about the floods.', [['Norwegian Refugee Council', 'said', '[statement]']]],
    ['The Haitian Health Ministry declared a cholera epidemic on Monday.', [['Haitian Health Ministry', 'carried_out', '[other]']]],
    // a search for people is an operation, its own event beside the disaster it follows
    ['The Greek Coast Guard launched a search for survivors of the earthquake near Samos.', [['Greek Coast Guard', 'carried_out', '[other]']]],
    ['The Norwegian Coast Guard called off its search on Tuesday.', [['Norwegian Coast Guard', 'carried_out', '[other]']]],
    // the names in apposition to a plural object are who the act was done to
    ['Police arrested two men, Ali Hassan and Omar Haddad, in Mosul.', [['[arrest]', 'about', 'Ali Hassan'], ['[arrest]', 'about', 'Omar Haddad']]],
    ['The Halden Trust selected two scholars, Ana Ruiz and Tom Berg, for the prize.', [['Halden Trust', 'carried_out', '[other]'], ['[other]', 'about', 'Tom Berg']]],
    // "it" or "they" after a verb of saying is the body that says it
    ['The Quebec Provincial Police said they arrested Marc Tremblay in Laval.', [['Quebec Provincial Police', 'carried_out', '[arrest]'], ['[arrest]', 'about', 'Marc Tremblay']]],
    ['Northwind Logistics confirmed that it acquired Tarpon Freight on Monday.', [['Northwind Logistics', 'carried_out', '[other]'], ['[other]', 'about', 'Tarpon Freight']]],
    // ending or starting something is an act
    ['Elizabeth Warren ended her campaign on Thursday.', [['Elizabeth Warren', 'carried_out', '[other]']]],
    // confirming a person is an act, not a statement
    ['The Senate confirmed Amy Coney Barrett on Monday.', [['Senate', 'carried_out', '[other]'], ['[other]', 'about', 'Amy Coney Barrett']]],
    // an act within an election is the election's, about its candidates
    ['Joe Biden defeated Donald Trump in the election.', [['[election]', 'about', 'Joe Biden'], ['[election]', 'about', 'Donald Trump']]],
    // an act whose object is an event is that event
    ['The European Union imposed sanctions on Russia on Monday.', [['European Union', 'carried_out', '[sanction]'], ['[sanction]', 'targeted', 'Russia']]],
    // a disaster's noun past an apposition
    ['A cargo plane, reported by local press as belonging to the army, crashed into houses in Karaj yesterday.', [['[other]', 'occurred_in', 'Karaj']]],
    // a participle after the clause, of the clause's one person
    ['Maria Lopez, aged 28, appeared in court in Lyon yesterday, charged with fraud.', [['[trial]', 'about', 'Maria Lopez']]],
    // found dead, past an apposition with a comma inside
    ['Maria Lopez, the mayor of Lyon, France, was found dead on Friday.', [['[other]', 'about', 'Maria Lopez']]],
    ['Maria Lopez, former vice-president of Chile, died on Sunday.', [['[other]', 'about', 'Maria Lopez']]],
    // the victim after a title phrase
    ['They recalled the assassination of United States senator and presidential candidate Robert F. Kennedy.', [['[killing]', 'killed', 'Robert F. Kennedy']]],
    // wounded in the event named after the passive
    ['Maria Lopez and John Smith were later injured in a shooting in Kabul.', [['[attack]', 'injured', 'Maria Lopez'], ['[attack]', 'injured', 'John Smith']]],
    // every name of a passive's coordinated subject, past adverbs
    ['John Smith and Mary Jones were later convicted of fraud.', [['[trial]', 'about', 'John Smith'], ['[trial]', 'about', 'Mary Jones']]],
    // the subject before where it is; places in a phrase are where, not who
    ['Yesterday, the Parliament of New South Wales (NSW), Australia voted to pass the bill.', [['Parliament of New South Wales', 'carried_out', '[other]']]],
    // the speaker before "of" a possessor's group
    ["John Smith of the army's Western Mindanao Command said the group was behind it.", [['John Smith', 'said', '[statement]']]],
    // the speaker is the head of "X of the Y"
    ['Commissioner James Rovella of the Connecticut State Police said five people died.', [['James Rovella', 'said', '[statement]']]],
    // a name set off by commas before the verb is its subject
    ['Asked about it, the head of the union, Karl Berg, said the strike would go on.', [['Karl Berg', 'said', '[statement]']]],
    ['The militant group, the Abu Sayyaf, claimed responsibility for the bombing.', [['Abu Sayyaf', 'carried_out', '[attack]']]],
    ['A judge convicted Paul Manafort of fraud in Virginia.', [['[trial]', 'about', 'Paul Manafort']]],
    ['Police arrested Yuri Petrov in Moscow on Friday.', [['[arrest]', 'about', 'Yuri Petrov'], ['[arrest]', 'occurred_in', 'Moscow']]],
    // the doer of a passive after the phrases that follow it
    ['Jan Nowak was nominated to the bench in 1988 by President Lech Walesa.', [['[election]', 'about', 'Jan Nowak'], ['Lech Walesa', 'carried_out', '[election]']]],
    // the doer after a participle; a city before an attack noun is where, not who
    ['The protest began outside the Legislative Council Complex on Friday.', [['[protest]', 'occurred_in', 'Legislative Council Complex']]],
    ['Dozens died in the attack, reportedly conducted by the Taliban.', [['Taliban', 'carried_out', '[attack]']]],
    ['A bombing carried out by Boko Haram killed ten people in Maiduguri.', [['Boko Haram', 'carried_out', '[attack]']]],
    // the subject before an acronym in brackets
    ['Yesterday, the World Health Organization (WHO) raised the risk in Geneva.', [['World Health Organization', 'carried_out', '[other]']]],
    ['On Monday, China, Iran, and Russia pledged funds.', [['China', 'carried_out', '[other]'], ['Iran', 'carried_out', '[other]'], ['Russia', 'carried_out', '[other]']]],
    // every name of a coordinated subject
    ['On Sunday, the store chains Woolworths and Coles lowered their limits in Sydney.', [['Woolworths', 'carried_out', '[other]'], ['Coles', 'carried_out', '[other]']]],
    ['On Sunday, Israel and Egypt attacked the camp.', [['Israel', 'carried_out', '[attack]'], ['Egypt', 'carried_out', '[attack]']]],
    // a place elsewhere in the sentence, when none stands by the trigger
    ['In Sydney, shoppers said the supermarket chain Coles lowered its limit.', [['[other]', 'occurred_in', 'Sydney']]],
    // the gunman is the person the text identifies as the suspect
    ['A gunman shot shoppers at a mall in Dayton. Police identified the suspect as 24-year-old Connor Betts. Prosecutors charged the suspect with murder.',
      [['Connor Betts', 'carried_out', '[attack]'], ['[trial]', 'about', 'Connor Betts']]],
    // the subject before an apposition of a title or a family tie
    ['Ahmed Saleh, spokesman for the Health Ministry, said three people died.', [['Ahmed Saleh', 'said', '[statement]']]],
    ['Mohammed Waseem, brother of the feminist Qandeel Baloch, was sentenced to life in Multan.', [['[trial]', 'about', 'Mohammed Waseem']]],
    // an act by any verb, by a name (not a pronoun)
    ['The supermarket chain Coles lowered its limit in Sydney on Saturday.', [['Coles', 'carried_out', '[other]'], ['[other]', 'occurred_in', 'Sydney']]],
    // a present passive: its subject underwent the event
    ['John Smith is charged with murder in Leeds.', [['[trial]', 'about', 'John Smith']]],
    // the subject before an age set off by commas
    ['Police said John Smith, 34, was arrested in Leeds.', [['[arrest]', 'about', 'John Smith']]],
    // a poisoning of someone is an attack on them; a headline's "X poisoned with" is a passive
    ['The Kremlin denied any role in the poisoning of Alexei Navalny.', [['[attack]', 'targeted', 'Alexei Navalny']]],
    ['Germany says Alexei Navalny poisoned with Novichok', [['[attack]', 'targeted', 'Alexei Navalny']]],
    ['Riots followed the police shooting of Jacob Blake in Kenosha.', [['[attack]', 'targeted', 'Jacob Blake']]],
    // who is shot dead was killed (in a headline too); who claims responsibility for an attack carried it out
    ['Journalist Nabil Hasan shot dead in Aden', [['[killing]', 'killed', 'Nabil Hasan'], ['[killing]', 'occurred_in', 'Aden']]],
    ['Maria Lopez was shot dead in Lima on Saturday.', [['[killing]', 'killed', 'Maria Lopez']]],
    ['The Taliban claimed responsibility for the bombing in Kabul.', [['Taliban', 'carried_out', '[attack]'], ['[attack]', 'occurred_in', 'Kabul']]],
    // a trial's noun "against" someone is about them; charges of a prosecution are a trial
    ['She filed a lawsuit against US President Donald Trump in Manhattan.', [['[trial]', 'about', 'Donald Trump']]],
    ['Prosecutors filed charges against Michael Avenatti in New York.', [['[trial]', 'about', 'Michael Avenatti']]],
    // a place before the kind of an election is where it is held
    ['Joe Biden won the 2020 United States presidential election.', [['[election]', 'occurred_in', 'United States'], ['[election]', 'about', 'Joe Biden']]],
    // a resignation is an event of who resigns
    ['Kurt Volker\'s resignation was the first since the call.', [['Kurt Volker', 'carried_out', '[other]']]],
    ['The fire broke out in the US state of Alabama.', [['[other]', 'occurred_in', 'Alabama']]],
    ['Fighting continued in the Idlib province of Syria.', [['[conflict]', 'occurred_in', 'Idlib']]],
    // a by-election is an election
    ['Sandra Jephcott is a candidate in the Groom by-election in Queensland.', [['[election]', 'occurred_in', 'Queensland']]],
    // a body that votes to do something does it; a country that holds an election is where it is held
    ['The Senate voted 52-48 to acquit Donald Trump.', [['Senate', 'carried_out', '[trial]'], ['[trial]', 'about', 'Donald Trump']]],
    ['The House of Representatives impeached President Donald Trump.', [['House of Representatives', 'carried_out', '[trial]'], ['[trial]', 'about', 'Donald Trump']]],
    ['On Monday, Canada held a general election.', [['[election]', 'occurred_in', 'Canada']]],
    // the subject of a relative clause; a progressive is no passive
    ['Emmanuel Macron, who visited Beirut on Thursday, said aid would come.', [['Emmanuel Macron', 'carried_out', '[meeting]'], ['[meeting]', 'occurred_in', 'Beirut']]],
    ['Chancellor Angela Merkel was meeting President Emmanuel Macron in Berlin.', [['Angela Merkel', 'carried_out', '[meeting]'], ['Emmanuel Macron', 'carried_out', '[meeting]']]],
    // a visit to a place is there; talks with someone are theirs too; who a phrase of a visit opens made it
    ['Macron\'s visit to Beirut lasted two days.', [['[meeting]', 'occurred_in', 'Beirut']]],
    ['Joe Biden held a meeting with Xi Jinping in Bali.', [['Joe Biden', 'carried_out', '[meeting]'], ['Xi Jinping', 'carried_out', '[meeting]']]],
    ['Boris Johnson made a visit to Ireland with Taoiseach Leo Varadkar.', [['[meeting]', 'occurred_in', 'Ireland'], ['Leo Varadkar', 'carried_out', '[meeting]']]],
    // both sides between whom talks, a war or a deal are hold it; the second is no verb's subject, and taking place no act
    ['Talks between Iran and the United States resumed in Vienna.', [['Iran', 'carried_out', '[meeting]'], ['United States', 'carried_out', '[meeting]']]],
    // the other side of an agreement, not an owner of it
    ['Britain wants a trade deal with Japan before March.', [['Japan', 'carried_out', '[agreement]']]],
    ['During the summit, Pope Francis said the victims had a right to justice.', [['Francis', 'carried_out', '[meeting]']]],
    // who meet both hold the meeting, also when one is met, or they meet somewhere
    ['Vladimir Putin and Recep Tayyip Erdogan met in Sochi.', [['Vladimir Putin', 'carried_out', '[meeting]'], ['Recep Tayyip Erdogan', 'carried_out', '[meeting]'], ['[meeting]', 'occurred_in', 'Sochi']]],
    ['Joko Widodo was met by Scott Morrison in Jakarta.', [['Joko Widodo', 'carried_out', '[meeting]'], ['Scott Morrison', 'carried_out', '[meeting]']]],
    // who survives an attack was its target
    ['Governor Maria Lopez survived the attack in Pandeglang.', [['[attack]', 'targeted', 'Maria Lopez']]],
    // a person's election or trial, by a possessive or a pronoun, is about them
    ["Maria Lopez's election as mayor surprised many.", [['[election]', 'about', 'Maria Lopez']]],
    ['Akilisi Pohiva had been prime minister since his election in 2014.', [['[election]', 'about', 'Akilisi Pohiva']]],
    // a pronoun in an opening phrase means the subject after it
    ['Police arrested a man. After his arrest on Friday, Brenton Tarrant stayed in the police station overnight.', [['[arrest]', 'about', 'Brenton Tarrant']]],
    ['John Smith lives in Ohio. His trial has been scheduled for November.', [['[trial]', 'about', 'John Smith']]],
    // a candidate in an election, a share of its vote, a nomination won
    ['John Smith, who was a candidate in the Democratic primary for the 2020 presidential election, ended his campaign.', [['[election]', 'about', 'John Smith']]],
    ['Maria Lopez is a leading candidate for the Democratic nomination.', [['[election]', 'about', 'Maria Lopez']]],
    ['Bill Weld, the former governor of Massachusetts, received 9% of the vote.', [['[election]', 'about', 'Bill Weld']]],
    ['In May, Jo Jorgensen won the party nomination.', [['[election]', 'about', 'Jo Jorgensen']]],
    // who won or leads an election, by a noun, a passive or a medium's call
    ['Maria Lopez won re-election in 2018.', [['[election]', 'about', 'Maria Lopez']]],
    ["Maria Lopez's victory in the Nevada caucuses surprised many.", [['[election]', 'about', 'Maria Lopez']]],
    ['Both Maria Lopez and John Smith claimed victory in the presidential vote.', [['[election]', 'about', 'Maria Lopez'], ['[election]', 'about', 'John Smith']]],
    ['The Nevada caucuses were won by Maria Lopez.', [['[election]', 'about', 'Maria Lopez']]],
    ['Maria Lopez was declared the winner of the election.', [['[election]', 'about', 'Maria Lopez']]],
    ['Maria Lopez led the primary with 40% of the vote.', [['[election]', 'about', 'Maria Lopez']]],
    ['Later in the day, the AP and NBC News also called Nevada for Joe Biden.', [['[election]', 'about', 'Joe Biden'], ['[election]', 'occurred_in', 'Nevada'], ['AP', 'reported', '[election]'], ['NBC News', 'reported', '[election]']]],
    // verdicts and what the accused face, by other words
    ['A jury acquitted Maria Lopez.', [['[trial]', 'about', 'Maria Lopez']]],
    ['Two police officers, Antoine Quirin and Nicolas Redouane, were found guilty of rape.', [['[trial]', 'about', 'Antoine Quirin'], ['[trial]', 'about', 'Nicolas Redouane']]],
    ['Maria Lopez was cleared of all charges.', [['[trial]', 'about', 'Maria Lopez']]],
    ['Maria Lopez is facing murder charges.', [['[trial]', 'about', 'Maria Lopez']]],
    ['Maria Lopez was jailed for six years.', [['[trial]', 'about', 'Maria Lopez']]],
    ['Paul Manafort received a second sentence in federal court.', [['[trial]', 'about', 'Paul Manafort']]],
    // a verb after "and" shares the subject of the verb before it
    ['President Vladimir Putin was briefed, and flew to Magnitogorsk on Monday.', [['Vladimir Putin', 'carried_out', '[meeting]'], ['[meeting]', 'occurred_in', 'Magnitogorsk']]],
    ['The Green Party held its convention and nominated Howie Hawkins for president.', [['Green Party', 'carried_out', '[election]'], ['[election]', 'about', 'Howie Hawkins']]],
    // a candidacy, a nomination sought, a nominee in a race, a defeat in a dated election
    ['Maria Lopez announced her candidacy for the 2020 presidential election.', [['[election]', 'about', 'Maria Lopez']]],
    ['Maria Lopez is seeking the Democratic nomination.', [['[election]', 'about', 'Maria Lopez']]],
    ['Maria Lopez, the Democratic nominee in the election, spoke.', [['[election]', 'about', 'Maria Lopez']]],
    ['Maria Lopez defeated John Smith in the 2018 election.', [['[election]', 'about', 'Maria Lopez'], ['[election]', 'about', 'John Smith']]],
    ["Republicans refused to consider President Barack Obama's nomination of Merrick Garland.", [['Barack Obama', 'carried_out', '[election]']]],
    // a bid or a campaign for an election, by a pronoun or a possessive; one of its front runners
    ["On Wednesday, Bernie Sanders ended his bid for the Democratic Party's nomination.", [['[election]', 'about', 'Bernie Sanders']]],
    ["Maria Lopez's campaign for the nomination ended.", [['[election]', 'about', 'Maria Lopez']]],
    ["Joe Biden is one of the front runners for the Democratic Party's nomination.", [['[election]', 'about', 'Joe Biden']]],
    // the subject of what is expected or decided to happen
    ['In Iowa, ABC News reported President Donald Trump is expected to win the eventual nomination.', [['[election]', 'about', 'Donald Trump']]],
    // and of a passive of saying or believing ("is said to have", "was declared to have")
    ['Maria Lopez was declared to have won the runoff.', [['[election]', 'about', 'Maria Lopez']]],
    ['General Ahmed Saleh is said to have ordered the assault.', [['Ahmed Saleh', 'ordered', '[attack]']]],
    // the party that holds a place's caucuses
    ["Yesterday, Bernie Sanders won the Democratic Party's Nevada caucuses.", [['Democratic Party', 'carried_out', '[election]'], ['[election]', 'occurred_in', 'Nevada']]],
    // taking an office happens to the one who takes it; who appoints carries it out
    ['Wanda Vázquez was sworn in as governor on Wednesday.', [['[other]', 'about', 'Wanda Vázquez']]],
    ['Pedro Pierluisi was appointed to the position by Ricardo Rosselló.', [['[other]', 'about', 'Pedro Pierluisi'], ['Ricardo Rosselló', 'carried_out', '[other]']]],
    ['Maria Lopez was pardoned by President John Smith in 2019.', [['[other]', 'about', 'Maria Lopez'], ['John Smith', 'carried_out', '[other]']]],
    // what happens to a person, and where it took them
    ['Alexei Navalny was airlifted to Germany on Saturday.', [['[other]', 'about', 'Alexei Navalny'], ['[other]', 'occurred_in', 'Germany']]],
    ['Ginger Baker was hospitalized in Canterbury.', [['[other]', 'about', 'Ginger Baker'], ['[other]', 'occurred_in', 'Canterbury']]],
    // who is chosen, by whom; a candidate defeated where the text speaks of an election
    ['Sarah Palin was chosen by John McCain as his running mate.', [['[other]', 'about', 'Sarah Palin'], ['John McCain', 'carried_out', '[other]']]],
    ['The Liberal Democrats lost seats in the election. Jo Swinson was defeated by an SNP candidate.', [['[election]', 'about', 'Jo Swinson']]],
    // whom a suit is filed for is a party to it
    ['Senate President Thomas Rivera Schatz filed the lawsuit against Pedro Pierluisi on behalf of the Senate late Sunday night.', [['Senate', 'carried_out', '[trial]']]],
    // who is named after "by" did the act a participle after a noun tells, or the event the noun names
    ['Shops followed the purchase limit imposed by Tesco and Asda last week.', [['Tesco', 'carried_out', '[other]'], ['Asda', 'carried_out', '[other]']]],
    ['The court rejected a lawsuit filed by Ohio against Maria Lopez.', [['Ohio', 'carried_out', '[trial]']]],
    // who asked for an act ordered it
    ['Governor Maria Lopez closed the schools at the request of Health Minister John Smith.', [['John Smith', 'ordered', '[other]']]],
    ['On the orders of General Ahmed Saleh, the army attacked Tripoli.', [['Ahmed Saleh', 'ordered', '[attack]']]],
    // the doers of a passive whose subject is the event
    ['The attack was carried out by Hamas.', [['Hamas', 'carried_out', '[attack]']]],
    // who are listed before what they are of speak together
    ['Kate Allen and Tom Watson of Amnesty International said the trial was unfair.', [['Kate Allen', 'said', '[statement]'], ['Tom Watson', 'said', '[statement]']]],
    // who claimed the attack did it: not words, nor a toll it took
    ['The attack was claimed by the Houthi movement.', [['Houthi movement', 'carried_out', '[attack]']]],
    ['Investigations have been launched by the Federal Aviation Administration and the National Transportation Safety Board.',
      [['Federal Aviation Administration', 'carried_out', '[other]'], ['National Transportation Safety Board', 'carried_out', '[other]']]],
    // each side of a debate or of talks "between" them takes part
    ['The debate between Maria Lopez and John Smith took place in Leeds.', [['Maria Lopez', 'carried_out', '[meeting]'], ['John Smith', 'carried_out', '[meeting]'], ['[meeting]', 'occurred_in', 'Leeds']]],
    // (each side past the place, group and titles before the name)
    ['The debate between Senate President Ana Ruiz and former Deputy Prime Minister Tom Baker took place in Lima.', [['Ana Ruiz', 'carried_out', '[meeting]'], ['Tom Baker', 'carried_out', '[meeting]']]],
    ['The talks between Peruvian President Ana Ruiz and US Vice President Tom Baker ended.', [['Ana Ruiz', 'carried_out', '[meeting]'], ['Tom Baker', 'carried_out', '[meeting]']]],
    // who travelled to a place to join a gathering there takes part in it
    ['Ana Ruiz went to Paris to join the protest.', [['Ana Ruiz', 'carried_out', '[protest]'], ['[protest]', 'occurred_in', 'Paris']]],
    // the rival a debate is against, past the party's name and a word that describes them
    ['Ana Ruiz prepared for the final debate against Republican challenger Tom Baker.', [['Tom Baker', 'carried_out', '[meeting]']]],
    // who plans to do something does it; who is to be met meets too
    ['Joko Widodo was planning to visit Maria Lopez in Jakarta.', [['Joko Widodo', 'carried_out', '[meeting]'], ['Maria Lopez', 'carried_out', '[meeting]'], ['[meeting]', 'occurred_in', 'Jakarta']]],
    // whom one met, past a nationality and "counterpart"
    ['Tomas Berg met his Polish counterpart Anna Novak in Warsaw.', [['Anna Novak', 'carried_out', '[meeting]']]],
    // a headline's person elected to an office is who the election decided; a nomination is an election's
    ['Maria Lopez again elected Speaker as new Congress convenes', [['[election]', 'about', 'Maria Lopez']]],
    ['In August the party nominated Maria Lopez for president.', [['[election]', 'about', 'Maria Lopez']]],
    // an adverb between a passive's auxiliary and its participle keeps it passive
    ['Maria Okafor was first elected to parliament in 2004.', [['[election]', 'about', 'Maria Okafor']]],
    ['Tomas Berg was subsequently arrested in Oslo.', [['[arrest]', 'about', 'Tomas Berg']]],
    // an attack told by a verb and its object: "fired mortars at", "opened fire on"
    ['Al-Shabaab fired mortars at the presidential palace in Mogadishu.', [['Al-Shabaab', 'carried_out', '[attack]'], ['[attack]', 'occurred_in', 'Mogadishu']]],
    ['Russia launched cruise missiles at Odesa overnight.', [['Russia', 'carried_out', '[attack]'], ['[attack]', 'targeted', 'Odesa']]],
    // a group's people as a subject: the group
    ['On Monday, researchers at the University of Bergen published a study of the fjord.', [['University of Bergen', 'carried_out', '[other]']]],
    ['Scientists from CERN measured the mass of the particle.', [['CERN', 'carried_out', '[other]']]],
    // whom the act is on, past what they are
    ['Gunmen killed journalist Omar Haddad in Sirte.', [['[killing]', 'killed', 'Omar Haddad'], ['[killing]', 'occurred_in', 'Sirte']]],
    // who was killed in an event the noun after tells died in it, over a name that modifies the noun
    ['Omar Haddad was killed in an Israeli airstrike in Gaza.', [['[attack]', 'killed', 'Omar Haddad'], ['Israel', 'carried_out', '[attack]']]],
    ['Gunmen opened fire on a bus in Peshawar on Sunday.', [['[attack]', 'occurred_in', 'Peshawar']]],
    // voters going to the polls: an election where they are
    ['Voters in Malawi went to the polls on Tuesday.', [['[election]', 'occurred_in', 'Malawi']]],
    ['Chilean voters head to the polls on Sunday.', [['[election]', 'occurred_in', 'Chile']]],
    // the other candidate of an election won or lost
    ['Maria Lopez won the runoff, defeating Omar Haddad.', [['[election]', 'about', 'Maria Lopez'], ['[election]', 'about', 'Omar Haddad']]],
    ['Omar Haddad lost the primary to Maria Lopez.', [['[election]', 'about', 'Maria Lopez']]],
    // a court appearance, then the charge without a comma between
    ['Omar Haddad appeared before magistrates in Cardiff on Monday charged with arson.', [['[trial]', 'about', 'Omar Haddad']]],
    // where the kind a nationality names is named: the city, not its country
    ['Protesters marched in the Malian capital, Bamako, on Friday.', [['[protest]', 'occurred_in', 'Bamako']]],
    // a disaster strikes where it happens, past its measure
    ['An earthquake of magnitude 6.1 struck Luzon on Monday.', [['[other]', 'occurred_in', 'Luzon']]],
    ['Hurricane Delta hit Mexico on Wednesday.', [['[other]', 'occurred_in', 'Mexico']]],
    // a clash of sides unnamed, where it happened
    ['Students clashed with riot police in Santiago on Thursday.', [['[conflict]', 'occurred_in', 'Santiago']]],
    // a past tense before a plural is the verb ("struck targets"), not a noun before one
    ['Turkish jets struck targets near Duhok on Tuesday.', [['Turkey', 'carried_out', '[attack]']]],
  ])('%s', (text, expected) => {
    const got = triples(extractDocument(text));
    for (const t of expected) expect(got).toContainEqual(t);
  });

  test.each([
    // no act: a state, a naming, a passive, a pronoun's, a negation
    'He cited a report published by Oxfam in Geneva.',
    // words against a person, no attack
    'Maria Lopez attacked John Smith over his record in Leeds.',
    // a view of something is no act
    'Maria Lopez regarded the plan in Madrid as a mistake.',
    // what someone would or could have done did not happen
    'Maria Lopez would have closed the factory in Ohio.',
    'Congress has not passed the budget in Washington.',
    // a passive of saying, a causative's object
    'John Smith was accused of fraud.',
    'His parents tried to have John Smith released in Lahore.',
    'Anna Novak seemed tired in Sydney.',
    'Coles was fined in Sydney.',
    'She lowered the price in Sydney.',
    'Stocks crashed in Tokyo on Monday.',
    'Prices collapsed in Asia.',
    'The party ruled Hungary for a decade.',
    // an accidental poisoning is no attack
    'Five girls died of carbon monoxide poisoning in Koszalin.',
    // a firing from a job is no attack
    'The board fired its chief executive in Oslo.',
    // who quells riots is no riot
    'Riot police guarded the parliament in Minsk.',
    // no prosecution's charge: "in charge of", service charges
    'Maria Lopez was in charge of the agency in Madrid.',
    // a title's "Wars": no war
    'Fans lined up in Toronto to meet the cast of The Clone Wars.',
    // (also where the model reads the word before it as a place no gazetteer knows)
    "Ian Campbell's screen credits include Star Trek: Discovery. Sabine Wren from Star Wars: Rebels. Rey from Star Wars: The Force Awakens.",
    // a passive "met with" is no meeting, a ruling party no court's ruling
    'In Hong Kong, the holiday was met with anger.',
    'In Cyprus, the ruling party was pleased with the pipeline.',
    // a search for what science looks for, a search engine, search teams: no search operation
    'The Halden Observatory continued its search for life on distant planets in Chile.',
    'Users in Brazil flooded the search engine on Monday.',
    'Marta Silva keeps search and rescue teams ready in Lisbon.',
  ])('no event: %s', (text) => expect(extractDocument(text).events).toEqual([]));

  test('an act is named by the words of its sentence; no act of a name after a preposition', () => {
    const x = extractDocument('On Friday, the website GitHub blocked the public access to the tool, critics said.');
    expect(x.events.map((e) => e.summary)).toContain('GitHub blocked the public access to the tool');
    expect(extractDocument('Troops moved into previously Kurdistan Workers Party controlled territory.').events).toEqual([]);
  });

  test('an inquiry, a trial or a protest about another event is linked to it', () => {
    const about = (text: string) => {
      const x = extractDocument(text);
      const summary = new Map(x.events.map((e) => [e.id, e.summary]));
      return x.relations.filter((r) => r.relation === 'about' && summary.has(r.target)).map((r) => `${summary.get(r.source)} -> ${summary.get(r.target)}`);
    };
    expect(about('The FBI opened an investigation into the shooting in El Paso.')).toEqual(['investigation in El Paso -> shooting in El Paso']);
    // (by a verb of inquiry too, whose subject made the inquiry, not the shooting)
    expect(about('The FBI is investigating the shooting in El Paso.')).toEqual(['investigating in El Paso -> shooting in El Paso']);
    expect(triples(extractDocument('The FBI investigated the shooting.'))).toEqual([['FBI', 'carried_out', '[other]']]);
    expect(about('Protests over the killing of George Floyd spread to Paris.')).toEqual(['protests -> killing of George Floyd']);
    expect(about('Sirhan is serving a life sentence for the 1968 assassination of Robert F. Kennedy.')).toHaveLength(1);
    // (past the verb's object: "charged the suspect in the shooting with murder", "convicted of"; the
    // crime's place is not the court's)
    expect(about('Omar Diaz was shot in Dallas. Prosecutors charged Ahmed Ali with the murder.')).toEqual(['trial of Ahmed Ali -> murder in Dallas']);
    expect(about('Omar Diaz was shot in Dallas. A court in Austin convicted Ahmed Ali of the murder.')).toEqual(['trial in Austin -> murder in Dallas']);
    // an event named after another in a list is no subject of it
    expect(about('The shooting, the fire and the crash killed nine people in Ohio.')).toEqual([]);
  });

  test("the headline's one place is where the article's incidents with no place of their own happened, less surely", () => {
    const where = (text: string) => {
      const x = extractDocument(text);
      const place = new Map(x.entities.map((e) => [e.id, e.label]));
      const arrests = new Set(x.events.filter((e) => e.eventType === 'arrest').map((e) => e.id));
      return x.relations.filter((r) => r.relation === 'occurred_in' && arrests.has(r.source)).map((r) => `${place.get(r.target)} ${r.confidence}`);
    };
    expect(where('date 2020-06-06\nFire at Bontddu Hall kills one\n\nPolice arrested John Smith on Friday.\n')).toEqual(['Bontddu Hall 0.4']);
    // not a country's name, which says little of where
    expect(where('date 2020-06-06\nFire in Wales kills one\n\nPolice arrested John Smith on Friday.\n')).toEqual([]);
  });

  test('an office taken is named by who took it', () => {
    expect(extractDocument('Pedro Pierluisi was appointed to the position by Ricardo Rosselló.').events.map((e) => e.summary))
      .toEqual(['Pedro Pierluisi appointed to the position by Ricardo Rosselló']);
  });

  test('an article makes a noun of a verb of attack', () => {
    expect(triples(extractDocument('In 2006, Abqaiq was the target of an Al-Qaeda suicide attack.'))).toEqual([['Al-Qaeda', 'carried_out', '[attack]']]);
  });

  test('who suffered the event is the person a name and a noun describe; a word before a verb of what events do is no verb', () => {
    const got = triples(extractDocument('A blast killed Reuters photographer Ana Ruiz in the Texas city of Amarillo.'));
    expect(got).toEqual(expect.arrayContaining([['[attack]', 'killed', 'Ana Ruiz'], ['[attack]', 'occurred_in', 'Amarillo']]));
    expect(got).not.toContainEqual(['[attack]', 'killed', 'Reuters']);
    expect(got).not.toContainEqual(['Texas', 'located_in', 'Amarillo']);
    const headline = triples(extractDocument('Aden, Yemen bomb kills three\n\nA bomb exploded in a market on Monday.'));
    expect(headline.filter(([, r]) => r === 'carried_out')).toEqual([]);
  });

  test('where one travelled to attend an event is where it happened; a debate against someone is theirs too', () => {
    const got = triples(extractDocument('Ana Ruiz flew to Dakar, Senegal to take part in the regional summit. Tom Hale lost the debate against Ana Ruiz.'));
    expect(got).toContainEqual(['[meeting]', 'occurred_in', 'Dakar']);
    expect(got).toContainEqual(['Ana Ruiz', 'carried_out', '[meeting]']);
    expect(got).not.toContainEqual(['[meeting]', 'targeted', 'Ana Ruiz']);
  });

  test('whom one met, past when', () => {
    const got = triples(extractDocument('The Houthis met on Tuesday with Martin Griffiths in Muscat.'));
    expect(got).toEqual(expect.arrayContaining([['Houthis', 'carried_out', '[meeting]'], ['Martin Griffiths', 'carried_out', '[meeting]']]));
  });

  test('talks between two sides are theirs, and taking place is no act', () => {
    const x = extractDocument('Talks between Iran and the United States resumed in Vienna.');
    expect(x.events.map((e) => e.eventType)).toEqual(['meeting']);
    expect(triples(extractDocument('The debate between Maria Lopez and Ana Ruiz took place in Ohio.'))).not.toContainEqual(['Ana Ruiz', 'carried_out', '[other]']);
  });

  test('an era named by a war is no war', () => {
    expect(extractDocument('A World War II era plane crashed in Connecticut.').events.map((e) => e.eventType)).not.toContain('conflict');
  });

  test('a primary election is one event', () => {
    expect(extractDocument('In New Hampshire, a primary election was held on February 11.').events.map((e) => e.summary)).toEqual(['primary election in New Hampshire']);
  });

  test('the subject before an apposition; a victim after "a woman named"; a person after where they are from', () => {
    const x = extractDocument('Judge Mary Stone sentenced Ohio man John Fields to life. Fields, a former soldier, killed a woman named Ann Heyer.');
    expect(triples(x)).toEqual(expect.arrayContaining([
      ['[trial]', 'about', 'John Fields'], ['John Fields', 'carried_out', '[killing]'], ['[killing]', 'killed', 'Ann Heyer'],
    ]));
    // events named by a verb read as nouns
    expect(x.events.map((e) => e.summary).sort()).toEqual(['killing of Ann Heyer', 'trial of John Fields']);
  });

  test('disasters are events that happen somewhere, to someone, carried out by no one', () => {
    const got = triples(extractDocument('A fire at a hotel in New Delhi killed Ravi Kumar. An earthquake struck Turkey on Monday.'));
    expect(got).toEqual(expect.arrayContaining([
      ['[other]', 'occurred_in', 'New Delhi'], ['[other]', 'killed', 'Ravi Kumar'], ['[other]', 'occurred_in', 'Turkey'],
    ]));
    expect(got.filter(([, r]) => r === 'targeted' || r === 'carried_out')).toEqual([]);
    // a time phrase between the event and its verb, and the date it gives
    const fire = extractDocument('A fire yesterday afternoon killed Anna Nowak in Koszalin.', { date: '2019-01-05' });
    expect(triples(fire)).toContainEqual(['[other]', 'killed', 'Anna Nowak']);
    expect(fire.events.map((e) => e.date)).toEqual(['2019-01-04']);
    // "opened fire" and "fire brigade" name no fire
    const none = extractDocument('Police opened fire on protesters in Lagos. The fire brigade of Lyon arrived.');
    expect(none.events.filter((e) => e.eventType === 'other')).toEqual([]);
  });

  test('only an attack targets; an election is about its winner; a capitalised verb before a name is part of it', () => {
    const got = triples(extractDocument('Voters elected Maria Lopez in Ohio. Storm Lorenzo will produce high waves.'));
    expect(got).toContainEqual(['[election]', 'about', 'Maria Lopez']);
    expect(got.filter(([, r]) => r === 'targeted')).toEqual([]);
  });

  test('a capitalised month is not a march', () => {
    const x = extractDocument('The next primary in Nevada is scheduled for March 3. Thousands march in London.', { date: '2020-02-23' });
    expect(x.events.filter((e) => e.eventType === 'protest').map((e) => e.summary)).toEqual(['march in London']);
  });

  test('a name after a preposition is not the subject of a passive', () => {
    const got = triples(extractDocument('A former adviser for Governor Jane Roe was arrested in Boston on Monday.'));
    expect(got).toContainEqual(['[arrest]', 'occurred_in', 'Boston']);
    expect(got).not.toContainEqual(['[arrest]', 'about', 'Jane Roe']);
  });

  test('a target is never found past the verb that follows it', () => {
    const got = triples(extractDocument('The strike on the convoy killed Omar Hassan.'));
    expect(got).toContainEqual(['[attack]', 'killed', 'Omar Hassan']);
    expect(got).not.toContainEqual(['[attack]', 'targeted', 'Omar Hassan']);
  });

  test('a city before an attack noun is the scene, not the attacker', () => {
    const got = triples(extractDocument('Last week a Kabul car bombing killed five people.'));
    expect(got).toContainEqual(['[attack]', 'occurred_in', 'Kabul']);
    expect(got).not.toContainEqual(['Kabul', 'carried_out', '[attack]']);
  });

  test('a name CoNLL calls miscellaneous that acts in the document is a group', () => {
    const x = extractDocument('The Taliban have claimed responsibility. Taliban fighters withdrew. The Germans won.');
    expect(x.entities.map((e) => [e.label, e.kind])).toEqual([['Taliban', 'group']]);
    // (a noun in -s after the name is no verb; a disease does not act)
    const nouns = extractDocument('Two players tested positive for the Ebola virus. Doctors studied the Zika crisis.');
    expect(nouns.entities.filter((e) => e.kind === 'group')).toEqual([]);
  });

  test('a disaster happens where it strikes, and "the quake" after it is the same disaster wherever it says', () => {
    const x = extractDocument('A strong earthquake struck the southern Peruvian region of Arequipa on Sunday. The quake was centred near the village of Chala, officials said.');
    const quakes = x.events.filter((e) => e.eventType === 'other');
    expect(quakes).toHaveLength(1);
    expect(triples(x)).toEqual(expect.arrayContaining([['[other]', 'occurred_in', 'Arequipa'], ['[other]', 'occurred_in', 'Chala']]));
  });

  test('people unnamed killed in an event the noun after tells are no second event', () => {
    const x = extractDocument('Two people were killed in a shooting in Denver on Sunday.');
    expect(x.events.map((e) => e.eventType)).toEqual(['attack']);
    expect(triples(x)).toContainEqual(['[attack]', 'occurred_in', 'Denver']);
  });

  test('mentions of one event in several sentences become one event', () => {
    const x = extractDocument('An airstrike hit a convoy near Mosul on Tuesday. The strike killed the commander Omar al-Shishani.');
    const attacks = x.events.filter((e) => e.eventType === 'attack');
    expect(attacks).toHaveLength(1);
    expect(triples(x)).toEqual(expect.arrayContaining([['[attack]', 'occurred_in', 'Mosul'], ['[attack]', 'killed', 'Omar al-Shishani']]));
  });

  test('"the" event sentences on is the one earlier event of its kind, told by a verb', () => {
    const x = extractDocument('On Friday, Pierre Martin shot shoppers at a mall in Lyon. Police said Martin surrendered himself to police. '
      + 'Shops in the city closed early. The shooting injured Anne Roux, a teacher.');
    expect(x.events.filter((e) => e.eventType === 'attack')).toHaveLength(1);
    expect(triples(x)).toContainEqual(['[attack]', 'injured', 'Anne Roux']);
  });

  test('the place after an event is not what a later clause says of another place, nor that of another event', () => {
    const described = triples(extractDocument('The mall in Lyon, where the shooting happened, is two miles from the Swiss border at Geneva.'));
    expect(described).not.toContainEqual(['[attack]', 'occurred_in', 'Geneva']);
    const other = extractDocument('Reuters said the bombing was the deadliest since an assault in Ghazni.');
    expect(other.events).toHaveLength(2);
  });

  test("a report of no event of its own sentence is not given to a background event far from the lead", () => {
    const x = extractDocument('Queen Margrethe agrees to dissolve Danish Parliament\n\nQueen Margrethe agreed to the request on Wednesday. '
      + 'Parliament will meet briefly in May. Lars Holm said the plan was sound. Critics called it a ploy. Many members objected. '
      + 'The vote came after the referendum in Aarhus. According to the Danish Parliament Library, most breaks have been short.');
    expect(triples(x).filter((t) => t[1] === 'reported')).toEqual([]);
  });

  test('"he died" is the death of the person named just before, not of kin named there nor of one named further back', () => {
    const dies = (text: string) => triples(extractDocument(text)).filter((t) => t[1] === 'about').map((t) => t[2]);
    expect(dies('Anna Kowal fell ill on stage in Gdansk. She died today.')).toContain('Anna Kowal');
    expect(dies('His death was announced by his son Piotr Nowak. He died at the Central Hospital.')).not.toContain('Piotr Nowak');
    expect(dies('Marek Zielinski won the match. The next year a close friend was struck by a bus. He died in hospital.')).not.toContain('Marek Zielinski');
  });

  test('what a participle after a comma tells is what the event before it did', () => {
    const x = extractDocument('A plane crashed in Leeds, killing seven. A drone strike hit a school in Idlib, killing Ahmed Saleh.');
    expect(x.events.map((e) => e.eventType)).toEqual(['other', 'attack']);
    expect(triples(x)).toContainEqual(['[attack]', 'killed', 'Ahmed Saleh']);
  });

  test("the headline's event told at a place within the headline's, over a chain of places", () => {
    const x = extractDocument('Plane crashes in Kenya\n\nA cargo plane crashed at Wilson Airport in Nairobi, Kenya on Monday.');
    expect(x.events).toHaveLength(1);
  });

  test('who speaks at a gathering named again by its word, sentences later, takes part in that one', () => {
    const x = extractDocument('Thousands joined a rally in Berlin on Saturday. Police said the crowd was calm. Organisers had expected fewer people. '
      + 'Shops near the square closed early. Trains were crowded. Maria Lopez spoke at the rally.');
    expect(x.events.filter((e) => e.eventType === 'protest')).toHaveLength(1);
    expect(triples(x)).toEqual(expect.arrayContaining([['Maria Lopez', 'carried_out', '[protest]'], ['[protest]', 'occurred_in', 'Berlin']]));
  });

  test("a mention that only a report names is the report of the latest such event, however far back", () => {
    const x = extractDocument('A bus crashed near Cienfuegos on Thursday, killing seven. Rescuers worked through the night. The driver was taken to hospital. '
      + 'Officials blamed the wet road. Relatives gathered at the hospital. Sky News said the crash was the fourth in a month.');
    expect(x.events.filter((e) => e.eventType !== 'statement')).toHaveLength(1);
    expect(triples(x)).toEqual(expect.arrayContaining([['Sky News', 'reported', '[other]'], ['[other]', 'occurred_in', 'Cienfuegos']]));
  });

  test("a headline's act in the present, and the story's retelling by the same verb, are one act", () => {
    const told = extractDocument('Kenya Airways suspends flights to Mombasa\n\nA storm closed the airport on Monday.');
    expect(triples(told)).toContainEqual(['Kenya Airways', 'carried_out', '[other]']);
    const retold = extractDocument('Kenya Airways suspends flights to Mombasa\n\nOn Monday, Kenya Airways suspended its flights to Mombasa after the storm.');
    expect(retold.events).toHaveLength(1);
    // (people of a place in a headline are no verb of the place's: "Taiwan protesters block")
    expect(triples(extractDocument('Taiwan protesters block main highway\n\nThe road was closed on Friday.'))).not.toContainEqual(['Taiwan', 'carried_out', '[other]']);
    // (the present tense of a story's sentence is no act)
    expect(extractDocument('Kenya Airways suspends flights when storms come.').events).toHaveLength(0);
  });

  test("the headline's place is where its event happened, not where the story's acts were done", () => {
    const got = triples(extractDocument('Fire destroys market in Kano\n\nA fire destroyed the market on Monday. Nigeria pledged funds to the traders.'));
    expect(got).toContainEqual(['[other]', 'occurred_in', 'Kano']);
    expect(got.filter((t) => t[1] === 'occurred_in')).toHaveLength(1);
  });

  test("a person's body found is their death, where it was found, and one with their being found dead", () => {
    const x = extractDocument('Maria Lopez was found dead on Sunday. Lopez\'s body was found near a river in Lima.', { date: '2021-06-10' });
    expect(x.events).toHaveLength(1);
    expect(triples(x)).toEqual(expect.arrayContaining([['[other]', 'about', 'Maria Lopez'], ['[other]', 'occurred_in', 'Lima']]));
    const of = triples(extractDocument('The body of Omar Haddad was found near Aleppo.'));
    expect(of).toEqual(expect.arrayContaining([['[other]', 'about', 'Omar Haddad'], ['[other]', 'occurred_in', 'Aleppo']]));
  });

  test('one dies once: two sentences of the same death are one event', () => {
    const x = extractDocument('Maria Lopez died on Sunday at the age of 90. Lopez died at a hospital in Lima, her son said.', { date: '2021-06-10' });
    expect(x.events.filter((e) => e.eventType === 'other')).toHaveLength(1);
    expect(triples(x)).toEqual(expect.arrayContaining([['[other]', 'about', 'Maria Lopez'], ['[other]', 'occurred_in', 'Lima']]));
  });

  test("a death by its noun is the death of whom it names, one with the same person's death told as an act, and no other event", () => {
    const named = triples(extractDocument('The death of Omar Haddad was announced on Monday by his family.'));
    expect(named).toContainEqual(['[other]', 'about', 'Omar Haddad']);
    const x = extractDocument('Maria Lopez died on Sunday in Lima. Her death was confirmed by her son.', { date: '2021-06-10' });
    expect(x.events.filter((e) => e.eventType === 'other')).toHaveLength(1);
    // (a game before her death is another event)
    const game = extractDocument('Maria Lopez played in the final in Madrid. Lopez wrote about it shortly before her death.');
    expect(game.events.filter((e) => e.eventType === 'other')).toHaveLength(2);
    // a toll, a penalty, a cause are no one's death
    for (const text of ['The death toll rose to 40 on Monday, Omar Haddad said.', 'Omar Haddad faces the death penalty.', 'Police did not give his cause of death. Omar Haddad was 40.']) {
      expect(extractDocument(text).events.filter((e) => /death/.test(e.summary))).toHaveLength(0);
    }
  });

  test('an endorsement is an agreement by who gives it, about whom; the same act on another, or at another time, is another', () => {
    const x = extractDocument('Maria Lopez endorsed Omar Haddad on Monday. Lopez had endorsed Carlos Mendes in 2016.', { date: '2021-06-10' });
    const deals = x.events.filter((e) => e.eventType === 'agreement');
    expect(deals.map((e) => e.date)).toEqual(['2021-06-07', '2016']);
    const got = triples(x);
    expect(got.filter((t) => t[0] === 'Maria Lopez' && t[1] === 'carried_out')).toHaveLength(2);
    expect(got).toEqual(expect.arrayContaining([['[agreement]', 'about', 'Omar Haddad'], ['[agreement]', 'about', 'Carlos Mendes']]));
    expect(x.relations.find((r) => r.relation === 'about' && r.target === x.entities.find((e) => e.label === 'Omar Haddad')!.id)?.source).toBe(deals[0]!.id);
  });

  test('who wins or receives an endorsement is what it is about; who gives it carried it out', () => {
    for (const text of ['Omar Haddad won the endorsement of former Governor Maria Lopez.', "Omar Haddad received Maria Lopez's endorsement."]) {
      const got = triples(extractDocument(text));
      expect(got).toEqual(expect.arrayContaining([['Maria Lopez', 'carried_out', '[agreement]'], ['[agreement]', 'about', 'Omar Haddad']]));
      expect(got).not.toContainEqual(['Omar Haddad', 'carried_out', '[agreement]']);
    }
  });

  test('one killed in an attack the noun after tells is killed in that one event', () => {
    const x = extractDocument('Omar Haddad was killed in a US drone strike in Kabul.');
    expect(x.events).toHaveLength(1);
    expect(triples(x)).not.toContainEqual(['[killing]', 'occurred_in', 'United States']);
  });

  test('a launch that targets nothing is no attack', () => {
    expect(extractDocument('SpaceX launched two rockets from Florida.').events.filter((e) => e.eventType === 'attack')).toHaveLength(0);
  });

  test('signing a deal is the deal: one agreement, of the signer and the side it is with', () => {
    const x = extractDocument('Toyota signed a deal with Panasonic on Monday.');
    expect(x.events.filter((e) => e.eventType === 'agreement')).toHaveLength(1);
    expect(triples(x)).toEqual(expect.arrayContaining([['Toyota', 'carried_out', '[agreement]'], ['Panasonic', 'carried_out', '[agreement]']]));
  });

  test('"a strike" after "the strike" is another event', () => {
    const x = extractDocument('A bombing hit Aleppo on Monday. The bombing came a day after a bombing in Homs killed Omar Haddad.');
    expect(x.events.filter((e) => e.eventType === 'attack')).toHaveLength(2);
  });

  test('"the second debate" after "the first debate" is another event, of the same sides', () => {
    const x = extractDocument('The first debate between Ana Ruiz and Tom Baker was held in Lima. The second debate between Ana Ruiz and Tom Baker was cancelled.');
    expect(x.events.filter((e) => e.eventType === 'meeting')).toHaveLength(2);
  });

  test('a year right before an event noun dates that noun, not an event noun before it', () => {
    const x = extractDocument('Maria Lopez was stabbed in prison on Friday. She is serving a life sentence for the 1968 assassination of Senator John Smith.', { date: '2019-09-03' });
    expect(x.events.find((e) => e.eventType === 'killing')?.date).toBe('1968');
    expect(x.events.find((e) => e.eventType === 'attack')?.date).toBe('2019-08-30');
  });

  test('an act is named by its words, not cutting a name', () => {
    const x = extractDocument('Governor Andrew Cuomo declared a state of emergency in New York.');
    expect(x.events.map((e) => e.summary)).toEqual(['Andrew Cuomo declared a state of emergency in New York']);
  });

  test('a fire word that modifies another names no fire', () => {
    const x = extractDocument('Joachim Brudzinski ordered fire safety checks across Poland.');
    expect(x.events.map((e) => e.summary)).toEqual(['Joachim Brudzinski ordered fire safety checks across Poland']);
  });

  test('two acts joined by "as" are two events', () => {
    const x = extractDocument('Council President Andrew Leung adjourned the session as Carrie Lam left.');
    expect(x.events).toHaveLength(2);
  });

  test('the lead tells the headline\'s event', () => {
    const x = extractDocument('Fire kills nine in Chittagong slum\n\nA fire yesterday morning destroyed 200 homes in a slum in Chittagong.', { date: '2019-02-18' });
    expect(x.events.map((e) => [e.eventType, e.date])).toEqual([['other', '2019-02-17']]);
  });

  test('the lead tells the headline\'s event over a dateline between them, and dates it', () => {
    const x = extractDocument('Flood kills three in northern Peru\n\nTuesday, March 3, 2020\n\nOn Monday, a flood struck Piura, Peru, killing three people.', { date: '2020-03-03' });
    expect(x.events.map((e) => [e.eventType, e.date])).toEqual([['other', '2020-03-02']]);
  });

  test('the lead tells the headline\'s event in a place within the headline\'s', () => {
    const x = extractDocument('Three killed in stabbing attack in Leeds, UK\n\nOn Saturday evening in Roundhay Park in Leeds, West Yorkshire, UK shortly before 19:00, a mass stabbing killed three people.', { date: '2020-06-23' });
    expect(x.events.map((e) => e.eventType)).toEqual(['attack']);
    expect(triples(x)).toEqual(expect.arrayContaining([['[attack]', 'occurred_in', 'Leeds'], ['[attack]', 'occurred_in', 'Roundhay Park']]));
  });

  test('"Washington D.C." is one place, without a comma too, and in no Washington', () => {
    const x = extractDocument('Fans gathered in Washington D.C. while Washington state voted.');
    expect(x.entities.map((e) => e.label)).toContain('Washington D.C.');
    expect(triples(x)).not.toContainEqual(['Washington D.C.', 'located_in', 'Washington']);
  });

  test('"Fellow" is a title: it names no group, and a fellow of a society is its member', () => {
    const x = extractDocument('For his work, Conway was elected as a Fellow of the Royal Society in 1981.');
    expect(x.entities.map((e) => e.label)).not.toContain('Fellow');
    expect(triples(x)).toContainEqual(['Conway', 'member_of', 'Royal Society']);
  });

  test('a verb between a group and a title makes no member', () => {
    const got = triples(extractDocument('Reuters interviews planetary scientist Vlada Stamenković.'));
    expect(got).not.toContainEqual(['Vlada Stamenković', 'member_of', 'Reuters']);
  });

  test('what begins on a capitalised month begins no march', () => {
    expect(extractDocument('The Toronto Comicon began on March 13.').events.filter((e) => e.eventType === 'protest')).toEqual([]);
  });

  test('a ruling party is no court\'s ruling', () => {
    const x = extractDocument('In Cyprus, the ruling Democratic Party welcomed the pipeline.');
    expect(x.events.filter((e) => e.eventType === 'trial')).toEqual([]);
  });

  test('a clinical trial is no court\'s trial', () => {
    expect(extractDocument('The clinical trial of four drugs was stopped in Congo on Monday.').events).toEqual([]);
  });

  test("a medical study's or a race's trial is no court's trial either, however the sentence names it", () => {
    for (const text of ['The Phase 3 trial of the shot began in Peru on Monday.', 'The trial enrolled 3,000 volunteers in Kenya.',
      'Ana Ruiz won the time trial in Lyon on Sunday.']) {
      expect(extractDocument(text).events.filter((e) => e.eventType === 'trial')).toEqual([]);
    }
    // (a court's trial stays one)
    expect(extractDocument('The trial of Ana Ruiz opened in Madrid on Monday.').events.map((e) => e.eventType)).toEqual(['trial']);
  });

  test("a court's ruling on an earlier trial is an event of its own, about that trial and whom it tried", () => {
    const x = extractDocument('The Court of Appeal quashed the conviction of Tom Hale on Tuesday.', { date: '2021-06-10' });
    const trials = x.events.filter((e) => e.eventType === 'trial');
    expect(trials.map((e) => e.summary).sort()).toEqual(['conviction of Tom Hale', 'ruling on Tom Hale']);
    expect(triples(x)).toEqual(expect.arrayContaining([['Court of Appeal', 'carried_out', '[trial]'], ['[trial]', 'about', '[trial]'], ['[trial]', 'about', 'Tom Hale']]));
    const ruling = trials.find((e) => e.summary.startsWith('ruling'))!.id;
    expect(x.relations.filter((r) => r.source === ruling).map((r) => r.relation).sort()).toEqual(['about', 'about']);
  });

  test('two courts that rule are two rulings', () => {
    const x = extractDocument('The Wisconsin Supreme Court ruled on Monday. The United States Supreme Court later ruled against the extension.');
    expect(x.events.filter((e) => e.eventType === 'trial')).toHaveLength(2);
  });

  test('giving oneself up to the police, or being taken into custody, is an arrest of the subject', () => {
    for (const text of ['Omar Haddad surrendered to police in Lyon on Sunday.', 'Omar Haddad turned himself in at a station in Lyon.', 'Omar Haddad was taken into custody in Lyon.']) {
      const x = extractDocument(text, { date: '2021-06-10' });
      expect(x.events.map((e) => e.eventType)).toEqual(['arrest']);
      expect(triples(x)).toEqual(expect.arrayContaining([['[arrest]', 'about', 'Omar Haddad'], ['[arrest]', 'occurred_in', 'Lyon']]));
    }
    // (surrendering a lead or a title is no arrest)
    expect(extractDocument('Omar Haddad surrendered the lead in Lyon.').events.map((e) => e.eventType)).not.toContain('arrest');
  });

  test('signing a decree or a bill is an act; signing a treaty is an agreement', () => {
    const act = extractDocument('Governor Ana Ruiz signed a decree on Monday closing schools.', { date: '2021-06-10' });
    expect(act.events.map((e) => e.eventType)).toEqual(['other']);
    expect(triples(act)).toContainEqual(['Ana Ruiz', 'carried_out', '[other]']);
    const treaty = extractDocument('Peru and Chile signed a treaty in Lima.');
    expect(treaty.events.map((e) => e.eventType)).toEqual(['agreement']);
  });

  test('other doers acting on other sufferers are other events; what a sanction acts on is its target', () => {
    const x = extractDocument('Norway sanctioned Belarus in May. Japan sanctioned Myanmar on Friday.', { date: '2021-06-10' });
    const sanctions = x.events.filter((e) => e.eventType === 'sanction');
    expect(sanctions).toHaveLength(2);
    expect(triples(x)).toEqual(expect.arrayContaining([['Norway', 'carried_out', '[sanction]'], ['[sanction]', 'targeted', 'Belarus'], ['[sanction]', 'targeted', 'Myanmar']]));
  });

  test('a document\'s date line is read as its date, not as text, when no options say otherwise', () => {
    const x = extractDocument('date 2019-02-18\nPolice arrested John Smith in Paris yesterday.');
    expect(x.events.map((e) => e.date)).toEqual(['2019-02-17']);
    expect(x.entities.every((e) => e.mentions.every((m) => m.start >= 16))).toBe(true);
  });

  test('dates are normalised against the document date', () => {
    const x = extractDocument('The bombing in Kabul on Friday killed Ahmad Zia.', { date: '2021-08-30' });
    expect(x.events.find((e) => e.eventType === 'attack')?.date).toBe('2021-08-27');
    // ("since 1994" says when a state began, not the event's day)
    const since = extractDocument('Judge Ana Ruiz found Tomas Berg guilty of fraud, the first such verdict in the city since 1994.');
    expect(since.events.find((e) => e.eventType === 'trial')?.date).toBeUndefined();
  });

  test('every relation has evidence inside the text and a confidence', () => {
    const text = 'Hassan Nasrallah, the leader of Hezbollah, said Israel attacked Beirut.';
    for (const r of extractDocument(text).relations) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      for (const e of r.evidence) expect(e.end).toBeLessThanOrEqual(text.length);
    }
  });
});
