/**
 * The one-pass sentence split and key (lib/similarity/sentence-key.ts, sentences.ts) against their definition
 * written as regexes (the code they replaced): the same keys, counts and sentences on the synthetic reports'
 * prose, on the real samples, and on random strings of every kind of character the classes tell apart —
 * full-width forms, digits of other scripts, Han outside the basic plane, emoji, lone surrogates, odd spaces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isFormSentence } from '../../lib/similarity/boilerplate';
import { sentenceKeyOf } from '../../lib/similarity/sentence-key';
import { fnv1a, withWords } from '../../lib/similarity/sentences';
import { parseAnyDocument } from '../../lib/report/parse-any';
import { mulberry32 } from '../../lib/synth/prng';
import { planCorpus, renderReport } from '../../lib/synth/corpus';

const SENTENCE_END = /[。！？；!?;]+|\n+/g;
const HAN = /\p{Script=Han}/gu;
const DROPPED = /[\s\p{P}\p{S}]+/gu;

function referenceKey(sentence: string) {
  const key = sentence.normalize('NFKC').replace(DROPPED, '').replace(/\d+/g, '#');
  return { key, han: key.match(HAN)?.length ?? 0, figures: key.length - key.replace(/#/g, '').length };
}

function referenceWithWords(paragraphs: readonly { text: string; offset: number }[]) {
  const out = [];
  for (const p of paragraphs) {
    let start = 0;
    for (const end of [...p.text.matchAll(SENTENCE_END), null]) {
      const stop = end ? end.index + end[0].length : p.text.length;
      const raw = p.text.slice(start, stop);
      const { key, han, figures } = referenceKey(raw);
      if (han >= 12 && figures * 3 < key.length && !isFormSentence(key)) {
        const lead = raw.length - raw.trimStart().length;
        const words = raw.trim();
        out.push({ hash: fnv1a(key), offset: p.offset + start + lead, length: words.length, weight: han, words });
      }
      start = stop;
    }
  }
  return out;
}

/** Characters of every class the key distinguishes, and a few that NFKC changes. */
const PALETTE = [
  ...'政府信息公开工作年度报告本机关依申请办理情况统计期限数据',
  ...'0123456789０１２３４５６７８９٣۴',
  ...'。！？；!?;，、：“”‘’（）《》【】…—-_#%&*+=<>|~^`$¥￥@/\\.,:\'"',
  ...' \t\n\u00a0\u3000\u2003\u200b\ufeff\u2028',
  ...'abcXYZａｂｃＡＢ',
  '\u{20000}',
  '\u{2A6D6}',
  '\u{1F600}',
  '\u{1D7D8}',
  '\ud800',
  '\udc00',
  '\u0301',
  'ﾊﾟ',
  '㍻',
  '⑴',
  '²',
  '〇',
  '々',
  '⺀',
];

function randomText(rng: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += PALETTE[Math.floor(rng() * PALETTE.length)];
  return s;
}

describe('the one-pass sentence key', () => {
  test('equals the regex definition on random strings of every class of character', () => {
    const rng = mulberry32(21);
    for (let n = 0; n < 4000; n++) {
      const s = randomText(rng, 1 + Math.floor(rng() * 60));
      expect(sentenceKeyOf(s), JSON.stringify(s)).toEqual(referenceKey(s));
    }
  });

  test('splits and keeps the same sentences as the regex definition on random paragraphs', () => {
    const rng = mulberry32(22);
    for (let n = 0; n < 500; n++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(rng() * 4) }, (_, i) => ({
        text: randomText(rng, Math.floor(rng() * 200)),
        offset: i * 300,
      }));
      expect(withWords(paragraphs)).toEqual(referenceWithWords(paragraphs));
    }
  });

  test('keeps the same sentences as the regex definition on generated and real reports', async () => {
    const texts = [...planCorpus({ seed: 5, reports: 150 })].map(renderReport);
    const samples = path.resolve(__dirname, '../../db/samples');
    for (const f of readdirSync(samples).filter((f) => f.endsWith('.txt')))
      texts.push(readFileSync(path.join(samples, f), 'utf8'));
    let sentences = 0;
    for (const text of texts) {
      const { prose } = await parseAnyDocument(Buffer.from(text), 'r.txt');
      const expected = referenceWithWords(prose);
      expect(withWords(prose)).toEqual(expected);
      sentences += expected.length;
    }
    expect(sentences).toBeGreaterThan(1000);
  });
});
