/**
 * A block of code that may be wider than the screen: it scrolls sideways in its own region,
 * focusable so keyboards can scroll it and named so screen readers say what it is.
 */
export function CodeBlock({ label, code, testId, className }: { label: string; code: string; testId?: string; className?: string }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- axe: scrollable-region-focusable
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto rounded bg-gray-100 p-3 ${className ?? ''}`}>
      <pre className="text-sm" data-testid={testId}>
        {code}
      </pre>
    </div>
  );
}
