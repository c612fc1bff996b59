/** Where the agency stands among agencies of its type in the selected year, by the selected metric. */
import { appDatabase } from '@/db/app-database';
import { loadPeerPosition } from '@/lib/dashboard/agency-page';
import { pick } from '@/lib/format/locale';
import { AGENCY_TEXT } from '@/lib/i18n/agency-text';
import type { ViewState } from '@/lib/view-state/view-state';

export async function PeerPosition({
  agencyId,
  typeId,
  year,
  state,
}: {
  agencyId: number;
  typeId: string | null;
  year: number;
  state: ViewState;
}) {
  const t = pick(state.lang, AGENCY_TEXT);
  const peers = await loadPeerPosition(await appDatabase(), agencyId, typeId, year, state);
  if (!peers) return <p className="muted">{t.peerNoType}</p>;
  return <p>{peers.rank === null ? t.peerNone : t.peerRank(peers.rank, peers.n, peers.typeName, year)}</p>;
}
