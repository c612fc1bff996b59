/** A Content-Disposition header for a download whose name may be Chinese (RFC 6266 / 5987). */
export function attachment(baseName: string, extension: string): string {
  const safe =
    baseName
      .replace(/[\\/:*?"<>|\r\n]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'nianbao';
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${safe}.${extension}`)}`;
}
