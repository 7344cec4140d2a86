/**
 * The public JSON APIs say `dynamic = 'force-dynamic'` (issue 17): each answers other methods
 * too, so none is ever prerendered, and saying so spares every request Next's proxy around the
 * request object (it tracks reads of headers and body for routes that might be static).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROUTES = [
  'app/api/health/route.ts',
  'app/api/v1/lottery/check/route.ts',
  'app/api/v1/lottery/periods/route.ts',
  'app/api/v1/lottery/periods/[period]/route.ts',
  'app/api/v1/calculators/late-fee/route.ts',
  'app/api/v1/calculators/income-tax/route.ts',
  'app/api/v1/calculators/license-tax/route.ts',
];

describe('public JSON APIs', () => {
  it.each(ROUTES)('%s is force-dynamic and answers other methods with 405', (file) => {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    expect(source.match(/^export const dynamic = 'force-dynamic';$/gm)).toHaveLength(1);
    expect(source).toMatch(/methodNotAllowed\(/);
    expect(source).not.toMatch(/export const revalidate|'force-static'|generateStaticParams/);
  });
});
