/**
 * The PDF standard security handler, just far enough to read the streams of a file encrypted with an
 * empty user password: one that opens without asking but may not be copied or printed, as many
 * government PDFs are. pdf.js decrypts and then inflates such streams, so they are measured decrypted.
 * RC4 and AES-128 (revisions 2–4) and AES-256 (revisions 5–6). The password is not checked: with the
 * wrong one the streams decrypt to noise, which unpacks to nothing, and pdf.js asks for the password.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { bytesOf, dictOf, listOf, nameOf, numberOf, type PdfDict, type PdfValue, parseDict, refOf } from './pdf-dict';
import type { RawStream } from './pdf-stream-index';
import { isTokenAt, skipSpaceAndComments } from './pdf-syntax';

/** A stream's data (from its start to its end) decrypted. */
export type Decrypt = (stream: RawStream, data: Uint8Array) => Uint8Array;

type Cipher = 'rc4' | 'aes128' | 'aes256' | 'none';

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/** Decrypts the file's streams; null when the file is not encrypted, 'unknown' for a handler not read here. */
export function streamDecryption(bytes: Uint8Array, streams: RawStream[], password = ''): Decrypt | null | 'unknown' {
  const trailer = lastTrailer(bytes, streams);
  const encrypt = trailer && resolveDict(bytes, trailer.get('Encrypt'));
  if (!trailer?.has('Encrypt')) return null;
  if (!encrypt || nameOf(encrypt.get('Filter')) !== 'Standard') return 'unknown';
  const cipher = streamCipher(encrypt);
  if (cipher === null) return 'unknown';
  if (cipher === 'none') return (_, data) => data;
  const r = numberOf(encrypt.get('R')) ?? 2;
  const pwd = Buffer.from(password, 'utf8').subarray(0, r >= 5 ? 127 : 32);
  const key =
    r >= 5
      ? aes256Key(encrypt, pwd, r)
      : rc4Key(encrypt, pwd, bytesOf(listOf(trailer.get('ID'))[0]) ?? new Uint8Array(0), r);
  if (!key) return 'unknown';
  const metadataToo = encrypt.get('EncryptMetadata') !== false;
  return (stream, data) => {
    const type = nameOf(stream.dict.get('Type'));
    if (type === 'XRef' || (type === 'Metadata' && !metadataToo) || stream.object === null) return data;
    if (cipher === 'aes256') return aesDecrypt('aes-256-cbc', key, data);
    const objectKey = createHash('md5')
      .update(key)
      .update(
        Buffer.from([
          stream.object,
          stream.object >> 8,
          stream.object >> 16,
          stream.generation,
          stream.generation >> 8,
        ]),
      );
    if (cipher === 'aes128') objectKey.update('sAlT');
    const k = objectKey.digest().subarray(0, Math.min(key.length + 5, 16));
    return cipher === 'aes128' ? aesDecrypt('aes-128-cbc', k, data) : rc4(k, data);
  };
}

/** The trailer pdf.js reads: the last "trailer" dictionary or cross-reference stream in the file. */
function lastTrailer(bytes: Uint8Array, streams: RawStream[]): PdfDict | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = buf.lastIndexOf('trailer', undefined, 'latin1');
  while (at >= 0 && !isTokenAt(bytes, at, 'trailer')) at = buf.lastIndexOf('trailer', at - 1, 'latin1');
  const xref = streams.filter((s) => nameOf(s.dict.get('Type')) === 'XRef').at(-1);
  if (xref && xref.start > at) return xref.dict;
  return at >= 0 ? (parseDict(bytes, skipSpaceAndComments(bytes, at + 7))?.dict ?? null) : null;
}

/** A dictionary given directly or as a reference to an object ("n g obj << … >>"). */
function resolveDict(bytes: Uint8Array, value: PdfValue | undefined): PdfDict | null {
  const ref = refOf(value);
  if (ref === null) return dictOf(value);
  const header = new RegExp(`(?<!\\d)${ref}\\s+\\d+\\s+obj`, 'g');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let found: PdfDict | null = null;
  for (const m of text.matchAll(header))
    found = parseDict(bytes, skipSpaceAndComments(bytes, m.index + m[0].length))?.dict ?? found;
  return found;
}

/** The cipher of streams: RC4 before version 4, else the crypt filter named by /StmF. */
function streamCipher(encrypt: PdfDict): Cipher | null {
  const v = numberOf(encrypt.get('V')) ?? 0;
  if (v === 1 || v === 2) return 'rc4';
  if (v !== 4 && v !== 5) return null;
  const name = nameOf(encrypt.get('StmF')) ?? 'Identity';
  if (name === 'Identity') return 'none';
  const method = nameOf(dictOf(dictOf(encrypt.get('CF'))?.get(name))?.get('CFM'));
  return method === 'V2'
    ? 'rc4'
    : method === 'AESV2'
      ? 'aes128'
      : method === 'AESV3'
        ? 'aes256'
        : method === 'None'
          ? 'none'
          : null;
}

/** Algorithm 2 of ISO 32000-1 (revisions 2–4): MD5 of the padded password, /O, /P and the file's first ID. */
function rc4Key(encrypt: PdfDict, pwd: Uint8Array, id: Uint8Array, r: number): Buffer | null {
  const o = bytesOf(encrypt.get('O'));
  const p = numberOf(encrypt.get('P'));
  if (!o || p === null) return null;
  const n = r === 2 ? 5 : Math.min(16, Math.max(5, (numberOf(encrypt.get('Length')) ?? 40) / 8));
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(p | 0);
  const hash = createHash('md5')
    .update(Buffer.concat([pwd, PAD]).subarray(0, 32))
    .update(o.subarray(0, 32))
    .update(permissions)
    .update(id);
  if (r >= 4 && encrypt.get('EncryptMetadata') === false) hash.update(Buffer.from([0xff, 0xff, 0xff, 0xff]));
  let key = hash.digest();
  if (r >= 3) for (let i = 0; i < 50; i++) key = createHash('md5').update(key.subarray(0, n)).digest();
  return key.subarray(0, n);
}

/** Algorithm 2.A of ISO 32000-2 (revisions 5–6): the user key salt's hash unlocks /UE. */
function aes256Key(encrypt: PdfDict, pwd: Uint8Array, r: number): Buffer | null {
  const u = bytesOf(encrypt.get('U'));
  const ue = bytesOf(encrypt.get('UE'));
  if (!u || u.length < 48 || !ue || ue.length < 32) return null;
  const intermediate = hash2B(pwd, u.subarray(40, 48), r === 6);
  const decipher = createDecipheriv('aes-256-cbc', intermediate, Buffer.alloc(16)).setAutoPadding(false);
  return Buffer.concat([decipher.update(ue.subarray(0, 32)), decipher.final()]);
}

/** Algorithm 2.B (revision 6): SHA-256, then rounds of AES-128 and SHA-2 until the rule stops them; revision 5 is the first hash alone. */
function hash2B(pwd: Uint8Array, salt: Uint8Array, r6: boolean): Buffer {
  let k = createHash('sha256').update(pwd).update(salt).digest();
  if (!r6) return k;
  let e = Buffer.alloc(1);
  for (let round = 0; round < 64 || e[e.length - 1] > round - 32; round++) {
    const block = Buffer.concat([pwd, k]);
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    e = Buffer.concat([cipher.update(Buffer.concat(Array<Buffer>(64).fill(block))), cipher.final()]);
    const sum = e.subarray(0, 16).reduce((a, b) => a + b, 0) % 3;
    k = createHash(sum === 0 ? 'sha256' : sum === 1 ? 'sha384' : 'sha512')
      .update(e)
      .digest();
  }
  return k.subarray(0, 32);
}

/** AES-CBC with the first 16 bytes as the IV; a last partial block is dropped, padding is left. */
function aesDecrypt(algorithm: 'aes-128-cbc' | 'aes-256-cbc', key: Uint8Array, data: Uint8Array): Uint8Array {
  const blocks = Math.floor((data.length - 16) / 16);
  if (blocks <= 0) return new Uint8Array(0);
  const decipher = createDecipheriv(algorithm, key, data.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([decipher.update(data.subarray(16, 16 + blocks * 16)), decipher.final()]);
}

/** RC4 (OpenSSL 3 no longer offers it). */
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  let t: number;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    t = s[i];
    s[i] = s[j];
    s[j] = t;
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    t = s[i];
    s[i] = s[j];
    s[j] = t;
    out[k] = data[k] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}
