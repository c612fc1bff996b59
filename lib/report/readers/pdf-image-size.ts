/**
 * The size an image claims, read before anything decodes it: its dictionary's /Width and /Height, and
 * the size in the codec's own header (JPEG's frame, JPEG 2000's SIZ marker, JBIG2's page information),
 * which is what pdf.js and poppler allocate by, whatever the dictionary says. CCITT data has no header
 * of its own; it is decoded row by row up to the dictionary's size.
 */
import { type PdfDict, dictOf, listOf, nameOf, numberOf, type PdfValue } from './pdf-dict';

export interface PixelSize {
  width: number;
  height: number;
}

/** /Width and /Height (or /W and /H in an inline image); null unless both are direct numbers. */
export function declaredSize(dict: PdfDict): PixelSize | null {
  const width = numberOf(dict.get('Width') ?? dict.get('W'));
  const height = numberOf(dict.get('Height') ?? dict.get('H'));
  return width !== null && height !== null ? { width, height } : null;
}

/** Bytes of samples the image holds at most: rows of width × components × bits, rounded up to bytes. */
export function sampleBytes(dict: PdfDict, size: PixelSize): number {
  const mask = (dict.get('ImageMask') ?? dict.get('IM')) === true;
  const bits = mask ? 1 : (numberOf(dict.get('BitsPerComponent') ?? dict.get('BPC')) ?? 8);
  const components = mask ? 1 : componentCount(dict.get('ColorSpace') ?? dict.get('CS'));
  const predictorBytes = listOf(dict.get('DecodeParms') ?? dict.get('DP')).some(
    (p) => (numberOf(dictOf(p)?.get('Predictor')) ?? 1) >= 10,
  )
    ? 1
    : 0;
  return (Math.ceil((size.width * components * Math.min(bits, 16)) / 8) + predictorBytes) * size.height;
}

/** Components per pixel; 4 (the most) when the colour space is given by reference or is unusual. */
function componentCount(space: PdfValue | undefined): number {
  const name = nameOf(Array.isArray(space) ? space[0] : space);
  if (
    name === 'DeviceGray' ||
    name === 'G' ||
    name === 'CalGray' ||
    name === 'Indexed' ||
    name === 'I' ||
    name === 'Separation'
  )
    return 1;
  if (name === 'DeviceRGB' || name === 'RGB' || name === 'CalRGB' || name === 'Lab') return 3;
  return 4;
}

/** The size in the codec's header, for DCT, JPX and JBIG2 data; null when not found. */
export function codecSize(filter: string, data: Uint8Array): PixelSize | null {
  if (filter === 'DCTDecode') return jpegSize(data);
  if (filter === 'JPXDecode') return jpxSize(data);
  if (filter === 'JBIG2Decode') return jbig2Size(data);
  return null;
}

const u16 = (d: Uint8Array, i: number) => (d[i] << 8) | d[i + 1];
const u32 = (d: Uint8Array, i: number) => ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0;

/** The first start-of-frame marker (SOF0–SOF15 except DHT, JPG and DAC), walking marker segments. */
function jpegSize(d: Uint8Array): PixelSize | null {
  for (let i = 2; i + 9 < d.length; ) {
    if (d[i] !== 0xff) return null;
    const marker = d[i + 1];
    if (marker === 0xff) i++;
    else if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) i += 2;
    else if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: u16(d, i + 5), width: u16(d, i + 7) };
    else if (marker === 0xda || marker === 0xd9) return null;
    else i += 2 + u16(d, i + 2);
  }
  return null;
}

/** The SIZ marker that follows the codestream's start (FF4F FF51): reference grid minus offsets. */
function jpxSize(d: Uint8Array): PixelSize | null {
  const at = Buffer.from(d.buffer, d.byteOffset, d.byteLength).indexOf(Buffer.from([0xff, 0x4f, 0xff, 0x51]));
  if (at < 0 || at + 24 > d.length) return null;
  return { width: u32(d, at + 8) - u32(d, at + 16), height: u32(d, at + 12) - u32(d, at + 20) };
}

/** The page information segment (type 48) among the first segments of embedded JBIG2 data. */
function jbig2Size(d: Uint8Array): PixelSize | null {
  for (let i = 0, n = 0; i + 11 <= d.length && n < 8; n++) {
    const number = u32(d, i);
    const flags = d[i + 4];
    let p = i + 5;
    let referred = d[p] >> 5;
    if (referred === 7) {
      referred = u32(d, p) & 0x1fffffff;
      p += 4 + Math.ceil((referred + 1) / 8);
    } else p += 1;
    p += referred * (number <= 256 ? 1 : number <= 65536 ? 2 : 4);
    p += flags & 0x40 ? 4 : 1;
    if (p + 12 > d.length) return null;
    const dataLength = u32(d, p);
    // A striped page gives its height as 0xffffffff and the real one at its end: the dictionary's then.
    if ((flags & 0x3f) === 48)
      return u32(d, p + 8) === 0xffffffff ? null : { width: u32(d, p + 4), height: u32(d, p + 8) };
    if (dataLength === 0xffffffff) return null;
    i = p + 4 + dataLength;
  }
  return null;
}
