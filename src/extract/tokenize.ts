// Sentences and tokens with character offsets into the original text. Tokens follow the Penn
// Treebank conventions the entity model was trained on (CoNLL-2003): "U.S." and "Dept." stay
// whole, "'s" and "n't" are split off, hyphenated words stay whole, punctuation stands alone.
import type { Sentence, Token } from './types.js';
import { FUNCTION_WORDS } from './lexicon/function-words.js';

/** Abbreviations that end with a period without ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt',
  'gov', 'sen', 'rep', 'rev', 'st', 'sr', 'jr', 'hon', 'pres', 'supt', 'insp', 'det', 'fr', 'messrs', 'mt', 'ft',
  'dept', 'govt', 'corp', 'inc', 'ltd', 'co', 'bros', 'assn', 'univ', 'no', 'nos', 'vol', 'vs', 'v', 'etc', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'al', 'ave', 'blvd', 'rd',
]);

/** Abbreviations that never end a sentence: they always precede a name. */
const PREFIX_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov', 'sen', 'rep',
  'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'fr', 'messrs', 'mt', 'st', 'no', 'nos', 'vs', 'v',
]);

// One alternative a token kind, tried in order at each position.
const TOKEN = new RegExp(
  [
    String.raw`https?://\S+[^\s.,;:!?"'”’)\]]`, // URL
    String.raw`[\w.+-]+@[\w-]+\.[\w.-]*\w`, // e-mail
    String.raw`[@#][\p{L}\p{N}_]+`, // handle, hashtag
    String.raw`(?:\p{L}[\p{L}\p{N}-]*\.)+(?:com|org|net|gov|edu|info|io|tv|news)(?:\.\p{Ll}{2})?(?![\p{L}\p{N}])`, // a website: Znak.com, News.com.au
    String.raw`['’](?:[sSdm]|re|ve|ll|RE|VE|LL)(?!\p{L})|n['’]t(?!\p{L})`, // a clitic standing alone: "Iraq 's"
    String.raw`\p{N}+[-‐]\p{L}[\p{L}-]*`, // 17-year-old
    String.raw`\p{N}+(?:[.,:/-]\p{N}+)*(?:%|(?:st|nd|rd|th)\b)?`, // 1,000  1:12  17%  27th  1996-08-30  6-2
    String.raw`(?:[Tt]hen|[Ee]x|[Ff]ormer)[-‐](?=\p{Lu})`, // "then-New Jersey Governor", "ex-UK Prime Minister": the prefix alone
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // U.S.  U.N.  a.m.
    String.raw`\p{L}+(?:['’]\p{L}+)*(?:[-‐]\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+)*)*(?:-\p{N}+)?`, // words: al-Mohandes, Shi'ite, MQ-9
    String.raw`\.{2,}|-{2,}|[‐-―]+`, // ellipsis, dashes
    String.raw`\S`, // any other single character
  ].join('|'),
  'uy',
);

/** Splits text (from `start` to `end`) into sentences of tokens. */
export function tokenize(text: string, start = 0, end = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let tokens: Token[] = [];
  const flush = () => {
    if (tokens.length) sentences.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
    tokens = [];
  };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 10) { flush(); i++; continue; } // a line break ends a sentence (news paragraphs, CoNLL lines)
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) { i++; continue; }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    let len = m ? m[0].length : 1;
    if (i + len > end) len = end - i;
    i = pushWord(tokens, text, i, i + len);
    const last = tokens[tokens.length - 1]!;
    if (endsSentence(text, tokens, i, end)) {
      // closing quotes and brackets belong to the sentence they close
      let j = i;
      while (j < end && /["”’')\]]/.test(text[j]!)) { tokens.push({ text: text[j]!, start: j, end: j + 1 }); j++; }
      i = j;
      flush();
    } else if (last.text === '.' && tokens.length === 1) {
      flush();
    }
  }
  flush();
  return sentences;
}

/**
 * Adds a word, splitting a final possessive or negation off ("Iraq's" -> "Iraq" "'s") and keeping
 * an abbreviation's period ("Dept.", "Gen.", "J."). Returns where the next token starts.
 */
function pushWord(tokens: Token[], text: string, start: number, end: number): number {
  const word = text.slice(start, end);
  // ("Jo JorgensenImage: Gage Skidmore": a caption's credit run into the name before it)
  const caption = text[end] === ':' ? /^(\p{L}*\p{Ll})(Image|Photo|Picture)$/u.exec(word) : null;
  if (caption) {
    const cut = start + caption[1]!.length;
    tokens.push({ text: caption[1]!, start, end: cut }, { text: caption[2]!, start: cut, end });
    return end;
  }
  const clitic = /^(.+?)(['’][sS]|n['’]t|['’](?:ll|re|ve|d|m))$/.exec(word);
  if (clitic && /\p{L}/u.test(clitic[1]!)) {
    const cut = start + clitic[1]!.length;
    tokens.push({ text: clitic[1]!, start, end: cut }, { text: clitic[2]!, start: cut, end });
    return end;
  }
  // ("No. 10", but "she voted no. Then")
  if (end < text.length && text[end] === '.' && isAbbreviation(word) && !(/^nos?$/i.test(word) && !/^\.\s*\d/.test(text.slice(end, end + 4)))) {
    tokens.push({ text: word + '.', start, end: end + 1 });
    return end + 1;
  }
  tokens.push({ text: word, start, end });
  return end;
}

function isAbbreviation(word: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function endsSentence(text: string, tokens: Token[], next: number, end: number): boolean {
  const last = tokens[tokens.length - 1]!;
  const t = last.text;
  if (t !== '.' && t !== '!' && t !== '?' && t !== '…' && !/^(?:\p{L}\.){2,}$/u.test(t) && !t.endsWith('.')) return false;
  if (t.endsWith('.') && t.length > 1) {
    const bare = t.slice(0, -1).toLowerCase();
    if (PREFIX_ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare)) return false;
  }
  // What follows: the next non-space character after any closing quotes.
  let j = next;
  while (j < end && /["”’')\]]/.test(text[j]!)) j++;
  while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
  if (j >= end || text[j] === '\n' || text[j] === '\r') return true;
  const following = text[j]!;
  if (t.length > 1 && t !== '…') {
    // "U.S." or "Dept." ends a sentence only before a quote, two spaces, or a capitalised word
    // that starts one ("in Washington, D.C. They said", "the Sun.  AB Aurigae")
    if (/[“"‘]/.test(following)) return true;
    if (!/\p{Lu}/u.test(following)) return false;
    const word = /^[\p{L}’']+/u.exec(text.slice(j, j + 20))?.[0] ?? '';
    return text.startsWith('  ', next) || FUNCTION_WORDS.has(word.toLowerCase());
  }
  return /[\p{Lu}\p{N}“"‘(\[]/u.test(following);
}

/** The words of tokens[start..end) joined by spaces: "New York", a rule's label "'s chief executive". */
/** Whether the name at token `first` is a source after "according to" ("According to (the) BBC, ..."): its comma closes that phrase. */
export function afterAccordingTo(tokens: readonly { text: string }[], first: number): boolean {
  const k = /^the$/i.test(tokens[first - 1]?.text ?? '') ? first - 2 : first - 1;
  return tokens[k]?.text === 'to' && /^according$/i.test(tokens[k - 1]?.text ?? '');
}

export function wordsOf(tokens: readonly { text: string }[], start: number, end: number): string {
  return tokens.slice(start, end).map((t) => t.text).join(' ');
}
