// "The gunman", "the suspect": descriptions that stand for the person the text identifies, for
// the relation and event rules only.
import { describedPeople } from '../../src/extract/descriptions.js';
import { findMentions } from '../../src/extract/mentions.js';
import { resolveEntities } from '../../src/extract/resolve.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { loadTagger } from '../../src/extract/ner/tagger.js';

/** Each description found, as [its words, the label of the person it stands for]. */
function described(text: string): [string, string][] {
  const sentences = tokenize(text);
  const mentions = findMentions(text, sentences, loadTagger());
  const resolution = resolveEntities(text, sentences, mentions);
  return describedPeople(text, sentences, mentions, resolution).map((d) => [d.mention.text, resolution.entities[d.entity]!.label]);
}

test.each<[string, [string, string][]]>([
  // identified as, an apposition, a description before the name; the perpetrator's nouns are one
  ['A gunman shot shoppers in Dayton. Police identified the suspect as Connor Betts. The suspect died.',
    [['A gunman', 'Connor Betts'], ['the suspect', 'Connor Betts'], ['The suspect', 'Connor Betts']]],
  ['The attacker, Ahmed Karimi, was shot. Police said the attacker acted alone.', [['The attacker', 'Ahmed Karimi'], ['the attacker', 'Ahmed Karimi']]],
  // who suffered it is another part
  ['The victim, Anna Berg, was 34. The suspect fled.', [['The victim', 'Anna Berg']]],
  // no one identified, or two people for one part: no description stands for anyone
  ['A gunman shot shoppers in Dayton. Police are searching for the gunman.', []],
  ['The suspect, John Smith, was held. A second suspect, Peter Jones, fled. The suspect denied it.', []],
])('%s', (text, expected) => {
  expect(described(text)).toEqual(expected);
});
