/**
 * `npm run generate -- --reports N --out DIR [--seed S] [--html-share 0.25] [--late-share …] …`: writes N
 * synthetic reports (real regions and agency types, both template versions by year, text and HTML) into
 * DIR, with a manifest.json that marks them synthetic and counts what they hold. The shares of late and
 * undated reports, of agencies skipping a year, of tables copied from the year before and of prose copied
 * from the year before or from another agency are options
 * (defaults: lib/synth/corpus-rates.ts). Prints a progress bar and a summary; exits 2 on a usage error.
 */
import { corpusCapacity } from '../synth/corpus';
import { type CorpusRates, DEFAULT_RATES } from '../synth/corpus-rates';
import { COPIES_FILE } from '../synth/corpus-manifest';
import { writeCorpus } from '../synth/write-corpus';
import { progressBar } from './progress';
import { errorMessage } from '../refusal/refusal';

/** The command-line flag of each rate. */
const RATE_FLAGS = {
  late: '--late-share',
  undated: '--undated-share',
  gap: '--gap-share',
  table3Repeat: '--table3-repeat-share',
  table4Repeat: '--table4-repeat-share',
  prevCopy: '--prev-copy-share',
  peerCopy: '--peer-copy-share',
} as const satisfies Record<keyof CorpusRates, string>;
const RATE_NAMES = Object.keys(RATE_FLAGS) as (keyof CorpusRates)[];
const USAGE = `usage: npm run generate -- --reports N --out DIR [--seed S] [--html-share 0.25] ${RATE_NAMES.map(
  (name) => `[${RATE_FLAGS[name]} ${DEFAULT_RATES[name]}]`,
).join(' ')}`;
type Option = '--reports' | '--out' | '--seed' | '--html-share' | (typeof RATE_FLAGS)[keyof CorpusRates];
const OPTIONS: readonly string[] = ['--reports', '--out', '--seed', '--html-share', ...Object.values(RATE_FLAGS)];

class UsageError extends Error {}

/** `--name value` or `--name=value`; anything else is a usage error. */
function readArgs(argv: string[]): Partial<Record<Option, string>> {
  const out: Partial<Record<Option, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    if (!OPTIONS.includes(name)) throw new UsageError(`unknown argument "${argv[i]}"`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
    out[name as Option] = value;
  }
  return out;
}

function wholeNumber(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${name} must be a whole number ≥ ${min}, not "${text}"`);
  return n;
}

function settings(argv: string[]) {
  const args = readArgs(argv);
  if (args['--reports'] === undefined) throw new UsageError('--reports N is required');
  if (args['--out'] === undefined) throw new UsageError('--out DIR is required');
  const reports = wholeNumber('--reports', args['--reports'], 1);
  const capacity = corpusCapacity();
  if (reports > capacity)
    throw new UsageError(
      `--reports: at most ${capacity.toLocaleString('en-US')} (every real agency the generator knows, for every year 2019–2025)`,
    );
  const seed = args['--seed'] === undefined ? 1 : wholeNumber('--seed', args['--seed'], 0);
  if (seed > 0xffffffff) throw new UsageError('--seed must fit in 32 bits (0 to 4294967295)');
  const share = (flag: Option, fallback: number) => {
    const text = args[flag];
    const v = text === undefined ? fallback : Number(text);
    if (!(v >= 0 && v <= 1)) throw new UsageError(`${flag} must be a number from 0 to 1, not "${text}"`);
    return v;
  };
  const htmlShare = share('--html-share', 0.25);
  const rates = Object.fromEntries(
    RATE_NAMES.map((name) => [name, share(RATE_FLAGS[name], DEFAULT_RATES[name])]),
  ) as Record<keyof CorpusRates, number>;
  if (rates.late + rates.undated > 1) throw new UsageError('--late-share and --undated-share add up to more than 1');
  return { reports, dir: args['--out'], seed, htmlShare, rates };
}

const share = (tally: Record<string, number> | undefined, total: number) =>
  Object.entries(tally ?? {})
    .map(([k, v]) => `${k} ${v} (${((100 * v) / total).toFixed(1)}%)`)
    .join(', ');

async function main(): Promise<number> {
  let s: ReturnType<typeof settings>;
  try {
    s = settings(process.argv.slice(2).filter((a) => a !== '--'));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`generate: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const bar = progressBar();
  const { manifest: m, seconds } = await writeCorpus({
    ...s,
    onProgress: (done, total) => bar.update(done, total, 0),
  }).finally(() => bar.end());
  const mb = (m.bytes ?? 0) / 2 ** 20;
  const lines = [
    `${m.reports} synthetic reports from ${m.agencies} agencies in ${s.dir}: ${mb.toFixed(1)} MB in ${seconds.toFixed(1)} s ` +
      `(${(m.reports / seconds).toFixed(0)} reports/s, ${(mb / seconds).toFixed(1)} MB/s), seed ${m.seed}`,
    `years: ${share(m.years, m.reports)}`,
    `templates: ${share(m.templates, m.reports)}`,
    `levels: ${share(m.levels, m.reports)}`,
    `forms: ${share(m.forms, m.reports)}`,
    `defects: ${share(m.defects, m.reports)}`,
    `published: ${share(m.published, m.reports)}; dates from ${share(m.dateSources, m.reports)}`,
    `missing years (skipped between two reported): ${m.missingYears}`,
    `tables copied from the year before: ${share(m.repeated, m.reports)}; equal to the year before (copied or by chance): ${share(m.unchanged, m.reports)}`,
    `prose copied (65–90 % of a report's sentences): ${share(m.copiedProse, m.reports)}; which from which: ${COPIES_FILE}`,
    `import them, marked synthetic: npm run import -- ${s.dir} --synthetic`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`generate failed: ${errorMessage(e)}\n`);
    process.exitCode = 1;
  },
);
