/**
 * How the fuzz damages a document, as crawlers, converters, OCR and careless hands do: lines (or a Word
 * body's rows and paragraphs) deleted, duplicated, swapped; digits changed or runs of digits put in;
 * bytes inserted, overwritten, the end cut off.
 */
import fc from 'fast-check';
import { readZipDirectory, readZipEntry } from '../../../lib/report/readers/zip';
import { writeZip } from '../../../lib/synth/zip';

export type LineEdit =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'digit'; at: number; to: number }
  | { kind: 'digits'; at: number; run: string };
export type ByteEdit =
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; keep: number }
  | { kind: 'overwrite'; at: number; bytes: Uint8Array };

export const position = fc.nat({ max: 1_000_000 });
export const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: position }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position }),
  fc.record({ kind: fc.constant('swap' as const), a: position, b: position }),
  fc.record({ kind: fc.constant('digit' as const), at: position, to: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ kind: fc.constant('digits' as const), at: position, run: fc.stringMatching(/^\d{1,24}$/) }),
);
export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: position,
      bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('truncate' as const), keep: fc.double({ min: 0, max: 1, noNaN: true }) }),
  },
);
/** Binary files also get bytes overwritten in place, which keeps every offset of a PDF's cross-reference table right. */
export const binaryEdit: fc.Arbitrary<ByteEdit> = fc.oneof(byteEdit, {
  weight: 3,
  arbitrary: fc.record({
    kind: fc.constant('overwrite' as const),
    at: position,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
});

/** Units are lines, or for XML the rows and paragraphs of a Word body. */
export function editUnits(units: string[], edits: LineEdit[]): string[] {
  const out = [...units];
  for (const e of edits) {
    if (out.length === 0) break;
    const i = (n: number) => n % out.length;
    if (e.kind === 'delete') out.splice(i(e.at), 1);
    else if (e.kind === 'duplicate') out.splice(i(e.at), 0, out[i(e.at)]);
    else if (e.kind === 'swap') [out[i(e.a)], out[i(e.b)]] = [out[i(e.b)], out[i(e.a)]];
    else {
      // Digit edits work on the whole text, where the digits are; the remaining edits go on from there.
      const joined = out.join('\u0000');
      const digits = [...joined.matchAll(/\d/g)];
      if (digits.length === 0) continue;
      const d = digits[e.at % digits.length].index!;
      const replaced = e.kind === 'digit' ? String(e.to) : e.run;
      return editUnits(
        (joined.slice(0, d) + replaced + joined.slice(d + 1)).split('\u0000'),
        edits.slice(edits.indexOf(e) + 1),
      );
    }
  }
  return out;
}

export function editBytes(bytes: Uint8Array, edits: ByteEdit[]): Uint8Array {
  let out = bytes;
  for (const e of edits) {
    if (e.kind === 'truncate') out = out.subarray(0, Math.floor(out.length * e.keep));
    else if (e.kind === 'overwrite') {
      out = out.slice();
      out.set(
        e.bytes.subarray(0, Math.max(0, out.length - (e.at % Math.max(1, out.length)))),
        out.length === 0 ? 0 : e.at % out.length,
      );
    } else {
      const at = out.length === 0 ? 0 : e.at % out.length;
      const next = new Uint8Array(out.length + e.bytes.length);
      next.set(out.subarray(0, at));
      next.set(e.bytes, at);
      next.set(out.subarray(at), at + e.bytes.length);
      out = next;
    }
  }
  return out;
}

/** A DOCX with its document.xml replaced by `edit` of it, packed again. */
export function rewriteDocx(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  return writeZip(
    readZipDirectory(bytes).map((e) => {
      const data = readZipEntry(bytes, e);
      return e.name === 'word/document.xml'
        ? { name: e.name, data: edit(new TextDecoder().decode(data)) }
        : { name: e.name, data };
    }),
  );
}

/** A DOCX with its document.xml edited row by row and paragraph by paragraph. */
export function editDocx(bytes: Uint8Array, edits: LineEdit[]): Uint8Array {
  return rewriteDocx(bytes, (xml) => editUnits(xml.split(/(?=<w:tr[ >]|<w:p[ >])/), edits).join(''));
}
