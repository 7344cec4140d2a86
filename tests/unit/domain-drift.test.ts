/**
 * data/domain is the repository's copy of the team's domain research (../shared/domain), so a
 * clone stands alone. Where the research sits beside the repository, the copy must not drift:
 * a changed fact there fails here until it is copied (`cp -r ../shared/domain/. data/domain/`)
 * and the code that uses it is checked again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMAIN_DIR } from '../support/domain';

const SHARED = new URL('../../../shared/domain/', import.meta.url);
const OUR_OWN = new Set(['SOURCE.md']);

function files(base: URL, sub = ''): string[] {
  return readdirSync(new URL(sub, base), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(base, `${sub}${entry.name}/`) : [`${sub}${entry.name}`],
  );
}

describe.skipIf(!existsSync(SHARED))('data/domain matches ../shared/domain', () => {
  it('has the same files', () => {
    expect(files(DOMAIN_DIR).filter((f) => !OUR_OWN.has(f)).sort()).toEqual(files(SHARED).sort());
  });

  it.each(existsSync(SHARED) ? files(SHARED) : [])('%s is unchanged', (name) => {
    expect(readFileSync(new URL(name, DOMAIN_DIR), 'utf8'), `${name} differs from ../shared/domain: copy it again`).toBe(
      readFileSync(new URL(name, SHARED), 'utf8'),
    );
  });
});

it('the repository has its own copy of the domain facts', () => {
  expect(files(DOMAIN_DIR)).toEqual(expect.arrayContaining(['README.md', 'addenda.md', 'data/winning-numbers.json', 'SOURCE.md']));
});
