/**
 * The key agencies are sorted by: their name in toneless pinyin, one lower-case syllable per Han
 * character, joined by spaces, so a plain byte comparison (SQLite's ORDER BY, JS `<`) orders names
 * the way a pinyin dictionary does. Computed once when an agency is stored (agencies.sort_key),
 * because SQLite cannot collate by pinyin and sorting in JS would mean reading every row.
 */
import { pinyin } from 'pinyin-pro';

export function pinyinSortKey(name: string): string {
  // Word-level readings settle polyphones (重庆 chong, 银行 hang); runs of non-Han characters stay
  // together as one token ("ABC", "2021"); ü is written v so the key stays ASCII for Han names and
  // lü sorts after every lu… syllable, as in a dictionary.
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  // Syllables are separated by a space, which sorts before any letter: 西安 "xi an" < 县 "xian".
  return syllables
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0)
    .join(' ');
}
