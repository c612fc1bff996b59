/**
 * A report's prose as sentences for the copy-paste comparison (issue 16): split at 。！？；and paragraph
 * ends, each reduced to a key — full-width folded, spaces and punctuation dropped, every digit written as
 * "#" so a copy with this year's numbers put in still matches — and the key hashed (32-bit FNV-1a). A
 * sentence with fewer than MIN_HAN Han characters is too short to say anything about copying, and one that
 * is mostly figures is a table row that slipped into the prose: both are left out, as are the sentences the
 * form prescribes (boilerplate.ts).
 */
import { packBytes, unpackBytes } from '../../db/stored/stored-bytes';
import { isFormSentence } from './boilerplate';
import { sentenceKeyOf } from './sentence-key';

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

/** The comparison key of a sentence: NFKC, no spaces or punctuation, digits as #. */
export function sentenceKey(sentence: string): string {
  return sentenceKeyOf(sentence).key;
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

/** 。！？；!?; — a run of them ends a sentence, as does a run of line breaks. */
function endsSentence(code: number): boolean {
  return (
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0xff1b ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x3b
  );
}

/**
 * Where each sentence of `text` stops: after each run of sentence ends (or of line breaks), and at the end of
 * the text (`/[。！？；!?;]+|\n+/g`, scanned by hand: the regex iterator cost more than the rest of the split).
 */
function sentenceStops(text: string): number[] {
  const stops: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      while (i < text.length && text.charCodeAt(i) === 0x0a) i++;
      stops.push(i);
    } else if (endsSentence(code)) {
      while (i < text.length && endsSentence(text.charCodeAt(i))) i++;
      stops.push(i);
    } else i++;
  }
  stops.push(text.length);
  return stops;
}

/** The sentences with their words as the paragraph gives them, for a page that quotes them. */
export function withWords(
  paragraphs: readonly { text: string; offset: number }[],
): (ProseSentence & { words: string })[] {
  const out: (ProseSentence & { words: string })[] = [];
  for (const p of paragraphs) {
    let start = 0;
    for (const stop of sentenceStops(p.text)) {
      const raw = p.text.slice(start, stop);
      const { key, han, figures } = sentenceKeyOf(raw);
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
 * compressed as db/stored/stored-bytes.ts packs bytes), so a page can quote them without parsing the report
 * again. The words were raw deflate (level 6) before 2026-12-07, and such rows are still read: unpackBytes
 * tells the two apart (Brotli took ~40 µs a report where deflate took ~85).
 *
 * `text`: the string the offsets point into (the report's text, which the database keeps: the original decoded,
 * or report_texts). A sentence whose words are exactly its slice of `text` is written as an empty line (words
 * are never empty), and the reader takes them from the text again: for text and Markdown reports that is
 * nearly every sentence, and writing the words out cost ~35 µs and ~2 KB a report (issue 21).
 * The whole is in memory of its own, so a worker hands it to the writer without a copy.
 */
export function packSentences(sentences: readonly (ProseSentence & { words?: string })[], text?: string): Buffer {
  const withText = sentences.length > 0 && sentences.every((s) => s.words !== undefined);
  const lines = withText ? sentences.map((s) => (slicedFrom(text, s) ? '' : s.words)) : [];
  const words = withText ? packBytes(Buffer.from(lines.join('\n'), 'utf8')) : null;
  const size = HEAD + sentences.length * BYTES;
  const packed = Buffer.from(new ArrayBuffer(size + (words?.length ?? 0)));
  packed.writeUInt32LE(sentences.length, 0);
  sentences.forEach((s, i) => {
    const at = HEAD + i * BYTES;
    packed.writeUInt32LE(s.hash, at);
    packed.writeUInt32LE(s.offset, at + 4);
    packed.writeUInt16LE(Math.min(s.length, 0xffff), at + 8);
    packed.writeUInt16LE(Math.min(s.weight, 0xffff), at + 10);
  });
  if (words) packed.set(words, size);
  return packed;
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

/** Whether the sentence's words are its slice of `text`, as its record can say it again (a length that fits 16 bits). */
function slicedFrom(text: string | undefined, s: ProseSentence & { words?: string }): boolean {
  return text !== undefined && s.length <= 0xffff && s.words === text.slice(s.offset, s.offset + s.length);
}

/**
 * The sentences' words, in order; null when they were not stored. Words written as their slice of the report's
 * text (packSentences) are sliced from `text` again, or null for that sentence when no text is given.
 */
export function unpackWords(packed: Uint8Array, text?: string | null): (string | null)[] | null {
  const { b, count } = view(packed);
  const end = HEAD + count * BYTES;
  if (count === 0 || b.length <= end) return null;
  const lines = unpackBytes(b.subarray(end)).toString('utf8').split('\n');
  if (!lines.includes('')) return lines;
  const records = unpackSentences(packed);
  return lines.map((line, i) => {
    if (line !== '') return line;
    const { offset, length } = records[i];
    return text ? text.slice(offset, offset + length) : null;
  });
}
