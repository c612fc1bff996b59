/**
 * Fixed colours, from the Okabe–Ito colour-blind-safe set (Okabe & Ito 2008) plus tints and greys,
 * so the same outcome has the same colour in every chart and in every exported image.
 */

/** Series in line and strip charts, in order; distinguishable under the common colour-vision deficiencies. */
export const SERIES_COLORS = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow (last: weak on white)
  '#000000',
] as const;

/** Table-3 outcomes (办理结果), consistent across charts. */
export const OUTCOME_COLORS = {
  granted: '#009E73', // 予以公开: bluish green
  partial: '#94D8C2', // 部分公开: light tint of the same green
  denied: '#D55E00', // 不予公开: vermillion
  unable: '#999999', // 无法提供: grey
  rejected: '#E69F00', // 不予处理: orange
  other: '#CC79A7', // 其他处理: reddish purple
} as const;

export type OutcomeKey = keyof typeof OUTCOME_COLORS;
export const OUTCOME_KEYS = Object.keys(OUTCOME_COLORS) as OutcomeKey[];

/** Table-4 results of review and litigation (复议、诉讼结果). */
export const RESULT_COLORS = {
  upheld: '#0072B2', // 维持: blue
  corrected: '#D55E00', // 纠正: vermillion, the result against the agency
  other: '#999999', // 其他结果: grey
  pending: '#F0E442', // 尚未审结: yellow
} as const;

export type ResultKey = keyof typeof RESULT_COLORS;
export const RESULT_KEYS = Object.keys(RESULT_COLORS) as ResultKey[];

/** Neutral ink and fills. */
export const INK = {
  text: '#222222',
  caption: '#555555',
  axis: '#888888',
  noData: '#EEEEEE',
  box: '#B8C7D9',
  point: '#56B4E9',
  /** The selected agency: black, never a palette colour, so it stands out under any deficiency. */
  selected: '#000000',
} as const;
