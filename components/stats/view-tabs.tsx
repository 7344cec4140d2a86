'use client';

import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export type Tab = { key: string; label: string; panel: ReactNode };

type Props = { id: string; label: string; tabs: readonly Tab[]; selected: string; onSelect: (key: string) => void };

/**
 * Chart, table and map of the same data as tabs (as Our World in Data's grapher): the WAI-ARIA
 * tabs pattern, arrows and Home/End move between tabs and show them. Every panel is in the HTML;
 * without JavaScript the <noscript> rule shows them all one under the other.
 */
export function ViewTabs({ id, label, tabs, selected, onSelect }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!;
    onSelect(next.key);
    list.current?.querySelector<HTMLButtonElement>(`#${id}-tab-${next.key}`)?.focus();
  };
  return (
    <div className="mt-4">
      <noscript>
        <style>{`.view-tablist{display:none}.view-panel[hidden]{display:block}`}</style>
      </noscript>
      <div ref={list} role="tablist" aria-label={label} className="view-tablist flex gap-1 border-b-2 border-ink">
        {tabs.map((tab, i) => {
          const on = tab.key === selected;
          return (
            <button
              key={tab.key}
              type="button"
              role="tab"
              id={`${id}-tab-${tab.key}`}
              aria-selected={on}
              aria-controls={`${id}-panel-${tab.key}`}
              tabIndex={on ? 0 : -1}
              onClick={() => onSelect(tab.key)}
              onKeyDown={(e) => move(e, i)}
              className={`-mb-0.5 min-h-11 rounded-t-md border-2 px-4 font-semibold ${on ? 'border-ink border-b-white bg-white' : 'border-transparent text-brand-700 underline'}`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${id}-panel-${tab.key}`}
          aria-labelledby={`${id}-tab-${tab.key}`}
          hidden={tab.key !== selected}
          className="view-panel pt-4"
          data-testid={`panel-${tab.key}`}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
