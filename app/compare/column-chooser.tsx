'use client';
/** Which metric columns the compare table shows, grouped as the template groups them; the choice goes in the URL. */
import { usePathname, useRouter } from 'next/navigation';
import { metricChoices } from '@/lib/dashboard/metrics-view';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';

export function ColumnChooser({
  state,
  chosen,
  labels,
}: {
  state: ViewState;
  chosen: string[];
  labels: { open: string; reset: string };
}) {
  const router = useRouter();
  const pathname = usePathname();
  const set = new Set(chosen);
  const toggle = (id: string) => {
    const next = set.has(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
    router.push(hrefWith(pathname, state, { columns: next }), { scroll: false });
  };
  return (
    <details className="chooser">
      <summary className="button">
        {labels.open} ({chosen.length})
      </summary>
      <div className="chooser-body">
        {metricChoices(state.lang).map((g) => (
          <fieldset key={g.group}>
            <legend>{g.label}</legend>
            {g.metrics.map((m) => (
              <label key={m.id} title={m.name}>
                <input
                  type="checkbox"
                  name="column"
                  value={m.id}
                  checked={set.has(m.id)}
                  onChange={() => toggle(m.id)}
                />
                {m.header}
              </label>
            ))}
          </fieldset>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => router.push(hrefWith(pathname, state, { columns: [] }), { scroll: false })}
        >
          {labels.reset}
        </button>
      </div>
    </details>
  );
}
