/**
 * Parser benchmark: speed per input form on one core, and the round-trip rate on generated variants.
 * Run: npm run bench:parse -- [--variants 3000] [--runs 3] [--seed 1] [--forms cell-per-line,html-page]
 *      [--show 5] [--dump test/output/bench] [--parser lib/report/index] [--samples db/samples]
 * See test/bench/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ParsedReport } from '../../lib/report/types';
import { GENERATED_FORMS, generatedGroups, seedGroup, type Doc, type GeneratedForm, type Group } from './corpus';
import { commandLine, fixed, formatTable, machineLine, median, percentile } from './format';
import { compareReport, formatValue, type Comparison, type Mismatch } from './round-trip';

type ParseFn = (bytes: Uint8Array, fileName: string) => ParsedReport | Promise<ParsedReport>;

interface Args {
  variants: number; runs: number; seed: number; forms: GeneratedForm[];
  show: number; dump?: string; parser: string; samples: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    variants: 3000, runs: 3, seed: 1, forms: [...GENERATED_FORMS], show: 5,
    parser: 'lib/report/index', samples: 'db/samples',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const next = () => inline ?? argv[++i] ?? '';
    const int = (s: string) => { const n = Number(s); if (!Number.isInteger(n) || n < 0) throw new Error(`${flag}: not a count: ${s}`); return n; };
    if (flag === '--variants') a.variants = int(next());
    else if (flag === '--runs') a.runs = Math.max(1, int(next()));
    else if (flag === '--seed') a.seed = int(next());
    else if (flag === '--show') a.show = int(next());
    else if (flag === '--dump') a.dump = next();
    else if (flag === '--parser') a.parser = next();
    else if (flag === '--samples') a.samples = next();
    else if (flag === '--forms') {
      a.forms = next().split(',').filter(Boolean) as GeneratedForm[];
      const bad = a.forms.filter((f) => !GENERATED_FORMS.includes(f));
      if (bad.length) throw new Error(`--forms: unknown ${bad.join(', ')}; known: ${GENERATED_FORMS.join(', ')}`);
    } else throw new Error(`unknown option ${argv[i]}; see the header of test/bench/parse-bench.ts`);
  }
  return a;
}

async function loadParser(modulePath: string): Promise<ParseFn> {
  const abs = path.resolve(process.cwd(), modulePath);
  const mod = (await import(abs)) as { parseReport?: unknown };
  if (typeof mod.parseReport !== 'function') throw new Error(`${modulePath} exports no parseReport function`);
  return mod.parseReport as ParseFn;
}

interface Checked { doc: Doc; threw?: string; parsed?: ParsedReport; cmp?: Comparison }

/** The warm-up pass: every document parsed once, generated ones compared with their content. */
async function warmUp(parse: ParseFn, groups: Group[]): Promise<Map<Group, Checked[]>> {
  const out = new Map<Group, Checked[]>();
  for (const g of groups) {
    const checked: Checked[] = [];
    for (const doc of g.docs) {
      try {
        const parsed = await parse(doc.bytes, doc.fileName);
        const cmp = doc.content ? compareReport(doc.content, parsed) : undefined;
        const differs = !cmp || cmp.tables.length + cmp.table2.length + cmp.header.length > 0;
        // Keep the parse only where it will be printed or dumped: seeds and mismatches.
        checked.push({ doc, cmp, parsed: differs ? parsed : undefined });
      } catch (e) {
        checked.push({ doc, threw: e instanceof Error ? e.message : String(e) });
      }
    }
    out.set(g, checked);
  }
  return out;
}

interface Timing { runMs: number[]; samples: Float64Array; sink: number }

async function timeGroup(parse: ParseFn, g: Group, runs: number, isAsync: boolean): Promise<Timing> {
  const samples = new Float64Array(g.docs.length * runs);
  const runMs: number[] = [];
  let k = 0;
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (const doc of g.docs) {
      const t = performance.now();
      try {
        const res = isAsync ? await parse(doc.bytes, doc.fileName) : (parse(doc.bytes, doc.fileName) as ParsedReport);
        sink += res.findings?.length ?? 0;
      } catch {
        sink -= 1;
      }
      samples[k++] = performance.now() - t;
    }
    runMs.push(performance.now() - start);
  }
  samples.sort();
  return { runMs, samples, sink };
}

function printSpeed(rows: [Group, Timing][]): void {
  const MB = 1024 * 1024;
  const table = rows.map(([g, t]) => {
    const secs = median(t.runMs) / 1000;
    return [g.form, g.docs.length, fixed(g.bytes / MB, 2), fixed(g.docs.length / secs, 0), fixed(g.bytes / MB / secs, 2),
      fixed(percentile(t.samples, 0.5), 3), fixed(percentile(t.samples, 0.95), 3)];
  });
  console.log(formatTable(['form', 'reports', 'MB', 'reports/s', 'MB/s', 'p50 ms', 'p95 ms'], table));
}

function printSeeds(checked: Checked[]): void {
  console.log('\nseeds as parsed:');
  for (const c of checked) {
    const p = c.parsed;
    console.log(c.threw ? `  ${c.doc.fileName}: THREW ${c.threw}`
      : `  ${c.doc.fileName}: ${p?.agency} | ${p?.year} | template ${p?.template} | ${p?.findings?.length ?? 0} findings`);
  }
}

function printRoundTrip(results: Map<Group, Checked[]>, args: Args): void {
  const generated = [...results].filter(([g]) => g.form !== 'seeds');
  if (generated.length === 0) return;
  console.log('\nround trip: parsed table3 + table4 equal to the content each variant was rendered from');
  console.log('(table2 and header = agency/year/template are shown beside, not counted in the rate)');
  const pct = (n: number, d: number) => `${fixed((100 * n) / Math.max(1, d), 2)}%`;
  console.log(formatTable(['form', 'variants', 'equal', 'rate', 'threw', 'table2 equal', 'header equal'],
    generated.map(([g, cs]) => {
      const ok = cs.filter((c) => c.cmp && c.cmp.tables.length === 0).length;
      return [g.form, cs.length, ok, pct(ok, cs.length), cs.filter((c) => c.threw).length,
        pct(cs.filter((c) => c.cmp && c.cmp.table2.length === 0).length, cs.length),
        pct(cs.filter((c) => c.cmp && c.cmp.header.length === 0).length, cs.length)];
    })));
  for (const [g, cs] of generated) {
    const bad = cs.filter((c) => c.threw || (c.cmp && all(c.cmp).length > 0));
    if (bad.length === 0) continue;
    const counts = new Map<string, number>();
    for (const c of bad) for (const row of c.cmp ? byRow(all(c.cmp)).keys() : ['threw']) counts.set(row, (counts.get(row) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([p, n]) => `${p} ×${n}`);
    console.log(`\n${g.form}: ${bad.length} of ${cs.length} variants differ; rows most often wrong: ${top.join(', ')}`);
    for (const c of bad.slice(0, args.show)) {
      const head = `  ${g.form} #${c.doc.variant}`;
      if (c.threw) { console.log(`${head}: threw ${c.threw}`); continue; }
      const rows = [...byRow(all(c.cmp!))];
      for (const [row, ms] of rows.slice(0, 4)) console.log(`${head} ${describe(row, ms)}`);
      if (rows.length > 4) console.log(`${head} … and ${rows.length - 4} more rows`);
    }
    if (args.dump) dump(args.dump, bad.slice(0, args.show));
  }
  if (args.dump) console.log(`\nmismatching documents, with .expected.json and .got.json beside them, are in ${args.dump}`);
}

function all(cmp: Comparison): Mismatch[] {
  return [...cmp.tables, ...cmp.table2, ...cmp.header];
}

/** Mismatches grouped by table row: "table3.granted.natural" → "table3.granted", "table2.fees[1]" → "table2.fees". */
function byRow(ms: Mismatch[]): Map<string, Mismatch[]> {
  const rows = new Map<string, Mismatch[]>();
  for (const m of ms) {
    const row = m.path.replace(/\[\d+\]$/, '').split('.').slice(0, 2).join('.');
    rows.set(row, [...(rows.get(row) ?? []), m]);
  }
  return rows;
}

/** One line per row: a single cell as "path: expected x, got y"; several as "row.{a,b}: expected x,y, got z,w". */
function describe(row: string, ms: Mismatch[]): string {
  if (ms.length === 1) return `${ms[0].path}: expected ${formatValue(ms[0].expected)}, got ${formatValue(ms[0].got)}`;
  const cols = ms.map((m) => m.path.slice(row.length).replace(/^\.|^\[|\]$/g, ''));
  const list = (vs: unknown[]) => vs.map(formatValue).join(',');
  const where = ms[0].path[row.length] === '[' ? `${row}[${cols.join(',')}]` : `${row}.{${cols.join(',')}}`;
  return `${where}: expected ${list(ms.map((m) => m.expected))}, got ${list(ms.map((m) => m.got))}`;
}

function dump(dir: string, bad: Checked[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const c of bad) {
    const base = path.join(dir, c.doc.fileName);
    fs.writeFileSync(base, c.doc.bytes);
    fs.writeFileSync(`${base}.expected.json`, JSON.stringify(c.doc.content, null, 1));
    fs.writeFileSync(`${base}.got.json`, JSON.stringify(c.parsed ?? { threw: c.threw }, null, 1));
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log(`machine: ${machineLine()}`);
  console.log(`command: ${commandLine()}`);
  const t0 = performance.now();
  const groups = [seedGroup(path.resolve(process.cwd(), args.samples)), ...generatedGroups(args.seed, args.variants, args.forms)];
  console.log(`corpus: ${groups[0].docs.length} seeds + ${args.variants} variants × ${args.forms.length} forms (seed ${args.seed}), ` +
    `built in ${fixed((performance.now() - t0) / 1000, 1)} s; one warm-up pass, then ${args.runs} timed runs per form, single thread`);
  let parse: ParseFn;
  try {
    parse = await loadParser(args.parser);
  } catch (e) {
    console.error(`\ncannot load the parser from ${args.parser}: ${e instanceof Error ? e.message : String(e)}`);
    console.log(formatTable(['form', 'reports', 'MB'], groups.map((g) => [g.form, g.docs.length, fixed(g.bytes / 1048576, 2)])));
    process.exitCode = 2;
    return;
  }
  const first = groups.find((g) => g.docs.length > 0)?.docs[0];
  let isAsync = false;
  try {
    isAsync = !!first && (parse(first.bytes, first.fileName) as unknown) instanceof Promise;
  } catch {
    // reported by the warm-up pass
  }
  const results = await warmUp(parse, groups);
  const rows: [Group, Timing][] = [];
  for (const g of groups) if (g.docs.length) rows.push([g, await timeGroup(parse, g, args.runs, isAsync)]);
  console.log('');
  printSpeed(rows);
  printSeeds(results.get(groups[0]) ?? []);
  printRoundTrip(results, args);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
