/**
 * PDFs encrypted by the standard security handler with an empty user password (they open without
 * asking, as many government PDFs do): RC4 128-bit (V2, R3) or AES-128 (V4, R4). Each stream's data is
 * encrypted with its object's key (ISO 32000-1, 7.6); the owner entry /O is any 32 bytes, since only the
 * user password is tried.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { rc4 } from '../../../lib/report/readers/pdf-decrypt';
import { pdfFile } from '../../support/make-pdf';

export type Cipher = 'rc4' | 'aes128';
export interface StreamObject {
  entries: string;
  data: Uint8Array;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const ID = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
const P = -4;

/** The objects (streams given as entries and data) as an encrypted PDF; the Encrypt dictionary is added last. */
export function encryptedPdf(objects: (string | StreamObject)[], cipher: Cipher): Uint8Array {
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(P);
  let key = createHash('md5').update(PAD).update(PAD).update(permissions).update(ID).digest();
  for (let i = 0; i < 50; i++) key = createHash('md5').update(key).digest();
  let u = createHash('md5').update(PAD).update(ID).digest() as Uint8Array;
  for (let i = 0; i < 20; i++)
    u = rc4(
      key.map((b) => b ^ i),
      u,
    );
  const hex = (b: Uint8Array) => `<${Buffer.from(b).toString('hex')}>`;
  const crypt =
    cipher === 'rc4'
      ? '/V 2 /R 3'
      : '/V 4 /R 4 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF';
  const encrypt = `<< /Filter /Standard ${crypt} /Length 128 /O ${hex(PAD)} /U ${hex(Buffer.concat([u, Buffer.alloc(16)]))} /P ${P} >>`;
  const written = objects.map((o, i) =>
    typeof o === 'string' ? o : streamBytes(o, encryptData(key, i + 1, o.data, cipher)),
  );
  return pdfFile([...written, encrypt], `/Encrypt ${objects.length + 1} 0 R /ID [${hex(ID)} ${hex(ID)}] `);
}

function encryptData(key: Buffer, object: number, data: Uint8Array, cipher: Cipher): Uint8Array {
  const hash = createHash('md5')
    .update(key)
    .update(Buffer.from([object, object >> 8, object >> 16, 0, 0]));
  if (cipher === 'aes128') hash.update('sAlT');
  const objectKey = hash.digest();
  if (cipher === 'rc4') return rc4(objectKey, data);
  const iv = Buffer.alloc(16, 7);
  const aes = createCipheriv('aes-128-cbc', objectKey, iv);
  return Buffer.concat([iv, aes.update(data), aes.final()]);
}

function streamBytes({ entries }: StreamObject, encrypted: Uint8Array): Uint8Array {
  return Buffer.concat([
    Buffer.from(`<< /Length ${encrypted.length} ${entries} >>\nstream\n`, 'latin1'),
    encrypted,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}
