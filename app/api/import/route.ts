/**
 * POST /api/import — multipart field `files` (and an optional `published`, YYYY-MM-DD, the publication date
 * of the files), header `Authorization: Bearer <token>`.
 * Saves the files as `npm run import` does: `{ imported, unchanged, replaced, failed, files, seconds,
 * results: UploadResult[] }`, or `{ error, message }` on refusal.
 */
import { uploadDatabase } from '../../../lib/ingest/upload-database';
import { saveUploads } from '../../../lib/ingest/import-uploads';
import { refusalResponse } from '../../../lib/refusal/refusal';
import { wrongMethods } from '../../../lib/refusal/wrong-method';
import { readUploadRequest, serverError } from '../../../lib/ingest/upload-request';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    const upload = await readUploadRequest(request);
    if (!upload.ok) return refusalResponse(upload.refusal);
    const { files, published } = upload.value;
    const summary = await saveUploads(await uploadDatabase(), files, { published });
    return Response.json(summary);
  } catch (e) {
    return serverError(e);
  }
}

export const { GET, PUT, DELETE, PATCH, OPTIONS } = wrongMethods('POST');
