/** Where the agency stands among agencies of its type in the selected year, by the selected metric. */
import { peerSummary } from '@/lib/dashboard/peer-values';
import { typeName } from '@/lib/dashboard/caption';
import { appDatabase } from '@/db/app-database';
import { pick } from '@/lib/format/locale';
import type { ViewState } from '@/lib/view-state/view-state';
import { AGENCY_TEXT } from '@/app/i18n/agency-text';

/** Rank among peers, highest value first; equal values share a rank. */
export async function PeerPosition({ agencyId, typeId, year, state }: { agencyId: number; typeId: string | null; year: number; state: ViewState }) {
  const t = pick(state.lang, AGENCY_TEXT);
  if (!typeId) return <p className="muted">{t.peerNoType}</p>;
  const { n, above } = await peerSummary(await appDatabase(), typeId, year, state.metric, state.synthetic, agencyId);
  return <p>{above === null ? t.peerNone : t.peerRank(above + 1, n, typeName(typeId, state.lang), year)}</p>;
}
