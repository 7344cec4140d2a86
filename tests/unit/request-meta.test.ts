import { describe, expect, it } from 'vitest';
import { requestMetaFrom } from '@/lib/http/request-meta';

const meta = (init: Record<string, string>) => requestMetaFrom(new Headers(init));

describe('requestMetaFrom', () => {
  it('takes the first X-Forwarded-For entry, trimmed', () => {
    expect(meta({ 'x-forwarded-for': ' 203.0.113.7 , 10.0.0.1, 10.0.0.2' }).ip).toBe('203.0.113.7');
    expect(meta({ 'x-forwarded-for': '2001:db8::1' }).ip).toBe('2001:db8::1');
  });

  it('prefers X-Forwarded-For over X-Real-IP', () => {
    expect(meta({ 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '198.51.100.1' }).ip).toBe('203.0.113.7');
  });

  it('falls back to X-Real-IP when X-Forwarded-For is missing or its first entry is empty', () => {
    expect(meta({ 'x-real-ip': ' 198.51.100.1 ' }).ip).toBe('198.51.100.1');
    expect(meta({ 'x-forwarded-for': ' , 10.0.0.1', 'x-real-ip': '198.51.100.1' }).ip).toBe('198.51.100.1');
  });

  it('returns nulls when nothing is known', () => {
    expect(meta({})).toEqual({ ip: null, userAgent: null });
    expect(meta({ 'x-forwarded-for': '', 'x-real-ip': '   ' }).ip).toBeNull();
  });

  it('caps the IP at 64 characters', () => {
    expect(meta({ 'x-forwarded-for': 'x'.repeat(500) }).ip).toHaveLength(64);
  });

  it('keeps the user agent, truncated to 300 characters', () => {
    expect(meta({ 'user-agent': 'Mozilla/5.0' }).userAgent).toBe('Mozilla/5.0');
    const long = 'A'.repeat(299) + 'BC';
    expect(meta({ 'user-agent': long }).userAgent).toBe('A'.repeat(299) + 'B');
    expect(meta({ 'user-agent': 'u'.repeat(300) }).userAgent).toHaveLength(300);
  });
});
