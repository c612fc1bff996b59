/** The quality page's own URL filters on top of the view state: rule and severity. */
import type { Severity } from '../../db/queries/list-findings';
import type { SearchParams } from './view-state';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface QualityFilters {
  rule?: string;
  severity?: Severity;
}

export function qualityFilters(params: SearchParams): QualityFilters {
  const rule = typeof params.rule === 'string' && /^[A-Za-z0-9.]+$/.test(params.rule) ? params.rule : undefined;
  const sev =
    typeof params.sev === 'string' && (SEVERITIES as string[]).includes(params.sev)
      ? (params.sev as Severity)
      : undefined;
  return { rule, severity: sev };
}

/** A quality-page link keeping the view state and changing rule/severity; any change goes back to page 1. */
export function qualityHref(base: string, f: QualityFilters): string {
  const [path, query = ''] = base.split('?');
  const q = new URLSearchParams(query);
  q.delete('page');
  if (f.rule) q.set('rule', f.rule);
  else q.delete('rule');
  if (f.severity) q.set('sev', f.severity);
  else q.delete('sev');
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
