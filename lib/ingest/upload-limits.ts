/**
 * How much one upload request may carry. Pure, so the browser can refuse before sending and the server
 * refuses the same way after receiving. A single file over MAX_FILE_BYTES is not a refusal of the
 * request: the parser reports that file as failed (naming the limit) and the others go on.
 */
import { MAX_FILE_BYTES } from '../report/limits';
import type { Refusal } from '../refusal/refusal';

export { MAX_FILE_BYTES };

/** Files per request: a page of a year's reports for one region, small enough to parse within a request. */
export const MAX_UPLOAD_FILES = 50;

/** Bytes per request, all files together. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** Room for the multipart boundaries and part headers around the files, when the body is measured. */
export const MULTIPART_ALLOWANCE = 1024 * 1024;

export const UPLOAD_FIELD = 'files';
/** The optional form field of the publication date (YYYY-MM-DD) the uploader states for the files. */
export const PUBLISHED_FIELD = 'published';

const MB = 1024 * 1024;

/** Null when the request is within the limits; else why not, in words that name the limit. */
export function checkUploadLimits(sizes: number[]): Refusal | null {
  if (sizes.length === 0)
    return {
      status: 400,
      reason: 'no-files',
      message: `No files were sent (multipart/form-data field "${UPLOAD_FIELD}").`,
    };
  if (sizes.length > MAX_UPLOAD_FILES) {
    return {
      status: 413,
      reason: 'too-many-files',
      message: `${sizes.length} files were sent; at most ${MAX_UPLOAD_FILES} are accepted per request.`,
    };
  }
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total > MAX_UPLOAD_BYTES) return tooLarge(total);
  return null;
}

export function tooLarge(bytes: number | null): Refusal {
  const size = bytes === null ? 'The upload is' : `The upload is ${(bytes / MB).toFixed(1)} MB,`;
  return {
    status: 413,
    reason: 'too-large',
    message: `${size} over the ${MAX_UPLOAD_BYTES / MB} MB limit per request (and ${MAX_FILE_BYTES / MB} MB per file).`,
  };
}
