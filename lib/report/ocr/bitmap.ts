/**
 * An 8-bit grey image as pdftoppm writes it (binary PGM, "P5"): the one pixel format the OCR adapter
 * reads and writes, because it needs no decoder: a short text header, then one byte per pixel.
 */

/** Pixels darker than this are ink. */
export const INK = 160;

export interface GreyImage {
  width: number;
  height: number;
  /** Row-major, 0 = black, 255 = white. */
  pixels: Uint8Array;
}

/** Reads a binary PGM with maxval 255. Comments in the header are allowed, as the format says. */
export function parsePgm(bytes: Uint8Array): GreyImage {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4 && i < bytes.length) {
    const c = bytes[i];
    if (c === 0x23) {
      while (i < bytes.length && bytes[i] !== 0x0a) i++; // "#" comment to end of line
    } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i++;
    } else {
      let s = '';
      while (i < bytes.length && bytes[i] > 0x20) s += String.fromCharCode(bytes[i++]);
      fields.push(s);
    }
  }
  const [magic, w, h, max] = fields;
  const width = Number(w);
  const height = Number(h);
  if (magic !== 'P5' || Number(max) !== 255 || !(width > 0) || !(height > 0))
    throw new Error(`not an 8-bit binary PGM (${fields.join(' ')})`);
  const start = i + 1; // exactly one whitespace byte after maxval
  if (bytes.length < start + width * height) throw new Error('the PGM is shorter than its header says');
  return { width, height, pixels: bytes.subarray(start, start + width * height) };
}

export function encodePgm(image: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.pixels.length);
  out.set(header);
  out.set(image.pixels, header.length);
  return out;
}
