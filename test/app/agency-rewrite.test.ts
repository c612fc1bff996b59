/**
 * The rewrite in next.config.js that sends an agency path with percent escapes to the agency page's 404
 * before Next's router decodes it (an undecodable one made the router answer 500), matched with Next's
 * own path matcher: every segment with a `%` goes, every digit id stays.
 */
import { createRequire } from 'node:module';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../next.config.js') as {
  rewrites: () => Promise<{ beforeFiles: { source: string; destination: string }[] }>;
};

async function rewrittenTo(pathname: string): Promise<string | null> {
  const { beforeFiles } = await config.rewrites();
  const rule = beforeFiles.find((r) => getPathMatch(r.source)(pathname));
  return rule?.destination ?? null;
}

describe('the agency path rewrite', () => {
  it.each([
    '/agency/%zz',
    '/agency/%',
    '/agency/%E4',
    '/agency/%C0%AF',
    '/agency/1%zz',
    '/agency/%E4%B8%AD',
    '/agency/1%2F2',
  ])('sends %s to a page that is no agency', async (pathname) => {
    expect(await rewrittenTo(pathname)).toBe('/agency/not-an-id');
  });

  it('leaves agency ids and other pages alone', async () => {
    for (const pathname of ['/agency/12', '/agency/abc', '/compare', '/api/chart', '/', '/quality%zz'])
      expect(await rewrittenTo(pathname)).toBeNull();
  });

  it('catches what the router could not decode', () => {
    expect(() => decodeURIComponent('%zz')).toThrow(URIError);
    expect(() => decodeURIComponent('%E4')).toThrow(URIError);
  });
});
