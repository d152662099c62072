// The rules that tidy the entity model's spans, with a stub model whose spans are given, so each
// rule is tested on its own whatever the trained model does.
import { findMentions } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/tokenize.js';
import type { EntityLabel, Tagger } from '../../src/extract/ner/tagger.js';

/** A tagger that returns, for the first sentence, spans over the given words (as [first, end, label]). */
function stub(spans: [number, number, EntityLabel][]): Tagger {
  return { tagDocument: (sentences) => sentences.map((_, i) => (i === 0 ? spans.map(([start, end, label]) => ({ start, end, label })) : [])) };
}

function mentions(text: string, spans: [number, number, EntityLabel][]): [string, EntityLabel][] {
  return findMentions(text, tokenize(text), stub(spans)).map((m) => [m.text, m.label]);
}

type Case = [string, [number, number, EntityLabel][], [string, EntityLabel][]];

/** One table of sentences, the stub model's spans, and the mentions expected. */
function cases(name: string, table: Case[]): void {
  describe(name, () => {
    test.each<Case>(table)('%s', (text, spans, expected) => {
      expect(mentions(text, spans)).toEqual(expected);
    });
  });
}

cases('a span across a verb or common noun is two names', [
  ['The European Commission fined Microsoft Corp in Brussels .', [[1, 6, 'ORG']], [['European Commission', 'ORG'], ['Microsoft Corp', 'ORG'], ['Brussels', 'LOC']]],
  ['Labour Party leaders met Tony Blair .', [[0, 6, 'ORG']], [['Labour Party', 'ORG'], ['Tony Blair', 'PER']]],
  // closed-class words and particles belong to names
  ['The Bank of England raised rates .', [[1, 4, 'ORG']], [['Bank of England', 'ORG']]],
  ['Troops left Bosnia and Herzegovina .', [[2, 5, 'LOC']], [['Bosnia and Herzegovina', 'LOC']]],
  ['They met Osama bin Laden .', [[2, 5, 'PER']], [['Osama bin Laden', 'PER']]],
  // a piece with no capital is dropped, a lower-case word at either end is trimmed
  ['Reuters reported heavy fighting .', [[0, 4, 'ORG']], [['Reuters', 'ORG']]],
]);

cases('a capital inside one word names a company, unless a surname or given name is written so', [
  ['The plan drew what TeessideLive called anger .', [[4, 5, 'PER']], [['TeessideLive', 'ORG']]],
  ['Senator Mitch McConnell met DeMar DeRozan and Ron DeSantis met McConnell .', [[1, 3, 'PER'], [4, 6, 'PER'], [7, 9, 'PER'], [10, 11, 'PER']], [['Mitch McConnell', 'PER'], ['DeMar DeRozan', 'PER'], ['Ron DeSantis', 'PER'], ['McConnell', 'PER']]],
]);

cases('a name the model left short is completed', [
  // the particles of a surname: between two pieces, alone before it, after a capitalised one
  ['Aravinda de Silva scored .', [[0, 1, 'PER'], [2, 3, 'PER']], [['Aravinda de Silva', 'PER']]],
  ['Talks with de Klerk ended .', [[3, 4, 'PER']], [['de Klerk', 'PER']]],
  ['They let Van der Westhuizen score .', [[4, 5, 'PER']], [['Van der Westhuizen', 'PER']]],
  // a name the model read as an organisation's after an office, or before one in apposition, is a person's
  ['WHO director-general Abebe Tesfaye Mekonnen said so .', [[0, 1, 'ORG'], [2, 5, 'ORG']], [['WHO', 'ORG'], ['Abebe Tesfaye Mekonnen', 'PER']]],
  ['Nakuru Oyelowo , former vice-president of Ghana , died .', [[0, 2, 'ORG'], [6, 7, 'LOC']], [['Nakuru Oyelowo', 'PER'], ['Ghana', 'LOC']]],
  ['Speaking to Agence Nouvelle , the president of the league said so .', [[2, 4, 'ORG']], [['Agence Nouvelle', 'ORG']]],
  // a court case's parties name the case; a fixture's two teams stay two teams
  ['The court overturned Roe v. Wade on Friday .', [[3, 4, 'PER'], [5, 6, 'PER']], [['Roe v. Wade', 'MISC']]],
  ['Arsenal v Chelsea was postponed .', [[0, 1, 'ORG'], [2, 3, 'ORG']], [['Arsenal', 'ORG'], ['Chelsea', 'ORG']]],
  // a name on each side of a place noun and "of" is a place; a full name right after the noun is a person's
  ['A quake hit the southern Peruvian region of Arequipa .', [[5, 6, 'MISC'], [8, 9, 'ORG']], [['Arequipa', 'LOC']]],
  ['The director of the Halden camp Lajos Horvath spoke .', [[4, 5, 'LOC'], [6, 8, 'PER']], [['Halden', 'LOC'], ['Lajos Horvath', 'PER']]],
  // a MISC word the model took alone, then the rest of a body's name up to its head word (not a title)
  ['On Monday the Nordic Seed Fund said it would pay for the new wells .', [[3, 4, 'MISC']], [['Nordic Seed Fund', 'ORG']]],
  ['On Monday the Democratic Representatives said they would vote for the plan .', [[3, 4, 'MISC']], [['Democratic', 'MISC']]],
  // capitalised words before the head of a public body's name; words on both sides of an ampersand
  ['The agency quoted Foreign Ministry officials .', [], [['Foreign Ministry', 'ORG']]],
  ['Shares of Procter & Gamble rose .', [[4, 5, 'LOC']], [['Procter & Gamble', 'ORG']]],
  ['Family-controlled Douglas & Lomason rose .', [[1, 2, 'PER']], [['Douglas & Lomason', 'ORG']]],
  // a name and a particle left out before a surname
  ['Arnel dela Vega said it .', [[2, 3, 'PER']], [['Arnel dela Vega', 'PER']]],
  // capitalised words the model left out before an organisation's name, not over a title:
  // a given name after a title begins a person's name
  ['They met Islamic Revolutionary Guard Corps officers .', [[3, 6, 'ORG']], [['Islamic Revolutionary Guard Corps', 'ORG']]],
  ['He was named by Marion County Sheriff Paul Dominguez on Monday .', [[4, 7, 'ORG'], [8, 9, 'ORG']], [['Marion County', 'LOC'], ['Paul Dominguez', 'PER']]],
  // a capitalised word the model left out after a name is the rest of it
  ['They praised Maria Lopez for her work .', [[2, 3, 'PER']], [['Maria Lopez', 'PER']]],
  // not a weekday, a title or the start of one
  ['He told Reuters Monday that it was over .', [[2, 3, 'ORG']], [['Reuters', 'ORG']]],
  ['On Friday Ford Motor Company announced it .', [[2, 5, 'ORG']], [['Ford Motor Company', 'ORG']]],
  ['She met the UK Prime Minister in private .', [[3, 4, 'LOC']], [['UK', 'LOC']]],
  // in a title, casing says nothing
  ['Acme Rocket Docks With Space Station', [[0, 1, 'ORG']], [['Acme', 'ORG']]],
]);

cases('a hyphen is a seam only between organisations', [
  // two organisations joined by a hyphen are two names
  ['The Revolutionary Guard Corps-Quds Force struck .', [[1, 5, 'ORG']], [['Revolutionary Guard Corps', 'ORG'], ['Quds Force', 'ORG']]],
  ['The IRGC-Quds Force struck .', [[1, 3, 'ORG']], [['IRGC', 'ORG'], ['Quds Force', 'ORG']]],
  // a hyphen inside one name is not a seam
  ['A director of Bengali Anti-Corruption Commission spoke .', [[3, 6, 'ORG']], [['Bengali Anti-Corruption Commission', 'ORG']]],
  ['ABS-CBN Corporation is large .', [[0, 2, 'ORG']], [['ABS-CBN Corporation', 'ORG']]],
]);

cases('titles separate the person from what the title is of', [
  // a minister's portfolio is no group; a nationality, a place and a body with its head word stay
  ['Kenyan Water and Sanitation Minister Ruth Otieno spoke .', [[0, 1, 'MISC'], [1, 2, 'PER'], [3, 4, 'ORG'], [5, 7, 'PER']], [['Kenyan', 'MISC'], ['Ruth Otieno', 'PER']]],
  ['Foreign Minister Ruth Otieno and Kurdistan Regional Government Minister Ali Hassan spoke .', [[2, 4, 'PER'], [5, 8, 'ORG'], [9, 11, 'PER']],
    [['Ruth Otieno', 'PER'], ['Kurdistan Regional Government', 'ORG'], ['Ali Hassan', 'PER']]],
  // nor after "Minister of": the portfolio is no part of the person's name
  ['It was confirmed by Minister of Tourism Pedro Alves today .', [[6, 7, 'ORG'], [7, 9, 'PER']], [['Pedro Alves', 'PER']]],
  ['It was confirmed by Minister of Tourism Pedro Alves today .', [[6, 9, 'ORG']], [['Pedro Alves', 'PER']]],
  // a title inside a name separates what the title is of from the person
  ['Former United States Senator Kay Hagan died .', [[1, 6, 'LOC']], [['United States', 'LOC'], ['Kay Hagan', 'PER']]],
  ['The oath of the Honourable Peter Dutton was read .', [[4, 7, 'ORG']], [['Peter Dutton', 'PER']]],
  ['She met UK Prime Minister Boris Johnson .', [[2, 7, 'LOC']], [['UK', 'LOC'], ['Boris Johnson', 'PER']]],
  ['Party Vice Chairman Arvin Vohra and Senator Ron Wyden spoke .', [[0, 10, 'ORG']],
    [['Party', 'ORG'], ['Arvin Vohra', 'PER'], ['Ron Wyden', 'PER']]],
  // titles alone name no one; a word that is a title only sometimes is part of a name
  ['Today , Chief Executive of Hong Kong Carrie Lam spoke .', [[2, 4, 'PER'], [5, 7, 'LOC'], [7, 9, 'PER']], [['Hong Kong', 'LOC'], ['Carrie Lam', 'PER']]],
  ['The Lord Mayor spoke .', [[1, 3, 'PER']], []],
  ['Interior Minister Joachim Brudzinski wrote .', [[0, 1, 'ORG'], [2, 4, 'PER']], [['Joachim Brudzinski', 'PER']]],
  ['The United Nations General Assembly voted .', [[1, 5, 'ORG']], [['United Nations General Assembly', 'ORG']]],
  // a name that ends in a title is what the title is of, a place where the gazetteer knows it
  ['Connecticut Governor Ned Lamont spoke .', [[0, 2, 'ORG'], [3, 4, 'PER']], [['Connecticut', 'LOC'], ['Ned Lamont', 'PER']]],
  // a title over a word between two title words
  ['Chief Technical Officer Chris Wright said so .', [[0, 5, 'ORG']], [['Chris Wright', 'PER']]],
  // an adviser's, a constable's, a Taoiseach's title parts the group from the person
  ['Kamloops RCMP Constable Gary Gray said so .', [[0, 5, 'ORG']], [['Kamloops RCMP', 'ORG'], ['Gary Gray', 'PER']]],
  // a title written as an acronym inside a span parts the group from the person
  ['Tesla CEO Elon Musk spoke .', [[0, 4, 'ORG']], [['Tesla', 'ORG'], ['Elon Musk', 'PER']]],
  // an ambiguous title after a group's name starts a person's
  ['Ocean Research Institute Director Ane Alencar spoke .', [[0, 6, 'ORG']], [['Ocean Research Institute', 'ORG'], ['Ane Alencar', 'PER']]],
  // an ambiguous title after a word that makes it one ("Majority Leader", "Supreme Leader")
  ['Mitch McConnell , the Senate Majority Leader , spoke .', [[0, 2, 'PER'], [4, 7, 'ORG']], [['Mitch McConnell', 'PER'], ['Senate', 'ORG']]],
  ['Iran \'s Supreme Leader Ali Khamenei spoke .', [[0, 1, 'LOC'], [2, 6, 'PER']], [['Iran', 'LOC'], ['Ali Khamenei', 'PER']]],
  ['Ohio Senator Sherrod Brown spoke .', [[0, 3, 'ORG'], [3, 4, 'PER']], [['Ohio', 'LOC'], ['Sherrod Brown', 'PER']]],
  // a title inside a MISC name before a given name parts the adjective from the person, not a title's name alone
  ['Democratic Senator Elizabeth Warren spoke .', [[0, 4, 'MISC']], [['Democratic', 'ORG'], ['Elizabeth Warren', 'PER']]],
  ['He won the Nobel Prize Lecture Award .', [[3, 7, 'MISC']], [['Nobel Prize Lecture Award', 'MISC']]],
  // a title of an office of something, then the person
  ['He lost to former United States Secretary of State Hillary Clinton .', [[4, 11, 'LOC']], [['United States', 'LOC'], ['Hillary Clinton', 'PER']]],
  // a word that makes a title with a lower-case title after the name is no part of it, but a department's is
  ['Ann Lee , a United States District judge , ruled .', [[0, 2, 'PER'], [4, 7, 'LOC']], [['Ann Lee', 'PER'], ['United States', 'LOC']]],
  ['A United States Department of State spokesperson said so .', [[1, 6, 'ORG']], [['United States Department of State', 'ORG']]],
  // a legislature's chamber is one name; a person's name the model ran on into after it is the person's
  ['Members of the House of Representatives Darin LaHood and Mike Bost spoke .', [[3, 8, 'ORG'], [9, 11, 'PER']],
    [['House of Representatives', 'ORG'], ['Darin LaHood', 'PER'], ['Mike Bost', 'PER']]],
  ['The House of Commons Library said so .', [[1, 5, 'ORG']], [['House of Commons Library', 'ORG']]],
  // not where the title word is part of the name
  ['The Department of Justice opened an inquiry .', [[1, 4, 'ORG']], [['Department of Justice', 'ORG']]],
]);

cases('words like names that are no entities', [
  // ethnic and party adjectives, like nationalities; time zones after a clock time
  ['Latino voters backed him .', [[0, 1, 'LOC']], []],
  ['They prayed to God and Allah .', [[3, 4, 'PER'], [5, 6, 'PER']], []],
  ['Most Democratic voters stayed home .', [[1, 2, 'ORG']], []],
  ['The strikes took place at 1:12 am UTC .', [[7, 8, 'ORG']], []],
  // a compass adjective alone, as of a region's
  ['It spread in Western culture .', [[3, 4, 'LOC']], []],
  // faiths and doctrines
  ['He left Catholicism and embraced Stoicism and Islam .', [[2, 3, 'ORG'], [5, 6, 'PER'], [7, 8, 'LOC']], []],
  // a capitalised function word a run-on sentence begins with is no part of the name before it
  ['It fed southern Kenya But soon it failed .', [[3, 5, 'LOC']], [['Kenya', 'LOC']]],
  // a day named by whose it is, whatever spans the model read before the possessive
  ['Shops closed on International Workers \'s Day .', [[3, 4, 'ORG']], [["International Workers 's Day", 'MISC']]],
  ['Flowers sold on Father \'s Day .', [[3, 4, 'PER']], [["Father 's Day", 'MISC']]],
  // a disease named by a word before its head ("Nipah virus"), not a place the gazetteer knows
  ['She died of Nipah virus in Kerala .', [[3, 4, 'PER'], [6, 7, 'LOC']], [['Nipah', 'MISC'], ['Kerala', 'LOC']]],
  // sentence adverbs, titles as acronyms, single letters
  ['Reportedly , talks failed .', [[0, 1, 'PER']], []],
  ["Tesco 's CEO Dave Lewis left .", [[0, 1, 'ORG'], [2, 3, 'ORG'], [3, 5, 'PER']], [['Tesco', 'ORG'], ['Dave Lewis', 'PER']]],
  ['Strain H was found .', [[1, 2, 'ORG']], []],
  ['Agent P. left .', [[1, 2, 'PER']], []],
  ['A pro-Beijing lawmaker and the United States-led coalition spoke .', [[1, 2, 'PER'], [5, 7, 'ORG']], []],
  ['Eliud Kipchoge from Kenya won .', [[0, 4, 'ORG']], [['Eliud Kipchoge', 'ORG'], ['Kenya', 'ORG']]],
  // names of laws are no entities of the graph
  ['Trump invoked the National Emergencies Act .', [[3, 6, 'ORG']], [['National Emergencies Act', 'MISC']]],
  // but a party's name is one
  ['The Democratic Party won .', [[1, 3, 'ORG']], [['Democratic Party', 'ORG']]],
]);

cases('what a name is, from its last word or where it stands', [
  // a place's head word
  ['They met in Middlesex County on Friday .', [[3, 5, 'ORG']], [['Middlesex County', 'LOC']]],
  ['Residents of Jefferson Parish left .', [[2, 4, 'PER']], [['Jefferson Parish', 'LOC']]],
  ['Flats on Karl Marx Avenue burned .', [[2, 5, 'PER']], [['Karl Marx Avenue', 'LOC']]],
  ['Traffic stopped on Martine Avenue .', [[3, 5, 'PER']], [['Martine Avenue', 'LOC']]],
  ['A fire broke out at Bontddu Hall .', [[5, 7, 'PER']], [['Bontddu Hall', 'LOC']]],
  ['Stuart Hall laughed .', [[0, 2, 'PER']], [['Stuart Hall', 'PER']]],
  // monuments, squares and bridges are places
  ['Crowds met near the Lincoln Monument .', [[4, 6, 'PER']], [['Lincoln Monument', 'LOC']]],
  ['Traffic crossed the Chester Harbour Bridge .', [[3, 6, 'PER']], [['Chester Harbour Bridge', 'LOC']]],
  // a name before its state is a town, a person's full name is not
  ['An incident in Beaver Falls , Pennsylvania was reported .', [[3, 5, 'PER'], [6, 7, 'LOC']], [['Beaver Falls', 'LOC'], ['Pennsylvania', 'LOC']]],
  ['Senators Ted Cruz , Texas , spoke .', [[1, 3, 'PER'], [4, 5, 'LOC']], [['Ted Cruz', 'PER'], ['Texas', 'LOC']]],
  // (a source after "according to" opens the clause after its comma)
  ['According to Gazeta , Poland has closed schools .', [[2, 3, 'ORG'], [4, 5, 'LOC']], [['Gazeta', 'ORG'], ['Poland', 'LOC']]],
  // a given name and a surname are a person, not what an organisation or a place ends with
  ['Leaders such as Elizabeth Warren spoke .', [[2, 4, 'ORG']], [['Elizabeth Warren', 'PER']]],
  ['Shares of Morgan Bank rose .', [[2, 4, 'ORG']], [['Morgan Bank', 'ORG']]],
  ['Tourists visited Victoria Falls .', [[2, 4, 'PER']], [['Victoria Falls', 'LOC']]],
  // a part of a known place is a place
  ['Shops in Southern Poland closed .', [[2, 4, 'PER']], [['Southern Poland', 'LOC']]],
  // a mark at either end is no part of a name
  ['She ran for the House of Representatives .', [[4, 8, 'ORG']], [['House of Representatives', 'ORG']]],
  // a comma ends a name
  ['Writing for the Court , Supreme Court Justice Elena Kagan declared .', [[3, 7, 'ORG'], [8, 10, 'PER']], [['Court', 'ORG'], ['Supreme Court', 'ORG'], ['Elena Kagan', 'PER']]],
]);

cases('groups the model left out', [
  // an acronym before what a group's people or holdings are called
  ['Strikes hit AQAP tactical units near Mosul .', [[6, 7, 'LOC']], [['Mosul', 'LOC'], ['AQAP', 'ORG']]],
  // an acronym before a title and a name is a body's, not an honorific ("His Excellency")
  ['He met USCG Captain Ruth Otieno .', [[4, 6, 'PER']], [['Ruth Otieno', 'PER'], ['USCG', 'ORG']]],
  ['He met HE Dr Ruth Otieno .', [[4, 6, 'PER']], [['Ruth Otieno', 'PER']]],
  // not an acronym of a thing, nor a country
  ['Troops found an IED near the road .', [], []],
  ['US troops left .', [], []],
]);

cases('places the model left out', [
  // the two ends of a way are both places
  ['The bus ran between Baracoa and Santiago .', [[4, 5, 'ORG'], [6, 7, 'LOC']], [['Baracoa', 'LOC'], ['Santiago', 'LOC']]],
  ['Shares moved from Google to Apple .', [[3, 4, 'ORG'], [5, 6, 'ORG']], [['Google', 'ORG'], ['Apple', 'ORG']]],
  // the capitalised words before a facility's word are its name, over the model's pieces
  ['They played at Chesapeake Energy Arena .', [[3, 4, 'LOC'], [4, 6, 'PER']], [['Chesapeake Energy Arena', 'LOC']]],
  // a country, state or city the gazetteer knows, outside any span
  ['The plane crashed in Windsor Locks , Connecticut .', [[4, 6, 'LOC']], [['Windsor Locks', 'LOC'], ['Connecticut', 'LOC']]],
  ['Connecticut Governor Ned Lamont spoke .', [[2, 4, 'PER']], [['Ned Lamont', 'PER'], ['Connecticut', 'LOC']]],
  // not a word of a longer name, nor a lower-case word
  ['Texas Instruments rose . Prices in georgia fell .', [], []],
  // a capitalised word the model left out before a name, that makes a known place with it
  ['North Carolina reported the most cases .', [[1, 2, 'LOC']], [['North Carolina', 'LOC']]],
  ['New Hampshire voted on Tuesday .', [[1, 2, 'ORG']], [['New Hampshire', 'LOC']]],
  // not where the two make no place
  ['Seven Mexico residents died .', [[1, 2, 'LOC']], [['Mexico', 'LOC']]],
  // an owner's possessive and a known place are two names; a known place before a site's word is the place
  ["Acme 's Lisbon office closed .", [[0, 3, 'ORG']], [['Acme', 'ORG'], ['Lisbon', 'LOC']]],
  ["Acme Corp 's Lisbon plant closed .", [[0, 2, 'ORG'], [3, 4, 'ORG']], [['Acme Corp', 'ORG'], ['Lisbon', 'LOC']]],
  ["The People 's Liberation Army moved .", [[1, 5, 'ORG']], [["People 's Liberation Army", 'ORG']]],
  ["Lisbon 's film festival opened .", [[0, 2, 'ORG']], [['Lisbon', 'LOC']]],
  // a road by its number, which the model left out of the name or missed with it
  ['Two trucks collided on State Route 17 near Elmira .', [[4, 6, 'ORG'], [8, 9, 'LOC']], [['State Route 17', 'LOC'], ['Elmira', 'LOC']]],
  ['Police closed Interstate 40 overnight .', [], [['Interstate 40', 'LOC']]],
]);

cases('a place before a full name, a weekday after a name', [
  // a country followed by a person's full name is two names
  ['US Ambassador to Germany Richard Grenell spoke .', [[3, 6, 'LOC']], [['Germany', 'LOC'], ['Richard Grenell', 'PER']]],
  // a weekday closes no name
  ['He flew to South Africa Monday .', [[3, 6, 'LOC']], [['South Africa', 'LOC']]],
  // a state before a full name, after a title
  ['United States Senator from Vermont Bernie Sanders won .', [[0, 2, 'LOC'], [4, 7, 'LOC']], [['United States', 'LOC'], ['Vermont', 'LOC'], ['Bernie Sanders', 'PER']]],
  // a known place and a word that is no kind of place: what the place has, a team or a firm
  ['The New Orleans Pelicans played the Utah Jazz .', [[1, 4, 'LOC'], [6, 8, 'LOC']], [['New Orleans Pelicans', 'ORG'], ['Utah Jazz', 'ORG']]],
  ['Georgia Smith visited Victoria Falls and Lake Placid .', [[0, 2, 'PER'], [3, 5, 'LOC'], [6, 8, 'LOC']], [['Georgia Smith', 'PER'], ['Victoria Falls', 'LOC'], ['Lake Placid', 'LOC']]],
  // not a given name before a place's head word ("Santa" is a town too)
  ['Santa Barbara County deputies arrived .', [[0, 3, 'LOC']], [['Santa Barbara County', 'LOC']]],
]);

cases('halves joined, parties and plural titles apart', [
  // a nationality that begins an organisation's name is part of it
  ['The American Civil Liberties Union sued .', [[1, 2, 'MISC'], [2, 5, 'ORG']], [['American Civil Liberties Union', 'ORG']]],
  // two halves of a place the gazetteer knows, whatever their types
  ['Talks with the United Arab Emirates ended .', [[3, 4, 'LOC'], [4, 6, 'MISC']], [['United Arab Emirates', 'LOC']]],
  // an organisation's name before its country stays an organisation's
  ['He appeared in Christchurch District Court , New Zealand .', [[3, 6, 'ORG'], [7, 9, 'LOC']], [['Christchurch District Court', 'ORG'], ['New Zealand', 'LOC']]],
  // a place's name cut in two at the start of another name
  ['The Las Vegas Review-Journal reported it .', [[1, 2, 'LOC'], [2, 4, 'ORG']], [['Las Vegas Review-Journal', 'ORG']]],
  // one name the model cut in two, of one type
  ['The 116th United States Congress met .', [[2, 3, 'LOC'], [3, 5, 'LOC']], [['United States Congress', 'ORG']]],
  // a party before a name is not part of it, but the group the person belongs to
  ['Republican Kevin McCarthy received 192 .', [[0, 1, 'MISC'], [1, 3, 'PER']], [['Republican', 'ORG'], ['Kevin McCarthy', 'PER']]],
  ['Democrat Ana Ruiz received 192 .', [[0, 3, 'PER']], [['Democrat', 'ORG'], ['Ana Ruiz', 'PER']]],
  // plural titles, and a sentence-opening "Unlike"
  ['Unlike Senators Smith and Jones , he left .', [[0, 3, 'ORG'], [4, 5, 'PER']], [['Smith', 'PER'], ['Jones', 'PER']]],
]);

cases('prepositions and head words', [
  // a preposition opening the sentence is not part of the name, and what lies near is a place
  ['Near Mosul , troops advanced .', [[0, 2, 'PER']], [['Mosul', 'LOC']]],
  // nor a conjunction
  ['While La Riva won , Hawkins lost .', [[0, 3, 'PER'], [5, 6, 'PER']], [['La Riva', 'PER'], ['Hawkins', 'PER']]],
  ['Near Ar Raqqah , strikes hit .', [[0, 3, 'ORG']], [['Ar Raqqah', 'LOC']]],
  ['In Baghdad , crowds gathered .', [[0, 2, 'LOC']], [['Baghdad', 'LOC']]],
  // a name right before a place noun is a place
  ['A bomb hit Maidan Wardak province .', [[3, 5, 'PER']], [['Maidan Wardak', 'LOC']]],
  // the last word of a name says it is an organisation's
  ['The U.S. Central Command said so .', [[1, 4, 'LOC']], [['U.S. Central Command', 'ORG']]],
  ['The Counter-Daesh Coalition struck .', [[1, 3, 'PER']], [['Counter-Daesh Coalition', 'ORG']]],
  ['Troops camped near Badr Brigade .', [[3, 5, 'ORG']], [['Badr Brigade', 'ORG']]],
  ['Regulators grounded Kestrel Air and the Ohio Valley Patrol .', [[2, 4, 'PER'], [6, 9, 'PER']], [['Kestrel Air', 'ORG'], ['Ohio Valley Patrol', 'ORG']]],
  ['The United States Department of State said so .', [[1, 6, 'LOC']], [['United States Department of State', 'ORG']]],
  // a name that ends with a country's is a company's branch there, or a place in it, not a person
  ['Kestrel USA was hired .', [[0, 2, 'PER']], [['Kestrel USA', 'ORG']]],
  ['Fans came from Melbourne Australia .', [[3, 5, 'PER']], [['Melbourne Australia', 'LOC']]],
  ['Michael Jordan signed .', [[0, 2, 'PER']], [['Michael Jordan', 'PER']]],
  ['The United States Marines said so .', [[1, 4, 'LOC']], [['United States Marines', 'ORG']]],
  ['The U.S. House voted .', [[1, 2, 'LOC'], [2, 3, 'LOC']], [['U.S. House', 'ORG']]],
  // a unit's ordinal is part of its name
  ['The 82nd Airborne Division deployed .', [[2, 4, 'MISC']], [['82nd Airborne Division', 'ORG']]],
  ['The 1st Fleet Command said so .', [[2, 4, 'PER']], [['1st Fleet Command', 'ORG']]],
  // an airline "of" a country is no longer name
  ['Germany banned Kestrel Air of Iran .', [[0, 1, 'LOC'], [2, 4, 'ORG'], [5, 6, 'LOC']], [['Germany', 'LOC'], ['Kestrel Air', 'ORG'], ['Iran', 'LOC']]],
  // or an event's, which is no entity of the graph
  ['The Gulf War ended .', [[1, 3, 'LOC']], [['Gulf War', 'MISC']]],
  ['Brexit was delayed again .', [[0, 1, 'ORG']], [['Brexit', 'MISC']]],
  ['World War II began in Poland .', [[0, 3, 'ORG'], [5, 6, 'LOC']], [['World War II', 'MISC'], ['Poland', 'LOC']]],
]);

cases('Washington, D.C.', [
  ['He flew to Washington , D.C. on Monday .', [[3, 4, 'LOC'], [5, 6, 'PER']], [['Washington , D.C.', 'LOC']]],
  ['Crowds gathered in D.C. on Monday .', [[3, 4, 'ORG']], [['D.C.', 'LOC']]],
]);

cases('captions and function words', [
  // a caption's credit is no part of the name
  ['Kamala Harris Image : White House .', [[0, 3, 'PER']], [['Kamala Harris', 'PER']]],
  // a function word the model left out before an organisation's name stays out
  ['Yesterday Does YouTube care ?', [[2, 3, 'ORG']], [['YouTube', 'ORG']]],
]);

cases('head words alone', [
  // an organisation's head word alone names nothing, unless a longer name holds it or it begins one
  ['The Office of the High Commissioner for Human Rights spoke .', [[1, 2, 'ORG'], [8, 10, 'ORG']], [['Human Rights', 'ORG']]],
  ['The Supreme Court ruled and the Court sat .', [[1, 3, 'ORG'], [6, 7, 'ORG']], [['Supreme Court', 'ORG'], ['Court', 'ORG']]],
  // (a body's head, "on" and its purpose make one name)
  ['The Commission on Presidential Debates agreed .', [[1, 2, 'ORG']], [['Commission on Presidential Debates', 'ORG']]],
  ['The Centre for Aviation keeps a database .', [[1, 2, 'ORG'], [3, 4, 'LOC']], [['Centre for Aviation', 'ORG']]],
  ['The Campaign for the Protection of Rural Wales objected .', [[1, 2, 'ORG'], [4, 8, 'ORG']], [['Campaign for the Protection of Rural Wales', 'ORG']]],
  // people "for" a cause are a body too
  ['A rally by Veterans for Clean Water began .', [[3, 4, 'ORG'], [5, 7, 'ORG']], [['Veterans for Clean Water', 'ORG']]],
  ['Data from the Centers for Disease Control and Prevention grew .', [[5, 7, 'ORG'], [8, 9, 'ORG']], [['Centers for Disease Control and Prevention', 'ORG']]],
  // and what it is to do; not a body's aid to a place
  ['The Committee to Protect Journalists reports it .', [[3, 5, 'ORG']], [['Committee to Protect Journalists', 'ORG']]],
  ['A spokesman for the Department for Transport spoke .', [[4, 5, 'ORG']], [['Department for Transport', 'ORG']]],
  ['It belongs to the Directorate for Customs now .', [[4, 5, 'ORG']], [['Directorate for Customs', 'ORG']]],
  ['Aid came from the Lisbon Council to Paris .', [[4, 6, 'ORG'], [7, 8, 'LOC']], [['Lisbon Council', 'ORG'], ['Paris', 'LOC']]],
]);

cases('flights and models', [
  // a flight's name holds its airline's
  ['The recorder of Kestrel Air Flight 610 was found .', [[3, 6, 'PER']], [['Kestrel Air', 'ORG']]],
  // a model's name after its number is no person's
  ['The new Boeing 737 Max was grounded .', [[2, 3, 'ORG'], [4, 5, 'PER']], [['Boeing', 'ORG']]],
]);

cases('common words', [
  // a capitalised common word alone, that the document also writes in lower case, is a piece of a title
  ['Fans of Back to the Future came back .', [[2, 3, 'ORG'], [5, 6, 'MISC']], [['Future', 'MISC']]],
  // not when a longer name holds it, nor a known place or a given name
  ['The Supreme Court heard the court case and the Court ruled .', [[1, 3, 'ORG'], [9, 10, 'ORG']], [['Supreme Court', 'ORG'], ['Court', 'ORG']]],
  ['Paris loves paris fashion .', [[0, 1, 'LOC']], [['Paris', 'LOC']]],
  // but a town's name that is a common word of the story, only ever first in a sentence, is the word
  ['Mobile phones failed . A mobile mast fell .', [[0, 1, 'LOC']], []],
  ['Mobile flooded . Roads in Mobile closed and a mobile mast fell .', [[0, 1, 'LOC']], [['Mobile', 'LOC'], ['Mobile', 'LOC']]],
  // an adverb that opens a sentence, not a name ending so ("Kelly, ...")
  ['Realistically , the plan failed .', [[0, 1, 'LOC']], []],
  ['Kelly , a nurse , spoke .', [[0, 1, 'PER']], [['Kelly', 'PER']]],
  // nor an abstract noun that opens one; a body's head word stays
  ['Martyrdom was praised in the video .', [[0, 1, 'PER']], []],
  ['Parliament voted on Monday .', [[0, 1, 'ORG']], [['Parliament', 'ORG']]],
  ['An international coalition formed and the Coalition struck .', [[6, 7, 'ORG']], [['Coalition', 'ORG']]],
  // a capitalised adjective alone before its noun names nothing ("the Federal government"), a group's name before a noun does
  ['It closed during a shutdown of the Federal government .', [[7, 8, 'ORG']], []],
  ['Arsenal fans cheered .', [[0, 1, 'ORG']], [['Arsenal', 'ORG']]],
]);

cases('organisations the model reads as people or places', [
  // a website, wherever the model's spans are
  ['One news site , Znak.com , claims so .', [[4, 5, 'LOC']], [['Znak.com', 'ORG']]],
  ['Domain.com reported rents fell .', [], [['Domain.com', 'ORG']]],
  // a wire service news cites, whatever the model read
  ['Speaking to Agence France-Presse , he agreed .', [[2, 4, 'PER']], [['Agence France-Presse', 'ORG']]],
  ['Yonhap reported the launch .', [], [['Yonhap', 'ORG']]],
  // an organisation of world news the model does not know; a longer name that holds it
  ['Officials at Huawei said so .', [[2, 3, 'LOC']], [['Huawei', 'ORG']]],
  ['Greenpeace protested .', [[0, 1, 'PER']], [['Greenpeace', 'ORG']]],
  ['The WHO said so .', [], [['WHO', 'ORG']]],
  ['WHO IS TO BLAME ?', [], []],
  ['Fans filled Nissan Stadium .', [[2, 4, 'LOC']], [['Nissan Stadium', 'LOC']]],
  ['The Philippine Red Cross helped .', [[1, 4, 'PER']], [['Philippine Red Cross', 'ORG']]],
  // an online service news cites
  ['He told the public via Twitter on Monday .', [[5, 6, 'PER']], [['Twitter', 'ORG']]],
  // a noun that says what the name after it is
  ['Online British supermarket Ocado limited purchases .', [[1, 2, 'MISC'], [3, 4, 'PER']], [['British', 'MISC'], ['Ocado', 'ORG']]],
  // not a person's full name, nor a place the gazetteer knows
  ['The company Maria Lopez founded grew .', [[2, 4, 'PER']], [['Maria Lopez', 'PER']]],
  ['The chain Texas Roadhouse grew .', [[2, 4, 'LOC']], [['Texas Roadhouse', 'ORG']]],
  // and a name the model left out after such a noun
  ['Sales rose at the store chains Woolworths and Coles .', [[8, 9, 'ORG']], [['Woolworths', 'ORG'], ['Coles', 'ORG']]],
  // every name of a list the noun opens
  ['German firms including Kessler Bahn , Daimler and Siemens left .', [[3, 5, 'PER'], [6, 7, 'PER'], [8, 9, 'ORG']],
    [['Kessler Bahn', 'ORG'], ['Daimler', 'ORG'], ['Siemens', 'ORG']]],
  ['The lyricist of rock band Grateful Dead died .', [[5, 7, 'PER']], [['Grateful Dead', 'ORG']]],
  // a given name first, but the name ends as a club's
  ['They rode with the motorcycle club Jesse Rangers MC last year .', [[6, 9, 'PER']], [['Jesse Rangers MC', 'ORG']]],
]);

cases('titles and the names around them', [
  // a name that ends in a word that makes titles, with no title after it, is whole
  ['The Associated Press said it .', [[1, 3, 'ORG']], [['Associated Press', 'ORG']]],
  // a professor's title is no part of the name, whatever the model made of it
  ['It was said by study co-author Professor Carl Lipo .', [[6, 7, 'ORG'], [7, 9, 'PER']], [['Carl Lipo', 'PER']]],
  ['Comrade Robert Mugabe died .', [[0, 3, 'PER']], [['Robert Mugabe', 'PER']]],
  // the person right after a span that ends in a title, which the model left out
  ['The inquiry was led by Board Member Jennifer Homendy of the agency .', [[5, 7, 'ORG']], [['Jennifer Homendy', 'PER']]],
  // an interview's answer that opens with "I" after the name; not a generation after a given name or a war
  ['Sarah Kowalczyk I am a nurse here .', [[0, 3, 'PER']], [['Sarah Kowalczyk', 'PER']]],
  ['Elizabeth I was queen after World War I ended .', [[0, 2, 'PER'], [5, 8, 'MISC']], [['Elizabeth I', 'PER'], ['World War I', 'MISC']]],
  // a title alone that is a given name too ("General") stays out of the name after it
  ['Before him , Attorney General Loretta Lynch was questioned .', [[3, 4, 'ORG'], [5, 7, 'PER']], [['Loretta Lynch', 'PER']]],
  // name particles inside a person's name after a title, and the place after "of"
  ['Crown Prince Mohammad bin Salman of Saudi Arabia spoke .', [[1, 8, 'PER']], [['Mohammad bin Salman', 'PER'], ['Saudi Arabia', 'LOC']]],
  // "Mayor of Birmingham": the place a title is of
  ['It was a retreat for the Mayor of Birmingham .', [[6, 9, 'ORG']], [['Birmingham', 'LOC']]],
]);

cases('numbered parts and places after prepositions', [
  // "Article 5" is no one
  ['He cited Article 5 of the treaty .', [[2, 3, 'PER']], []],
  // a person's name with no given name after "at" is a place; a given name, or a possessive, keeps it a person
  ['Fighters fled a camp at Ain Issa .', [[4, 6, 'PER']], [['Ain Issa', 'LOC']]],
  ['He spoke at John Smith .', [[3, 5, 'PER']], [['John Smith', 'PER']]],
  ["It was the view in Trump 's team .", [[5, 6, 'PER']], [['Trump', 'PER']]],
]);

cases('an organisation of a place is one name', [
  ['The Supreme Court of the United Kingdom ruled .', [[1, 3, 'ORG'], [5, 7, 'LOC']], [['Supreme Court of the United Kingdom', 'ORG']]],
  // the head word untagged, two places after "of"
  ['The High Court of England and Wales ruled .', [[4, 5, 'LOC'], [6, 7, 'LOC']], [['High Court of England and Wales', 'ORG']]],
  // the model's organisation of a state, and a second state
  ['He ran the Port Authority of New York and New Jersey .', [[3, 8, 'ORG'], [9, 11, 'LOC']], [['Port Authority of New York and New Jersey', 'ORG']]],
  // not a title's "of"
  ['The Mayor of Leeds spoke .', [[3, 4, 'LOC']], [['Leeds', 'LOC']]],
]);

cases('storms and areas', [
  // a storm's name is no person's
  ['Hurricane Dorian hit the coast .', [[0, 2, 'PER']], [['Hurricane Dorian', 'MISC']]],
  // a ship's name, with its prefix or without; not another name that ends with the same word
  ['The MV Namse Bangdzod vanished , said Bill Namse .', [[1, 4, 'PER'], [7, 9, 'PER']], [['MV Namse Bangdzod', 'MISC'], ['Bill Namse', 'PER']]],
  // the person a ship is named after, named before it; the prefix alone names nothing
  ['Sea-Eye named it after Alan Kurdi , and the MV Alan Kurdi sailed .', [[4, 6, 'PER'], [9, 10, 'ORG'], [10, 12, 'PER']], [['Alan Kurdi', 'PER'], ['Alan Kurdi', 'MISC']]],
  // an apposition says what a name is
  ['Ships left Sampit , a port town in Borneo .', [[2, 3, 'PER'], [8, 9, 'LOC']], [['Sampit', 'LOC'], ['Borneo', 'LOC']]],
  // an acronym the model read as MISC, called a group by its apposition
  ['The FDA , an agency of the government , acted .', [[1, 2, 'MISC']], [['FDA', 'ORG']]],
  // a person's noun says a person, of a name written as people's are
  ['Tavita Lemalu , a nurse at the clinic , said so .', [[0, 2, 'ORG']], [['Tavita Lemalu', 'PER']]],
  ['Then Kemelbek Araya , a member of Parliament , spoke .', [[1, 3, 'LOC']], [['Kemelbek Araya', 'PER']]],
  ['Acme Foods , a member of the trade group , spoke .', [[0, 2, 'ORG']], [['Acme Foods', 'ORG']]],
  ['He works at Milltech Marine , a firm in Leeds .', [[3, 5, 'LOC'], [9, 10, 'LOC']], [['Milltech Marine', 'ORG'], ['Leeds', 'LOC']]],
  // past a nationality, and a group's noun that closes a definite apposition; not the subject of a report after the comma
  ['Shares of Orsted , a Danish energy company , rose .', [[2, 3, 'LOC']], [['Orsted', 'ORG']]],
  ['Shares of Orsted , the Danish energy company , rose .', [[2, 3, 'LOC']], [['Orsted', 'ORG']]],
  ['They died south of Oran , an Algerian newspaper said .', [[4, 5, 'LOC']], [['Oran', 'LOC']]],
  // a participle opening a sentence is no name
  ['Born in Accra , he moved .', [[0, 1, 'LOC'], [2, 3, 'LOC']], [['Accra', 'LOC']]],
  // what only a firm does, of a name that is no country, state or city
  ['Amazon acquired Zoox in 2020 .', [[0, 1, 'LOC'], [2, 3, 'ORG']], [['Amazon', 'ORG'], ['Zoox', 'ORG']]],
  ['Texas sold the land .', [[0, 1, 'LOC']], [['Texas', 'LOC']]],
  // only an organisation has headquarters
  ['Orsted , headquartered in Fredericia , grew .', [[0, 1, 'LOC'], [4, 5, 'LOC']], [['Orsted', 'ORG'], ['Fredericia', 'LOC']]],
  // a plural after a city's name is a team, also after a place's first word; a place's plural head is not
  ['The San Diego Padres won .', [[1, 4, 'LOC']], [['San Diego Padres', 'ORG']]],
  ['Fans in Palm Springs cheered .', [[2, 4, 'LOC']], [['Palm Springs', 'LOC']]],
  // a name before "area" or after "the island of" is a place
  ['Homes in the Sandy Point area flooded .', [[3, 5, 'PER']], [['Sandy Point', 'LOC']]],
  ['Rain fell on the island of Nevis .', [[6, 7, 'PER']], [['Nevis', 'LOC']]],
  ['It left from Kennedy Space Center on Saturday .', [[3, 6, 'PER']], [['Kennedy Space Center', 'LOC']]],
  ['He is held at Richard J. Donovan Correctional Facility in San Diego .', [[4, 9, 'PER'], [10, 12, 'LOC']], [['Richard J. Donovan Correctional Facility', 'LOC'], ['San Diego', 'LOC']]],
  // a name ending in "City" is no person's, but may be a club's
  ['Malls in Santos City were damaged .', [[2, 4, 'PER']], [['Santos City', 'LOC']]],
  // not after a person's title, before a given name
  ['Police arrested Governor Tom Lake on Monday .', [[2, 5, 'ORG']], [['Tom Lake', 'PER']]],
  ['Bison were released on the Pine Ridge Reservation .', [[5, 8, 'ORG']], [['Pine Ridge Reservation', 'LOC']]],
  // a given name, a nickname in quotation marks and a surname are one person's name
  ['Sergeant Matiu " Matt " Ratana was shot .', [[1, 2, 'PER'], [3, 4, 'PER'], [5, 6, 'LOC']], [['Matiu " Matt " Ratana', 'PER']]],
  ['He said " Thank " Obama .', [[5, 6, 'PER']], [['Obama', 'PER']]],
  // a group's name with "of" goes on over "and", not into a place's name or another group's
  ['He joined the Royal Academy of Music and Drama in 1990 .', [[3, 7, 'ORG'], [8, 9, 'ORG']], [['Royal Academy of Music and Drama', 'ORG']]],
  ['The Ministry of Defence and Iran agreed .', [[1, 4, 'ORG'], [5, 6, 'LOC']], [['Ministry of Defence', 'ORG'], ['Iran', 'LOC']]],
  ['The Ministry of Defence and Oxford University agreed .', [[1, 4, 'ORG'], [5, 7, 'ORG']], [['Ministry of Defence', 'ORG'], ['Oxford University', 'ORG']]],
  // a span the model made over two bodies' names, the second with a school's head word
  ['Teams at the University of Leeds and Kyoto University agreed .', [[3, 9, 'ORG']], [['University of Leeds', 'ORG'], ['Kyoto University', 'ORG']]],
  ['The Department of Health and Human Services agreed .', [[1, 7, 'ORG']], [['Department of Health and Human Services', 'ORG']]],
  // a place, a Romance particle and a name after it are one place; not a person's name after it
  ['A quake struck Surigao del Sur , Philippines .', [[3, 4, 'LOC'], [5, 6, 'ORG'], [7, 8, 'LOC']], [['Surigao del Sur', 'LOC'], ['Philippines', 'LOC']]],
  ['She flew to Mar del Plata .', [[3, 4, 'LOC']], [['Mar del Plata', 'LOC']]],
  ['They landed at Paris de Gaulle .', [[3, 4, 'LOC'], [5, 6, 'PER']], [['Paris', 'LOC'], ['Gaulle', 'PER']]],
  ['Leicester City won .', [[0, 2, 'ORG']], [['Leicester City', 'ORG']]],
  // a known group before a country after a comma stays a group; a strait, a bay of somewhere is a place
  ['According to the Associated Press , Iran has grown .', [[3, 5, 'ORG'], [6, 7, 'LOC']], [['Associated Press', 'ORG'], ['Iran', 'LOC']]],
  ['Ships crossed the Strait of Hormuz .', [[3, 6, 'ORG']], [['Strait of Hormuz', 'LOC']]],
  // a university's campus in a city is one name; a university before its country stays a group
  ['It was announced by the University of California , San Diego .', [[5, 8, 'ORG'], [9, 11, 'LOC']], [['University of California , San Diego', 'ORG']]],
  ['He studied at the University of Oxford , England .', [[4, 7, 'ORG'], [8, 9, 'LOC']], [['University of Oxford', 'ORG'], ['England', 'LOC']]],
  // a name after an occupation only people have is a person's
  ['He feuded with rapper Kanye West .', [[4, 6, 'LOC']], [['Kanye West', 'PER']]],
  ['He sold the painting to collector Kanye West .', [[6, 8, 'LOC']], [['Kanye West', 'LOC']]],
  ['The Kenyan runner Eliud Kipchoge won .', [[3, 5, 'ORG']], [['Eliud Kipchoge', 'PER']]],
  // a newspaper named by its place is a group
  ['The Samoa Observer reported it .', [[1, 3, 'LOC']], [['Samoa Observer', 'ORG']]],
  // by its day, and by its one word after a capitalised article mid-sentence
  ['The Daily Telegraph cited a source .', [[1, 3, 'PER']], [['Daily Telegraph', 'ORG']]],
  ['Witnesses , according to The Telegraph , fled .', [[4, 6, 'PER']], [['Telegraph', 'ORG']]],
  // "Force", "Academy", "Team" end the names of groups
  ['The White House Coronavirus Task Force met .', [[1, 6, 'LOC']], [['White House Coronavirus Task Force', 'ORG']]],
]);

cases('a list of names is of one kind', [
  ['Crews came from Dolgellau , Harlech , Barmouth , Bala , and Blaenau Ffestiniog .',
    [[3, 4, 'LOC'], [5, 6, 'LOC'], [7, 8, 'ORG'], [9, 10, 'PER'], [12, 14, 'ORG']],
    [['Dolgellau', 'LOC'], ['Harlech', 'LOC'], ['Barmouth', 'LOC'], ['Bala', 'LOC'], ['Blaenau Ffestiniog', 'LOC']]],
  // not when one of them is surely something else
  ['Talks joined France , Germany and John Smith .', [[2, 3, 'LOC'], [4, 5, 'LOC'], [6, 8, 'PER']], [['France', 'LOC'], ['Germany', 'LOC'], ['John Smith', 'PER']]],
]);

test('names of miscellaneous things keep their lower-case words', () => {
  expect(mentions('He won the Tour de France again .', [[3, 6, 'MISC']])).toEqual([['Tour de France', 'MISC']]);
});

test('a one-word name met again mid-sentence where the model saw nothing is a mention of it', () => {
  const text = 'Store chains Woolworths and Coles lowered limits. On Wednesday, Woolworths also limited deliveries.';
  expect(findMentions(text, tokenize(text), stub([[2, 3, 'ORG'], [4, 5, 'ORG']])).map((m) => [m.text, m.label, m.sentence]))
    .toEqual([['Woolworths', 'ORG', 0], ['Coles', 'ORG', 0], ['Woolworths', 'ORG', 1]]);
});

test("a person's surname met alone mid-sentence is a mention of them, a title's word too", () => {
  const text = 'Captain Billie Jean King spoke. Seles won and King is counting on her.';
  expect(findMentions(text, tokenize(text), stub([[1, 4, 'PER']])).map((m) => [m.text, m.label, m.sentence]))
    .toEqual([['Billie Jean King', 'PER', 0], ['King', 'PER', 1]]);
});

test('a closed-class word alone is no name, capitalised at the start of a sentence or not', () => {
  for (const word of ['Maybe', 'Why', 'Together', 'Myself', 'Ah', 'Ciao', 'III', 'Little']) {
    expect(mentions(`${word} , they said .`, [[0, 1, 'PER']])).toEqual([]);
  }
});

test("a broadcaster's acronym joined to the surname of a person named in full is two names", () => {
  expect(mentions('Ana Ruiz left , she told ABC Ruiz would stay .', [[0, 2, 'PER'], [6, 8, 'ORG']])).toEqual([['Ana Ruiz', 'PER'], ['ABC', 'ORG'], ['Ruiz', 'PER']]);
  // (not a club's name: "RAF Riga", where no one is named Riga)
  expect(mentions('RAF Riga won .', [[0, 2, 'ORG']])).toEqual([['RAF Riga', 'ORG']]);
});

test('a disease is no person, group or place', () => {
  expect(mentions('The spread of COVID-19 worried the WHO .', [[3, 4, 'ORG'], [6, 7, 'ORG']])).toEqual([['WHO', 'ORG']]);
});

test('an acronym that is a source is a group', () => {
  expect(mentions('According to AFP , the buildings fell .', [])).toEqual([['AFP', 'ORG']]);
  expect(mentions('A witness told CNN it was loud .', [])).toEqual([['CNN', 'ORG']]);
});

test('a common capitalised word before "and" and a body\'s name is that name\'s first word', () => {
  expect(mentions('Regulators at the Fish and Wildlife Service agreed .', [[3, 4, 'MISC'], [5, 7, 'PER']])).toEqual([['Fish and Wildlife Service', 'ORG']]);
  // (not a party's word, nor a group or a person of its own)
  expect(mentions('The Democratic and Republican Party primaries ended .', [[1, 2, 'MISC'], [3, 5, 'ORG']])).toEqual([['Democratic', 'MISC'], ['Republican Party', 'ORG']]);
  expect(mentions('Nissan and Toyota Motor Corporation rose .', [[0, 1, 'ORG'], [2, 5, 'ORG']])).toEqual([['Nissan', 'ORG'], ['Toyota Motor Corporation', 'ORG']]);
});

test('a name ending in "Hills" is a place, whatever its first word', () => {
  expect(mentions('The firm moved to Shirley Hills last year .', [[4, 6, 'LOC']])).toEqual([['Shirley Hills', 'LOC']]);
});

test("a plural's possessive before a body's head word is one group's name with it", () => {
  expect(mentions("Rosa Lima , of the Workers ' Party , won .", [[0, 2, 'PER'], [5, 6, 'ORG'], [7, 8, 'MISC']])).toEqual([['Rosa Lima', 'PER'], ["Workers ' Party", 'ORG']]);
  expect(mentions("The Bakers ' Union went on strike .", [[1, 3, 'ORG']])).toEqual([["Bakers ' Union", 'ORG']]);
  // (not a family's: "the Smiths ' dog")
  expect(mentions("The Smiths ' dog barked .", [[1, 2, 'PER']])).toEqual([['Smiths', 'PER']]);
});
