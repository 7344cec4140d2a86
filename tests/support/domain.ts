/**
 * The domain facts the tests check against, from the repository's own copy in data/domain
 * (a clone on a fresh machine has no ../shared). tests/unit/domain-drift.test.ts compares that
 * copy with ../shared/domain when it exists beside the repository.
 */
import { readFileSync } from 'node:fs';

export const DOMAIN_DIR = new URL('../../data/domain/', import.meta.url);

export function domainData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`data/${name}`, DOMAIN_DIR), 'utf8')) as T;
}
