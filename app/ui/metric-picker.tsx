'use client';
/** Which metric the trend, ranking and peer charts show; kept in the URL like every other choice. */
import { usePathname, useRouter } from 'next/navigation';
import { metricChoices } from '@/lib/dashboard/metrics-view';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';

export function MetricPicker({ state, label }: { state: ViewState; label: string }) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <label className="muted" style={{ fontSize: 12, display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      {label}
      <select
        name="metric"
        value={state.metric}
        style={{ font: 'inherit', fontSize: 13, padding: '3px 6px', maxWidth: 340 }}
        onChange={(e) =>
          router.push(hrefWith(pathname, state, { metric: e.target.value as ViewState['metric'] }), { scroll: false })
        }
      >
        {metricChoices(state.lang).map((g) => (
          <optgroup key={g.group} label={g.label}>
            {g.metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
