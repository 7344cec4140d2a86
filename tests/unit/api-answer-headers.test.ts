import { describe, expect, it } from 'vitest';
import { withHeaders } from '@/lib/api/client-limit';

describe('withHeaders (rate-limit headers on an API answer)', () => {
  it('sets them on the answer itself when its headers can change', async () => {
    const answer = Response.json({ ok: true }, { status: 201 });
    const out = withHeaders(answer, { 'RateLimit-Limit': '300', 'RateLimit-Remaining': '299' });
    expect(out).toBe(answer);
    expect(out.status).toBe(201);
    expect(out.headers.get('ratelimit-remaining')).toBe('299');
    expect(await out.json()).toEqual({ ok: true });
  });

  it('copies an answer whose headers cannot change (a redirect)', () => {
    const answer = Response.redirect('https://example.com/elsewhere', 303);
    const out = withHeaders(answer, { 'RateLimit-Limit': '300' });
    expect(out).not.toBe(answer);
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('https://example.com/elsewhere');
    expect(out.headers.get('ratelimit-limit')).toBe('300');
  });
});
