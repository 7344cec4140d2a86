import { describe, expect, it } from 'vitest';
import { statsShare } from '@/lib/og/stats-share';
import { statsSvg } from '@/lib/og/stats-svg';
import { topicData } from '@/lib/stats/read-datasets';
import { topicShareInput } from '@/lib/stats/views/share';
import { parseState } from '@/lib/stats/views/state';

describe('the chart image of a filtered view', () => {
  const data = topicData('industry', 'zh-Hant-TW');

  it('draws the view the query asks for, and the default view without one', () => {
    const all = topicShareInput(data, '2026-11-30');
    const filtered = topicShareInput(data, '2026-11-30', parseState('?from=2024-01&to=2024-06&measure=count&series=convenience', data));
    expect(all.values).toHaveLength(60);
    expect(filtered).toMatchObject({ from: '2024-01', to: '2024-06', measure: 'count' });
    expect(filtered.values).toHaveLength(6);
    expect(filtered.values).not.toEqual(all.values.slice(36, 42));
  });

  it('as SVG: one standalone document with the title, the synthetic badge and a bar per period', () => {
    const svg = statsSvg(statsShare(topicShareInput(data, '2026-11-30', parseState('?from=2024-01&to=2024-06&measure=count', data))));
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('合成資料');
    expect(svg.match(/<rect [^>]*fill="#0f5e63"/g)).toHaveLength(6);
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });
});
