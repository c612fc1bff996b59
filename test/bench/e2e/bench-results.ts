/** Everything one bench run measured, as the report is written from it. */
import type { Picks } from './bench-picks';
import type { CaseKind } from './case-kit';
import type { CorpusCheck } from './corpus-checks';
import type { CorpusFigures, ParseFigures } from './corpus-phase';
import type { DbSize, ImportFigures } from './import-phase';
import type { Machine } from './machine';
import type { SlowerCase } from './query-baseline';
import type { PageResult } from './server-pages';
import type { Timing } from './timing';

export interface QueryResult extends Timing {
  view: string;
  filter: string;
  call: string;
  kind: CaseKind;
}

export interface ServerFigures {
  /** Null when an existing build was reused (--no-build). */
  buildSeconds: number | null;
  startSeconds: number;
  pages: PageResult[];
  memory: { main: { rss: number; peak: number } | null; group: { rss: number; peak: number; processes: number } };
}

export interface BenchResults {
  sizeLabel: string;
  machine: Machine;
  runs: number;
  serverRuns: number;
  corpus?: CorpusFigures;
  parse?: ParseFigures;
  import?: ImportFigures;
  dbFile: string;
  dbSize: DbSize;
  picks: Picks;
  /** What the database found against what the generator wrote; null when there is no manifest to check against. */
  checks: CorpusCheck[] | null;
  queries: QueryResult[];
  /** With --baseline: that file, and the cases 3× slower than there (query-baseline.ts). */
  baseline?: { file: string; compared: number; slower: SlowerCase[] };
  /** Absent with --skip-server. */
  server?: ServerFigures;
  seconds: number;
}
