'use client';
/** Region cascade, year range, agency type and form. Every change is a new URL, so the view can be sent on. */
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useTransition } from 'react';
import type { FilterOptions, RegionChoice } from '@/lib/dashboard/filter-options';
import { pick } from '@/lib/format/locale';
import { COMMON_TEXT } from '@/lib/i18n/common-text';
import { VIEW_WORDS_TEXT } from '@/lib/i18n/view-words-text';
import { withoutFilters } from '@/lib/view-state/filters';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';

/** Regions with reports first, by code; the rest after them under 无数据, so the box shows where the data is. */
function RegionChoices({ choices, noReports }: { choices: RegionChoice[]; noReports: string }) {
  const without = choices.filter((r) => !r.hasReports);
  return (
    <>
      {choices
        .filter((r) => r.hasReports)
        .map((r) => (
          <option key={r.code} value={r.code}>
            {r.label}
          </option>
        ))}
      {without.length > 0 && (
        <optgroup label={noReports}>
          {without.map((r) => (
            <option key={r.code} value={r.code}>
              {r.label}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}

export function FilterBar({ state, options }: { state: ViewState; options: FilterOptions }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const t = pick(state.lang, COMMON_TEXT).filters;
  const words = pick(state.lang, VIEW_WORDS_TEXT);
  const go = (patch: Partial<ViewState>) => startTransition(() => router.push(hrefWith(pathname, state, patch)));
  const { regions } = options;
  const num = (v: string) => (v ? Number(v) : undefined);

  return (
    <form className="filters" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t.province}
        <select
          name="province"
          value={regions.selected.province ?? regions.unknown?.code ?? ''}
          onChange={(e) => go({ region: e.target.value || undefined })}
        >
          <option value="">{t.allProvinces}</option>
          {regions.unknown && <option value={regions.unknown.code}>{regions.unknown.label}</option>}
          <RegionChoices choices={regions.provinces} noReports={words.noReports} />
        </select>
      </label>
      {regions.cities.length > 0 && (
        <label>
          {t.city}
          <select
            name="city"
            value={regions.selected.city ?? ''}
            onChange={(e) => go({ region: e.target.value || regions.selected.province })}
          >
            <option value="">{t.allCities}</option>
            <RegionChoices choices={regions.cities} noReports={words.noReports} />
          </select>
        </label>
      )}
      {regions.counties.length > 0 && (
        <label>
          {t.county}
          <select
            name="county"
            value={regions.selected.county ?? ''}
            onChange={(e) => go({ region: e.target.value || regions.selected.city || regions.selected.province })}
          >
            <option value="">{t.allCounties}</option>
            <RegionChoices choices={regions.counties} noReports={words.noReports} />
          </select>
        </label>
      )}
      <label>
        {t.yearFrom}
        <select name="from" value={state.yearFrom ?? ''} onChange={(e) => go({ yearFrom: num(e.target.value) })}>
          <option value="">{t.anyYear}</option>
          {options.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.yearTo}
        <select name="to" value={state.yearTo ?? ''} onChange={(e) => go({ yearTo: num(e.target.value) })}>
          <option value="">{t.anyYear}</option>
          {options.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.type}
        <select
          name="type"
          value={state.types[0] ?? ''}
          onChange={(e) => go({ types: e.target.value ? [e.target.value] : [] })}
        >
          <option value="">{t.allTypes}</option>
          {options.types.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.template}
        <select
          name="tpl"
          value={state.template ?? ''}
          onChange={(e) => go({ template: (e.target.value || undefined) as ViewState['template'] })}
        >
          <option value="">{t.anyTemplate}</option>
          <option value="2019">{t.template2019}</option>
          <option value="2021">{t.template2021}</option>
        </select>
      </label>
      <Link className="clear" href={hrefWith(pathname, withoutFilters(state))}>
        {t.clear}
      </Link>
      {/* What the view counts, in the words its captions and exports use (lib/dashboard/view-words.ts). */}
      <p
        className="muted"
        data-filter-words
        style={{ flexBasis: '100%', gridColumn: '1 / -1', margin: 0, fontSize: 12 }}
      >
        {words.current}
        {options.current}
      </p>
    </form>
  );
}
