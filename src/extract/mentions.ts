// Mentions of people, groups and places: the entity model's spans, tidied with a few rules of
// English news writing that the model's training data (CoNLL-2003) does not cover.
import type { Sentence } from './types.js';
import type { EntityLabel, Tagger } from './ner/tagger.js';
import { countryName, countryOfDemonym } from './lexicon/gazetteer.js';

export interface Mention {
  sentence: number;
  /** Token range in the sentence, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  label: EntityLabel;
}

/** Facility words that make a place of what precedes them ("U.S. Embassy", "Camp Taji"). */
const FACILITIES = new Set(['embassy', 'consulate', 'airport', 'base', 'camp', 'prison', 'hospital', 'mosque', 'church', 'cathedral', 'palace', 'bridge', 'square', 'stadium']);

export function findMentions(text: string, sentences: readonly Sentence[], tagger: Tagger): Mention[] {
  const tagged = tagger.tagDocument(sentences.map((s) => s.tokens.map((t) => t.text)));
  const out: Mention[] = [];
  sentences.forEach((sentence, si) => {
    const spans = [...(tagged[si] ?? [])];
    const tokens = sentence.tokens;
    for (const span of spans) {
      let { start: first, end: last } = span;
      let label = span.label;
      // "the" is not part of a name in CoNLL's convention; a possessive never is.
      while (first < last && /^(the|The|THE)$/.test(tokens[first]!.text)) first++;
      while (last > first && /^['’][sS]?$/.test(tokens[last - 1]!.text)) last--;
      if (first >= last) continue;
      // A country's embassy or a named facility is a place: "American Embassy", "U.S. Embassy".
      const next = tokens[last];
      if (next && /^[A-Z]/.test(next.text) && FACILITIES.has(next.text.toLowerCase())
        && (label === 'MISC' || label === 'LOC') && (countryOfDemonym(tokensText(text, tokens, first, last)) || countryName(tokensText(text, tokens, first, last)))) {
        last++;
        label = 'LOC';
      }
      out.push(...splitCompound(text, sentence, mention(text, sentence, si, first, last, label)));
    }
    out.push(...nationalInstitutions(text, sentence, si, spans));
  });
  return out;
}

/** Institutions named by a nationality: "the Iraqi army", "Syrian government forces". */
const INSTITUTIONS = new Set(['army', 'military', 'police', 'navy', 'government', 'parliament', 'air force', 'coast guard', 'intelligence', 'cabinet', 'judiciary']);

function nationalInstitutions(text: string, sentence: Sentence, si: number, spans: readonly { start: number; end: number }[]): Mention[] {
  const out: Mention[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1]!.text;
    if (!INSTITUTIONS.has(next.toLowerCase()) || !countryOfDemonym(tokens[i]!.text)) continue;
    if (spans.some((s) => s.start <= i + 1 && i + 1 < s.end)) continue; // the model already named it
    out.push(mention(text, sentence, si, i, i + 2, 'ORG'));
  }
  return out;
}

/**
 * A name the model read as one that is two joined by a hyphen: "Iranian Revolutionary Guard
 * Corps-Quds Force" is the Quds Force of the IRGC. Both halves must look like names of their own.
 */
function splitCompound(text: string, sentence: Sentence, m: Mention): Mention[] {
  if (m.label !== 'ORG') return [m];
  for (let k = m.first; k < m.last; k++) {
    const t = sentence.tokens[k]!;
    const parts = /^(\p{Lu}[\p{L}]*)-(\p{Lu}[\p{L}]*)$/u.exec(t.text);
    if (!parts) continue;
    const leftWords = k - m.first + 1;
    const rightWords = m.last - k;
    const leftAcronym = leftWords === 1 && /^\p{Lu}{2,}$/u.test(parts[1]!);
    if ((leftWords < 2 && !leftAcronym) || rightWords < 2) continue;
    const cut = t.start + parts[1]!.length;
    return [
      { ...m, last: k + 1, end: cut, text: text.slice(m.start, cut) },
      { ...m, first: k, start: cut + 1, text: text.slice(cut + 1, m.end) },
    ];
  }
  return [m];
}

export function mention(text: string, sentence: Sentence, si: number, first: number, last: number, label: EntityLabel): Mention {
  const start = sentence.tokens[first]!.start;
  const end = sentence.tokens[last - 1]!.end;
  return { sentence: si, first, last, start, end, text: text.slice(start, end), label };
}

function tokensText(text: string, tokens: Sentence['tokens'], first: number, last: number): string {
  return text.slice(tokens[first]!.start, tokens[last - 1]!.end);
}
