/**
 * What the upload routes answer, per file. Types and one constant only, so the browser's upload form can
 * share them without pulling the server's import code into its bundle.
 */
import type { CountMetricId } from '../metrics/types';
import type { Finding } from '../report/types';
import type { ImportSummary } from './import-files';

/** The numbers a person checks first against the report in front of them. */
export const KEY_NUMBERS = [
  'appsNew',
  'granted',
  'partial',
  'denied',
  'handled',
  'reviewTotal',
  'litigationTotal',
] as const satisfies readonly CountMetricId[];
export type KeyNumbers = Record<(typeof KEY_NUMBERS)[number], number | null>;

export type UploadPreview =
  | {
      file: string;
      ok: true;
      agency: string;
      year: number;
      template: string | null;
      format: string;
      region: { province: string | null; city: string | null; county: string | null } | null;
      agencyType: string | null;
      /** The publication date (YYYY-MM-DD) and where it was read: given at upload, or from the file; null unknown. */
      published: { date: string; from: string } | null;
      summary: KeyNumbers;
      findings: Finding[];
      errorCount: number;
      warningCount: number;
      hash: string;
      /** These exact bytes are stored already: saving changes nothing. */
      alreadyStored?: boolean;
      /** The agency has a current report for this year: saving keeps it as history and makes this one current. */
      replacesCurrent?: boolean;
    }
  | {
      file: string;
      ok: false;
      /** The technical line (English, naming the file), for the details. */
      error: string;
      /** What the page says in its own words: 'unreadable', 'no-agency', 'no-year' (lib/ingest/prepare-pool.ts). */
      reason: string;
    };

export type UploadResult =
  | {
      file: string;
      status: 'imported' | 'unchanged' | 'replaced' | 'held';
      reportId: number;
      agencyId: number | null;
      agency: string | null;
      year: number | null;
    }
  | { file: string; status: 'failed'; error: string; reason: string };

export interface UploadSummary extends ImportSummary {
  /** One entry per file, in the order sent. */
  results: UploadResult[];
}
