/**
 * What must hold whatever comes in: the parser throws nothing but UnreadableReportError, finishes in time,
 * and states no number that is not written in the source: every table value has provenance whose text
 * holds that number, unless a finding says it was decoded from a digit run, cut by the form's order, or derived.
 */
import { parseAnyDocument, UnreadableReportError } from '../../../lib/report';
import type { ParsedReport } from '../../../lib/report/types';

/** A number as digits without sign noise or padding zeros: "-03" → "-3", "1.50" → "1.5". */
function canonical(s: string): string {
  const [whole, frac = ''] = s.replace(/^\+/, '').split('.');
  const digits = whole.replace('-', '').replace(/^0+(?=\d)/, '');
  const n = frac.replace(/0+$/, '') ? `${digits}.${frac.replace(/0+$/, '')}` : digits;
  return whole.startsWith('-') && n !== '0' ? `-${n}` : n;
}
/** The numbers written in a cell's text, compared as digits so that a value rounded by float cannot pass. */
const numbersIn = (s: string) =>
  (
    s
      .normalize('NFKC')
      .replace(/[,，\s]/g, '')
      .replace(/[－−]/g, '-')
      .match(/[+-]?\d+(?:\.\d+)?/g) ?? []
  ).map(canonical);

/** Table values that no provenance text backs and no decoded/derived finding covers. */
export function unbackedValues(report: ParsedReport): string[] {
  const excused = report.findings
    .filter((f) => f.rule === 'row.decoded' || f.rule === 'value.derived')
    .map((f) => f.where);
  // The order reading's cut digits point at the run they were cut from: the value's digits stand in it.
  const cut = report.findings.filter((f) => f.rule === 'reading.order').map((f) => f.where);
  const under = (path: string, w: string) => path === w || path.startsWith(`${w}.`) || path.startsWith(`${w}[`);
  const inRun = (path: string, v: number) =>
    cut.some((w) => under(path, w)) && (report.provenance[path]?.text.replace(/\D/g, '') ?? '').includes(String(v));
  const covered = (path: string) => excused.some((w) => under(path, w));
  const out: string[] = [];
  const visit = (path: string, v: unknown) => {
    if (typeof v === 'number') {
      const p = report.provenance[path];
      if (!covered(path) && !inRun(path, v) && !(p && numbersIn(p.text).includes(canonical(String(v)))))
        out.push(`${path}=${v} (${p ? `"${p.text}"` : 'no provenance'})`);
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(`${path}[${i}]`, x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(`${path}.${k}`, x);
  };
  for (const key of ['table2', 'table3', 'table4'] as const) visit(key, report[key]);
  return out;
}

/** What went wrong with one input; empty when nothing did. */
export interface Verdict {
  /** An exception other than UnreadableReportError (a crash), with its message. */
  crash?: string;
  /** Milliseconds taken, when both they and the process's CPU milliseconds were over the limit (a hang). */
  slow?: number;
  /** Numbers stated without being written (see unbackedValues). */
  unbacked?: string[];
  /** How it ended: a report, or the refusal's message. */
  outcome: 'report' | 'refused' | 'crash';
  ms: number;
}

/** Parses the input with the OCR tools off (OCR is tested apart; the fuzz is for the readers and the interpretation). */
export async function judge(bytes: Uint8Array, name: string, timeLimitMs: number): Promise<Verdict> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let report: ParsedReport | null = null;
  let crash: string | undefined;
  try {
    report = (await parseAnyDocument(bytes, name, { ocr: null })).report;
  } catch (e) {
    if (!(e instanceof UnreadableReportError)) crash = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const verdict: Verdict = { outcome: crash ? 'crash' : report ? 'report' : 'refused', ms };
  if (crash) verdict.crash = crash;
  // A hang burns CPU: over the limit in wall time AND in the process's CPU time. Wall time alone failed a
  // 566 KB hostile text (~1 s of CPU) at 6–7 s on a machine loaded by other processes.
  if (ms > timeLimitMs && cpuMs > timeLimitMs) verdict.slow = ms;
  const unbacked = report ? unbackedValues(report) : [];
  if (unbacked.length > 0) verdict.unbacked = unbacked;
  return verdict;
}

export const failed = (v: Verdict) => Boolean(v.crash || v.slow || v.unbacked);
