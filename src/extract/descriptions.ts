// "The gunman", "the suspect": news names a person by their part in the story once the text has
// said who it is ("police identified the suspect as Patrick Crusius", "the gunman, John Smith,",
// "suspect John Smith"). Such descriptions become mentions of that person for the relation and
// event rules, which then see who shot or who was charged. They are not names: they add nothing
// to the entity's mentions in the graph.
import type { Sentence } from './types.js';
import type { Mention } from './mentions.js';
import type { Resolution } from './resolve.js';

/**
 * The parts a story gives one person: who did it (a story that calls the suspect Patrick
 * Crusius means him by "the gunman" too), and who suffered it.
 */
const DESCRIPTIONS = new Map([...['suspect', 'gunman', 'shooter', 'attacker', 'assailant', 'bomber', 'perpetrator', 'killer', 'hijacker']
  .map((w) => [w, 'perpetrator'] as const), ['victim', 'victim']]);
const QUALIFIERS = /^(suspected|alleged|accused|lone|armed|masked|sole)$/;

export interface DescribedMention {
  mention: Mention;
  entity: number;
}

const ANY_DESCRIPTION = new RegExp(`\\b(${[...DESCRIPTIONS.keys()].join('|')})\\b`, 'i');

export function describedPeople(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], resolution: Resolution): DescribedMention[] {
  if (!ANY_DESCRIPTION.test(text)) return [];
  const personAt = new Map<string, number>();
  mentions.forEach((m, i) => {
    const e = resolution.entityOfMention.get(i);
    if (e !== undefined && resolution.entities[e]!.kind === 'person') personAt.set(`${m.sentence} ${m.first}`, e);
  });
  const lower = sentences.map((s) => s.tokens.map((t) => t.text.toLowerCase()));
  // the person at token k, past an age and a title-less determiner ("as 21-year-old Patrick Crusius")
  const personFrom = (s: number, k: number): number | undefined => {
    if (/^(the|a|an)$/.test(lower[s]![k] ?? '')) k++;
    if (/^\d+-year-old$/.test(lower[s]![k] ?? '')) k++;
    return personAt.get(`${s} ${k}`);
  };
  // who each description names: undefined until found, -1 when the text names two people so
  const named = new Map<string, number>();
  const name = (noun: string, entity: number | undefined) => {
    if (entity === undefined) return;
    const known = named.get(noun);
    named.set(noun, known === undefined || known === entity ? entity : -1);
  };
  sentences.forEach((_, s) => {
    const w = lower[s]!;
    w.forEach((word, k) => {
      const noun = DESCRIPTIONS.get(word);
      if (!noun) return;
      // "identified the suspect as X"
      if (w[k + 1] === 'as' && w.slice(Math.max(0, k - 4), k).includes('identified')) name(noun, personFrom(s, k + 2));
      // "the suspect, identified as X,"
      else if (w[k + 1] === ',' && w[k + 2] === 'identified' && w[k + 3] === 'as') name(noun, personFrom(s, k + 4));
      // "the gunman, X," and "suspect X"
      else if (w[k + 1] === ',') name(noun, personFrom(s, k + 2));
      else name(noun, personFrom(s, k + 1));
      // "X, the suspected gunman"
      let b = k - 1;
      while (b >= 0 && QUALIFIERS.test(w[b]!)) b--;
      if (/^(the|a)$/.test(w[b] ?? '') && w[b - 1] === ',') {
        const before = mentions.findIndex((m) => m.sentence === s && m.last === b - 1);
        const e = before < 0 ? undefined : resolution.entityOfMention.get(before);
        if (e !== undefined && resolution.entities[e]!.kind === 'person') name(noun, e);
      }
    });
  });
  const out: DescribedMention[] = [];
  sentences.forEach((sentence, s) => {
    const w = lower[s]!;
    w.forEach((word, k) => {
      const entity = named.get(DESCRIPTIONS.get(word) ?? '');
      if (entity === undefined || entity < 0) return;
      let first = k;
      while (first > 0 && QUALIFIERS.test(w[first - 1]!)) first--;
      if (!/^(the|a)$/.test(w[first - 1] ?? '')) return;
      const start = sentence.tokens[first - 1]!.start;
      const end = sentence.tokens[k]!.end;
      out.push({ mention: { sentence: s, first: first - 1, last: k + 1, start, end, text: text.slice(start, end), label: 'PER' }, entity });
    });
  });
  return out;
}
