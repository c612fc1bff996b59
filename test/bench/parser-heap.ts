/**
 * What the parser keeps between reports: parses the text, Markdown and HTML files of a generated corpus in one
 * thread and prints the heap after a full collection every 5,000 reports (it must stay flat: issue 21, the memos'
 * string views, lib/report/own-string.ts).
 * Run: node --expose-gc --import tsx test/bench/parser-heap.ts [parser module, lib/report/index.ts] [reports, 20000]
 *      [corpus folder, /tmp/bench/corpus-1m — made by `npm run generate -- --reports N --out DIR`]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [mod = 'lib/report/index.ts', count = '20000', root = '/tmp/bench/corpus-1m'] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx');

/** The corpus's report files in name order, folders recursively. */
function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(txt|md|html?)$/.test(entry.name)) yield full;
  }
}

const mb = (n: number) => (n / 1e6).toFixed(0);

async function main(collect: () => void): Promise<void> {
  const { parseReport } = (await import(path.resolve(mod))) as {
    parseReport: (bytes: Uint8Array, fileName: string) => unknown;
  };
  let done = 0;
  for (const file of files(root)) {
    parseReport(readFileSync(file), path.basename(file));
    if (++done % 5000 === 0) {
      collect();
      const m = process.memoryUsage();
      console.log(`${done} reports: heap after GC ${mb(m.heapUsed)} MB, RSS ${mb(m.rss)} MB`);
    }
    if (done >= Number(count)) break;
  }
}

void main(gc);
