/**
 * PARSER_VERSION follows the parser's output: a digest of what it makes of every report file in the
 * repository (samples and fixtures; OCR off, so the digest does not depend on the machine's Tesseract) is
 * recorded per version. A change of output with the same version fails here: bump PARSER_VERSION
 * (lib/report/version.ts) and add the new version with the digest this test prints, so `npm run reparse`
 * knows which stored reports an older parser made. 0.1.0 was never checked: its output changed many times.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parseAnyDocument } from '../../lib/report';
import { PARSER_VERSION } from '../../lib/report/version';

const DIGESTS: Record<string, string> = {
  '0.2.0': '166064e6f83563c2e2589c61cae992439344bfbeadc583c34bb28ac3b59f9d1c',
  '0.3.0': 'be396f8a8f41d8a63db1a4bc9f88f71e88a08d768de9ce8d136361aa1524709b',
  '0.4.0': 'c49c9f02a3580a1b6e2b2ccca8ad09ff698600b21179d582cce689065576deba',
  '0.4.1': '5fbcb5f74ebedb8ce3cb635dcb7eadc5bcfb00eb0c0dea18d664f885d974a28d',
  '0.5.0': '83a60ef156be94223bb3f522d6c4ccf11df99446aa07ea2a9e81a022f3fca1c7',
  // The same repository files read the same; crawler text whose column search gave up is read in full (issue 21).
  '0.5.1': '83a60ef156be94223bb3f522d6c4ccf11df99446aa07ea2a9e81a022f3fca1c7',
};

const ROOT = path.resolve(__dirname, '../..');
const REPORT_FILE = /\.(txt|md|html?|docx?|pdf)$/i;

function reportFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return reportFiles(file);
      return REPORT_FILE.test(name) && name !== 'README.md' ? [file] : [];
    });
}

test('the parser version names the parser output', { timeout: 60_000 }, async () => {
  const files = [...reportFiles(path.join(ROOT, 'db/samples')), ...reportFiles(path.join(ROOT, 'test/fixtures'))];
  expect(files.length).toBeGreaterThanOrEqual(30);
  const digest = createHash('sha256');
  for (const file of files) {
    let output: string;
    try {
      const { report, text } = await parseAnyDocument(readFileSync(file), path.basename(file), { ocr: null });
      output = JSON.stringify({ report: { ...report, source: { ...report.source, parserVersion: undefined } }, text });
    } catch (e) {
      output = `threw: ${e instanceof Error ? e.message : String(e)}`;
    }
    digest.update(`${path.relative(ROOT, file)}\n${output}\n`);
  }
  const made = digest.digest('hex');
  expect(
    DIGESTS[PARSER_VERSION],
    `parser ${PARSER_VERSION}: output digest ${made}. If the output changed on purpose, bump PARSER_VERSION and record the new version with this digest`,
  ).toBe(made);
});
