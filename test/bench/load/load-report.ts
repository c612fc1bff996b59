/**
 * The load bench's report as blocks (e2e/report-blocks.ts), so it prints on the terminal and goes into
 * BENCHMARKS.md alike, with the two pass lines: no page waits over 1 s behind an export, and the server's
 * memory stays under 1 GB.
 */
import type { Block } from '../e2e/report-blocks';
import { machineLine, type Machine } from '../e2e/machine';
import type { LoadFigures, Spread } from './load-figures';
import type { LoadOptions } from './load-options';
import type { SoloFigures } from './solo-exports';

export const PASS = { pageWaitMs: 1000, serverRssMiB: 1024 } as const;

export interface LoadResults {
  machine: Machine;
  options: LoadOptions;
  dataset: { reports: number; agencies: number; years: number[]; dbMiB: number };
  limits: { publicRows: number; maxRows: number; running: number; queued: number; maxWaitMs: number };
  server: { buildSeconds: number | null; startSeconds: number };
  solo: SoloFigures[];
  /** The same clients asking for pages only, before the mixed load: what a page costs without exports. */
  pagesAlone: Spread & { seconds: number };
  load: LoadFigures;
  /** One client reading pages while all the others only export: how long a page waits behind exports. */
  storm: { seconds: number; exporters: number; pages: Spread; exports: LoadFigures };
  rss: {
    before: number;
    peak: number;
    end: number;
    after: number;
    settleSeconds: number;
    later: number;
    laterSeconds: number;
    series: [number, number][];
  };
  seconds: number;
}

const n0 = (v: number) => (Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: 0 }) : '-');
const n1 = (v: number) => v.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const ms = (v: number) => (!Number.isFinite(v) ? '-' : v >= 100 ? n0(v) : v.toFixed(1));
const mark = (ok: boolean) => (ok ? '✓ pass' : '✗ FAIL');

export function loadBlocks(r: LoadResults): Block[] {
  const out: Block[] = [];
  const line = (text: string) => out.push({ line: text });
  const m = r.machine;
  line(`machine: ${machineLine(m)}`);
  line(`date: ${m.date}; code: ${m.code}`);
  line(`command: \`${m.command}\``);
  const d = r.dataset;
  line(
    `dataset: ${n0(d.reports)} synthetic reports from ${n0(d.agencies)} agencies, years ${d.years[0]}–${d.years[d.years.length - 1]}; database ${n1(d.dbMiB)} MiB`,
  );
  const l = r.limits;
  line(
    `limits: ${n0(l.publicRows)} rows without the admin token, ${n0(l.maxRows)} with it; ${l.running} export thread(s), ${l.queued} waiting at most ${l.maxWaitMs / 1000} s, the rest 503`,
  );
  line(
    `server: build ${r.server.buildSeconds === null ? 'reused' : `${n0(r.server.buildSeconds)} s`}; first page ${n1(r.server.startSeconds)} s after start; total time ${n1(r.seconds / 60)} min`,
  );

  out.push({ heading: 'One export at a time (idle server, ms until the last byte)' });
  out.push({
    table: {
      header: ['export', 'rows', 'p50', 'max', 'KiB', 'rows/s'],
      rows: r.solo.map((s) => [s.kind, n0(s.rows), ms(s.p50), ms(s.max), n0(s.kib), n0(s.rowsPerS)]),
    },
  });

  const o = r.options;
  out.push({
    heading: `${o.clients} clients for ${o.seconds} s, ${Math.round(o.exportShare * 100)} % of requests exports (ms)`,
  });
  out.push({
    table: {
      header: ['request', 'sent', '200', '503', 'failed', 'p50', 'p95', 'max', 'longest 503'],
      rows: r.load.kinds.map((k) => [
        k.kind,
        n0(k.requests),
        n0(k.ok),
        n0(k.busy),
        n0(k.failed),
        ms(k.p50),
        ms(k.p95),
        ms(k.max),
        k.busy ? ms(k.busyMax) : '-',
      ]),
    },
  });
  const during = r.load.pagesDuringExports;
  const spreadText = (s: Spread) =>
    `${n0(s.count)} pages, p50 ${ms(s.p50)} ms, p95 ${ms(s.p95)} ms, max ${ms(s.max)} ms`;
  line(
    `pages while an export was being made: ${spreadText(during)}; exports served: ${r.load.exportsPerS.toFixed(2)}/s`,
  );
  line(
    `pages alone (the same ${o.clients} clients, no exports, ${r.pagesAlone.seconds} s before the mix): ${spreadText(r.pagesAlone)}`,
  );
  const st = r.storm;
  out.push({ heading: `1 client reading pages beside ${st.exporters} clients exporting, ${st.seconds} s (ms)` });
  out.push({
    table: {
      header: ['request', 'sent', '200', '503', 'failed', 'p50', 'p95', 'max', 'longest 503'],
      rows: [
        {
          kind: 'pages, one after another',
          requests: st.pages.count,
          ok: st.pages.count,
          busy: 0,
          failed: 0,
          ...st.pages,
          busyMax: 0,
        },
        ...st.exports.kinds,
      ].map((k) => [
        k.kind,
        n0(k.requests),
        n0(k.ok),
        n0(k.busy),
        n0(k.failed),
        ms(k.p50),
        ms(k.p95),
        ms(k.max),
        k.busy ? ms(k.busyMax) : '-',
      ]),
    },
  });
  const rss = r.rss;
  line(
    `server RSS (process tree, every second): ${n0(rss.before)} MiB before the load, peak ${n0(rss.peak)} MiB, ${n0(rss.end)} MiB as it ended, ${n0(rss.after)} MiB ${rss.settleSeconds} s later (idle export threads ended), ${n0(rss.later)} MiB after ${rss.laterSeconds} s`,
  );
  const failures = [...r.load.failures, ...st.exports.failures];
  if (failures.length)
    line(
      `failures: ${failures
        .slice(0, 5)
        .map((f) => `${f.kind}: ${f.status} ${f.error}`)
        .join('; ')}${failures.length > 5 ? ` … (${failures.length})` : ''}`,
    );

  out.push({ heading: 'Pass' });
  line(
    `no page request waits > ${PASS.pageWaitMs / 1000} s behind an export: ${mark(st.pages.max <= PASS.pageWaitMs)} (worst page ${ms(st.pages.max)} ms beside ${st.exporters} clients exporting)`,
  );
  line(
    `(in the ${o.clients}-client mix: worst page while an export was being made ${ms(during.max)} ms; pages alone, no export: ${ms(r.pagesAlone.max)} ms)`,
  );
  line(`server RSS < 1 GB throughout: ${mark(rss.peak < PASS.serverRssMiB)} (peak ${n0(rss.peak)} MiB)`);
  line(`no request failed: ${mark(failures.length === 0)} (${failures.length} failed)`);
  return out;
}

/** The load bench's own command line, for reproducing it. */
export function loadCommand(): string {
  const args = process.argv
    .slice(2)
    .filter((a) => a !== '--')
    .join(' ');
  if (process.env.npm_lifecycle_event === 'bench:load') return `npm run bench:load${args ? ` -- ${args}` : ''}`;
  return `npx tsx test/bench/load-bench.ts${args ? ` ${args}` : ''}`;
}
