/**
 * The stored document (db/stored/stored-document.ts): a parsed report comes back exactly as parsed,
 * provenance and its order included; documents stored in the earlier plain form still read; an unknown
 * format is refused rather than read wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { packBytes } from '../../db/stored/stored-bytes';
import { decodeStoredDocument, encodeStoredDocument } from '../../db/stored/stored-document';
import { parseAnyDocument } from '../../lib/report';

/** The five real reports (copies of the seeds). */
const SEEDS = path.resolve(__dirname, '../../db/samples');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

test.each(seedFiles)('seed %s: the stored document reads back as the parsed report', async (file) => {
  const { report } = await parseAnyDocument(new Uint8Array(readFileSync(path.join(SEEDS, file))), file);
  expect(Object.keys(report.provenance).length).toBeGreaterThan(20);
  const back = decodeStoredDocument(encodeStoredDocument(report));
  expect(back).toEqual(report);
  expect(Object.keys(back.provenance)).toEqual(Object.keys(report.provenance));
  // The packed form is the point: smaller than the plain JSON it replaces.
  expect(encodeStoredDocument(report).length).toBeLessThan(packBytes(Buffer.from(JSON.stringify(report))).length);
});

test('a document stored in the plain form (before the packed one) reads as it is', async () => {
  const file = seedFiles[0];
  const { report } = await parseAnyDocument(new Uint8Array(readFileSync(path.join(SEEDS, file))), file);
  expect(decodeStoredDocument(deflateRawSync(Buffer.from(JSON.stringify(report))))).toEqual(report);
});

test('a document stored in format 2 (paths spelled out) reads as it is', async () => {
  const file = seedFiles[1];
  const { report } = await parseAnyDocument(new Uint8Array(readFileSync(path.join(SEEDS, file))), file);
  const { provenance, ...rest } = report;
  const paths = Object.keys(provenance);
  const format2 = {
    format: 2,
    report: rest,
    provenance: {
      paths,
      spans: paths.flatMap((p) => [provenance[p].offset, provenance[p].length, provenance[p].line]),
      texts: paths.map((p) => provenance[p].text),
    },
  };
  const back = decodeStoredDocument(packBytes(Buffer.from(JSON.stringify(format2))));
  expect(back).toEqual(report);
  expect(Object.keys(back.provenance)).toEqual(paths);
  // Format 3 names the same paths by number: the blob is smaller.
  expect(encodeStoredDocument(report).length).toBeLessThan(packBytes(Buffer.from(JSON.stringify(format2))).length);
});

test('a format this version does not know is refused', () => {
  const future = deflateRawSync(Buffer.from(JSON.stringify({ format: 4, report: {}, provenance: {} })));
  expect(() => decodeStoredDocument(future)).toThrow(/format 4/);
});
