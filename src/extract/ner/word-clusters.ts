// Word classes for the entity tagger: models/word-clusters.tsv.gz (compiled by
// scripts/make-clusters.mjs from GloVe vectors) gives each of 150,000 lower-case words a fine class,
// and each fine class the coarse class that holds it. A word the tagger never saw in training is
// read like the words of its class it did see.
//
// The table is searched where it lies, one sorted line per word, rather than copied into a Map:
// a build looks up only the words it meets, and a Map of every word would cost more to make at
// start-up than all those look-ups together.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

interface Table {
  text: string;
  /** Where each word's line starts, in word order. */
  starts: Int32Array;
  /** coarse[fine] */
  coarse: Int32Array;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const text = gunzipSync(readFileSync(new URL('../../../models/word-clusters.tsv.gz', import.meta.url))).toString('utf8');
  // the first line: "# coarse c0 c1 ...", the coarse class of each fine class
  const header = text.slice(0, text.indexOf('\n'));
  const coarse = Int32Array.from(header.split(' ').slice(2), Number);
  const starts: number[] = [];
  for (let at = header.length + 1; at < text.length; at = text.indexOf('\n', at) + 1) starts.push(at);
  return (table = { text, starts: Int32Array.from(starts), coarse });
}

/** Compares `word` with the word of the line at `start` (which ends at a tab). */
function compare(text: string, start: number, word: string): number {
  for (let i = 0; ; i++) {
    const a = i < word.length ? word.charCodeAt(i) : -1;
    const c = text.charCodeAt(start + i);
    const b = c === 9 ? -1 : c;
    if (a !== b || a === -1) return a - b;
  }
}

/** The classes of a lower-case word: fine + 1 and coarse + 1, or 0 and 0 when it has none. */
export function wordClasses(word: string): { fine: number; coarse: number } {
  const { text, starts, coarse } = load();
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const c = compare(text, starts[mid]!, word);
    if (c === 0) {
      const tab = starts[mid]! + word.length;
      const fine = Number(text.slice(tab + 1, text.indexOf('\n', tab)));
      return { fine: fine + 1, coarse: coarse[fine]! + 1 };
    }
    if (c < 0) high = mid - 1;
    else low = mid + 1;
  }
  return { fine: 0, coarse: 0 };
}
