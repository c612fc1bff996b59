/** Small inputs for every chart builder, shared by the per-builder, all-builder and SSR tests. */
import type { EChartsOption } from 'echarts';
import { outcomeMixOption, type OutcomeRow } from '../../lib/charts/outcome-mix';
import { peerSpreadOption, type PeerValue } from '../../lib/charts/peer-spread';
import { rankedBarOption, type RankedItem } from '../../lib/charts/ranked-bar';
import { reasonsOption, type ReasonValue } from '../../lib/charts/reasons';
import { reviewLitigationOption, type ReviewLitigationData } from '../../lib/charts/review-litigation';
import { tileMapOption, type TileValue } from '../../lib/charts/tile-map';
import { trendLineOption, type TrendSeries } from '../../lib/charts/trend-line';
import type { ChartCaption } from '../../lib/charts/caption';
import type { Locale } from '../../lib/format/locale';
import { metricById } from '../../lib/metrics/dictionary';

export const caption = (locale: Locale, title = locale === 'zh' ? '公开率' : 'Disclosure rate'): ChartCaption => ({
  title,
  filters:
    locale === 'zh' ? '浙江省 嘉兴市 · 2019–2021年 · 科技局' : 'Zhejiang Jiaxing · 2019–2021 · Science & Technology',
  dataDate: locale === 'zh' ? '2024年5月1日' : '1 May 2024',
});

export const TREND: TrendSeries[] = [
  {
    name: '嘉兴市科技局',
    points: [
      { year: 2019, value: 0.8 },
      { year: 2020, value: null },
      { year: 2021, value: 0.9 },
      { year: 2023, value: 0.7 },
    ],
  },
  {
    name: '上高县教育局',
    points: [
      { year: 2019, value: 0.5 },
      { year: 2020, value: 0.6 },
      { year: 2021, value: 0.653 },
    ],
  },
];

export const MIX: OutcomeRow[] = [
  { label: '嘉兴市科技局', granted: 10, partial: 3, denied: 2, unable: 5, rejected: 0, other: 0 },
  { label: '上高县', granted: null, partial: null, denied: null, unable: null, rejected: null, other: null },
  { label: '吴忠市', granted: 0, partial: 0, denied: 0, unable: 0, rejected: 0, other: 0 },
  { label: '忻州市', granted: 4, partial: 1, denied: null, unable: 2, rejected: 1, other: 0 },
];

export const REASONS: ReasonValue[] = [
  { id: 'deniedStateSecret', value: 2 },
  { id: 'unableNotHeld', value: 12 },
  { id: 'rejectedRepeated', value: 5 },
  { id: 'deniedThirdParty', value: 0 },
  { id: 'otherMisc', value: null },
  { id: 'otherUnpaidFee', value: null },
];

export const REVIEW: ReviewLitigationData = {
  review: { upheld: 5, corrected: 1, other: 2, pending: 0 },
  litigationDirect: { upheld: 2, corrected: 0, other: null, pending: 1 },
  litigationAfterReview: { upheld: null, corrected: null, other: null, pending: null },
};

export const PEERS: PeerValue[] = [
  { agency: '嘉兴市科技局', value: 0.85 },
  { agency: '上高县教育局', value: 0.4 },
  { agency: '吴忠市民政局', value: null },
  { agency: '忻州市财政局', value: 0.6 },
  { agency: '宜春市科技局', value: 1 },
  { agency: '湖州市科技局', value: 0.7 },
  { agency: '绍兴市科技局', value: 0.5 },
];

export const RANKED: RankedItem[] = [
  { name: '忻州市', code: '140900', value: 80 },
  { name: '嘉兴市', code: '330400', value: 120 },
  { name: '吴忠市', code: '640300', value: null },
  { name: '上高县', code: '360923', value: 80 },
];

/** Four provinces of the tile grid (lib/regions/tile-grid.ts): a rate on many cases, one on few, none, and 100 %. */
export const TILES: TileValue[] = [
  { code: '330000', name: '浙江', row: 5, column: 5, value: 0.853, base: 1200 },
  { code: '140000', name: '山西', row: 2, column: 3, value: 0.4, base: 12 },
  { code: '640000', name: '宁夏', row: 2, column: 2, value: null },
  { code: '360000', name: '江西', row: 5, column: 4, value: 1, base: 300 },
];

/** Every builder on its sample, in both locales. */
export function allOptions(locale: Locale): [string, EChartsOption, ChartCaption][] {
  const c = (title: string) => caption(locale, title);
  return [
    ['trendLine', trendLineOption(TREND, metricById('disclosureRate'), locale, c('公开率趋势')), c('公开率趋势')],
    ['outcomeMix', outcomeMixOption(MIX, locale, c('办理结果构成')), c('办理结果构成')],
    ['reasons', reasonsOption(REASONS, locale, c('不予公开等原因')), c('不予公开等原因')],
    ['reviewLitigation', reviewLitigationOption(REVIEW, locale, c('复议诉讼结果')), c('复议诉讼结果')],
    [
      'peerSpread',
      peerSpreadOption(PEERS, '嘉兴市科技局', metricById('disclosureRate'), locale, c('同类机关公开率')),
      c('同类机关公开率'),
    ],
    ['rankedBar', rankedBarOption(RANKED, metricById('appsNew'), locale, c('各地新收申请')), c('各地新收申请')],
    ['tileMap', tileMapOption(TILES, metricById('disclosureRate'), locale, c('各省份公开率')), c('各省份公开率')],
  ];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- tests read into the loosely typed option */
export const seriesOf = (o: EChartsOption): any[] => o.series as any[];
export const graphicTexts = (o: EChartsOption): string[] => (o.graphic as any[]).map((g) => g.style.text);
export const titleText = (o: EChartsOption): string => (o.title as any).text;
/** A data item's plotted value, whether the item is a bare value or an object. */
export const valueOf = (item: any): unknown =>
  item !== null && typeof item === 'object' && !Array.isArray(item) ? item.value : item;
