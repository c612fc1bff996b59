'use client';
/** Which metric the trend, ranking and peer charts show; kept in the URL like every other choice. */
import { usePathname, useRouter } from 'next/navigation';
import { METRICS } from '@/lib/metrics/dictionary';
import type { MetricGroup } from '@/lib/metrics/types';
import { GROUP_LABELS } from '@/lib/table/metric-headers';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';

const GROUPS: MetricGroup[] = ['applications', 'outcomes', 'rates', 'review', 'reasons', 'published'];

export function MetricPicker({ state, label }: { state: ViewState; label: string }) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <label className="muted" style={{ fontSize: 12, display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      {label}
      <select name="metric" value={state.metric} style={{ font: 'inherit', fontSize: 13, padding: '3px 6px', maxWidth: 340 }}
        onChange={(e) => router.push(hrefWith(pathname, state, { metric: e.target.value as ViewState['metric'] }), { scroll: false })}>
        {GROUPS.map((g) => (
          <optgroup key={g} label={GROUP_LABELS[g][state.lang]}>
            {METRICS.filter((m) => m.group === g).map((m) => (
              <option key={m.id} value={m.id}>{state.lang === 'zh' ? m.zh : m.en}</option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
