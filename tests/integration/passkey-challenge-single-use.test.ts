/**
 * A passkey challenge verifies once, on the server (lib/citizens/passkey-challenge-store.ts):
 * a captured options + answer replayed within the cookie's five minutes signs nobody in, and of
 * concurrent verifies with the same challenge exactly one succeeds. With a real assertion, made
 * by a software authenticator (P-256 key, ES256) that the library verifies as it would a phone's.
 * On PGlite and, with TEST_DATABASE_URL, on Postgres (a pool of 4: truly concurrent).
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { burnChallenge } from '@/lib/citizens/passkey-challenge-store';
import { authenticatePasskey } from '@/lib/citizens/passkeys';
import { DEMO_CITIZENS } from '@/lib/db/seed/citizens';
import { createTestDb, type TestDb } from './support/test-db';

const RP_ID = 'taxcloud.example';
const ORIGIN = `https://${RP_ID}`;
const rp = { rpID: RP_ID, origins: [ORIGIN], rpIDs: [RP_ID] };
const b64url = (b: Uint8Array | Buffer) => Buffer.from(b).toString('base64url');

/** A minimal platform authenticator: one ES256 credential and its signature counter. */
function softAuthenticator() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const cose = new Map<number, number | Uint8Array>([
    [1, 2], // kty: EC2
    [3, -7], // alg: ES256
    [-1, 1], // crv: P-256
    [-2, Buffer.from(jwk.x!, 'base64url')],
    [-3, Buffer.from(jwk.y!, 'base64url')],
  ]);
  const id = b64url(randomBytes(16));
  let counter = 0;
  return {
    id,
    publicKey: b64url(isoCBOR.encode(cose as never)),
    assert(challenge: string, key: KeyObject = privateKey) {
      counter += 1;
      const flags = Buffer.from([0x05]); // user present, user verified
      const count = Buffer.alloc(4);
      count.writeUInt32BE(counter);
      const authData = Buffer.concat([createHash('sha256').update(RP_ID).digest(), flags, count]);
      const clientData = Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge, origin: ORIGIN, crossOrigin: false }));
      const signature = sign('sha256', Buffer.concat([authData, createHash('sha256').update(clientData).digest()]), key);
      return {
        id,
        rawId: id,
        type: 'public-key' as const,
        response: { clientDataJSON: b64url(clientData), authenticatorData: b64url(authData), signature: b64url(signature) },
        clientExtensionResults: {},
      };
    },
  };
}

let t: TestDb;
let owner: string;
const authenticator = softAuthenticator();
const challenge = () => b64url(randomBytes(32));
let ip = 10;
const meta = () => ({ ip: `198.51.100.${ip++}`, userAgent: 'vitest' });

beforeAll(async () => {
  t = await createTestDb();
  owner = (await t.db.selectFrom('users').select('id').where('mobile_barcode', '=', DEMO_CITIZENS[0]!.barcode).executeTakeFirstOrThrow()).id;
  await t.db
    .insertInto('passkeys')
    .values({ id: authenticator.id, user_id: owner, public_key: authenticator.publicKey, device_type: 'singleDevice', name: 'Soft key' })
    .execute();
});
afterAll(() => t?.close());

describe('burnChallenge', () => {
  it('is true once per challenge', async () => {
    const c = challenge();
    expect(await burnChallenge(c, t.db)).toBe(true);
    expect(await burnChallenge(c, t.db)).toBe(false);
    expect(await burnChallenge(challenge(), t.db)).toBe(true);
  });

  it('lets exactly one of 12 concurrent burns through', async () => {
    const c = challenge();
    const results = await Promise.all(Array.from({ length: 12 }, () => burnChallenge(c, t.db)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('forgets a challenge only after its cookie has expired', async () => {
    const c = challenge();
    const start = Date.parse('2026-11-30T00:00:00Z');
    expect(await burnChallenge(c, t.db, start)).toBe(true);
    // Four minutes on, the cookie is still valid: still refused.
    expect(await burnChallenge(c, t.db, start + 4 * 60_000)).toBe(false);
    // A later burn clears rows whose cookie can no longer be presented.
    await burnChallenge(challenge(), t.db, start + 60 * 60_000);
    const left = await t.db.selectFrom('webauthn_challenges_used').select('expires_at').where('expires_at', '<', new Date(start + 60 * 60_000)).execute();
    expect(left).toEqual([]);
  });
});

describe('signing in with a passkey', () => {
  it('the software authenticator’s assertion signs in (the check below is about reuse, not a bad signature)', async () => {
    const c = challenge();
    expect(await authenticatePasskey(authenticator.assert(c), c, rp, meta(), t.db)).toMatchObject({ id: owner });
  });

  it('a replayed answer with its challenge signs nobody in, and says so in the audit log', async () => {
    const c = challenge();
    const answer = authenticator.assert(c);
    expect(await authenticatePasskey(answer, c, rp, meta(), t.db)).toMatchObject({ id: owner });
    expect(await authenticatePasskey(answer, c, rp, meta(), t.db)).toBeNull();
    expect((await listAuditLog({ limit: 1 }, t.db))[0]).toMatchObject({ action: 'auth.sign_in_failed', details: { method: 'passkey', reason: 'challenge_used' } });
  });

  it('two concurrent verifies of one answer: exactly one session', async () => {
    for (let round = 0; round < 3; round++) {
      const c = challenge();
      const answer = authenticator.assert(c);
      const results = await Promise.all([authenticatePasskey(answer, c, rp, meta(), t.db), authenticatePasskey(answer, c, rp, meta(), t.db)]);
      expect(results.filter((r) => r !== null), `round ${round}`).toHaveLength(1);
    }
  });

  it('a failed answer uses its challenge up too', async () => {
    const c = challenge();
    const { privateKey: wrongKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(await authenticatePasskey(authenticator.assert(c, wrongKey), c, rp, meta(), t.db)).toBeNull();
    expect(await authenticatePasskey(authenticator.assert(c), c, rp, meta(), t.db)).toBeNull();
  });
});
