/**
 * A PDF measured before pdf.js reads it, because pdf.js inflates whatever a page asks for in full and
 * reads nested values by recursion: every stream is unpacked here under hard caps (one stream, its
 * ratio, all streams; pixels per image), and nesting is counted in the objects and in every stream that
 * holds PDF syntax. A file over a limit is refused with a sentence naming the limit; a stream that is
 * merely damaged is not (pdf.js may still read around it).
 *
 * An encrypted file that opens without a password has its streams decrypted first (pdf-decrypt.ts).
 *
 * Not covered: the streams of a file that needs a password (pdf.js refuses it) or has another security
 * handler than the standard one; a filter other than Flate whose /Length is stored in an object stream
 * and whose data holds "endstream" (Flate is measured to its own end, whatever the length); the header
 * of a JBIG2 page striped without a height; inline images inside content (pdf.js's maxImageSize caps
 * their pixels). An image's stream used as page content may unpack to its pixels' size (at most
 * IMAGE_STREAM_CAP), as pdf.js then reads it all.
 */
import { UnreadableReportError } from '../errors';
import {
  MAX_PDF_IMAGE_PIXELS,
  MAX_PDF_NESTING,
  MAX_PDF_RATIO,
  MAX_PDF_STREAM_BYTES,
  MAX_PDF_UNPACKED_BYTES,
} from '../limits';
import { type PdfDict, dictOf, listOf, nameOf, numberOf } from './pdf-dict';
import { type Decrypt, streamDecryption } from './pdf-decrypt';
import { decodeFilter, filterName, IMAGE_CODECS, OverLimit } from './pdf-filters';
import { codecSize, declaredSize, type PixelSize, sampleBytes } from './pdf-image-size';
import { nestingDepth } from './pdf-nesting';
import { findStreams, type RawStream } from './pdf-stream-index';

const MB = 1024 * 1024;
/** The ratio limit applies to streams over this size. */
const RATIO_FLOOR = MB;
/** An image's stream at most: an RGB image at MAX_PDF_IMAGE_PIXELS is 120 MB. */
const IMAGE_STREAM_CAP = 2 * MAX_PDF_STREAM_BYTES;
const BOMB = 'not read, as it looks like a decompression bomb';

export async function checkPdfUnpacking(bytes: Uint8Array): Promise<void> {
  const streams = findStreams(bytes);
  checkNesting(objectNesting(bytes, streams), 'its objects');
  const decryption = streamDecryption(bytes, streams);
  const decrypt = typeof decryption === 'function' ? decryption : null;
  let total = 0;
  for (const stream of streams) {
    // Ciphertext read as syntax would count random brackets: streams that cannot be decrypted are not counted.
    const readSyntax = decryption !== 'unknown' && holdsSyntax(stream.dict);
    const { unpacked, syntax } = await unpack(bytes, stream, MAX_PDF_UNPACKED_BYTES - total, readSyntax, decrypt);
    total += unpacked;
    if (syntax) checkNesting(nestingDepth(syntax), `a stream (${objectName(stream)})`);
  }
}

/** The deepest nesting in the file outside stream data. */
function objectNesting(bytes: Uint8Array, streams: RawStream[]): number {
  let deepest = 0;
  let from = 0;
  for (const s of streams) {
    if (s.start > from) deepest = Math.max(deepest, nestingDepth(bytes, from, s.start));
    from = Math.max(from, s.end);
  }
  return Math.max(deepest, nestingDepth(bytes, from, bytes.length));
}

interface Unpacked {
  /** Bytes unpacked by filters, stage by stage. */
  unpacked: number;
  /** The stream's bytes when they are PDF syntax (content, object stream) and could be read in full. */
  syntax: Uint8Array | null;
}

/**
 * One stream through its filters, each stage capped; stops at an image codec, encryption or an unknown
 * filter. `readSyntax`: the stream's bytes are returned, to count their nesting.
 */
async function unpack(
  bytes: Uint8Array,
  stream: RawStream,
  remaining: number,
  readSyntax: boolean,
  decrypt: Decrypt | null,
): Promise<Unpacked> {
  const { dict } = stream;
  const filters = listOf(dict.get('Filter')).map((f) => filterName(nameOf(f) ?? ''));
  const params = listOf(dict.get('DecodeParms'));
  const image = nameOf(dict.get('Subtype')) === 'Image';
  const size = image ? declaredSize(dict) : null;
  if (size) checkPixels(size, stream, 'its dictionary');
  const packed = stream.end - stream.start;
  const caps: Caps = {
    stream: image && size ? Math.min(imageAllowance(dict, size), IMAGE_STREAM_CAP) : MAX_PDF_STREAM_BYTES,
    ratio: image ? Infinity : Math.max(RATIO_FLOOR, MAX_PDF_RATIO * packed),
    total: remaining,
  };
  // Flate ends by itself: given the rest of the file, it unpacks at least what pdf.js would, whatever
  // /Length says. Decrypted data ends where the stream does.
  let data = decrypt
    ? decrypt(stream, bytes.subarray(stream.start, stream.end))
    : bytes.subarray(stream.start, filters[0] === 'FlateDecode' ? bytes.length : stream.end);
  let unpacked = 0;
  for (let i = 0; i < filters.length; i++) {
    if (IMAGE_CODECS.has(filters[i])) {
      const claimed = codecSize(filters[i], data);
      if (claimed) checkPixels(claimed, stream, `its ${filters[i].replace('Decode', '')} header`);
      return { unpacked, syntax: null };
    }
    // A predictor reorders bytes: a filter after one would need it undone first, which no writer does.
    if (i < filters.length - 1 && (numberOf(dictOf(params[i])?.get('Predictor')) ?? 1) > 1)
      return { unpacked, syntax: null };
    const limit = Math.min(caps.stream, caps.ratio, caps.total - unpacked);
    let out: Uint8Array | null;
    try {
      out = await decodeFilter(filters[i], dictOf(params[i]), data, limit);
    } catch (e) {
      if (e instanceof OverLimit) throw overLimit(stream, caps, limit, image);
      throw e;
    }
    if (!out) return { unpacked, syntax: null };
    unpacked += out.length;
    data = out;
  }
  return { unpacked, syntax: readSyntax ? data : null };
}

interface Caps {
  stream: number;
  ratio: number;
  total: number;
}

/** An image's samples, with room for a writer's padding. */
function imageAllowance(dict: PdfDict, size: PixelSize): number {
  const samples = sampleBytes(dict, size);
  return samples + Math.ceil(samples / 8) + 64 * 1024;
}

function overLimit(stream: RawStream, caps: Caps, limit: number, image: boolean): UnreadableReportError {
  const which = `a stream in the PDF (${objectName(stream)})`;
  if (limit === caps.stream && image) {
    return new UnreadableReportError(
      `${which} unpacks to more than its image's pixels need (limit ${mb(caps.stream)}): ${BOMB}`,
    );
  }
  if (limit === caps.stream) {
    return new UnreadableReportError(
      `${which} unpacks to more than ${mb(limit)} (limit ${mb(MAX_PDF_STREAM_BYTES)} per stream; a report's largest, a whole embedded font, is under 20 MB): ${BOMB}`,
    );
  }
  if (limit === caps.ratio) {
    return new UnreadableReportError(
      `${which} is packed more than ${MAX_PDF_RATIO}:1 (limit ${MAX_PDF_RATIO}:1 for a stream over ${mb(RATIO_FLOOR)}; deflate's ceiling, where bombs sit, is ~1,000:1): ${BOMB}`,
    );
  }
  return new UnreadableReportError(
    `the streams in the PDF unpack to more than ${mb(MAX_PDF_UNPACKED_BYTES)} together (limit ${mb(MAX_PDF_UNPACKED_BYTES)}): ${BOMB}`,
  );
}

function checkPixels(size: PixelSize, stream: RawStream, source: string): void {
  if (size.width * size.height <= MAX_PDF_IMAGE_PIXELS) return;
  throw new UnreadableReportError(
    `an image in the PDF (${objectName(stream)}) is ${size.width} × ${size.height} pixels by ${source}, over the limit of ${MAX_PDF_IMAGE_PIXELS / 1e6} million (a page scanned at 600 dpi has 35 million): ${BOMB}`,
  );
}

function checkNesting(depth: number, where: string): void {
  if (depth <= MAX_PDF_NESTING) return;
  throw new UnreadableReportError(
    `the PDF nests arrays or dictionaries ${depth} levels deep in ${where}, over the limit of ${MAX_PDF_NESTING} (PDF writers use fewer than 10): not read, as the reader cannot follow it`,
  );
}

/** Streams pdf.js parses as PDF syntax: content, forms, object streams; not images, fonts, profiles, metadata. */
function holdsSyntax(dict: PdfDict): boolean {
  const type = nameOf(dict.get('Type'));
  const subtype = nameOf(dict.get('Subtype'));
  if (type === 'ObjStm') return true;
  if (type === 'XRef' || type === 'Metadata' || type === 'EmbeddedFile') return false;
  if (subtype !== null && subtype !== 'Form' && subtype !== 'PS') return false;
  if (dict.has('Length1') || dict.has('N') || dict.has('ShadingType')) return false;
  const functionType = numberOf(dict.get('FunctionType'));
  return functionType === null || functionType === 4;
}

const objectName = (s: RawStream) => (s.object === null ? 'an object without a number' : `object ${s.object}`);
const mb = (n: number) => (n >= MB ? `${Math.round(n / MB)} MB` : `${Math.ceil(n / 1024)} KB`);
