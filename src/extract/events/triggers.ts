// The words that announce events in news English, by event type, with their inflections.
import type { EventType } from '../../model/contract.js';

/** A verb's inflected forms: regular ones from the lemma, irregular ones listed. */
function verb(lemma: string, ...irregular: string[]): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const double = /[^aeiou][aeiou][bdgmnprt]$/.test(lemma) && lemma.length <= 4;
  const base = double ? lemma + lemma[lemma.length - 1] : stem;
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const ed = /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${base}ed`;
  return [lemma, s, ed, `${base}ing`, ...irregular];
}

function nouns(...singulars: string[]): string[] {
  return singulars.flatMap((n) => [n, /(s|sh|ch|x)$/.test(n) ? `${n}es` : /[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`]);
}

/** Disasters and accidents, which happen and are carried out by no one. */
export const DISASTER_NOUNS: ReadonlySet<string> = new Set(nouns('fire', 'blaze', 'wildfire', 'bushfire', 'earthquake', 'quake', 'flood', 'crash',
  'collapse', 'landslide', 'avalanche', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'tsunami', 'stampede', 'derailment', 'eruption', 'shipwreck'));

/** Nouns that name an event. */
export const EVENT_NOUNS: ReadonlyMap<string, EventType> = new Map<string, EventType>([
  ...nouns('attack', 'airstrike', 'strike', 'assault', 'bombing', 'bombardment', 'raid', 'ambush', 'shelling',
    'shooting', 'explosion', 'blast', 'offensive', 'invasion', 'incursion', 'stabbing', 'rampage', 'massacre', 'hijacking', 'poisoning')
    .map((w) => [w, 'attack'] as const),
  ...nouns('killing', 'assassination', 'murder', 'execution').map((w) => [w, 'killing'] as const),
  ...nouns('protest', 'demonstration', 'rally', 'march', 'riot', 'uprising', 'strike action', 'sit-in').map((w) => [w, 'protest'] as const),
  ...nouns('meeting', 'summit', 'talk', 'visit', 'conference', 'debate').filter((w) => w !== 'talk').map((w) => [w, 'meeting'] as const),
  ...nouns('war', 'conflict', 'clash', 'battle', 'insurgency', 'fighting', 'civil war').map((w) => [w, 'conflict'] as const),
  ...nouns('arrest', 'detention', 'raid').filter((w) => !w.startsWith('raid')).map((w) => [w, 'arrest'] as const),
  ...nouns('trial', 'conviction', 'sentence', 'indictment', 'verdict', 'acquittal', 'lawsuit', 'prosecution', 'ruling', 'impeachment', 'charge').map((w) => [w, 'trial'] as const),
  ...nouns('sanction', 'embargo').map((w) => [w, 'sanction'] as const),
  ...nouns('election', 'by-election', 'referendum', 'plebiscite', 'vote', 'ballot', 'primary', 'runoff', 'caucus', 'nomination', 're-election', 'reelection', 'candidacy').map((w) => [w, 'election'] as const),
  ...nouns('agreement', 'deal', 'treaty', 'accord', 'ceasefire', 'truce', 'pact').map((w) => [w, 'agreement'] as const),
  // disasters and accidents: no one carries them out, but they happen somewhere, to someone
  ...[...DISASTER_NOUNS].map((w) => [w, 'other'] as const),
  // inquiries: someone carries them out, about something
  ...nouns('investigation', 'inquiry', 'search', 'manhunt').map((w) => [w, 'other'] as const),
  // what people in office do: "X's resignation" (not "rescue" or "funeral": "rescue teams", "Lewis's funeral")
  ...nouns('resignation', 'inauguration').map((w) => [w, 'other'] as const),
  // a death, of whoever died ("Cummings's death", "the death of X"; see sentenceFrames)
  ['death', 'other'],
]);

/**
 * "opened fire", "fire brigade", "search engine", "the search for life on Mars": where a word of an
 * event (fire, search) at k of the sentence's lower-case words names none. A search is one when it
 * looks for people or things police and rescuers look for, or for a name.
 */
export function namesNoEvent(w: readonly string[], k: number, tokens: readonly { text: string }[]): boolean {
  const [word, before, after] = [w[k]!, w[k - 1] ?? '', w[k + 1] ?? ''];
  // ("made a big deal about him", "no big deal": a fuss, not an agreement)
  if (word === 'deal') return /^(big|huge|great|good)$/.test(before) && !/^(with|between|to|for|on)$/.test(after);
  // ("a vaccine trial", "the Phase 3 trial enrolled 44,000 people", "a time trial": a test or a race, not a court's)
  if (/^trials?$/.test(word)) {
    return /^(clinical|vaccine|vaccines|drug|medical|human|randomi[sz]ed|controlled|placebo|pilot|field|treatment|phase|time|free)$/.test(before)
      || (/^(\d+|i+)$/.test(before) && w[k - 2] === 'phase')
      || /^(runs?|period|balloon|participants|results|data|volunteers|enrolled|sites|vaccine|drug)$/.test(after);
  }
  // ("riot police", "in riot gear": who or what quells riots, no riot)
  if (word === 'riot') return /^(police|policemen|gear|squads?|shields?|officers?|units?|control|act|vans?|troops)$/.test(after);
  // ("the death toll", "the death penalty", "death threats": no one's death)
  if (word === 'death') return /^(toll|tolls|penalty|penalties|sentence|sentences|row|threats?|squads?|certificates?|rates?|camps?|metal|wish|trap|traps|knell|spiral|march|zone|benefit|benefits|count|counts|notice|notices|records?|figures?|numbers?|data)$/.test(after) || /^(near|brain)$/.test(before);
  if (/^fires?$/.test(word)) {
    return /^(open|opened|opening|opens|under|returned|return|cease|live|friendly|heavy|gun|rocket|mortar|artillery|sniper)$/.test(before)
      || /^(brigade|brigades|department|service|services|safety|fighters?|firefighters?|engines?|trucks?|station|chief|crews?|alarms?|exits?|extinguishers?|code|regulations?|inspectors?|risk|hazard)$/.test(after);
  }
  if (/^search(es)?$/.test(word)) {
    if (/^(google|web|internet|online|image|keyword|voice|job|soul|database|patent|title|property)$/.test(before)
      || /^(engines?|results?|terms?|history|bar|box|function|tools?|quer(y|ies)|giant|data|traffic|ads|warrants?|rankings?|page|pages|index|trends?|interest)$/.test(after)) return true;
    // ("search and rescue teams at the ready": who would search)
    if (after === 'and' && w[k + 2] === 'rescue') return /^(teams?|crews?|workers?|units?|dogs?|personnel|services?|squads?|volunteers?|experts?|helicopters?)$/.test(w[k + 3] ?? '');
    if (after !== 'for') return false;
    let j = k + 2;
    while (/^(the|a|an|any|more|other|two|three|several|missing|possible|further)$/.test(w[j] ?? '')) j++;
    return !(SOUGHT.test(w[j] ?? '') || /^\p{Lu}/u.test(tokens[j]?.text ?? ''));
  }
  return false;
}

/** What a search operation looks for. */
const SOUGHT = /^(survivors?|victims?|bod(y|ies)|remains|people|persons?|passengers?|crews?|members|suspects?|culprits?|perpetrators?|gunm[ae]n|attackers?|killers?|fugitives?|escapees?|children|child|boys?|girls?|m[ae]n|wom[ae]n|teenagers?|hikers?|climbers?|divers?|fishermen|sailors|migrants|pilots?|students?|miners?|weapons|explosives|drugs|evidence|wreckage|debris|aircraft|plane|vessel|boat|ship)$/;

/** Verbs whose subject carries out an event of this type ("X attacked Y", "X killed Y"). */
export const EVENT_VERBS: ReadonlyMap<string, EventType> = new Map<string, EventType>([
  ...[...verb('attack'), ...verb('strike', 'struck'), ...verb('target'), ...verb('bomb'), ...verb('shell'), ...verb('raid'), ...verb('invade'),
    ...verb('ambush'), ...verb('shoot', 'shot'), ...verb('stab'), ...verb('storm'), ...verb('poison').filter((w) => w !== 'poisoning')].map((w) => [w, 'attack'] as const),
  ...[...verb('kill'), ...verb('assassinate'), ...verb('murder'), ...verb('execute'), ...verb('behead')].map((w) => [w, 'killing'] as const),
  ...[...verb('protest'), ...verb('demonstrate'), ...verb('rally', 'rallied'), ...verb('march')].map((w) => [w, 'protest'] as const),
  ...[...verb('meet', 'met'), ...verb('visit')].map((w) => [w, 'meeting'] as const),
  ...[...verb('arrest'), ...verb('detain'), ...verb('capture')].map((w) => [w, 'arrest'] as const),
  ...[...verb('convict'), ...verb('sentence'), ...verb('charge'), ...verb('indict'), ...verb('acquit', 'acquitted', 'acquitting'), ...verb('sue'), ...verb('prosecute'), ...verb('impeach'), 'jailed', 'imprisoned']
    .map((w) => [w, 'trial'] as const),
  ...[...verb('sanction'), ...verb('ban')].map((w) => [w, 'sanction'] as const),
  ...[...verb('elect'), ...verb('re-elect'), ...verb('nominate')].map((w) => [w, 'election'] as const),
  ...[...verb('sign')].map((w) => [w, 'agreement'] as const),
  ...verb('clash').map((w) => [w, 'conflict'] as const),
]);

/** Verbs whose subject, when it is a court, tried a case: "the Supreme Court ruled", "overturned". */
export const COURT_VERBS: ReadonlySet<string> = new Set([...verb('rule'), ...verb('overturn'), ...verb('uphold', 'upheld'),
  ...verb('quash'), ...verb('dismiss'), ...verb('reject'), ...verb('reverse'), ...verb('vacate')]);

/** Verbs of winning and losing: their subject is what an election they name decided. */
export const WIN_VERBS: ReadonlySet<string> = new Set([...verb('win', 'won'), ...verb('lose', 'lost'), ...verb('contest'),
  ...verb('secure'), ...verb('clinch'), ...verb('receive'), ...verb('seek', 'sought')]);

/** Verbs of things that break, burn or blow up by themselves: "the building collapsed". */
export const DISASTER_VERBS: ReadonlySet<string> = new Set([...verb('collapse'), ...verb('explode'), ...verb('crash'),
  ...verb('sink', 'sank', 'sunk'), ...verb('derail'), ...verb('capsize')]);

/** What can collapse, explode or crash in a news report (not markets or talks). */
export const PHYSICAL_NOUNS: ReadonlySet<string> = new Set(nouns('building', 'bridge', 'plane', 'aircraft', 'airplane', 'jet',
  'helicopter', 'car', 'bus', 'truck', 'lorry', 'train', 'ship', 'boat', 'ferry', 'vessel', 'roof', 'dam', 'mine', 'tower',
  'house', 'home', 'apartment', 'block', 'hotel', 'school', 'factory', 'plant', 'tanker', 'vehicle', 'bomb', 'device', 'wall',
  'stadium', 'church', 'mosque', 'temple', 'structure', 'crane', 'balcony', 'ceiling', 'minibus', 'van', 'pipeline', 'bomber'));

/** Verbs whose subject carries out the event named by their object: "the NTSB began an investigation", "Israel launched airstrikes". */
export const CONDUCT_VERBS: ReadonlySet<string> = new Set([...verb('launch'), ...verb('begin', 'began', 'begun'), ...verb('open'),
  ...verb('hold', 'held'), ...verb('conduct'), ...verb('stage'), ...verb('start'), ...verb('mount')]);

/** Verbs of a game's result, with the other side after them: "Caloundra defeated Wynnum", "drew with". */
export const RESULT_VERBS: ReadonlySet<string> = new Set([...verb('defeat'), ...verb('beat', 'beat', 'beaten'), ...verb('edge'),
  ...verb('thrash'), ...verb('rout'), ...verb('overcome', 'overcame'), 'drew', 'draw', 'draws', 'tied']);

/** Verbs of going somewhere: "X flew to Magnitogorsk", "arrived in Kyiv" is a visit. */
export const TRAVEL_VERBS: ReadonlySet<string> = new Set([...verb('fly', 'flew', 'flown'), ...verb('travel', 'travelled'),
  ...verb('arrive'), ...verb('go', 'went', 'gone'), ...verb('return')]);

/** Verbs whose subject is what a trial is about: "X pleaded not guilty". */
export const PLEA_VERBS: ReadonlySet<string> = new Set([...verb('plead', 'pled'), ...verb('testify', 'testified')]);

/** Verbs of saying: their subject said a statement. */
export const SAY_VERBS: ReadonlySet<string> = new Set([
  ...verb('say', 'said'), ...verb('tell', 'told'), ...verb('announce'), ...verb('claim'), ...verb('confirm'),
  ...verb('deny', 'denied'), ...verb('warn'), ...verb('add'), ...verb('tweet'), ...verb('declare'), ...verb('insist'),
  ...verb('allege'), ...verb('accuse'), ...verb('argue'), ...verb('write', 'wrote', 'written'),
  ...verb('remark'), ...verb('note'), ...verb('explain'), ...verb('comment'), ...verb('reply', 'replied'), ...verb('respond'),
  ...verb('stress'), ...verb('emphasise'), ...verb('emphasize'), ...verb('reiterate'), ...verb('acknowledge'), ...verb('admit', 'admitted', 'admitting'),
  ...verb('urge'), ...verb('praise'), ...verb('criticise'), ...verb('criticize'), ...verb('condemn'), ...verb('reveal'),
  ...verb('recall'), ...verb('observe'), ...verb('predict'), ...verb('suggest'), ...verb('disagree'), ...verb('underline'),
  // not "state" alone: "Republican state representative X" names an office
  'states', 'stated', 'stating',
]);

/** Verbs of reporting: their subject reported the events in what follows. */
export const REPORT_VERBS: ReadonlySet<string> = new Set([...verb('report')]);

/** Verbs whose subject ordered (or planned, approved) the event that is their object; "led" an event is `leads`. */
export const ORDER_VERBS: ReadonlyMap<string, 'ordered' | 'leads'> = new Map([
  ...[...verb('order'), ...verb('authorize'), ...verb('authorise'), ...verb('approve'), ...verb('orchestrate'), ...verb('direct'),
    ...verb('command'), ...verb('plan'), ...verb('mastermind'), ...verb('organize'), ...verb('organise'), ...verb('coordinate')]
    .map((w) => [w, 'ordered'] as const),
  ...[...verb('lead', 'led')].map((w) => [w, 'leads'] as const),
]);

/** Verbs that, with an event noun as subject, name its victims or targets. */
export const ROLE_VERBS: ReadonlyMap<string, 'killed' | 'injured' | 'targeted'> = new Map([
  ...[...verb('kill'), 'took out', 'take out', ...verb('claim')].map((w) => [w, 'killed'] as const),
  ...[...verb('wound'), ...verb('injure'), ...verb('hurt')].map((w) => [w, 'injured'] as const),
  ...[...verb('target'), ...verb('hit'), ...verb('strike', 'struck'), ...verb('destroy'), ...verb('damage')].map((w) => [w, 'targeted'] as const),
]);

/** Phrasal verbs that mean killing: "took out X", "was shot dead". */
export const KILL_PHRASALS: ReadonlySet<string> = new Set(['take out', 'took out', 'taken out', 'takes out', 'taking out',
  'shot dead', 'shoot dead', 'shoots dead', 'shooting dead']);

/** Nouns of weapons and forces: "an American drone targeted", "Israeli jets struck". */
export const AGENT_NOUNS: ReadonlySet<string> = new Set(nouns('drone', 'jet', 'warplane', 'aircraft', 'plane', 'helicopter',
  'missile', 'rocket', 'force', 'troop', 'soldier', 'militant', 'gunman', 'gunmen', 'fighter', 'bomber', 'police', 'army',
  'military', 'navy', 'artillery', 'tank', 'warship', 'coalition'));
