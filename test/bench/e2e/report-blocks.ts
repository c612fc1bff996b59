/**
 * The bench report as a list of headings, lines and tables, each figure beside its target with ✓ or ✗,
 * so the same content prints on the terminal and goes into BENCHMARKS.md.
 */
import type { BenchResults } from './bench-results';
import { TARGET_MS } from './case-kit';
import { checkPassed } from './corpus-checks';
import { TOLERANCE } from './copy-checks';
import { machineLine } from './machine';

/** `sub`: a heading under the previous one (one table per view). */
export type Block =
  | { heading: string; sub?: boolean }
  | { line: string }
  | { table: { header: string[]; rows: string[][] } };

/** The issue's targets at a million reports. */
export const TARGETS = { importPerS: 2000, importMinutesAt1m: 10, serverRssMiB: 1024 } as const;

const n0 = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 0 });
const n1 = (v: number) => v.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const n2 = (v: number) => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ms = (v: number) => (v >= 100 ? n0(v) : v.toFixed(1));
const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function reportBlocks(r: BenchResults): Block[] {
  const out: Block[] = [];
  const line = (text: string) => out.push({ line: text });
  const m = r.machine;
  line(`machine: ${machineLine(m)}`);
  line(`date: ${m.date}; code: ${m.code}`);
  line(`command: \`${m.command}\``);
  const p = r.picks;
  const dbMiB = r.dbSize.fileMiB + r.dbSize.walMiB;
  line(
    `dataset: ${n0(p.reports)} ${p.synthetic ? 'synthetic ' : ''}reports from ${n0(p.agencyCount)} agencies, years ${p.years[0]}–${p.years[p.years.length - 1]}; database ${n1(dbMiB)} MiB`,
  );
  line(
    `total time: ${n1(r.seconds / 60)} min; targets are the issue's, for 1M reports, checked here at this size as they stand`,
  );

  out.push({ heading: 'Ingest' });
  const c = r.corpus;
  if (c?.generation) {
    const g = c.generation;
    line(
      `generation: ${n0(c.reports)} reports (${c.agencies !== null ? `${n0(c.agencies)} agencies, ` : ''}${n1(c.mb)} MB) in ${n1(g.seconds)} s — ${n0(g.reportsPerS)} reports/s, ${n1(g.mbPerS)} MB/s`,
    );
  } else if (c) line(`corpus: reused ${c.dir}: ${n0(c.reports)} reports, ${n1(c.mb)} MB (generation not timed)`);
  else line('corpus: none (--db given): generation, parse and import not measured');
  const pr = r.parse;
  if (pr)
    line(
      `parse (prepareReport, 1 thread): ${n0(pr.reportsPerS)} reports/s over a sample of ${n0(pr.files)} files${pr.failed ? `, ${pr.failed} failed` : ''}`,
    );
  const im = r.import;
  if (im) {
    const minutesAt1m = 1e6 / im.reportsPerS / 60;
    line(
      `import (importPaths, ${im.workers} workers${im.copyShares ? '' : ', without the copy-paste comparison'}): ${n0(im.files)} files in ${n1(im.seconds)} s = ${n1(im.seconds / 60)} min — ${n0(im.reportsPerS)} reports/s (target ≥ ${n0(TARGETS.importPerS)}/s ${mark(im.reportsPerS >= TARGETS.importPerS)}); ` +
        `at this rate 1M takes ${n1(minutesAt1m)} min (target < ${TARGETS.importMinutesAt1m} ${mark(minutesAt1m < TARGETS.importMinutesAt1m)})`,
    );
    line(
      `import: ${n0(im.imported)} imported, ${n0(im.failed)} failed${im.firstFailure ? ` (e.g. ${im.firstFailure})` : ''}; peak RSS of the importing process ${n0(im.peakRssMiB)} MiB`,
    );
    const st = im.steps;
    line(
      `import CPU: ${n1(im.cpuSeconds)} s, all threads (${n2((im.cpuSeconds * 1000) / im.files)} ms a file, ${n2(im.cpuSeconds / im.seconds)} cores busy on average); ` +
        `the writer's thread: waiting for prepared reports ${n1(st.waiting)} s, writing ${n1(st.writing)} s, copy-paste comparison ${n1(st.copyShares)} s, indexes built again ${n1(st.indexes)} s, rollups ${n1(st.rollups)} s`,
    );
  }
  line(
    `database on disk: ${n1(r.dbSize.fileMiB)} MiB file + ${n1(r.dbSize.walMiB)} MiB -wal = ${n1(dbMiB)} MiB (${n1((dbMiB * 1024) / p.reports)} KiB/report)`,
  );

  out.push({ heading: 'What the database finds, against what the generator wrote (issue 16)' });
  if (!r.checks) line('not checked: no corpus manifest with these counts (--db, or a corpus generated before them)');
  else {
    const rates = c?.manifest?.rates;
    if (rates)
      line(
        `generated at: late ${rates.late}, undated ${rates.undated}, agencies skipping a year ${rates.gap}, table 3 copied ${rates.table3Repeat}, table 4 copied ${rates.table4Repeat}, prose copied from the year before ${rates.prevCopy ?? '—'}, from another agency ${rates.peerCopy ?? '—'}; tolerance 0 (the generator counts exactly, the rest is deterministic), but for the shares' values (±${TOLERANCE}, e2e/copy-checks.ts)`,
      );
    if (im && !im.copyShares) line('prose copies not checked: the import left out the copy-paste comparison');
    const failed = r.checks.filter((k) => !checkPassed(k));
    line(failed.length ? `${failed.length} of ${r.checks.length} differ ✗` : `all ${r.checks.length} equal ✓`);
    const pct = (n: number, of?: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '—');
    out.push({
      table: {
        header: ['what', 'note', 'generator wrote', 'database found', 'share of reports', ''],
        rows: r.checks.map((k) => [
          k.what,
          k.note ?? '',
          n0(k.wrote),
          n0(k.found),
          pct(k.found, k.reports),
          mark(checkPassed(k)),
        ]),
      },
    });
  }

  out.push({ heading: `Queries (same functions as the pages; 1 warm-up + ${r.runs} runs each, ms)` });
  const over = r.queries.filter((q) => TARGET_MS[q.kind] !== null && q.p95 > TARGET_MS[q.kind]!);
  line(
    `${r.queries.length} cases; ${over.length ? `${over.length} over target: ${over.map((q) => `${q.view} / ${q.filter} / ${q.call} (${ms(q.p95)})`).join('; ')}` : 'all within target ✓'}`,
  );
  if (r.baseline)
    line(
      `against ${r.baseline.file} (${r.baseline.compared} cases in both): ${r.baseline.slower.length ? `${r.baseline.slower.length} cases 3× slower (median): ${r.baseline.slower.map((c) => `${c.name} (${ms(c.before)} → ${ms(c.now)})`).join('; ')}` : 'no case 3× slower ✓'}`,
    );
  for (const view of [...new Set(r.queries.map((q) => q.view))]) {
    out.push({ heading: view, sub: true });
    out.push({
      table: {
        header: ['filter / sort', 'call', 'p50', 'p95', 'max', 'target p95', ''],
        rows: r.queries
          .filter((q) => q.view === view)
          .map((q) => {
            const target = TARGET_MS[q.kind];
            return [
              q.filter,
              q.call,
              ms(q.p50),
              ms(q.p95),
              ms(q.max),
              target === null ? '—' : `< ${target}`,
              target === null ? '' : mark(q.p95 < target),
            ];
          }),
      },
    });
  }

  out.push({ heading: 'Server render (next start, full HTML response, ms)' });
  const s = r.server;
  if (!s) line('skipped (--skip-server)');
  else {
    line(
      `build: ${s.buildSeconds === null ? 'reused .next-bench (--no-build)' : `${n0(s.buildSeconds)} s`}; first page answered ${n1(s.startSeconds)} s after start; 1 warm-up + ${r.serverRuns} loads per page`,
    );
    out.push({
      table: {
        header: ['page', 'URL', 'status', 'KiB', 'p50', 'p95', 'max'],
        rows: s.pages.map((pg) => [
          pg.label,
          `\`${pg.path}\``,
          String(pg.status),
          n0(pg.kib),
          ms(pg.p50),
          ms(pg.p95),
          ms(pg.max),
        ]),
      },
    });
    const main = s.memory.main;
    const g = s.memory.group;
    const worst = Math.max(main?.peak ?? 0, g.peak);
    line(
      `server memory after the loads: ${main ? `next start RSS ${n0(main.rss)} MiB, peak ${n0(main.peak)} MiB` : 'unreadable'}` +
        `${g.processes > 1 ? `; its ${g.processes} processes together ${n0(g.rss)} MiB, peaks summed ${n0(g.peak)} MiB` : ''} (target < ${n0(TARGETS.serverRssMiB)} MiB ${mark(worst < TARGETS.serverRssMiB)})`,
    );
  }
  return out;
}
