/** Helpers for the words charts print (the words themselves: lib/i18n/chart-text.ts). */
import type { Locale } from '../format/locale';
import { formatCount, formatRate } from '../format/number';
import { CHART_LABELS } from '../i18n/chart-text';

/** A count with its unit: '12 件' / '12'. */
export function withUnit(text: string, locale: Locale): string {
  const unit = CHART_LABELS.countUnit[locale];
  return unit ? `${text} ${unit}` : text;
}

/** '12 件（40.0%）' / '12 (40.0%)'. */
export function countAndShare(count: number | null, share: number | null, locale: Locale): string {
  const c = withUnit(formatCount(count, locale), locale);
  const s = formatRate(share, locale);
  return locale === 'zh' ? `${c}（${s}）` : `${c} (${s})`;
}

/** A line of grey text across the plot, for a chart whose every value is zero: an empty grid reads as broken. */
export function emptyNote(text: string): Record<string, unknown> {
  return { type: 'text', left: 'center', top: 'middle', silent: true, style: { text, fontSize: 14, fill: '#6b7280' } };
}

/** Tooltip strings are HTML; names come from reports, so escape them. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
