/**
 * Password hashing with scrypt, a memory-hard function built into Node (no native add-on to
 * install). N = 2^15, r = 8 → 32 MiB and ~50–100 ms per hash on these machines, the OWASP
 * minimum for scrypt. The parameters travel with the hash so they can be raised later.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 64;
const DEFAULTS = { log2N: 15, r: 8, p: 1 };

function derive(password: string, salt: Buffer, log2N: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** log2N;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `salt` is for the deterministic demo seed only; real hashes get 16 random bytes. */
export async function hashPassword(password: string, salt: Uint8Array = randomBytes(16)): Promise<string> {
  const { log2N, r, p } = DEFAULTS;
  const key = await derive(password, Buffer.from(salt), log2N, r, p);
  return ['scrypt', log2N, r, p, Buffer.from(salt).toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, hash] = stored.split('$');
  const params = [log2N, r, p].map(Number);
  if (scheme !== 'scrypt' || !salt || !hash || !params.every((n) => Number.isInteger(n) && n > 0)) return false;
  const expected = Buffer.from(hash, 'base64');
  try {
    const actual = await derive(password, Buffer.from(salt, 'base64'), params[0]!, params[1]!, params[2]!);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  } catch {
    // Parameters scrypt refuses (a corrupt stored hash) mean "no match", not a crash mid sign-in.
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not-a-real-password', Buffer.alloc(16));
  return dummy;
}
