/**
 * A sentence's comparison key (sentences.ts) made in one pass over its characters: NFKC, spaces and
 * punctuation (`[\s\p{P}\p{S}]`) dropped, every run of ASCII digits written as "#", and on the way the Han
 * characters (`\p{Script=Han}`) and the "#"s counted.
 *
 * Why not three regex replaces and a match: with Unicode property classes they cost ~4 µs a sentence, and
 * the match made a one-character string per Han character; a report has ~26 sentences, and this was the
 * largest cost of preparing a report after the parse. What each character is stays decided by the same
 * regexes, asked once per character of the basic plane and remembered (`classes`), so the key cannot
 * drift from the regex definition: test/similarity/sentence-key.test.ts holds the two equal.
 */

/** Whether one character (a code point) is dropped from the key, and whether it is Han: the key's definition. */
const DROPPED_CHAR = /^[\s\p{P}\p{S}]$/u;
const HAN_CHAR_ONLY = /^\p{Script=Han}$/u;

const KNOWN = 1;
const DROP = 2;
const HAN_CHAR = 4;

/** What the key does with each code unit of the basic plane, learned from the regexes when first seen (0: not yet). */
const classes = new Uint8Array(0x10000);
/** The same for characters outside the basic plane (surrogate pairs), by code point. */
const astral = new Map<number, number>();

function classify(char: string): number {
  return KNOWN | (DROPPED_CHAR.test(char) ? DROP : 0) | (HAN_CHAR_ONLY.test(char) ? HAN_CHAR : 0);
}

function classOfUnit(code: number): number {
  const known = classes[code];
  if (known !== 0) return known;
  const found = classify(String.fromCharCode(code));
  classes[code] = found;
  return found;
}

function classOfPoint(point: number): number {
  let found = astral.get(point);
  if (found === undefined) {
    found = classify(String.fromCodePoint(point));
    astral.set(point, found);
  }
  return found;
}

export interface SentenceKey {
  key: string;
  /** Han characters in the key (code points). */
  han: number;
  /** "#"s in the key: runs of digits. */
  figures: number;
}

/** The key of `sentence` with its counts. */
export function sentenceKeyOf(sentence: string): SentenceKey {
  const text = sentence.normalize('NFKC');
  let key = '';
  /** Start of the run of kept characters not yet copied into `key`, or -1. */
  let run = -1;
  let han = 0;
  let figures = 0;
  /** Whether the last character kept was a digit run's "#" ("#" itself is punctuation: it only comes from digits). */
  let afterDigit = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      if (run >= 0) key += text.slice(run, i);
      run = -1;
      if (!afterDigit) {
        key += '#';
        figures++;
        afterDigit = true;
      }
      continue;
    }
    let cls: number;
    let width = 1;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      cls = classOfPoint((code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000);
      width = 2;
    } else cls = code >= 0xd800 && code <= 0xdfff ? classify(String.fromCharCode(code)) : classOfUnit(code);
    if (cls & DROP) {
      if (run >= 0) key += text.slice(run, i);
      run = -1;
      i += width - 1;
      continue;
    }
    if (run < 0) run = i;
    afterDigit = false;
    if (cls & HAN_CHAR) han++;
    i += width - 1;
  }
  if (run >= 0) key += text.slice(run);
  return { key, han, figures };
}
