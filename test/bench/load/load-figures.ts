/**
 * The load's samples summed up: per kind of request its answers and latency; how long a page took while
 * an export was being made (a page sent or answered while an export answered 200 was in flight); and
 * the failures, which are anything but a file, a page or a 503.
 */
import { percentile } from '../format';
import type { Sample } from './load-clients';

export interface KindFigures {
  kind: string;
  group: Sample['group'];
  requests: number;
  ok: number;
  busy: number;
  failed: number;
  /** Of the answers with status 200, ms. */
  p50: number;
  p95: number;
  max: number;
  /** The longest 503, ms: a client turned away should not wait. */
  busyMax: number;
}

export interface LoadFigures {
  kinds: KindFigures[];
  pagesDuringExports: Spread;
  /** Exports answered with a file per second over the run. */
  exportsPerS: number;
  failures: { kind: string; status: number; error: string }[];
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

function kindFigures(kind: string, samples: Sample[]): KindFigures {
  const ok = sorted(samples.filter((s) => s.status === 200).map((s) => s.end - s.start));
  const busy = samples.filter((s) => s.status === 503).map((s) => s.end - s.start);
  return {
    kind,
    group: samples[0].group,
    requests: samples.length,
    ok: ok.length,
    busy: busy.length,
    failed: samples.length - ok.length - busy.length,
    p50: percentile(ok, 0.5),
    p95: percentile(ok, 0.95),
    max: ok[ok.length - 1] ?? NaN,
    busyMax: Math.max(0, ...busy),
  };
}

export interface Spread {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

/** Latency of the answered (200) requests among the samples. */
export function spread(samples: Sample[]): Spread {
  const times = sorted(samples.filter((s) => s.status === 200).map((s) => s.end - s.start));
  return {
    count: times.length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    max: times[times.length - 1] ?? NaN,
  };
}

export function loadFigures(samples: Sample[], seconds: number): LoadFigures {
  const kinds = [...new Set(samples.map((s) => s.kind))].map((kind) =>
    kindFigures(
      kind,
      samples.filter((s) => s.kind === kind),
    ),
  );
  kinds.sort((a, b) => (a.group === b.group ? a.kind.localeCompare(b.kind) : a.group === 'page' ? -1 : 1));
  const exporting = samples.filter((s) => s.group === 'export' && s.status === 200);
  const during = samples.filter((s) => s.group === 'page' && exporting.some((e) => s.start < e.end && e.start < s.end));
  return {
    kinds,
    pagesDuringExports: spread(during),
    exportsPerS: exporting.length / seconds,
    failures: samples
      .filter((s) => s.status !== 200 && s.status !== 503)
      .map((s) => ({ kind: s.kind, status: s.status, error: s.error ?? '' })),
  };
}
