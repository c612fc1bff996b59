/**
 * A rate with the count it rests on: "100.0%", a muted "n=3" and, under SMALL_BASE cases, a mark whose title
 * says why (lib/format/rate-base.ts), and the legend under such a table. No state and no hooks, so the client
 * table and the server tables share them.
 */
import type { Locale } from '@/lib/format/locale';
import { rateBaseLegend, type RateWithBase } from '@/lib/format/rate-base';

export function RateText({ value }: { value: RateWithBase }) {
  if (!value.base) return <>{value.rate}</>;
  return (
    <span className="rate" title={value.note ?? undefined} data-small-base={value.small || undefined}>
      {value.rate}{' '}
      <span className="muted rate-base" style={{ fontSize: 11 }}>
        {value.base}
      </span>
      {value.small && (
        <span className="small-base" style={{ marginLeft: 2, fontSize: 11, color: 'var(--warning)' }}>
          {value.mark}
        </span>
      )}
    </span>
  );
}

/** Under a table of rates: what n is, and what the mark means when one is shown; nothing when no rate has a base. */
export function RateLegend({ shown, locale }: { shown: readonly RateWithBase[]; locale: Locale }) {
  if (!shown.some((r) => r.base)) return null;
  return (
    <p className="muted table-legend" style={{ fontSize: 12, margin: '4px 0 0' }}>
      {rateBaseLegend(
        locale,
        shown.some((r) => r.small),
      )}
    </p>
  );
}
