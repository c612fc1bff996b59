/** What the benchmark prints: speed per form, the seeds as parsed, and the round trip with its mismatches. */
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedReport } from '../../lib/report/types';
import type { Doc, Group } from './corpus';
import { fixed, formatTable, median, percentile } from './format';
import { formatValue, type Comparison, type Mismatch } from './round-trip';

export interface Timing {
  runMs: number[];
  /** Process CPU time of each run (every thread: V8's GC helpers too). */
  runCpuMs: number[];
  samples: Float64Array;
}

export interface Checked {
  doc: Doc;
  threw?: string;
  parsed?: ParsedReport;
  cmp?: Comparison;
}

const MB = 1024 * 1024;

export function printSpeed(rows: [Group, Timing][]): void {
  const table = rows.map(([g, t]) => {
    const secs = median(t.runMs) / 1000;
    const cpuSecs = median(t.runCpuMs) / 1000;
    return [
      g.form,
      g.docs.length,
      fixed(g.bytes / MB, 2),
      fixed(g.docs.length / secs, 0),
      fixed(g.docs.length / cpuSecs, 0),
      fixed(g.bytes / MB / secs, 2),
      fixed(percentile(t.samples, 0.5), 3),
      fixed(percentile(t.samples, 0.95), 3),
    ];
  });
  console.log(formatTable(['form', 'reports', 'MB', 'reports/s', 'per CPU s', 'MB/s', 'p50 ms', 'p95 ms'], table));
  console.log(
    'reports/s: by wall time (median run); per CPU s: by the process CPU time of that run, steadier when other\n' +
      'processes share the cores (it counts V8’s GC helper threads too)',
  );
}

export function printCorpus(groups: Group[]): void {
  console.log(
    formatTable(
      ['form', 'reports', 'MB'],
      groups.map((g) => [g.form, g.docs.length, fixed(g.bytes / MB, 2)]),
    ),
  );
}

export function printSeeds(checked: Checked[]): void {
  console.log('\nseeds as parsed:');
  for (const c of checked) {
    const p = c.parsed;
    console.log(
      c.threw
        ? `  ${c.doc.fileName}: THREW ${c.threw}`
        : `  ${c.doc.fileName}: ${p?.agency} | ${p?.year} | template ${p?.template} | ${p?.findings?.length ?? 0} findings`,
    );
  }
}

function all(cmp: Comparison): Mismatch[] {
  return [...cmp.tables, ...cmp.table2, ...cmp.header];
}

const hasWrong = (c: Checked) => !!c.cmp?.tables.some((m) => m.kind === 'wrong');
const pct = (n: number, d: number) => `${fixed((100 * n) / Math.max(1, d), 2)}%`;

/** Mismatches grouped by table row: "table3.granted.natural" → "table3.granted", "table2.fees[1]" → "table2.fees". */
function byRow(ms: Mismatch[]): Map<string, Mismatch[]> {
  const rows = new Map<string, Mismatch[]>();
  for (const m of ms) {
    const row = m.path
      .replace(/\[\d+\]$/, '')
      .split('.')
      .slice(0, 2)
      .join('.');
    rows.set(row, [...(rows.get(row) ?? []), m]);
  }
  return rows;
}

function values(vs: unknown[]): string {
  return vs.length > 1 && vs.every((v) => v === vs[0]) ? `all ${formatValue(vs[0])}` : vs.map(formatValue).join(',');
}

/** One line per row: "path: expected x, got y", or "row.{a,b}: expected x,y, got z,w" for several cells. */
function describe(row: string, ms: Mismatch[]): string {
  const kind = ms.some((m) => m.kind === 'wrong') ? 'WRONG' : 'unread';
  if (ms.length === 1)
    return `${kind} ${ms[0].path}: expected ${formatValue(ms[0].expected)}, got ${formatValue(ms[0].got)}`;
  const cols = ms.map((m) => m.path.slice(row.length).replace(/^\.|^\[|\]$/g, ''));
  const where = ms[0].path[row.length] === '[' ? `${row}[${cols.join(',')}]` : `${row}.{${cols.join(',')}}`;
  return `${kind} ${where}: expected ${values(ms.map((m) => m.expected))}, got ${values(ms.map((m) => m.got))}`;
}

/** Up to `n` examples, wrong before unread, one per distinct set of wrong rows before any repeats. */
function examples(bad: Checked[], n: number): Checked[] {
  const ordered = [...bad.filter(hasWrong), ...bad.filter((c) => !hasWrong(c))];
  const seen = new Set<string>();
  const first: Checked[] = [];
  const rest: Checked[] = [];
  for (const c of ordered) {
    const sig = c.threw ? 'threw' : [...byRow(all(c.cmp!)).keys()].join(' ');
    (seen.has(sig) ? rest : first).push(c);
    seen.add(sig);
  }
  return [...first, ...rest].slice(0, n);
}

export function printRoundTrip(results: Map<Group, Checked[]>, show: number, dumpDir?: string): void {
  const generated = [...results].filter(([g]) => g.docs.some((d) => d.content));
  if (generated.length === 0) return;
  console.log('\nround trip: parsed table3 + table4 equal to the content each variant was rendered from');
  console.log('  wrong = variants with a table3/table4 number that differs from the document (or fills a blank);');
  console.log(
    '  unread only = variants whose only differences are cells left null (or blanks the sums force to 0, value.derived:',
  );
  console.log('  counted apart as "blank→0"); table2 and header shown beside');
  console.log(
    formatTable(
      ['form', 'variants', 'equal', 'rate', 'wrong', 'unread only', 'blank→0', 'threw', 'table2 equal', 'header equal'],
      generated.map(([g, cs]) => {
        const ok = cs.filter((c) => c.cmp && c.cmp.tables.length === 0).length;
        const wrong = cs.filter(hasWrong).length;
        const threw = cs.filter((c) => c.threw).length;
        const derived = cs.filter((c) => !hasWrong(c) && c.cmp?.tables.some((m) => m.kind === 'derived')).length;
        return [
          g.form,
          cs.length,
          ok,
          pct(ok, cs.length),
          wrong,
          cs.length - ok - wrong - threw,
          derived,
          threw,
          pct(cs.filter((c) => c.cmp && c.cmp.table2.length === 0).length, cs.length),
          pct(cs.filter((c) => c.cmp && c.cmp.header.length === 0).length, cs.length),
        ];
      }),
    ),
  );
  for (const [g, cs] of generated) {
    const bad = cs.filter((c) => c.threw || (c.cmp && all(c.cmp).length > 0));
    if (bad.length === 0) continue;
    const counts = new Map<string, number>();
    for (const c of bad)
      for (const row of c.cmp ? byRow(all(c.cmp)).keys() : ['threw']) counts.set(row, (counts.get(row) ?? 0) + 1);
    const top = [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([p, n]) => `${p} ×${n}`);
    console.log(
      `\n${g.form}: ${bad.length} of ${cs.length} variants differ somewhere; rows most often differing: ${top.join(', ')}`,
    );
    const shown = examples(bad, show);
    for (const c of shown) {
      const head = `  ${g.form} #${c.doc.variant}`;
      if (c.threw) {
        console.log(`${head} threw: ${c.threw}`);
        continue;
      }
      const rows = [...byRow(all(c.cmp!))].sort(
        ([, a], [, b]) => Number(b.some((m) => m.kind === 'wrong')) - Number(a.some((m) => m.kind === 'wrong')),
      );
      for (const [row, ms] of rows.slice(0, 4)) console.log(`${head} ${describe(row, ms)}`);
      if (rows.length > 4) console.log(`${head} … and ${rows.length - 4} more rows`);
    }
    if (dumpDir) dump(dumpDir, shown);
  }
  if (dumpDir)
    console.log(`\nthe documents listed above, with .expected.json and .got.json beside them, are in ${dumpDir}`);
}

function dump(dir: string, docs: Checked[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const c of docs) {
    const base = path.join(dir, c.doc.fileName);
    fs.writeFileSync(base, c.doc.bytes);
    fs.writeFileSync(`${base}.expected.json`, JSON.stringify(c.doc.content, null, 1));
    fs.writeFileSync(`${base}.got.json`, JSON.stringify(c.parsed ?? { threw: c.threw }, null, 1));
  }
}
