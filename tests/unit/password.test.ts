import { describe, expect, it } from 'vitest';
import { dummyHash, hashPassword, verifyPassword } from '@/lib/auth/password';

const SALT = Uint8Array.from({ length: 16 }, (_, i) => i);

describe('hashPassword / verifyPassword', () => {
  it('round-trips, rejects a wrong password and stores scrypt parameters with the hash', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('is deterministic for a fixed salt, and different salts give different hashes', async () => {
    const a = await hashPassword('pass', SALT);
    expect(await hashPassword('pass', SALT)).toBe(a);
    expect(a.split('$')[4]).toBe(Buffer.from(SALT).toString('base64'));
    const b = await hashPassword('pass', Uint8Array.from({ length: 16 }, (_, i) => 15 - i));
    expect(b).not.toBe(a);
    expect(b.split('$')[5]).not.toBe(a.split('$')[5]);
  });

  it('uses a random salt by default', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(a).not.toBe(b);
  });

  it('normalises to NFKC: full-width ｐａｓｓ verifies against pass', async () => {
    const stored = await hashPassword('pass', SALT);
    expect(await hashPassword('ｐａｓｓ', SALT)).toBe(stored);
    expect(await verifyPassword('ｐａｓｓ', stored)).toBe(true);
  });

  it('rejects a tampered hash or salt', async () => {
    const stored = await hashPassword('pass', SALT);
    const parts = stored.split('$');
    const hash = Buffer.from(parts[5]!, 'base64');
    hash[0] = hash[0]! ^ 1;
    expect(await verifyPassword('pass', [...parts.slice(0, 5), hash.toString('base64')].join('$'))).toBe(false);
    const salt = Buffer.from(parts[4]!, 'base64');
    salt[0] = salt[0]! ^ 1;
    expect(await verifyPassword('pass', [...parts.slice(0, 4), salt.toString('base64'), parts[5]].join('$'))).toBe(false);
    // A truncated hash must not verify by comparing a prefix.
    expect(await verifyPassword('pass', [...parts.slice(0, 5), hash.subarray(0, 32).toString('base64')].join('$'))).toBe(false);
  });

  it.each(['', 'pass', 'bcrypt$10$abc$def$ghi$jkl', 'scrypt$15$8$1$$', 'scrypt$15$8$1$c2FsdA==', '$$$$$'])(
    'rejects the malformed stored string %j',
    async (stored) => {
      expect(await verifyPassword('pass', stored)).toBe(false);
    },
  );

  // BUG (lib/auth/password.ts, verifyPassword ~line 27-31): only scheme/salt/hash are checked, so a stored
  // string whose scrypt parameters are not valid integers makes node:crypto throw and verifyPassword REJECTS
  // ("The value of \"N\" is out of range…", "Invalid scrypt params") instead of resolving false. In
  // lib/auth/sign-in.ts line 52 that aborts sign-in before the failed attempt is recorded for rate limiting.
  // Left failing on purpose.
  it('resolves false (does not throw) when the stored scrypt parameters are malformed', async () => {
    for (const stored of ['scrypt$x$8$1$c2FsdA==$aGFzaA==', 'scrypt$15$x$1$c2FsdA==$aGFzaA==', 'scrypt$$$$c2FsdA==$aGFzaA==', 'scrypt$0$8$1$c2FsdA==$aGFzaA==']) {
      await expect(verifyPassword('pass', stored), stored).resolves.toBe(false);
    }
  });

  it('the dummy hash is stable and matches no ordinary password', async () => {
    const dummy = await dummyHash();
    expect(await dummyHash()).toBe(dummy);
    expect(dummy.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('pass', dummy)).toBe(false);
  });
});
