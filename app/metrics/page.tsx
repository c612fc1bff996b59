/** 指标定义: every metric of the dictionary with its formula, caveats, forms and source; charts and columns link here. */
import { pick } from '@/lib/format/locale';
import { isRate, METRICS } from '@/lib/metrics/dictionary';
import type { MetricDefinition, MetricGroup } from '@/lib/metrics/types';
import { GROUP_LABELS } from '@/lib/table/metric-headers';
import { parseViewState, type SearchParams } from '@/lib/view-state/view-state';

const TEXT = {
  zh: {
    title: '指标定义', intro: '每个数字怎么来、怎么算、比较时要注意什么。表格列名和图表旁的“指标定义”链接都指向这里。',
    formula: '计算', caveats: '注意', forms: '适用表格', source: '来源字段', numerator: '分子', denominator: '分母', unit: '单位',
    units: { count: '件/条', rate: '比率', yuan: '元', '10k-yuan': '万元' },
  },
  en: {
    title: 'Metric definitions', intro: 'Where each number comes from, how it is computed and what to watch when comparing. Table columns and the “Definition” links beside charts point here.',
    formula: 'Formula', caveats: 'Caveats', forms: 'Forms', source: 'Source field', numerator: 'Numerator', denominator: 'Denominator', unit: 'Unit',
    units: { count: 'count', rate: 'rate', yuan: 'yuan', '10k-yuan': '10k yuan' },
  },
};

const GROUPS: MetricGroup[] = ['applications', 'outcomes', 'reasons', 'review', 'rates', 'published'];

function parts(list: { id: string; sign: 1 | -1 }[]): string {
  return list.map((p, i) => `${p.sign < 0 ? ' − ' : i ? ' + ' : ''}${p.id}`).join('');
}

function Definition({ m, t, locale }: { m: MetricDefinition; t: (typeof TEXT)['zh']; locale: 'zh' | 'en' }) {
  return (
    <section className="definition" id={m.id}>
      <h3>{locale === 'zh' ? m.zh : m.en} <span className="muted" style={{ fontWeight: 400 }}>{locale === 'zh' ? m.en : m.zh}</span> <code>{m.id}</code></h3>
      <div><strong>{t.formula}：</strong>{m.formula}</div>
      {isRate(m) && (
        <div><strong>{t.numerator}：</strong><code>{parts(m.numerator)}</code>　<strong>{t.denominator}：</strong><code>{parts(m.denominator)}</code></div>
      )}
      <div className="muted">
        {t.unit}：{t.units[m.unit]} · {t.forms}：{m.templates.join(' / ')} · {t.source}：<code>{m.source}</code>
      </div>
      {m.caveats.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {m.caveats.map((c) => <li key={c}>{c}</li>)}
        </ul>
      )}
    </section>
  );
}

export default async function MetricsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { lang } = parseViewState(await searchParams);
  const t = pick(lang, TEXT);
  return (
    <>
      <div className="page-head">
        <div><h1>{t.title}</h1><p>{t.intro}</p></div>
      </div>
      <nav className="tabs">
        {GROUPS.map((g) => <a key={g} href={`#group-${g}`}>{GROUP_LABELS[g][lang]}</a>)}
      </nav>
      {GROUPS.map((g) => (
        <section key={g} id={`group-${g}`}>
          <h2 style={{ marginTop: 16 }}>{GROUP_LABELS[g][lang]}</h2>
          {METRICS.filter((m) => m.group === g).map((m) => <Definition key={m.id} m={m} t={t} locale={lang} />)}
        </section>
      ))}
    </>
  );
}
