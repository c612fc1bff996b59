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
import {
  type Doc,
  GENERATED_FORMS,
  generatedGroups,
  pdfGroup,
  seedGroup,
  type GeneratedForm,
  type Group,
} from './corpus';
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

/** One timed pass over documents: wall and process CPU ms, and each document's ms into `samples` from `at`. */
async function timeRun(parse: ParseFn, docs: Doc[], isAsync: boolean, samples: Float64Array, at: number) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let k = at;
  for (const doc of docs) {
    const t = performance.now();
    try {
      if (isAsync) await parse(doc.bytes, doc.fileName);
      else parse(doc.bytes, doc.fileName);
    } catch {
      // counted by the warm-up pass
    }
    samples[k++] = performance.now() - t;
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** A form as it is timed: the documents of each run (fresh ones per run where they can be made). */
interface TimedForm {
  group: Group;
  runs: Doc[][];
}

/**
 * The timed runs, round-robin: run r of every form, then run r + 1, so every form meets V8's optimising
 * alike and the median run leaves the odd one out. DOCX and PDF are timed after, apart: a PDF allocates
 * megabytes, and the form timed after it paid the collection (cell per line, timed first, lost up to
 * half its rate to the PDFs of the round before, 4,226 against 7,152 reports/s without them; issue 21).
 */
async function timeForms(parsers: Parsers, forms: TimedForm[]): Promise<Map<Group, Timing>> {
  const timed: { form: TimedForm; parse: ParseFn; isAsync: boolean; timing: Timing }[] = [];
  for (const form of forms) {
    const { group: g } = form;
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
    const count = form.runs.reduce((n, docs) => n + docs.length, 0);
    timed.push({ form, parse, isAsync, timing: { runMs: [], runCpuMs: [], samples: new Float64Array(count) } });
  }
  const runs = Math.max(...forms.map((f) => f.runs.length));
  for (let r = 0; r < runs; r++)
    for (const { form, parse, isAsync, timing } of timed) {
      const docs = form.runs[r];
      if (!docs) continue;
      const at = form.runs.slice(0, r).reduce((n, d) => n + d.length, 0);
      const { ms, cpuMs } = await timeRun(parse, docs, isAsync, timing.samples, at);
      timing.runMs.push(ms);
      timing.runCpuMs.push(cpuMs);
    }
  for (const { timing } of timed) timing.samples.sort();
  return new Map(timed.map(({ form, timing }) => [form.group, timing]));
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
      `built in ${fixed((performance.now() - t0) / 1000, 1)} s; one warm-up pass, then ${args.runs} timed runs per form, each on variants of its own seed (${args.seed + 1}…${args.seed + args.runs}), single thread; parser ${args.parser}, ${args.bundled ? 'one esbuild bundle (as the workers load it)' : 'through tsx, module by module'}`,
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
  // Each timed run parses documents no run has seen (the variants of another seed), as an import does:
  // the parser's memos (cell texts, cut digit runs) must not be answered by the warm-up pass or the run before.
  const fresh = Array.from({ length: args.runs }, (_, r) =>
    generatedGroups(args.seed + 1 + r, args.variants, args.forms),
  );
  const forms = groups.map((group): TimedForm => {
    const made = fresh.map((run) => run.find((g) => g.form === group.form));
    // Seeds and PDFs are files: every run reads the same ones.
    return { group, runs: made.map((g) => (g ?? group).docs) };
  });
  const heavy = (f: TimedForm) => f.group.form === 'docx' || f.group.form === 'pdf';
  const timed = new Map([
    ...(await timeForms(
      parsers,
      forms.filter((f) => !heavy(f)),
    )),
    ...(await timeForms(parsers, forms.filter(heavy))),
  ]);
  const rows = groups.flatMap((g): [Group, Timing][] => {
    const t = timed.get(g);
    return t ? [[g, t]] : [];
  });
  console.log('');
  printSpeed(rows);
  printSeeds(results.get(groups[0]) ?? []);
  printRoundTrip(results, args.show, args.dump);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
