import { describe, expect, it } from 'vitest';
import { fallbackFor } from '@/lib/http/fallback-error';

describe('fallbackFor', () => {
  it('answers an undecodable path with 400, as JSON under /api and in the path’s language', () => {
    expect(fallbackFor('GET', '/lottery/%ff%fe', 500)).toEqual({ status: 400, json: false, locale: 'zh-Hant-TW' });
    expect(fallbackFor('GET', '/en/lottery/%ff', 400)).toEqual({ status: 400, json: false, locale: 'en' });
    expect(fallbackFor('GET', '/api/v1/lottery/periods/%ff%fe?x=1', 500)).toMatchObject({ status: 400, json: true });
  });

  it('answers the methods fetch cannot represent with 405 and Allow', () => {
    for (const method of ['TRACE', 'track', 'CONNECT']) {
      expect(fallbackFor(method, '/api/health', 500)).toMatchObject({ status: 405, json: true, allow: 'GET, HEAD, POST, OPTIONS' });
    }
  });

  it('keeps any other status, and a real failure stays a 500', () => {
    expect(fallbackFor('GET', '/lottery', 404).status).toBe(404);
    expect(fallbackFor('GET', '/lottery', 500).status).toBe(500);
    expect(fallbackFor(undefined, undefined, 200).status).toBe(500);
  });
});
