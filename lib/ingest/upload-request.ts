/**
 * The HTTP side of an upload, shared by the preview and the save routes: the admin token first (nothing
 * of the body is read for a caller without it), then the size, then the multipart files. Every refusal
 * is a JSON body `{ error, message }` with the status to send.
 */
import { errorMessage, refusalResponse, refused, type Result } from '../refusal/refusal';
import { bearerToken, checkAdminToken } from './admin-token';
import { readGivenDate } from './given-date';
import type { UploadFile } from './import-uploads';
import {
  checkUploadLimits,
  MAX_UPLOAD_BYTES,
  MULTIPART_ALLOWANCE,
  PUBLISHED_FIELD,
  tooLarge,
  UPLOAD_FIELD,
} from './upload-limits';

/** The files, and the publication date typed beside them (YYYY-MM-DD), when one was. */
export type UploadRequest = Result<{ files: UploadFile[]; published?: string }>;

const BODY_LIMIT = MAX_UPLOAD_BYTES + MULTIPART_ALLOWANCE;

export async function readUploadRequest(request: Request): Promise<UploadRequest> {
  const token = checkAdminToken(bearerToken(request.headers.get('authorization')));
  if (!token.ok) return token;

  // A declared length over the limit is refused before a byte of the body is read.
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > BODY_LIMIT) return refused(413, 'too-large', tooLarge(declared).message);

  const body = await readLimited(request, BODY_LIMIT);
  if (body === null) return refused(413, 'too-large', tooLarge(null).message);
  let form: FormData;
  try {
    form = await new Response(body, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    return refused(400, 'bad-request', `Send the files as multipart/form-data, in the field "${UPLOAD_FIELD}".`);
  }
  const parts = form.getAll(UPLOAD_FIELD).filter((v): v is File => typeof v !== 'string');
  const files = await Promise.all(
    parts.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const refusal = checkUploadLimits(files.map((f) => f.bytes.length));
  if (refusal) return { ok: false, refusal };
  const typed = form.get(PUBLISHED_FIELD);
  if (typeof typed !== 'string' || typed.trim() === '') return { ok: true, value: { files } };
  const published = readGivenDate(typed);
  if (!published)
    return refused(
      400,
      'bad-date',
      `The publication date "${typed.slice(0, 40)}" is not a date: write it as 2022-01-20.`,
    );
  return { ok: true, value: { files, published } };
}

/**
 * The body, or null once it grows past the limit: a chunked request declares no length, so the bytes
 * are counted as they arrive and reading stops at the limit rather than after the whole body.
 */
async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/** A JSON 500 for anything unexpected, so the page always gets a body it can show. */
export function serverError(e: unknown): Response {
  return refusalResponse({ status: 500, reason: 'server-error', message: `The server failed: ${errorMessage(e)}` });
}
