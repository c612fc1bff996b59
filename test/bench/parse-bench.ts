/**
 * Parser benchmark: speed per input form on one core, and the round-trip rate on generated variants.
 * Run: npm run bench:parse -- [--variants 3000] [--runs 3] [--seed 1] [--forms cell-per-line,html-page]
 *      [--show 5] [--dump test/output/bench] [--parser lib/report/index] [--samples db/samples] [--bundled]
 * --bundled times the parser as the import's and the CLI's workers run it: one esbuild bundle
 * (lib/ingest/worker-boot.ts), not module by module through tsx, whose getter per imported binding costs ~20 %.
 * See test/bench/README.md.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundledWorker } from '../../lib/ingest/worker-boot';
import type { ParsedReport } from '../../lib/report/types';
import { GENERATED_FORMS, generatedGroups, pdfGroup, seedGroup, type GeneratedForm, type Group } from './corpus';
import { commandLine, fixed, machineLine } from './format';
import { printCorpus, printRoundTrip, printSeeds, printSpeed, type Checked, type Timing } from './report';
import { compareReport } from './round-trip';

type ParseFn = (bytes: Uint8Array, fileName: string) => ParsedReport | Promise<ParsedReport>;

interface Args {
  variants: number;
  runs: number;
  seed: number;
  forms: GeneratedForm[];
  show: number;
  dump?: string;
  parser: string;
  samples: string;
  bundled: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    variants: 3000,
    runs: 3,
    seed: 1,
    forms: [...GENERATED_FORMS],
    show: 5,
    parser: 'lib/report/index',
    samples: 'db/samples',
    bundled: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const next = () => inline ?? argv[++i] ?? '';
    const int = (s: string) => {
      const n = Number(s);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag}: not a count: ${s}`);
      return n;
    };
    if (flag === '--variants') a.variants = int(next());
    else if (flag === '--runs') a.runs = Math.max(1, int(next()));
    else if (flag === '--seed') a.seed = int(next());
    else if (flag === '--show') a.show = int(next());
    else if (flag === '--dump') a.dump = next();
    else if (flag === '--parser') a.parser = next();
    else if (flag === '--samples') a.samples = next();
    else if (flag === '--bundled') a.bundled = true;
    else if (flag === '--help') {
      console.log(
        'npm run bench:parse -- [--variants N] [--runs R] [--seed S] [--forms a,b] [--show K] [--dump DIR] [--parser MODULE] [--samples DIR] [--bundled]',
      );
      process.exit(0);
    } else if (flag === '--forms') {
      a.forms = next().split(',').filter(Boolean) as GeneratedForm[];
      const bad = a.forms.filter((f) => !GENERATED_FORMS.includes(f));
      if (bad.length) throw new Error(`--forms: unknown ${bad.join(', ')}; known: ${GENERATED_FORMS.join(', ')}`);
    } else throw new Error(`unknown option ${argv[i]}; see the header of test/bench/parse-bench.ts`);
  }
  return a;
}

/** `parseReport` for the text forms; DOCX needs the async entry for all formats, `parseAnyReport`. */
interface Parsers {
  text: ParseFn;
  any: ParseFn;
}

async function loadParser(modulePath: string, bundled: boolean): Promise<Parsers> {
  const abs = path.resolve(process.cwd(), modulePath);
  const mod = (
    bundled ? createRequire(import.meta.url)(bundledWorker(abs.endsWith('.ts') ? abs : `${abs}.ts`)) : await import(abs)
  ) as { parseReport?: unknown; parseAnyReport?: unknown };
  if (typeof mod.parseReport !== 'function') throw new Error(`${modulePath} exports no parseReport function`);
  const text = mod.parseReport as ParseFn;
  const any = typeof mod.parseAnyReport === 'function' ? (mod.parseAnyReport as ParseFn) : text;
  return { text, any };
}

const parserFor = (parsers: Parsers, g: Group): ParseFn =>
  g.form === 'docx' || g.form === 'pdf' ? parsers.any : parsers.text;

/** The warm-up pass: every document parsed once, generated ones compared with their content. */
async function warmUp(parsers: Parsers, groups: Group[]): Promise<Map<Group, Checked[]>> {
  const out = new Map<Group, Checked[]>();
  for (const g of groups) {
    const parse = parserFor(parsers, g);
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

async function timeGroup(parse: ParseFn, g: Group, runs: number, isAsync: boolean): Promise<Timing> {
  const samples = new Float64Array(g.docs.length * runs);
  const runMs: number[] = [];
  const runCpuMs: number[] = [];
  let k = 0;
  for (let r = 0; r < runs; r++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const doc of g.docs) {
      const t = performance.now();
      try {
        if (isAsync) await parse(doc.bytes, doc.fileName);
        else parse(doc.bytes, doc.fileName);
      } catch {
        // counted by the warm-up pass
      }
      samples[k++] = performance.now() - t;
    }
    runMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    runCpuMs.push((used.user + used.system) / 1000);
  }
  samples.sort();
  return { runMs, runCpuMs, samples };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log(`machine: ${machineLine()}`);
  console.log(`command: ${commandLine()}`);
  const t0 = performance.now();
  const groups = [
    seedGroup(path.resolve(process.cwd(), args.samples)),
    ...generatedGroups(args.seed, args.variants, args.forms),
    pdfGroup(path.resolve(process.cwd(), 'test/fixtures/pdf')),
  ];
  console.log(
    `corpus: ${groups[0].docs.length} seeds + ${args.variants} variants × ${args.forms.length} forms (seed ${args.seed}) + ${groups[groups.length - 1].docs.length} PDFs (Chromium-printed, LibreOffice-exported), ` +
      `built in ${fixed((performance.now() - t0) / 1000, 1)} s; one warm-up pass, then ${args.runs} timed runs per form, single thread; parser ${args.parser}, ${args.bundled ? 'one esbuild bundle (as the workers load it)' : 'through tsx, module by module'}`,
  );
  let parsers: Parsers;
  try {
    parsers = await loadParser(args.parser, args.bundled);
  } catch (e) {
    console.error(`\ncannot load the parser from ${args.parser}: ${e instanceof Error ? e.message : String(e)}`);
    printCorpus(groups);
    process.exitCode = 2;
    return;
  }
  const results = await warmUp(parsers, groups);
  const rows: [Group, Timing][] = [];
  for (const g of groups) {
    if (!g.docs.length) continue;
    const parse = parserFor(parsers, g);
    let isAsync = false;
    try {
      const first = parse(g.docs[0].bytes, g.docs[0].fileName) as unknown;
      isAsync = first instanceof Promise;
      if (first instanceof Promise) await first.catch(() => undefined);
    } catch {
      // reported by the warm-up pass
    }
    rows.push([g, await timeGroup(parse, g, args.runs, isAsync)]);
  }
  console.log('');
  printSpeed(rows);
  printSeeds(results.get(groups[0]) ?? []);
  printRoundTrip(results, args.show, args.dump);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
