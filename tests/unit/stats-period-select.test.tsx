// @vitest-environment jsdom
/**
 * A dashboard's start and end fields: the same native <select> and label as SelectField in the
 * server's HTML, but the browser keeps the server's options as written while hydrating (60
 * months per field on a monthly topic, 120 nodes React no longer makes or compares). The field
 * stays React's: its value follows the state, a choice calls onChange, and a new granularity
 * draws the new list of options.
 */
import { act, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serverHtml } from '@/tests/support/server-html';
import { PeriodSelect } from '@/components/stats/period-select';
import { SelectField } from '@/components/ui/select-field';
import { topicData } from '@/lib/stats/read-datasets';
import { periodLabel } from '@/lib/stats/views/period-label';
import { rangeOptions } from '@/lib/stats/views/state';
import type { Granularity } from '@/lib/stats/views/topics';

const data = topicData('industry', 'zh-Hant-TW');
const months = rangeOptions(data, 'month');

function Field({ onPick = () => {} }: { onPick?: (value: string) => void }) {
  const [by, setBy] = useState<Granularity>('month');
  const [value, setValue] = useState(months[0]!);
  return (
    <div>
      <button
        type="button"
        onClick={() => {
          setBy('year');
          setValue(rangeOptions(data, 'year')[1]!);
        }}
      >
        years
      </button>
      <PeriodSelect
        id="f-from"
        label="起"
        invalid={false}
        value={value}
        options={rangeOptions(data, by)}
        by={by}
        locale="zh-Hant-TW"
        onChange={(e) => {
          onPick(e.target.value);
          setValue(e.target.value);
        }}
      />
    </div>
  );
}

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('a dashboard period field', () => {
  it('is the same HTML as a SelectField, errors included', () => {
    const options = months.map((p) => ({ value: p, label: periodLabel(p, 'zh-Hant-TW') }));
    for (const error of [undefined, '起始月份晚於結束月份']) {
      const field = serverHtml(
        <PeriodSelect id="f-to" label="迄" error={error} invalid={Boolean(error)} value={months[3]!} options={months} by="month" locale="zh-Hant-TW" onChange={() => {}} />,
      );
      const before = serverHtml(
        <SelectField id="f-to" label="迄" className="w-auto" value={months[3]!} error={error} aria-invalid={error ? true : undefined} onChange={() => {}} options={options} />,
      );
      expect(field).toBe(before);
    }
  });

  it('keeps the server options while hydrating, and stays a working, labelled field', async () => {
    const container = document.createElement('div');
    container.innerHTML = serverHtml(<Field />);
    document.body.append(container);
    const select = container.querySelector('select')!;
    const serverOptions = [...select.options];
    expect(serverOptions).toHaveLength(months.length);
    const errors = vi.spyOn(console, 'error');
    const picked = vi.fn();
    await act(async () => {
      hydrateRoot(container, <Field onPick={picked} />);
    });
    expect(errors).not.toHaveBeenCalled();
    expect([...select.options].every((o, i) => o === serverOptions[i])).toBe(true);
    expect(select.value).toBe(months[0]);
    expect(container.querySelector('label')!.htmlFor).toBe(select.id);

    // A choice, as the keyboard or a phone's picker makes it.
    select.value = months[5]!;
    await act(async () => select.dispatchEvent(new Event('change', { bubbles: true })));
    expect(picked).toHaveBeenCalledWith(months[5]);
    expect(select.value).toBe(months[5]);
    expect([...select.options].every((o, i) => o === serverOptions[i])).toBe(true);

    // Another granularity: the options are drawn anew, once, with the state's value chosen.
    const years = rangeOptions(data, 'year');
    await act(async () => container.querySelector('button')!.click());
    expect([...select.options].map((o) => o.value)).toEqual(years);
    expect([...select.options].map((o) => o.textContent)).toEqual(years.map((y) => periodLabel(y, 'zh-Hant-TW')));
    expect(select.value).toBe(years[1]);
  });
});
