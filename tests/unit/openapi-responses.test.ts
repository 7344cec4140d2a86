/**
 * Every JSON answer of the JSON API is exact in the OpenAPI document (no loose object, no schema
 * that admits anything), and some test checks a real answer of each against it
 * (tests/support/documented.ts expectDocumented). Answers of the pure routes are checked here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/openapi/document';
import { expectDocumented } from '../support/documented';

const doc = openApiDocument('https://taxcloud.example') as unknown as {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
};

// Its paths and components are OpenAPI and JSON Schema themselves: the OpenAPI meta-schema is
// their exact description (tests/unit/openapi.test.ts validates the document with it).
const SELF = '/api/v1/openapi.json';

/** Where a schema admits more than it names: an object without additionalProperties: false, or {}. */
function looseSpots(schema: unknown, at: string, seen = new Set<string>()): string[] {
  if (schema === true) return [`${at}: true (anything)`];
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return [];
    seen.add(name);
    return looseSpots(doc.components.schemas[name], `${at} → ${name}`, seen);
  }
  const keys = Object.keys(s).filter((k) => !['description', 'example', 'examples', 'id', 'title', 'format'].includes(k));
  if (keys.length === 0) return [`${at}: {} (anything)`];
  const spots: string[] = [];
  const union = ['oneOf', 'anyOf', 'allOf'].some((k) => k in s);
  if (s.properties || (s.type === 'object' && !union)) {
    // A typed dictionary (additionalProperties: a schema, no named properties) is exact about its values.
    const dictionary = !s.properties && s.additionalProperties && typeof s.additionalProperties === 'object';
    if (!dictionary && s.additionalProperties !== false) spots.push(`${at}: object admits unnamed fields`);
  }
  for (const [key, value] of Object.entries(s)) {
    if (key === 'properties') for (const [name, sub] of Object.entries(value as object)) spots.push(...looseSpots(sub, `${at}.${name}`, seen));
    else if (['items', 'additionalProperties', 'not'].includes(key)) spots.push(...looseSpots(value, `${at}[${key}]`, seen));
    else if (['anyOf', 'oneOf', 'allOf', 'prefixItems'].includes(key)) (value as unknown[]).forEach((sub, i) => spots.push(...looseSpots(sub, `${at}|${i}`, seen)));
  }
  return spots;
}

/** Every documented JSON answer: "METHOD path status". */
function jsonAnswers(): string[] {
  return Object.entries(doc.paths).flatMap(([p, item]) =>
    Object.entries(item).flatMap(([method, op]) =>
      Object.entries(op.responses ?? {})
        .filter(([status, r]) => status.startsWith('2') && r.content?.['application/json'])
        .map(([status]) => `${method.toUpperCase()} ${p} ${status}`),
    ),
  );
}

// The forum's routes are being reworked on another branch this week (lib/forum is theirs); their
// answers are strict in the document already and get their checks there.
const ELSEWHERE = new Set(['GET /api/v1/forum/threads', 'POST /api/v1/forum/threads', 'GET /api/v1/forum/threads/{id}', 'POST /api/v1/forum/threads/{id}/comments', 'PUT /api/v1/forum/threads/{id}/endorsement', 'DELETE /api/v1/forum/threads/{id}/endorsement']);

// Adding a passkey needs a real authenticator's signed attestation: its 201 answer is typed by its
// schema (lib/api/documented-json.ts) and the e2e passkey journey adds one through the route.
const NEEDS_AUTHENTICATOR = new Set(['POST /api/v1/me/passkeys']);

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? testFiles(full) : name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('JSON API answers in the OpenAPI document', () => {
  it('are exact: every object names its fields and admits no others', () => {
    const spots = Object.entries(doc.paths)
      .filter(([p]) => p !== SELF)
      .flatMap(([p, item]) =>
        Object.entries(item).flatMap(([method, op]) =>
          Object.entries(op.responses ?? {}).flatMap(([status, r]) => looseSpots(r.content?.['application/json']?.schema, `${method.toUpperCase()} ${p} ${status}`)),
        ),
      );
    expect(spots).toEqual([]);
  });

  it('are each checked against a real answer by some test', () => {
    const text = testFiles(path.join(process.cwd(), 'tests')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const checked = new Set([...text.matchAll(/,\s*'(\/api\/v1\/[^']+)',\s*'(get|post|put|patch|delete)'\)/g)].map((m) => `${m[2]!.toUpperCase()} ${m[1]}`));
    const unchecked = [...new Set(jsonAnswers().map((a) => a.split(' ').slice(0, 2).join(' ')))].filter((a) => !checked.has(a) && !ELSEWHERE.has(a) && !NEEDS_AUTHENTICATOR.has(a));
    expect(unchecked, 'Routes whose JSON answer no test checks with expectDocumented').toEqual([]);
  });

  it('the document itself', async () => {
    const { GET } = await import('@/app/api/v1/openapi.json/route');
    await expectDocumented(await GET(new Request('http://localhost:3000/api/v1/openapi.json')), '/api/v1/openapi.json', 'get');
  });

  it('the calculators (each with its full result)', async () => {
    const post = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' }, body: JSON.stringify(body) });
    const lateFee = (await import('@/app/api/v1/calculators/late-fee/route')).POST;
    const license = (await import('@/app/api/v1/calculators/license-tax/route')).POST;
    const income = (await import('@/app/api/v1/calculators/income-tax/route')).POST;
    const r1 = await lateFee(new Request('http://localhost:3000/api/v1/calculators/late-fee', post({ amount: 100_000, deadline: '2025-05-31', paidOn: '2025-08-20' })));
    expect(r1.status).toBe(200);
    await expectDocumented(r1, '/api/v1/calculators/late-fee', 'post');
    const r2 = await license(new Request('http://localhost:3000/api/v1/calculators/license-tax', post({ taxYear: 2025, vehicleKind: 'private-car', cc: 1800, registeredOn: '2025-03-01' })));
    expect(r2.status).toBe(200);
    await expectDocumented(r2, '/api/v1/calculators/license-tax', 'post');
    const r3 = await income(
      new Request('http://localhost:3000/api/v1/calculators/income-tax', post({ incomeYear: 113, filingStatus: 'married', taxpayer: { salary: 1_200_000 }, spouse: { salary: 900_000, dividends: 200_000 }, dependants: [{ age70Plus: true }] })),
    );
    expect(r3.status, JSON.stringify(await r3.clone().json())).toBe(200);
    await expectDocumented(r3, '/api/v1/calculators/income-tax', 'post');
    const refused = await lateFee(new Request('http://localhost:3000/api/v1/calculators/late-fee', post({ amount: -1 })));
    expect(refused.status).toBe(400);
    await expectDocumented(refused, '/api/v1/calculators/late-fee', 'post');
  });
});
