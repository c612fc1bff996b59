/**
 * An encrypted PDF that opens without a password (many government PDFs restrict copying this way) is
 * decrypted by pdf.js before it inflates: its streams are measured decrypted, so encryption hides no
 * bomb and no nesting. The AES-256 key derivation is checked on the fixture encrypted by qpdf.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync, deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { parseAnyReport } from '../../../lib/report';
import { MAX_PDF_STREAM_BYTES } from '../../../lib/report/limits';
import { readPdf } from '../../../lib/report/readers/pdf';
import { streamDecryption } from '../../../lib/report/readers/pdf-decrypt';
import { findStreams } from '../../../lib/report/readers/pdf-stream-index';
import { ROOT } from '../../support/expectations';
import { deflateBomb } from './make-bombs';
import { type Cipher, encryptedPdf } from './make-encrypted';

const refusal = (pdf: Uint8Array) =>
  parseAnyReport(pdf, 'x.pdf', { ocr: null }).then(
    () => 'parsed',
    (e: Error) => e.message,
  );

/** One page showing `content` (a stream, Flate-packed), in Helvetica. */
const page = (content: Uint8Array, cipher: Cipher) =>
  encryptedPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      { entries: '/Filter /FlateDecode', data: content },
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ],
    cipher,
  );

describe.each(['rc4', 'aes128'] as const)('encrypted with %s, empty user password', (cipher) => {
  test('pdf.js opens it and reads its text (the test file is encrypted right)', async () => {
    const pdf = page(deflateSync('BT /F1 12 Tf 72 700 Td (Hello encrypted world) Tj ET'), cipher);
    expect((await readPdf(pdf)).text).toContain('Hello encrypted world');
  });

  test('a bomb in its content is refused', async () => {
    const limit = MAX_PDF_STREAM_BYTES / 1024 / 1024;
    expect(await refusal(page(deflateBomb(1024), cipher))).toMatch(
      `a stream in the PDF (object 4) unpacks to more than ${limit} MB (limit ${limit} MB per stream`,
    );
  });

  test('nesting in its content is counted', async () => {
    expect(await refusal(page(deflateSync(`${'['.repeat(5000)}${']'.repeat(5000)}`), cipher))).toMatch(
      /^the PDF nests arrays or dictionaries 5000 levels deep in a stream \(object 4\)/,
    );
  });
});

test('AES-256 (revision 6): the streams of the qpdf fixture decrypt with its user password, and to noise without', () => {
  const pdf = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/pdf/003-encrypted.pdf')));
  const streams = findStreams(pdf);
  const inflated = (password: string) => {
    const decrypt = streamDecryption(pdf, streams, password);
    if (typeof decrypt !== 'function') throw new Error(`no decryption: ${decrypt}`);
    return streams.filter((s) => {
      try {
        return inflateSync(decrypt(s, pdf.subarray(s.start, s.end))).length > 0;
      } catch {
        return false;
      }
    }).length;
  };
  expect(inflated('nianbao')).toBe(streams.length);
  expect(inflated('')).toBe(0);
});

test('an unencrypted file needs no decryption', () => {
  const pdf = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/pdf/003-jiaxing.pdf')));
  expect(streamDecryption(pdf, findStreams(pdf))).toBeNull();
});
