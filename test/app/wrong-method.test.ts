/**
 * The route handlers' answers to a method they do not take (found by the URL fuzz: Next's own 405 had
 * no body): JSON `{ error, message }` with Allow, from the handlers each route file exports.
 */
import { describe, expect, it } from 'vitest';
import { wrongMethods } from '../../lib/refusal/wrong-method';

describe('wrongMethods', () => {
  it('refuses every other method with a 405 that says which one the address takes', async () => {
    const handlers = wrongMethods('GET');
    expect(Object.keys(handlers).sort()).toEqual(['DELETE', 'OPTIONS', 'PATCH', 'POST', 'PUT']);
    for (const refuse of [handlers.POST, handlers.PUT, handlers.DELETE, handlers.PATCH]) {
      const answer = refuse();
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect(await answer.json()).toEqual({
        error: 'method-not-allowed',
        message: 'This address takes GET requests only.',
      });
    }
  });

  it('lists only the method taken in OPTIONS, and leaves that method to the route', async () => {
    const handlers = wrongMethods('POST');
    expect('POST' in handlers).toBe(false);
    expect(handlers.GET().status).toBe(405);
    const options = handlers.OPTIONS();
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('is what the routes export for the methods they do not take', async () => {
    const chart = await import('../../app/api/chart/route');
    const upload = await import('../../app/api/import/route');
    expect(chart.POST().status).toBe(405);
    expect(upload.GET().status).toBe(405);
    expect(typeof chart.GET).toBe('function');
    expect(typeof upload.POST).toBe('function');
  });
});
