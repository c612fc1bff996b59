/** The text a stored report's provenance points into, found again without the parser (lib/report/source-text.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parseDocument } from '../../lib/report/parse';
import { keepsSourceText, storedSourceText } from '../../lib/report/source-text';
import { encodeUtf16 } from '../support/legacy-encode';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../db/samples/003_ce3ce06ef0481c4f.txt'));
const PAGE = readFileSync(path.resolve(__dirname, '../fixtures/forms/003-page.html'));

test.each([
  ['docx', true],
  ['pdf', true],
  ['text', false],
  ['html', false],
  ['markdown', false],
])('%s keeps its text at import: %s', (format, kept) => {
  expect(keepsSourceText(format)).toBe(kept);
});

test.each([
  ['UTF-8 text', 'text', SAMPLE],
  ['UTF-8 with a BOM', 'text', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SAMPLE])],
  ['UTF-16LE', 'text', Buffer.from(encodeUtf16(SAMPLE.toString('utf8'), 'le'))],
  ['an HTML page', 'html', PAGE],
])('%s: the original decoded is the text the parser read', (_name, format, bytes) => {
  expect(storedSourceText(format, bytes, null)).toBe(
    parseDocument(bytes, `x.${format === 'html' ? 'html' : 'txt'}`).text,
  );
});

test('a kept text is used as it is; a DOCX or PDF without one has none (never the ZIP or PDF bytes decoded)', () => {
  expect(storedSourceText('docx', Buffer.from('PK\x03\x04'), '<p>kept</p>')).toBe('<p>kept</p>');
  expect(storedSourceText('docx', Buffer.from('PK\x03\x04'), null)).toBeNull();
  expect(storedSourceText('pdf', Buffer.from('%PDF-1.7'), null)).toBeNull();
});
