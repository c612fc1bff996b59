/**
 * 指标定义: every metric of the dictionary with its formula, caveats, forms and source, in the page's language
 * only (issue 18); in English the form's own Chinese words stay as a quoted source label, marked as Chinese
 * and not to be translated. Charts and columns link here.
 */
import { metricDefinitions, type MetricDefinitionView, scoreDefinition } from '@/lib/dashboard/metrics-view';
import { MIN_RANKED } from '@/lib/dashboard/score-rankings';
import { pick } from '@/lib/format/locale';
import { COMMON_TEXT } from '@/lib/i18n/common-text';
import { DEFINITIONS_TEXT, type DefinitionsText } from '@/lib/i18n/definitions-text';
import { parseViewState, type SearchParams } from '@/lib/view-state/view-state';
import { metadataFor } from '@/app/ui/page-metadata';
import { PageLanguage } from '@/app/ui/page-language';
import { ScoreDefinition } from './score-definition';

export const generateMetadata = metadataFor('metrics');

function Definition({ m, t, colon }: { m: MetricDefinitionView; t: DefinitionsText; colon: string }) {
  const label = (words: string) => (
    <strong>
      {words}
      {colon}
    </strong>
  );
  return (
    <section className="definition" id={m.id}>
      <h3>
        {m.name}{' '}
        <code translate="no" className="muted" style={{ fontWeight: 400 }}>
          {m.id}
        </code>
      </h3>
      <div>
        {label(t.formula)}
        {m.formula}
      </div>
      {m.formWords && (
        <div>
          {label(t.formWords)}
          <q translate="no" lang="zh-CN">
            {m.formWords}
          </q>
        </div>
      )}
      {m.parts && (
        <div>
          {label(t.numerator)}
          <code translate="no">{m.parts.numerator}</code> · {label(t.denominator)}
          <code translate="no">{m.parts.denominator}</code>
        </div>
      )}
      <div className="muted">
        {t.unit}
        {colon}
        {m.unit} · {t.forms}
        {colon}
        {m.templates} · {t.source}
        {colon}
        <code translate="no">{m.source}</code>
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
  const score = scoreDefinition(lang, MIN_RANKED);
  return (
    <PageLanguage locale={lang}>
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
        <a href="#score">{score.title}</a>
      </nav>
      {groups.map((g) => (
        <section key={g.group} id={`group-${g.group}`}>
          <h2 style={{ marginTop: 16 }}>{g.label}</h2>
          {g.metrics.map((m) => (
            <Definition key={m.id} m={m} t={t} colon={pick(lang, COMMON_TEXT).colon} />
          ))}
        </section>
      ))}
      <ScoreDefinition view={score} />
    </PageLanguage>
  );
}
