// The benchmarks' minimal Next app (scripts/bench/minimal-next.ts), without building it: its
// config is the portal's, and its routes answer the captured status, headers and body.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { configRedirects, configRewrites } from '@/lib/http/next-routing';
import { configHeaders } from '@/lib/security/headers';
import { rewrittenPath, routeKey, writeMinimalApp } from '@/scripts/bench/minimal-next';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function generated(keys: string[]) {
  const dir = await mkdtemp(join(tmpdir(), 'minimal-next-test-'));
  dirs.push(dir);
  await writeMinimalApp(dir, { keys, dbQuery: false }, undefined, { linkModules: false });
  return dir;
}

describe('minimal Next app', () => {
  it('takes its headers, redirects and rewrites from the modules next.config.ts uses', async () => {
    const dir = await generated(['GET /api/health']);
    const config = (await import(pathToFileURL(join(dir, 'next.config.mjs')).href)).default;
    expect(await config.headers()).toEqual(configHeaders({ isDev: false }));
    expect(await config.redirects()).toEqual(configRedirects());
    expect(await config.rewrites()).toEqual(configRewrites());
    expect(config.poweredByHeader).toBe(false);
    expect(config.generateEtags).toBe((await import('../../next.config')).default.generateEtags);
  });

  it('answers each route with the captured status, headers and body after reading the request body', async () => {
    const keys = ['POST /api/v1/lottery/check', 'GET /api/v1/lottery/periods'];
    const dir = await generated(keys);
    const routes = [
      { key: routeKey({ method: 'POST', path: '/api/v1/lottery/check' }), status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: '{"results":[]}' },
      { key: 'GET /api/v1/lottery/periods', status: 201, headers: { 'content-type': 'text/plain' }, body: '稅務雲' },
    ];
    const file = join(dir, 'routes.json');
    await writeFile(file, JSON.stringify(routes));
    process.env.MINIMAL_ROUTES_FILE = file;
    const check = await import(pathToFileURL(join(dir, 'app/api/v1/lottery/check/route.js')).href);
    const res: Response = await check.POST(new Request('http://x/api/v1/lottery/check', { method: 'POST', body: '{"a":1}' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe('{"results":[]}');
    const periods = await import(pathToFileURL(join(dir, 'app/api/v1/lottery/periods/route.js')).href);
    const res2: Response = await periods.GET(new Request('http://x/api/v1/lottery/periods'));
    expect([res2.status, await res2.text()]).toEqual([201, '稅務雲']);
    expect(await readFile(join(dir, 'app/minimal-ready/route.js'), 'utf8')).toContain('GET');
  });

  it('puts a route where the portal’s rewrites send its path, so the minimal app answers the same bytes, not its 404', async () => {
    expect(rewrittenPath('/forum')).toBe('/zh-Hant-TW/forum-index/newest');
    expect(rewrittenPath('/forum?page=2')).toBe('/zh-Hant-TW/forum-index/newest-2');
    expect(rewrittenPath('/forum?cursor=abc')).toBe('/forum');
    expect(rewrittenPath('/forum/42')).toBe('/zh-Hant-TW/forum-read/42');
    expect(rewrittenPath('/api/v1/forum/threads?limit=5')).toBe('/api/v1/forum/threads');
    const dir = await mkdtemp(join(tmpdir(), 'minimal-next-test-'));
    dirs.push(dir);
    await writeMinimalApp(dir, { keys: ['GET /forum'], dbQuery: false, at: { 'GET /forum': rewrittenPath('/forum') } }, undefined, { linkModules: false });
    expect(await readFile(join(dir, 'app/zh-Hant-TW/forum-index/newest/route.js'), 'utf8')).toContain('answer("GET /forum", request)');
  });

  it("with dbQuery, runs GET /api/health's one statement before answering", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minimal-next-test-'));
    dirs.push(dir);
    await writeMinimalApp(dir, { keys: ['GET /api/health'], dbQuery: true }, undefined, { linkModules: false });
    const { HEALTH_PROBE_SQL } = await import('@/lib/db/health');
    expect(await readFile(join(dir, 'db.js'), 'utf8')).toContain(JSON.stringify(HEALTH_PROBE_SQL));
    expect(await readFile(join(dir, 'answer.js'), 'utf8')).toContain('await query();');
    expect(typeof (await import(pathToFileURL(join(dir, 'db.js')).href)).query).toBe('function');
  });
});
