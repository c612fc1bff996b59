/**
 * Property tests on damaged and hostile documents of every form (test/support/fuzz/suites.ts): real
 * reports with lines, bytes, archive entries and XML edited, hostile constructions put in, and hostile PDFs.
 * Whatever comes in, the parser (1) throws nothing but UnreadableReportError, (2) finishes within 5 s, and
 * (3) states no number that is not written in the source (test/support/fuzz/properties.ts).
 * Seeded, so a failure repeats; `npm run fuzz -- --minutes N` runs the same suites longer with fresh seeds.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { judge } from '../support/fuzz/properties';
import { DOCX, ENCODED, PAGES, PDFS, TEXTS } from '../support/fuzz/sources';
import { HANG_MS, SUITES } from '../support/fuzz/suites';

const SEED = 20261206;
const encoder = new TextEncoder();

describe('damaged and hostile documents', () => {
  beforeAll(async () => {
    // Load mammoth and pdf.js first, so the time limit measures parsing, not module loading.
    for (const d of [...DOCX, ...PDFS]) await judge(d.bytes, d.name, Infinity);
  });

  test('the unmodified sources pass the properties', async () => {
    const sources: { name: string; bytes: Uint8Array }[] = [
      ...[...TEXTS, ...PAGES].map((t) => ({ name: t.name, bytes: encoder.encode(t.text) })),
      ...ENCODED,
      ...DOCX,
      ...PDFS,
    ];
    for (const s of sources)
      expect({ file: s.name, ...(await judge(s.bytes, s.name, HANG_MS)) }).toMatchObject({
        file: s.name,
        outcome: 'report',
      });
  });

  test('at least 2,000 cases in all', () => {
    expect(SUITES.reduce((a, s) => a + s.runs, 0)).toBeGreaterThanOrEqual(2000);
  });

  for (const suite of SUITES) {
    test(suite.name, async () => {
      await fc.assert(
        fc.asyncProperty(suite.input, async (input) => {
          const v = await judge(input.bytes, input.name, HANG_MS);
          expect({ crash: v.crash, slow: v.slow, unbacked: v.unbacked }).toEqual({
            crash: undefined,
            slow: undefined,
            unbacked: undefined,
          });
        }),
        { numRuns: suite.runs, seed: SEED },
      );
    }, 300_000);
  }
});
