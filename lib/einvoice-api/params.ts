/**
 * The parameters of an app API request, as clients send them: in the query string of a POST
 * (many existing clients do), in an application/x-www-form-urlencoded body, or both. The order
 * they came in is kept, since some clients sign in that order (signature.ts).
 */
import type { Pair } from './signature';

/** Far more than any action needs; a larger body is refused, not read. */
export const MAX_BODY_BYTES = 16_384;

export class Params {
  constructor(readonly pairs: readonly Pair[]) {}

  /** The first value given for a name (names are case-sensitive, as in the spec). */
  get(name: string): string | undefined {
    return this.pairs.find(([k]) => k === name)?.[1];
  }

  /** The spec spells some names two ways between actions (UUID/uuid): the first one present. */
  any(...names: string[]): string | undefined {
    for (const name of names) {
      const value = this.get(name);
      if (value !== undefined) return value;
    }
    return undefined;
  }
}

export async function readParams(request: Request): Promise<Params | 'too_large'> {
  const pairs: Pair[] = [...new URL(request.url).searchParams.entries()];
  if (request.method !== 'GET' && request.method !== 'HEAD' && request.body) {
    const length = Number(request.headers.get('content-length') ?? '0');
    if (length > MAX_BODY_BYTES) return 'too_large';
    const text = await request.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) return 'too_large';
    const type = request.headers.get('content-type')?.toLowerCase() ?? '';
    // A JSON body is not what the API takes (the Ministry's answers 998 to it): no parameters from it.
    if (text && !type.includes('json')) pairs.push(...new URLSearchParams(text).entries());
  }
  return new Params(pairs);
}
