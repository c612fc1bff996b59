/**
 * The parser's memos outlive a report but must not keep its text: a memo keeping a slice of the source (V8 makes
 * a slice a view into the whole string) kept ~30 KB per report parsed — 380 MB after 20,000 reports in one import
 * worker, 4.5 GB peak for a million-report import (issue 21, lib/report/own-string.ts). Parses 3,000 distinct
 * reports of the synthetic corpus and requires the heap after a full collection to grow by far less than their texts.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../lib/report';
import { ownString } from '../../lib/report/own-string';
import { planCorpus, renderReport, reportFileName } from '../../lib/synth/corpus';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('memory kept by the parser between reports', () => {
  it('ownString gives an equal string', () => {
    const source = `${'前言'.repeat(40)}（一）主动公开情况${'数字'.repeat(40)}`;
    const slice = source.slice(80, 89);
    expect(ownString(slice)).toBe(slice);
    expect(ownString(source.slice(0, 100))).toBe(source.slice(0, 100));
  });

  it('does not keep the texts of the reports it parsed', () => {
    // The generator's corpus (as `npm run generate` writes it): distinct agencies, prose and layouts per report.
    const encoder = new TextEncoder();
    const docs = [...planCorpus({ seed: 7, reports: 3000 })].map((r) => ({
      fileName: reportFileName(r),
      bytes: encoder.encode(renderReport(r)),
    }));
    const textBytes = docs.reduce((sum, d) => sum + d.bytes.length, 0);
    parseReport(docs[0].bytes, docs[0].fileName); // modules and their constant tables loaded
    const before = heapAfterGc();
    for (const d of docs) parseReport(d.bytes, d.fileName);
    const grown = heapAfterGc() - before;
    // The memos' own entries (labels, cues, cell values) are a few MB; keeping each text would be 2× textBytes
    // (UTF-16) and more. Before the fix this grew by ~90 MB here.
    expect(docs.length).toBe(3000);
    expect(grown).toBeLessThan(Math.max(16e6, textBytes / 2));
  }, 60_000);
});
