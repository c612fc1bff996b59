/**
 * Prints the report blocks on the terminal and writes them into BENCHMARKS.md as the section of their
 * size ("## 10k reports"), replacing an earlier run at that size and keeping the other sizes' sections.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Block } from './report-blocks';

/** Columns a string takes on a terminal: CJK characters take two, so Chinese place names line up. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const columns = (s: string) => [...s].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);

/** First two columns left-aligned (names), the others right-aligned (numbers). */
function textTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, j) => Math.max(...all.map((r) => columns(r[j] ?? ''))));
  const pad = (s: string, j: number) =>
    j < 2 ? s + ' '.repeat(widths[j] - columns(s)) : ' '.repeat(widths[j] - columns(s)) + s;
  return all.map((r) => r.map(pad).join('  ').trimEnd()).join('\n');
}

export function blocksAsText(blocks: Block[]): string {
  return blocks
    .map((b) =>
      'heading' in b
        ? `\n${b.sub ? '--' : '=='} ${b.heading}`
        : 'line' in b
          ? b.line.replace(/`/g, '')
          : textTable(b.table.header, b.table.rows),
    )
    .join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function blocksAsMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ('heading' in b) out.push('', `${b.sub ? '####' : '###'} ${b.heading}`, '');
    else if ('line' in b) out.push(`- ${b.line}`);
    else {
      const { header, rows } = b.table;
      // Blank lines around: a table right under a list item would be read as part of it.
      out.push(
        '',
        `| ${header.map(cell).join(' | ')} |`,
        `|${header.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`,
      );
      for (const r of rows) out.push(`| ${r.map(cell).join(' | ')} |`);
      out.push('');
    }
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const INTRO = `# Benchmarks

End-to-end figures of nianbao-lens on a synthetic corpus: generation, parse rate, import rate, database
size, the dashboard's query times through the same functions the pages call, and each page's full
server render time and the server's memory. Each section below is one run at one size, with the
machine and the exact command it ran on; compare figures only with figures from the same machine.

Reproduce (the bench generates the corpus and imports it into a temporary folder itself):

\`\`\`
npm run bench                         # 10k reports, the default
npm run bench -- --size 100k          # or --size 1m: ask for the large sizes explicitly (a quiet machine, tens of minutes)
npm run bench -- --size 2000 --skip-server    # a quick check of the bench itself
\`\`\`

Reuse a corpus or a database instead of making them again:

\`\`\`
npm run generate -- --reports 1000000 --out /data/corpus-1m
npm run bench -- --size 1m --corpus /data/corpus-1m          # skips generation, still times parse and import
npm run bench -- --size 1m --db /data/bench-1m.db --no-build  # skips the import: queries and pages only
npm run bench -- --size 1m --keep                            # keep the generated corpus and database for later runs
\`\`\`

Other flags: \`--skip-server\`, \`--no-build\` (reuse \`.next-bench\`), \`--runs N\` (query repetitions, 30),
\`--server-runs N\` (page loads, as --runs), \`--workers N\` (import workers, one per core), \`--parse-sample N\`
(2000), \`--out FILE\` (BENCHMARKS.md). Targets (issue): at 1M reports import at ≥ 2,000 reports/s (under
10 minutes), every dashboard query p95 < 100 ms, the compare table's first page < 150 ms with any filter
and sort, the server's resident memory < 1 GB.

The bench also checks the data, not only the speed: the generator records exactly how many reports it wrote
late, on time and without a publication date, how many tables equal the agency's year before (copied on
purpose, or by chance) and how many years agencies skipped (\`npm run generate\` takes the rates:
\`--late-share\`, \`--undated-share\`, \`--gap-share\`, \`--table3-repeat-share\`, \`--table4-repeat-share\`). After the
import the database must hold the same counts (days_late > 0, ≤ 0, null; crossYear.table3Unchanged and
table4Unchanged as /quality counts them; gaps between an agency's years), with no tolerance: every step after
the generator is deterministic. A difference is printed and the bench exits 1.
`;

/** Replaces (or appends) the section "## <size> reports" and keeps the others. */
export function writeSection(file: string, sizeLabel: string, body: string): void {
  writeNamedSection(file, `## ${sizeLabel} reports`, body);
}

/** Replaces (or appends) the section under `heading` ("## …") and keeps the others. */
export function writeNamedSection(file: string, heading: string, body: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : INTRO;
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  const section = [heading, '', body, ''];
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${section.join('\n')}`);
    return;
  }
  const nextHeading = lines.findIndex((l, i) => i > start && /^## /.test(l));
  const end = nextHeading < 0 ? lines.length : nextHeading;
  lines.splice(start, end - start, ...section);
  writeFileSync(file, `${lines.join('\n').trimEnd()}\n`);
}
