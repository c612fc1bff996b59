/**
 * A report's prose as sentences for the copy-paste comparison (issue 16): split at 。！？；and paragraph
 * ends, each reduced to a key — full-width folded, spaces and punctuation dropped, every digit written as
 * "#" so a copy with this year's numbers put in still matches — and the key hashed (32-bit FNV-1a). A
 * sentence with fewer than MIN_HAN Han characters is too short to say anything about copying, and one that
 * is mostly figures is a table row that slipped into the prose: both are left out, as are the sentences the
 * form prescribes (boilerplate.ts).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { isFormSentence } from './boilerplate';
export interface ProseSentence {
  /** FNV-1a of the key. */
  hash: number;
  /** Where the sentence stands in the text the paragraphs point into, and how long it is there. */
  offset: number;
  length: number;
  /** Han characters in the key: a sentence's weight in a share. */
  weight: number;
}

const MIN_HAN = 12;
const SENTENCE_END = /[。！？；!?;]+|\n+/g;
const HAN = /\p{Script=Han}/gu;
const DROPPED = /[\s\p{P}\p{S}]+/gu;

/** The comparison key of a sentence: NFKC, no spaces or punctuation, digits as #. */
export function sentenceKey(sentence: string): string {
  return sentence.normalize('NFKC').replace(DROPPED, '').replace(/\d+/g, '#');
}

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function proseSentences(paragraphs: readonly { text: string; offset: number }[]): ProseSentence[] {
  return withWords(paragraphs).map(({ words: _, ...s }) => s);
}

/** The sentences with their words as the paragraph gives them, for a page that quotes them. */
export function withWords(
  paragraphs: readonly { text: string; offset: number }[],
): (ProseSentence & { words: string })[] {
  const out: (ProseSentence & { words: string })[] = [];
  for (const p of paragraphs) {
    let start = 0;
    for (const end of [...p.text.matchAll(SENTENCE_END), null]) {
      const stop = end ? end.index + end[0].length : p.text.length;
      const raw = p.text.slice(start, stop);
      const key = sentenceKey(raw);
      const han = key.match(HAN)?.length ?? 0;
      const figures = key.length - key.replace(/#/g, '').length;
      if (han >= MIN_HAN && figures * 3 < key.length && !isFormSentence(key)) {
        const lead = raw.length - raw.trimStart().length;
        const words = raw.trim();
        out.push({ hash: fnv1a(key), offset: p.offset + start + lead, length: words.length, weight: han, words });
      }
      start = stop;
    }
  }
  return out;
}

const BYTES = 12;
const HEAD = 4;

/**
 * Sentences packed for storage: their count (uint32), then per sentence its hash, offset (uint32 each),
 * length and weight (uint16 each), little-endian; then, when given, their words (UTF-8, one a line,
 * deflated), so a page can quote them without reading the report again.
 */
export function packSentences(sentences: readonly (ProseSentence & { words?: string })[]): Buffer {
  const records = Buffer.alloc(HEAD + sentences.length * BYTES);
  records.writeUInt32LE(sentences.length, 0);
  sentences.forEach((s, i) => {
    const at = HEAD + i * BYTES;
    records.writeUInt32LE(s.hash, at);
    records.writeUInt32LE(s.offset, at + 4);
    records.writeUInt16LE(Math.min(s.length, 0xffff), at + 8);
    records.writeUInt16LE(Math.min(s.weight, 0xffff), at + 10);
  });
  if (sentences.length === 0 || sentences.some((s) => s.words === undefined)) return records;
  const words = deflateRawSync(Buffer.from(sentences.map((s) => s.words).join('\n'), 'utf8'));
  return Buffer.concat([records, words]);
}

function view(packed: Uint8Array): { b: Buffer; count: number } {
  const b = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  return { b, count: b.length >= HEAD ? b.readUInt32LE(0) : 0 };
}

export function unpackSentences(packed: Uint8Array): ProseSentence[] {
  const { b, count } = view(packed);
  const out: ProseSentence[] = [];
  for (let i = 0; i < count; i++) {
    const at = HEAD + i * BYTES;
    out.push({
      hash: b.readUInt32LE(at),
      offset: b.readUInt32LE(at + 4),
      length: b.readUInt16LE(at + 8),
      weight: b.readUInt16LE(at + 10),
    });
  }
  return out;
}

/** The sentences' words, in order; null when they were not stored. */
export function unpackWords(packed: Uint8Array): string[] | null {
  const { b, count } = view(packed);
  const end = HEAD + count * BYTES;
  if (count === 0 || b.length <= end) return null;
  return inflateRawSync(b.subarray(end)).toString('utf8').split('\n');
}
