/**
 * Pure ECharts option builders. Each takes plain data, a locale and a caption and returns a complete,
 * JSON-serialisable option with title and caption baked in. ECharts itself: ./echarts-registry.
 */
export { captionHeight, captionLines, FONT_FAMILY, withCaption, type ChartCaption } from './caption';
export { OUTCOME_COLORS, RESULT_COLORS, SERIES_COLORS, INK } from './palette';
export { fiveNumbers, quantileSorted, type FiveNumbers } from './quantiles';
export { trendLineOption, yearSpan, type TrendSeries } from './trend-line';
export { outcomeMixOption, rowShares, type OutcomeRow } from './outcome-mix';
export { reasonsOption, reasonLabel, type ReasonValue } from './reasons';
export {
  reviewLitigationOption,
  proceedingTotal,
  type ProceedingResults,
  type ReviewLitigationData,
} from './review-litigation';
export { MAX_POINTS as MAX_PEER_POINTS, peerSpreadOption, type PeerSummaryInput, type PeerValue } from './peer-spread';
export { rankedBarOption, rankItems, type RankedItem } from './ranked-bar';
