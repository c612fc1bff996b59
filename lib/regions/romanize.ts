/**
 * A Chinese place word as one romanised word: toneless pinyin run together and capitalised, with the
 * apostrophe pinyin writes before a syllable that starts with a vowel (西安 Xi'an, 东阿 Dong'e), and ü kept
 * (吕梁 Lüliang). Words pinyin-pro reads wrong, or that go by a standard spelling, come from PLACE_SPELLINGS.
 */
import { createRequire } from 'node:module';
import { PLACE_SPELLINGS } from './place-words';

type Pinyin = typeof import('pinyin-pro').pinyin;
let loaded: Pinyin | null = null;

/**
 * pinyin-pro, loaded with the first English name rather than with every page: loading it and its dictionary takes
 * a tenth of a second or more (BENCHMARKS.md, 'English region names'), which a Chinese page never needs to pay.
 */
function pinyin(): Pinyin {
  loaded ??= (createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro')).pinyin;
  return loaded;
}

/** Characters whose reading in place names is always the same, whatever pinyin-pro's word list says (都匀, 克什克腾). */
const PLACE_READINGS: Readonly<Record<string, string>> = { 都: 'du', 什: 'shi' };

export function romanizeWord(han: string): string {
  if (!han) return '';
  const spelled = PLACE_SPELLINGS[han];
  if (spelled) return spelled;
  const chars = [...han];
  const syllables = pinyin()(han, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  // One syllable per character for Han text; anything else (a stray Latin letter) is kept as written.
  const readings =
    syllables.length === chars.length ? syllables.map((s, i) => PLACE_READINGS[chars[i]] ?? s) : syllables;
  const word = readings
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}
