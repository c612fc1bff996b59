/**
 * POST /api/import — multipart field `files`, header `Authorization: Bearer <token>`.
 * Saves the files as `npm run import` does: `{ imported, unchanged, replaced, failed, files, seconds,
 * results: UploadResult[] }`, or `{ error, message }` on refusal.
 */
import { uploadDatabase } from '../../../lib/ingest/upload-database';
import { saveUploads } from '../../../lib/ingest/import-uploads';
import { readUploadRequest, serverError } from '../../../lib/ingest/upload-request';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    const upload = await readUploadRequest(request);
    if (!upload.ok) return Response.json(upload.body, { status: upload.status });
    const summary = await saveUploads(await uploadDatabase(), upload.files);
    return Response.json(summary);
  } catch (e) {
    return serverError(e);
  }
}
