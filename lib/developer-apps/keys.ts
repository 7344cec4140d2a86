/**
 * App IDs and API keys. The key is shown once; the server keeps its SHA-256 and the key sealed
 * under a key derived from the server secret (AES-256-GCM), because the e-invoice API's
 * signature is an HMAC keyed with the API key: verifying it needs the key itself.
 * Node-only (node:crypto); no database here.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** 'EINV' + 10 digits, the shape of the Ministry's app IDs (data/domain/data/einvoice-api.json, auth.appID). */
export const APP_ID = /^EINV\d{10}$/;

export function newAppId(): string {
  let digits = '';
  for (let i = 0; i < 10; i++) digits += String(randomInt(10));
  return `EINV${digits}`;
}

/** 32 random bytes, base64url: 43 characters, safe in a form field and a config file. */
export function newApiKey(): string {
  return randomBytes(32).toString('base64url');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** What the app's page shows to tell keys apart. */
export function keyPrefix(key: string): string {
  return key.slice(0, 6);
}

function sealingKey(secret: string): Buffer {
  return createHash('sha256').update(`tax-cloud developer-app key\0${secret}`, 'utf8').digest();
}

export function sealApiKey(key: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(secret), iv);
  const data = Buffer.concat([cipher.update(key, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url');
}

/** The key, or null when it was sealed under another secret or the row was tampered with. */
export function unsealApiKey(sealed: string, secret: string, expectedHash: string): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const key = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const a = Buffer.from(hashApiKey(key), 'hex');
    const b = Buffer.from(expectedHash, 'hex');
    return a.length === b.length && timingSafeEqual(a, b) ? key : null;
  } catch {
    return null;
  }
}
