export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-focus focus:px-4 focus:py-2 focus:text-ink"
    >
      {label}
    </a>
  );
}
