/**
 * The odd inputs of the URL-state fuzz (url-fuzz-cases.ts) that are not parameter values: agency path segments,
 * upload bodies, and the files only the preview route gets.
 */

/** Path segments for `/agency/[id]`: numbers no agency has, non-numbers, traversal, encoded slashes. */
export const AGENCY_SEGMENTS = [
  '0',
  '-1',
  '1.5',
  '1e0',
  '1e30',
  '1e308',
  '99999999999999999999',
  String(2 ** 53 + 1),
  String(2 ** 31),
  '0x1',
  'NaN',
  'Infinity',
  'abc',
  '%E4%B8%AD',
  '%F0%9F%98%80',
  '..',
  '%2e%2e',
  '..%2f..%2fetc%2fpasswd',
  '1%2f2',
  '1%2F..',
  '%5c',
  '%20',
  '%00',
  '1%00',
  '%zz',
  '%',
  '%E4',
  '%C0%AF',
  '1%zz',
  'a'.repeat(5_000),
  '9'.repeat(5_000),
  '1;2',
  '1,2',
  '+1',
  '00001',
  '1%20',
  '%201',
];

/** Bodies for the upload routes: empty, garbage, wrong types, multipart that holds no file. */
export interface UploadBody {
  what: string;
  body?: BodyInit;
  type?: string;
}

export function uploadBodies(): UploadBody[] {
  const noFiles = new FormData();
  noFiles.append('other', 'x');
  const textField = new FormData();
  textField.append('files', 'not a file');
  return [
    { what: 'no body' },
    { what: 'empty body', body: '' },
    { what: 'garbage text', body: 'garbage \u0000\uffff 中文', type: 'text/plain' },
    { what: 'JSON', body: '{"files":[]}', type: 'application/json' },
    { what: 'urlencoded', body: 'files=a&files=b', type: 'application/x-www-form-urlencoded' },
    { what: 'multipart without boundary', body: '--x\r\n\r\n', type: 'multipart/form-data' },
    {
      what: 'multipart, wrong boundary',
      body: '--x\r\nContent-Disposition: form-data; name="files"\r\n\r\nhi\r\n--x--',
      type: 'multipart/form-data; boundary=y',
    },
    {
      what: 'multipart, unterminated',
      body: '--x\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nhi',
      type: 'multipart/form-data; boundary=x',
    },
    { what: 'multipart, no files field', body: noFiles },
    { what: 'multipart, files as text', body: textField },
    { what: 'binary', body: new Uint8Array([0, 255, 1, 254, 0x50, 0x4b, 3, 4]), type: 'application/octet-stream' },
  ];
}

/** Only the preview route gets files: it parses and saves nothing, so the other test files' data stays as it is. */
export function previewFiles(): UploadBody[] {
  const files = (entries: [string, BlobPart][]) => {
    const form = new FormData();
    for (const [name, bytes] of entries) form.append('files', new Blob([bytes]), name);
    return form;
  };
  return [
    { what: 'an empty file', body: files([['empty.txt', '']]) },
    {
      what: 'a binary file named .docx',
      body: files([['report.docx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 255])]]),
    },
    { what: 'a binary file named .pdf', body: files([['report.pdf', '%PDF-1.7\n%garbage']]) },
    { what: 'a text file of control characters', body: files([['x.txt', '\0\x01\x02\u202e']]) },
    { what: 'a file named with a path', body: files([['../../etc/passwd', '一、总体情况']]) },
    { what: 'a file with an empty name', body: files([['', '中文']]) },
  ];
}
