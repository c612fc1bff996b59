/**
 * For pdf-bomb.test.ts, in a process of its own so that the memory measured is the parse's alone:
 * `node --import tsx pdf-bomb-child.ts FILE`: parses the PDF in FILE (made by the test, so that building the
 * bomb does not count) and prints { ms, growthMb, error } as JSON. A small PDF is parsed first, so that
 * loading pdf.js does not count as growth either.
 */
import { parseAnyReport } from '../../../lib/report';
import { readFileSync } from 'node:fs';
import { onePagePdf, stream } from '../../support/make-pdf';

const MB = 1024 * 1024;

async function refusal(pdf: Uint8Array): Promise<string | null> {
  try {
    await parseAnyReport(pdf, 'bomb.pdf', { ocr: null });
    return null;
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

async function main(): Promise<void> {
  await refusal(onePagePdf([stream('', new TextEncoder().encode('q Q'))]));
  const pdf = new Uint8Array(readFileSync(process.argv[2]));
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const error = await refusal(pdf);
  const ms = performance.now() - start;
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ ms, growthMb: (peak - before) / MB, fileMb: pdf.length / MB, error }));
}

void main();
