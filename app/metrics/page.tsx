/** 指标定义: every metric of the dictionary with its formula, caveats, forms and source; charts and columns link here. */
import { metricDefinitions, type MetricDefinitionView } from '@/lib/dashboard/metrics-view';
import { pick } from '@/lib/format/locale';
import { DEFINITIONS_TEXT, type DefinitionsText } from '@/lib/i18n/definitions-text';
import { parseViewState, type SearchParams } from '@/lib/view-state/view-state';

function Definition({ m, t }: { m: MetricDefinitionView; t: DefinitionsText }) {
  return (
    <section className="definition" id={m.id}>
      <h3>
        {m.name}{' '}
        <span className="muted" style={{ fontWeight: 400 }}>
          {m.otherName}
        </span>{' '}
        <code>{m.id}</code>
      </h3>
      <div>
        <strong>{t.formula}：</strong>
        {m.formula}
      </div>
      {m.parts && (
        <div>
          <strong>{t.numerator}：</strong>
          <code>{m.parts.numerator}</code>　<strong>{t.denominator}：</strong>
          <code>{m.parts.denominator}</code>
        </div>
      )}
      <div className="muted">
        {t.unit}：{m.unit} · {t.forms}：{m.templates} · {t.source}：<code>{m.source}</code>
      </div>
      {m.caveats.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {m.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function MetricsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { lang } = parseViewState(await searchParams);
  const t = pick(lang, DEFINITIONS_TEXT);
  const groups = metricDefinitions(lang);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t.title}</h1>
          <p>{t.intro}</p>
        </div>
      </div>
      <nav className="tabs">
        {groups.map((g) => (
          <a key={g.group} href={`#group-${g.group}`}>
            {g.label}
          </a>
        ))}
      </nav>
      {groups.map((g) => (
        <section key={g.group} id={`group-${g.group}`}>
          <h2 style={{ marginTop: 16 }}>{g.label}</h2>
          {g.metrics.map((m) => (
            <Definition key={m.id} m={m} t={t} />
          ))}
        </section>
      ))}
    </>
  );
}
