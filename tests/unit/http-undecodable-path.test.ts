import { describe, expect, it } from 'vitest';
import { isDecodable, undecodablePathResponse } from '@/lib/http/undecodable-path';

describe('undecodable paths', () => {
  it('tells undecodable percent-encoding from valid encoded text', () => {
    for (const bad of ['/lottery/%ff%fe', '/%zz', '/help/%c0', '/a%']) expect(isDecodable(bad), bad).toBe(false);
    for (const good of ['/lottery/11409', '/help/%E4%B8%AD', '/a%20b']) expect(isDecodable(good), good).toBe(true);
  });

  it('answers 400 JSON under /api, with the security headers', async () => {
    const response = undecodablePathResponse('/api/v1/lottery/periods/%ff%fe');
    expect(response.status).toBe(400);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await response.json()).toEqual({ error: { code: 'bad_request', message: 'The address is not valid percent-encoded UTF-8.' } });
  });

  it('answers a 400 page in the path’s language elsewhere', async () => {
    const zh = undecodablePathResponse('/lottery/%ff%fe');
    expect(zh.status).toBe(400);
    expect(zh.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const zhHtml = await zh.text();
    expect(zhHtml).toContain('<html lang="zh-Hant-TW">');
    expect(zhHtml).toContain('網址無法辨識');
    const enHtml = await undecodablePathResponse('/en/lottery/%ff').text();
    expect(enHtml).toContain('<html lang="en">');
    expect(enHtml).toContain('The address could not be read');
  });
});
