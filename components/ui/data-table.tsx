import type { ReactNode } from 'react';

type Props = {
  /** Names the scroll region for screen readers (the table's caption or the section heading). */
  label: string;
  /** Visible caption; when absent the label is the table's caption for screen readers only. */
  caption?: ReactNode;
  /** Wraps headers and cells of the first column too (a list of long names, not of short keys). */
  className?: string;
  /** Passed to the <table> (tests find tables by it). */
  testId?: string;
  id?: string;
  children: ReactNode;
};

/**
 * The one table of the site. On a phone a wide table scrolls sideways inside its own region
 * (focusable, so keyboards can scroll it; named, so screen readers say what it is) while the
 * first column stays in view. Cells never break inside a word or number: headers and short
 * cells keep CJK labels whole (CJK wraps per character otherwise); long text goes in cells
 * marked `cell-prose`, numbers in cells marked `num` (right-aligned, tabular figures).
 * The rules live in app/globals.css (`.data-table`) so server and client tables share them.
 */
export function DataTable({ label, caption, className = '', testId, id, children }: Props) {
  return (
    <>
      {/* The visible caption stays outside the scrolling part, so it wraps to the screen, not
          to the table's width; screen readers get the same words from the table's own caption. */}
      {caption ? (
        <p aria-hidden="true" className="data-table-caption">
          {caption}
        </p>
      ) : null}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- axe: scrollable-region-focusable */}
      <div role="region" aria-label={label} tabIndex={0} className={`data-table-region ${caption ? 'mt-0' : ''}`}>
        <table id={id} className={`data-table ${className}`} data-testid={testId}>
          <caption className="sr-only">{caption ?? label}</caption>
          {children}
        </table>
      </div>
    </>
  );
}
