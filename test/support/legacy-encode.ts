/**
 * Encodes text in a legacy multi-byte encoding Node can decode but not encode (Big5, Shift-JIS), by
 * inverting TextDecoder over every two-byte code; characters the encoding lacks become "?".
 */
const tables = new Map<string, Map<string, number[]>>();

function table(label: string): Map<string, number[]> {
  let map = tables.get(label);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(label, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if ([...ch].length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  }
  tables.set(label, map);
  return map;
}

export function encodeLegacy(text: string, label: 'big5' | 'shift_jis'): Uint8Array {
  const map = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else out.push(...(map.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

/** UTF-16 without a byte-order mark. */
export function encodeUtf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'be') le.swap16();
  return new Uint8Array(le);
}
