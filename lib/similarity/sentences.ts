/**
 * A report's prose as sentences for the copy-paste comparison (issue 16): split at 。！？；and paragraph
 * ends, each reduced to a key — full-width folded, spaces and punctuation dropped, every digit written as
 * "#" so a copy with this year's numbers put in still matches — and the key hashed (32-bit FNV-1a). A
 * sentence with fewer than MIN_HAN Han characters is too short to say anything about copying, and one that
 * is mostly figures is a table row that slipped into the prose: both are left out, as are the sentences the
 * form prescribes (boilerplate.ts).
 */
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
  const out: ProseSentence[] = [];
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
        out.push({ hash: fnv1a(key), offset: p.offset + start + lead, length: raw.trim().length, weight: han });
      }
      start = stop;
    }
  }
  return out;
}

const BYTES = 12;

/** Sentences packed for storage: hash, offset (uint32 each), length, weight (uint16 each), little-endian. */
export function packSentences(sentences: readonly ProseSentence[]): Buffer {
  const out = Buffer.alloc(sentences.length * BYTES);
  sentences.forEach((s, i) => {
    out.writeUInt32LE(s.hash, i * BYTES);
    out.writeUInt32LE(s.offset, i * BYTES + 4);
    out.writeUInt16LE(Math.min(s.length, 0xffff), i * BYTES + 8);
    out.writeUInt16LE(Math.min(s.weight, 0xffff), i * BYTES + 10);
  });
  return out;
}

export function unpackSentences(packed: Uint8Array): ProseSentence[] {
  const b = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  const out: ProseSentence[] = [];
  for (let at = 0; at + BYTES <= b.length; at += BYTES)
    out.push({
      hash: b.readUInt32LE(at),
      offset: b.readUInt32LE(at + 4),
      length: b.readUInt16LE(at + 8),
      weight: b.readUInt16LE(at + 10),
    });
  return out;
}
