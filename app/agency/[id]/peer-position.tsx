/** Where the agency stands among agencies of its type in the selected year, by the selected metric. */
import { peerValues } from '@/lib/dashboard/peer-values';
import { typeName } from '@/lib/dashboard/caption';
import { appDatabase } from '@/lib/ingest/bootstrap';
import { pick } from '@/lib/format/locale';
import type { ViewState } from '@/lib/view-state/view-state';
import { AGENCY_TEXT } from '@/app/i18n/agency-text';

/** Rank among peers, highest value first; equal values share a rank. */
export function rankOf(values: readonly { agencyId: number; value: number }[], agencyId: number): number | null {
  const own = values.find((v) => v.agencyId === agencyId);
  if (!own) return null;
  return values.filter((v) => v.value > own.value).length + 1;
}

export async function PeerPosition({ agencyId, typeId, year, state }: { agencyId: number; typeId: string | null; year: number; state: ViewState }) {
  const t = pick(state.lang, AGENCY_TEXT);
  if (!typeId) return <p className="muted">{t.peerNoType}</p>;
  const values = await peerValues(await appDatabase(), typeId, year, state.metric, state.synthetic);
  const rank = rankOf(values, agencyId);
  return <p>{rank === null ? t.peerNone : t.peerRank(rank, values.length, typeName(typeId, state.lang), year)}</p>;
}
