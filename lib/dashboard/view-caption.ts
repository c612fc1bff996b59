/** The caption every chart and export of a view carries: the filters in words (view-words.ts), the data's date, the source. */
import type { Db } from '../../db/client';
import { latestImport } from '../../db/queries/latest-import';
import type { ChartCaption } from '../charts/caption';
import { formatDate } from '../format/date';
import { CHART_WORDS } from '../i18n/chart-text';
import type { ViewState } from '../view-state/view-state';
import { viewWords } from './view-words';

export async function viewCaption(
  db: Db,
  state: ViewState,
  title: string,
  notes: string[] = [],
): Promise<ChartCaption> {
  const date = await latestImport(db, state.synthetic);
  return {
    title,
    filters: viewWords(state).sentence,
    dataDate: date ? formatDate(date, state.lang) : '—',
    notes: state.synthetic ? [CHART_WORDS.synthetic[state.lang], ...notes] : notes,
  };
}
