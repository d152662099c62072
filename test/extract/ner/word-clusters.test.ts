import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { wordClasses } from '../../../src/extract/ner/word-clusters.js';

describe('word classes', () => {
  test('words of one sort share a class: days of the week, given names, verbs of killing', () => {
    for (const group of [['monday', 'tuesday', 'friday'], ['john', 'david', 'michael'], ['killed', 'murdered']]) {
      const classes = group.map((w) => wordClasses(w).fine);
      expect(classes[0]).toBeGreaterThan(0);
      expect(new Set(classes).size).toBe(1);
    }
  });

  test('words of different sorts do not', () => {
    expect(wordClasses('tuesday').fine).not.toBe(wordClasses('david').fine);
    expect(wordClasses('killed').fine).not.toBe(wordClasses('david').fine);
  });

  test('a fine class lies in one coarse class', () => {
    expect(wordClasses('monday').coarse).toBeGreaterThan(0);
    expect(wordClasses('monday').coarse).toBe(wordClasses('friday').coarse);
  });

  test('a word the table does not have, and upper case, have no class', () => {
    expect(wordClasses('qzxwvq')).toEqual({ fine: 0, coarse: 0 });
    expect(wordClasses('Monday')).toEqual({ fine: 0, coarse: 0 });
    expect(wordClasses('')).toEqual({ fine: 0, coarse: 0 });
  });

  test("the table's words have its classes: the first two, one between and the last", () => {
    const lines = gunzipSync(readFileSync(new URL('../../../models/word-clusters.tsv.gz', import.meta.url))).toString('utf8').trim().split('\n');
    const coarse = lines[0]!.split(' ').slice(2).map(Number);
    const rows = lines.slice(1).map((l) => l.split('\t'));
    for (const [word, fine] of [rows[0]!, rows[1]!, rows[Math.floor(rows.length / 2)]!, rows[rows.length - 1]!]) {
      expect(wordClasses(word!)).toEqual({ fine: Number(fine) + 1, coarse: coarse[Number(fine)]! + 1 });
    }
    // the binary search's ends: words sorting before or after all others
    expect(wordClasses('\u0000').fine).toBe(0);
    expect(wordClasses('\uffff').fine).toBe(0);
  });
});
