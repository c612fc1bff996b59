'use client';
/** Which metric columns the compare table shows, grouped as the template groups them; the choice goes in the URL. */
import { usePathname, useRouter } from 'next/navigation';
import { METRICS } from '@/lib/metrics/dictionary';
import type { MetricGroup } from '@/lib/metrics/types';
import { GROUP_LABELS, metricHeader } from '@/lib/table/metric-headers';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';

const GROUPS: MetricGroup[] = ['applications', 'outcomes', 'rates', 'review', 'reasons', 'published'];

export function ColumnChooser({ state, chosen, labels }: { state: ViewState; chosen: string[]; labels: { open: string; reset: string } }) {
  const router = useRouter();
  const pathname = usePathname();
  const set = new Set(chosen);
  const toggle = (id: string) => {
    const next = set.has(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
    router.push(hrefWith(pathname, state, { columns: next }), { scroll: false });
  };
  return (
    <details className="chooser">
      <summary className="button">{labels.open} ({chosen.length})</summary>
      <div className="chooser-body">
        {GROUPS.map((g) => (
          <fieldset key={g}>
            <legend>{GROUP_LABELS[g][state.lang]}</legend>
            {METRICS.filter((m) => m.group === g).map((m) => (
              <label key={m.id} title={state.lang === 'zh' ? m.zh : m.en}>
                <input type="checkbox" name="column" value={m.id} checked={set.has(m.id)} onChange={() => toggle(m.id)} />
                {metricHeader(m.id, state.lang)}
              </label>
            ))}
          </fieldset>
        ))}
        <button type="button" className="button" onClick={() => router.push(hrefWith(pathname, state, { columns: [] }), { scroll: false })}>
          {labels.reset}
        </button>
      </div>
    </details>
  );
}
