/**
 * The peer group of one agency page, read once per request: the peer chart and the "rank among peers"
 * line both need it, and for the largest type (26 k agencies in a year at a million reports) each read
 * costs tens of milliseconds. React's `cache` keeps the results for the server render's request; outside a
 * server render (tests, the CLI, the bench) it calls through and keeps nothing.
 */
import { cache } from 'react';
import type { Db } from '../../db/client';
import { listPeerValues, type PeerValue } from '../../db/queries/list-peer-values';
import { summarizePeers } from '../../db/queries/summarize-peers';
import { type PeerSummary, peerSummaryOf } from './peer-summary';

/** Every peer's value (for a group small enough to draw point by point). */
export const peerValues: (
  db: Db,
  typeId: string,
  year: number,
  metric: string,
  synthetic: boolean,
) => Promise<PeerValue[]> = cache((db: Db, typeId: string, year: number, metric: string, synthetic: boolean) =>
  listPeerValues(db, { typeId, year, metric, synthetic }),
);

/** The group's size, five numbers, and the agency's value and rank. */
export const peerSummary: (
  db: Db,
  typeId: string,
  year: number,
  metric: string,
  synthetic: boolean,
  agencyId: number,
) => Promise<PeerSummary> = cache(
  (db: Db, typeId: string, year: number, metric: string, synthetic: boolean, agencyId: number) =>
    summarizePeers(db, { typeId, year, metric, synthetic }, agencyId).then(peerSummaryOf),
);
