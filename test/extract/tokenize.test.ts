import { tokenize } from '../../src/extract/tokenize.js';

const words = (text: string) => tokenize(text).map((s) => s.tokens.map((t) => t.text));

describe('tokenize', () => {
  test.each<[string, string[][]]>([
    ['Mr. Smith went to Washington. He left.', [['Mr.', 'Smith', 'went', 'to', 'Washington', '.'], ['He', 'left', '.']]],
    ['The U.S. Embassy said so.', [['The', 'U.S.', 'Embassy', 'said', 'so', '.']]],
    ['He met U.S. officials. Then he left.', [['He', 'met', 'U.S.', 'officials', '.'], ['Then', 'he', 'left', '.']]],
    ["Iraq's militias and Iran’s army.", [['Iraq', "'s", 'militias', 'and', 'Iran', '’s', 'army', '.']]],
    ['Iran-backed al-Mohandes flew an MQ-9.', [['Iran-backed', 'al-Mohandes', 'flew', 'an', 'MQ-9', '.']]],
    ['“We won’t stop,” he said.', [['“', 'We', 'wo', 'n’t', 'stop', ',', '”', 'he', 'said', '.']]],
    ['She said: “It is over.” Then silence.', [['She', 'said', ':', '“', 'It', 'is', 'over', '.', '”'], ['Then', 'silence', '.']]],
    ['At 1:12 am, 17% of 1,000 troops left.', [['At', '1:12', 'am', ',', '17%', 'of', '1,000', 'troops', 'left', '.']]],
    ['— Zeke Miller (@ZekeJMiller) January 3, 2020', [['—', 'Zeke', 'Miller', '(', '@ZekeJMiller', ')', 'January', '3', ',', '2020']]],
    ['The State Dept. says George W. Bush agreed.', [['The', 'State', 'Dept.', 'says', 'George', 'W.', 'Bush', 'agreed', '.']]],
    // an abbreviation ends a sentence before a capitalised function word or two spaces
    ['He lives in Washington, D.C. They left.', [['He', 'lives', 'in', 'Washington', ',', 'D.C.'], ['They', 'left', '.']]],
    ['It was the Sun.  AB Aurigae is young.', [['It', 'was', 'the', 'Sun.'], ['AB', 'Aurigae', 'is', 'young', '.']]],
    ['The U.S. President spoke.', [['The', 'U.S.', 'President', 'spoke', '.']]],
    ['He works at Acme Inc. A spokesman agreed.', [['He', 'works', 'at', 'Acme', 'Inc.'], ['A', 'spokesman', 'agreed', '.']]],
    // "No." before a number is an abbreviation; "no." is the end of a sentence
    ['She lives at No. 9 Elm Road.', [['She', 'lives', 'at', 'No.', '9', 'Elm', 'Road', '.']]],
    ['He voted no. Several others did too.', [['He', 'voted', 'no', '.'], ['Several', 'others', 'did', 'too', '.']]],
    // a caption's credit run into the name before it
    ['Ana RuizImage: Tom Hale.', [['Ana', 'Ruiz', 'Image', ':', 'Tom', 'Hale', '.']]],
    // a court case's "v." ends no sentence
    ['The Roe v. Wade ruling stood.', [['The', 'Roe', 'v.', 'Wade', 'ruling', 'stood', '.']]],
    ['First line\nSecond line', [['First', 'line'], ['Second', 'line']]],
    ['Then-New Jersey Governor Chris Christie met ex-UK officials.', [['Then-', 'New', 'Jersey', 'Governor', 'Chris', 'Christie', 'met', 'ex-', 'UK', 'officials', '.']]],
    // a website's address is one token, not three or a sentence's end
    ['Znak.com said it. News.com.au agreed.', [['Znak.com', 'said', 'it', '.'], ['News.com.au', 'agreed', '.']]],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('offsets point into the original text', () => {
    const text = '  Iraq’s army — “said” it.\n\nBAGHDAD (AP) — Strikes hit.';
    for (const s of tokenize(text)) {
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(s.start).toBe(s.tokens[0]!.start);
      expect(s.end).toBe(s.tokens[s.tokens.length - 1]!.end);
    }
  });

  test('starts where told to', () => {
    const text = 'date 2020-01-03\nThe strike.';
    const sentences = tokenize(text, 16);
    expect(sentences.map((s) => s.tokens.map((t) => t.text))).toEqual([['The', 'strike', '.']]);
  });
});
