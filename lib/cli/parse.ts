/**
 * `npm run -s parse -- FILE...`: prints one JSON array, one object per file in the order given:
 * `{ file, ...report }`, or `{ file, error }` for a file that cannot be read. Exits non-zero only
 * when no file parsed. Region and agency type are filled as the import fills them (the parser knows
 * no places), so the JSON is what docs/report-json.md describes.
 */
import { readFileSync } from 'node:fs';
import { settleRegion } from '../ingest/settle-region';
import { parseAnyDocument } from '../report';
import { errorMessage } from '../refusal/refusal';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  process.stderr.write('usage: npm run -s parse -- FILE...\n');
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed = 0;
  const results: unknown[] = [];
  for (const file of files) {
    try {
      const { report, text } = await parseAnyDocument(readFileSync(file), file);
      if (report.agency) settleRegion(report, report.agency, text);
      parsed++;
      results.push({ file, ...report });
    } catch (error) {
      results.push({ file, error: describe(file, error) });
    }
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  process.exitCode = parsed > 0 ? 0 : 1;
}

void main();

function describe(file: string, error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return `${file}: no such file`;
  if (e?.code === 'EISDIR') return `${file}: is a directory, not a file`;
  if (e?.code === 'EACCES') return `${file}: permission denied`;
  return `${file}: ${errorMessage(e)}`;
}
