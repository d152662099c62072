// Words of English news that stand before a person's name ("President", "Gen.") and words that
// end the names of organisations ("Corp", "Ministry") and of places ("County", "Avenue").
// Compiled for kg from general usage.

/**
 * The titles the entity model was trained with (its `title-1` feature reads them): change these
 * only with a retrained model (`npm run train`), or the model reads features it never learnt.
 */
export const MODEL_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice-president', 'chancellor', 'premier', 'minister', 'secretary', 'undersecretary', 'ambassador', 'envoy',
  'senator', 'sen.', 'sen', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'councilmember', 'mp', 'representative', 'rep.', 'rep', 'governor', 'gov.', 'gov',
  'mayor', 'councillor', 'councilman', 'councilwoman', 'speaker', 'judge', 'justice', 'attorney', 'prosecutor', 'sheriff',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'shaikh', 'crown',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rev.', 'reverend', 'father', 'imam', 'rabbi', 'ayatollah', 'cleric', 'patriarch',
  'general', 'gen.', 'gen', 'lieutenant', 'lt.', 'lt', 'colonel', 'col.', 'col', 'major', 'maj.', 'captain', 'capt.', 'commander',
  'cmdr.', 'admiral', 'adm.', 'sergeant', 'sgt.', 'corporal', 'cpl.', 'private', 'marshal', 'brigadier', 'commodore',
  'chief', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'head',
  'coach', 'manager', 'inspector', 'detective', 'officer', 'agent', 'deputy', 'commissioner', 'superintendent',
]);

/** Every title the rules know: the model's and those added since ("Board Member X", "NATO Secretary-General X"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([...MODEL_TITLES, 'member', 'commandant', 'secretary-general',
  'director-general', 'attorney-general', 'governor-general', 'commander-in-chief', 'editor-in-chief', 'whip', 'administrator', 'astronaut',
  'professor', 'emeritus', 'grandmaster', 'candidate', 'comrade', 'cde', 'madame', 'mme', 'monsieur',
  'adviser', 'advisor', 'constable', 'taoiseach', 'fellow', 'honorable', 'honourable', 'selectman', 'selectwoman', 'alderman', 'alderwoman']);

/** Words that make a title with the title after them: "Prime Minister", "Vice President", "Foreign Secretary". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['prime', 'vice', 'deputy', 'assistant', 'acting', 'associate', 'executive', 'senior', 'press',
  'district', 'federal', 'foreign', 'interior', 'defence', 'defense', 'finance', 'justice', 'health', 'trade', 'state', 'lord', 'board',
  'minority', 'majority', 'supreme']);

export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'group',
  'holdings', 'bank', 'party', 'army', 'force', 'forces', 'guard', 'guards', 'corps', 'brigade', 'brigades', 'militia',
  'front', 'movement', 'ministry', 'department', 'dept', 'dept.', 'agency', 'office', 'bureau', 'council', 'committee',
  'commission', 'assembly', 'parliament', 'congress', 'senate', 'court', 'university', 'college', 'institute', 'school',
  'association', 'federation', 'union', 'league', 'club', 'foundation', 'organization', 'organisation', 'authority',
  'service', 'services', 'news', 'times', 'post', 'press', 'network', 'airlines', 'airways', 'air',
]);

/**
 * Last words that make a name of several words an organisation's, whatever the model read:
 * "U.S. Central Command", "Counter-Daesh Coalition", "Salvation Army". A subset of the suffixes
 * above that never ends a person's or a place's name, and the units of armed forces.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh', 'army', 'navy', 'forces', 'corps',
  'brigade', 'brigades', 'battalion', 'regiment', 'division', 'command', 'coalition', 'militia', 'militias', 'ministry',
  'agency', 'bureau', 'council', 'committee', 'commission', 'parliament', 'party', 'movement', 'association', 'federation',
  'organization', 'organisation', 'authority', 'university', 'court', 'tribunal', 'congress', 'senate', 'assembly', 'department', 'representatives',
  'police', 'constabulary', 'company', 'studios', 'entertainment', 'pictures', 'productions', 'records', 'foundation', 'institute',
  'survey', 'service', 'administration', 'board', 'force', 'academy', 'team',
  // companies, media and societies
  'archive', 'archives', 'comics', 'journal', 'gazette', 'herald', 'tribune', 'chronicle', 'magazine', 'broadcasting', 'airlines',
  'airways', 'motors', 'industries', 'technologies', 'laboratories', 'pharmaceuticals', 'society', 'alliance', 'legion', 'trust', 'fund',
  'air', 'group', 'club', 'patrol', 'guard', 'marines', 'railway', 'railways', 'railroad', 'incorporated', 'tribe', 'tribes',
  'communications', 'telecommunications', 'telecom', 'controls', 'systems', 'electronics', 'petroleum', 'mining', 'networks', 'solutions',
  'logistics', 'chemicals', 'securities', 'bancorp', 'bancshares', 'insurance', 'investments', 'enterprises', 'resources', 'semiconductor',
  'semiconductors', 'software', 'pharmaceutical', 'tv', 'television', 'radio', 'office', 'partnership', 'partners', 'news', 'energy', 'media', 'league',
]);

/** Last words of the names of places: "Middlesex County", "Karl Marx Avenue", "Mawddach Estuary". */
export const PLACE_HEADS: ReadonlySet<string> = new Set(['county', 'province', 'district', 'region', 'island', 'islands', 'river', 'lake', 'mountain', 'mountains',
  'valley', 'street', 'avenue', 'road', 'boulevard', 'bay', 'estuary', 'peninsula', 'desert', 'forest', 'canyon', 'strait', 'gulf', 'coast',
  'hall', 'mall', 'park', 'gardens', 'manor', 'castle', 'cathedral', 'abbey', 'arena', 'falls', 'beach', 'heights', 'springs', 'hills',
  'parish', 'borough', 'township', 'prefecture', 'oblast', 'governorate', 'municipality', 'canton', 'sea', 'ocean', 'reservation',
  'monument', 'square', 'plaza', 'bridge', 'tunnel', 'harbour', 'harbor', 'pier', 'station']);

/** What an apposition calls a place: "Magnitogorsk, a city in Russia", "Sampit, a port town". */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'suburb', 'hamlet', 'community', 'region', 'province',
  'state', 'district', 'county', 'island', 'port', 'capital', 'area', 'municipality', 'neighbourhood', 'neighborhood', 'resort', 'borough']);

/** Nouns of family and marriage: "X, the wife of Y", "X, brother of Y,". */
export const KIN_NOUNS = /^(wife|husband|spouse|partner|fianc[ée]e?|widow|widower|son|daughter|father|mother|brother|sister|parent|child|grandson|granddaughter|grandfather|grandmother|uncle|aunt|nephew|niece|cousin|stepson|stepdaughter)$/;

/** What follows a name of a generation, in any case: "Elizabeth II", "Martin Luther King Jr.". */
export const GENERATION = /^(i{1,3}|iv|v|vi{1,3}|jr\.?|sr\.?)$/i;

/**
 * The words that name the large parties of English-language news, their members and their
 * adjectives ("GOP", "Tories", "Democrat"), by the first word of the party's name.
 */
export const PARTY_WORDS: Readonly<Record<string, string>> = {
  democratic: 'democratic', democrat: 'democratic', democrats: 'democratic', republican: 'republican', republicans: 'republican',
  gop: 'republican', conservative: 'conservative', conservatives: 'conservative', tory: 'conservative', tories: 'conservative',
  labour: 'labour', labor: 'labor',
};

/** What a party's members are called, from the party's first word: "liberal" -> "liberals", "democratic" -> "democrats". */
export function partyMembersWord(first: string): string {
  return `${first.replace(/ic$/, '')}s`;
}

/**
 * The words of the names every country gives its institutions ("Senate", "Ministry of Health",
 * "Supreme Court", "House of Commons"): a name made of these alone says nothing of whose it is.
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'ministry', 'department', 'court', 'senate', 'parliament', 'assembly', 'congress', 'house', 'council',
  'commission', 'cabinet', 'government', 'police', 'army', 'navy', 'force', 'forces', 'bank', 'agency', 'office', 'committee',
  'board', 'service', 'authority', 'tribunal', 'legislature', 'supreme', 'high', 'constitutional', 'federal', 'national',
  'state', 'central', 'foreign', 'home', 'interior', 'justice', 'health', 'defence', 'defense', 'finance', 'education',
  'affairs', 'public', 'security', 'emergencies', 'emergency', 'situations', 'representatives', 'deputies', 'commons', 'lords',
  'electoral', 'election', 'civil', 'armed', 'general', 'legislative', 'provincial', 'regional', 'municipal', 'appeals',
  'criminal', 'intelligence', 'border', 'customs', 'revenue', 'treasury', 'labour', 'labor', 'trade', 'transport',
  'environment', 'agriculture', 'energy', 'culture', 'sport', 'sports', 'tourism', 'information', 'communications', 'welfare',
  'social', 'development', 'economic', 'planning', 'water', 'human', 'rights', 'family', 'immigration', 'fire', 'meteorological',
  'prosecutor', "prosecutor's", 'attorney', 'coast', 'guard', 'air', 'presidential', 'administration',
]);

/** Organisations' head words that name no one organisation alone ("the Office", "the Council"). */
export const GENERIC_HEADS = /^(office|order|council|court|committee|commission|department|agency|bureau|ministry|authority|board|service|administration|institute|foundation|association|organization|organisation|company|corporation|group|trust|fund|division|centre|center)$/;

/**
 * Common nouns that say the name right after them is an organisation's: "online supermarket
 * Ocado", "toilet paper producer Who Gives a Crap", "broadcaster PBS", "the news site Znak".
 */
export const GROUP_DESCRIPTORS: ReadonlySet<string> = new Set(['supermarket', 'supermarkets', 'retailer', 'retailers', 'grocer', 'chain', 'chains', 'carmaker',
  'automaker', 'company', 'firm', 'airline', 'carrier', 'newspaper', 'tabloid', 'broadcaster', 'website', 'site', 'outlet', 'magazine',
  'publisher', 'bank', 'lender', 'insurer', 'manufacturer', 'maker', 'producer', 'brand', 'startup', 'conglomerate', 'giant',
  'charity', 'studio', 'operator', 'distributor', 'supplier', 'developer', 'platform', 'network', 'app', 'agency', 'group',
  'band', 'party', 'club', 'union', 'firms', 'companies', 'airlines', 'carriers', 'banks', 'groups', 'newspapers', 'broadcasters',
  'parties', 'bands', 'clubs', 'unions', 'charities', 'agencies', 'organization', 'organisation', 'organizations', 'organisations', 'nonprofit']);
