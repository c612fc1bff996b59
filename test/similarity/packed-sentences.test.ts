/**
 * Packed sentences (lib/similarity/sentences.ts) read back as written, and rows written before the words were
 * packed with Brotli (raw deflate after the records) still read: databases made before keep their quotes.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { packSentences, unpackSentences, unpackWords, withWords } from '../../lib/similarity/sentences';

const paragraphs = [
  { text: '本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。', offset: 10 },
  { text: '全年共收到政府信息公开申请125件，较上年增加12件，均在法定期限内答复完毕。', offset: 200 },
];

describe('packed sentences', () => {
  test('read back as written: records and words, in memory of their own', () => {
    const sentences = withWords(paragraphs);
    expect(sentences).toHaveLength(2);
    const packed = packSentences(sentences);
    expect(packed.byteOffset).toBe(0);
    expect(packed.buffer.byteLength).toBe(packed.byteLength);
    expect(unpackSentences(packed)).toEqual(sentences.map(({ words: _, ...s }) => s));
    expect(unpackWords(packed)).toEqual(sentences.map((s) => s.words));
  });

  test('words stored as raw deflate (before 2026-12-07) are still read', () => {
    const sentences = withWords(paragraphs);
    const records = packSentences(sentences.map(({ words: _, ...s }) => s));
    const legacy = Buffer.concat([records, deflateRawSync(Buffer.from(sentences.map((s) => s.words).join('\n')))]);
    expect(unpackSentences(legacy)).toEqual(unpackSentences(records));
    expect(unpackWords(legacy)).toEqual(sentences.map((s) => s.words));
  });

  test("words that are their slice of the report's text are sliced again; others are kept as written", () => {
    const text = `${' '.repeat(10)}${paragraphs[0].text}${' '.repeat(200 - 10 - paragraphs[0].text.length)}全年共收到申请。`;
    const sentences = withWords(paragraphs);
    // The first paragraph stands in the text where its offset says; the second does not.
    const packed = packSentences(sentences, text);
    expect(packed.length).toBeLessThan(packSentences(sentences).length);
    expect(unpackWords(packed, text)).toEqual(sentences.map((s) => s.words));
    expect(unpackWords(packed)).toEqual([null, sentences[1].words]);
  });

  test("a sentence too long for its record's 16-bit length keeps its words", () => {
    const words = `全年${'政'.repeat(0x10000)}。`;
    const [sentence] = withWords([{ text: words, offset: 0 }]);
    expect(sentence.length).toBeGreaterThan(0xffff);
    expect(unpackWords(packSentences([sentence], words), words)).toEqual([sentence.words]);
    expect(unpackWords(packSentences([sentence], words))).toEqual([sentence.words]);
  });

  test('no sentences, or none with words: records only', () => {
    expect(unpackWords(packSentences([]))).toBeNull();
    expect(unpackWords(packSentences([{ hash: 1, offset: 2, length: 3, weight: 4 }]))).toBeNull();
  });
});
