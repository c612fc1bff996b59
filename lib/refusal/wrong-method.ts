/**
 * The answers of a route handler to the methods it does not take. Next answers those with a bare 405 and
 * no body; these say which method the address takes, as JSON `{ error, message }` like every refusal,
 * with the Allow header, and OPTIONS lists the same methods.
 */
import { refusalResponse } from './refusal';

type Handler = () => Response;
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
type Method = (typeof METHODS)[number];
type Handlers<T extends Method> = Record<Exclude<Method, T>, Handler> & { OPTIONS: Handler };

/** `taken`: the one method the route answers; the handlers for the others, to export from the route file. */
export function wrongMethods<T extends 'GET' | 'POST'>(taken: T): Handlers<T> {
  const allow = taken === 'GET' ? 'GET, HEAD, OPTIONS' : 'POST, OPTIONS';
  const refuse: Handler = () =>
    refusalResponse(
      { status: 405, reason: 'method-not-allowed', message: `This address takes ${taken} requests only.` },
      { Allow: allow },
    );
  const options: Handler = () => new Response(null, { status: 204, headers: { Allow: allow } });
  const others = METHODS.filter((m) => m !== taken).map((m) => [m, refuse]);
  return { ...Object.fromEntries(others), OPTIONS: options } as Handlers<T>;
}
