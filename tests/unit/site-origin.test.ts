import { describe, expect, it } from 'vitest';
import { buildMatchesOrigin, originFromRobots, resolveStartOrigin, servedOrigin } from '@/lib/seo/site-origin';

describe('the origin npm start builds and serves for', () => {
  it('is the served one when APP_URL is unset, on PORT or 3000', () => {
    expect(servedOrigin(undefined)).toBe('http://localhost:3000');
    expect(resolveStartOrigin({})).toEqual({ appUrl: 'http://localhost:3000', served: 'http://localhost:3000', warning: null, notice: null });
    expect(resolveStartOrigin({ PORT: '4100' }).appUrl).toBe('http://localhost:4100');
    expect(resolveStartOrigin({ PORT: '4100', APP_URL: '  ' }).appUrl).toBe('http://localhost:4100');
  });

  it('is APP_URL when set, silently when it is the served origin (also as 127.0.0.1)', () => {
    expect(resolveStartOrigin({ PORT: '4100', APP_URL: 'http://localhost:4100' }).warning).toBeNull();
    expect(resolveStartOrigin({ PORT: '4100', APP_URL: 'http://localhost:4100/' }).warning).toBeNull();
    const ip = resolveStartOrigin({ PORT: '4100', APP_URL: 'http://127.0.0.1:4100' });
    expect(ip).toMatchObject({ appUrl: 'http://127.0.0.1:4100', warning: null, notice: null });
  });

  it('warns when APP_URL names this machine on another port or scheme', () => {
    const r = resolveStartOrigin({ PORT: '4100', APP_URL: 'http://localhost:3000' });
    expect(r.appUrl).toBe('http://localhost:3000');
    expect(r.warning).toContain('APP_URL is http://localhost:3000, but the portal is served at http://localhost:4100');
    expect(resolveStartOrigin({ APP_URL: 'https://localhost:3000' }).warning).toContain('https://localhost:3000');
    expect(resolveStartOrigin({ PORT: '4100', APP_URL: 'http://[::1]:3000' }).warning).not.toBeNull();
  });

  it('names both origins, without a warning, when APP_URL is another host (a proxy or a domain in front)', () => {
    const r = resolveStartOrigin({ PORT: '4100', APP_URL: 'https://taxcloud.example' });
    expect(r).toMatchObject({ appUrl: 'https://taxcloud.example', warning: null });
    expect(r.notice).toBe('pages link to https://taxcloud.example (APP_URL); this server listens at http://localhost:4100.');
  });

  it('takes Vercel’s production domain when APP_URL is unset there', () => {
    expect(resolveStartOrigin({ VERCEL_PROJECT_PRODUCTION_URL: 'taxcloud.vercel.app' }).appUrl).toBe('https://taxcloud.vercel.app');
  });
});

describe('the origin a build was made for', () => {
  it('is read from the Sitemap line of its robots.txt', () => {
    const robots = 'User-Agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: http://localhost:3000/sitemap.xml\n';
    expect(originFromRobots(robots)).toBe('http://localhost:3000');
    expect(originFromRobots('User-Agent: *\n')).toBeNull();
    expect(originFromRobots('Sitemap: not a url')).toBeNull();
  });

  it('decides whether npm start must rebuild', () => {
    expect(buildMatchesOrigin('http://localhost:3000', 'http://localhost:3000')).toBe(true);
    expect(buildMatchesOrigin('http://localhost:3000', 'http://localhost:3000/')).toBe(true);
    expect(buildMatchesOrigin('http://localhost:3000', 'http://localhost:4100')).toBe(false);
    expect(buildMatchesOrigin(null, 'http://localhost:3000')).toBe(false);
  });
});
