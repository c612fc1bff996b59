/**
 * POST /api/import/preview — multipart field `files`, header `Authorization: Bearer <token>`.
 * Parses each file without saving: `{ files: UploadPreview[] }`, or `{ error, message }` on refusal.
 */
import { appDatabase } from '../../../../db/app-database';
import { previewUploads } from '../../../../lib/ingest/import-uploads';
import { refusalResponse } from '../../../../lib/refusal/refusal';
import { wrongMethods } from '../../../../lib/refusal/wrong-method';
import { readUploadRequest, serverError } from '../../../../lib/ingest/upload-request';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    const upload = await readUploadRequest(request);
    if (!upload.ok) return refusalResponse(upload.refusal);
    const { files: uploaded, published } = upload.value;
    const files = await previewUploads(uploaded, { db: await appDatabase(), published });
    return Response.json({ files });
  } catch (e) {
    return serverError(e);
  }
}

export const { GET, PUT, DELETE, PATCH, OPTIONS } = wrongMethods('POST');
