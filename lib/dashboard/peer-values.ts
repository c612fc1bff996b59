/**
 * The peer population of one agency page, read once per request: the peer chart and the "rank among
 * peers" line both need it, and for the largest type (26 k agencies in a year at a million reports) one
 * read costs ~100 ms. React's `cache` keeps it for the server render's request; outside a server
 * render (tests, the CLI, the bench) it calls through and keeps nothing.
 */
import { cache } from 'react';
import type { Db } from '../../db/client';
import { listPeerValues, type PeerValue } from '../../db/queries/list-peer-values';

export const peerValues: (db: Db, typeId: string, year: number, metric: string, synthetic: boolean) => Promise<PeerValue[]> = cache(
  (db: Db, typeId: string, year: number, metric: string, synthetic: boolean) => listPeerValues(db, { typeId, year, metric, synthetic }),
);
