/**
 * Small PDFs written by hand for the reader's limit tests: numbered objects (text or bytes), a
 * cross-reference table, a trailer.
 */
const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** A PDF of these objects (object n is `objects[n - 1]`), the first being the catalog; `trailer`: more trailer entries. */
export function pdfFile(objects: (string | Uint8Array)[], trailer = ''): Uint8Array {
  const parts: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0].length;
  const offsets = objects.map((body, i) => {
    const at = length;
    const bytes = Buffer.concat([
      latin1(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? latin1(body) : Buffer.from(body),
      latin1('\nendobj\n'),
    ]);
    parts.push(bytes);
    length += bytes.length;
    return at;
  });
  const table = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    latin1(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

/** A stream object: its dictionary entries (without /Length) and its bytes. */
export function stream(entries: string, data: Uint8Array): Uint8Array {
  return Buffer.concat([
    latin1(`<< /Length ${data.length} ${entries} >>\nstream\n`),
    Buffer.from(data),
    latin1('\nendstream'),
  ]);
}

/** A one-page PDF whose page shows these content streams (objects 4…) and uses these resources. */
export function onePagePdf(
  contents: Uint8Array[],
  resources = '<< >>',
  extra: (string | Uint8Array)[] = [],
): Uint8Array {
  const refs = contents.map((_, i) => `${i + 4} 0 R`).join(' ');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents [${refs}] >>`,
    ...contents,
    ...extra,
  ]);
}
