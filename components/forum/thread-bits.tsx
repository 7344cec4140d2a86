import type { ThreadStatus } from '@/lib/forum/rules';
import { progressPercent } from '@/lib/forum/rules';

/** The status as a labelled badge (text, not colour alone, carries the meaning). */
export function StatusBadge({ status, label, overdue, overdueLabel }: { status: ThreadStatus; label: string; overdue?: boolean; overdueLabel?: string }) {
  const tone = status === 'adopted' || status === 'partly_adopted' || status === 'answered' ? 'border-success' : status === 'not_reached' || status === 'declined' ? 'border-muted' : 'border-brand-700';
  return (
    <span className="inline-flex flex-wrap gap-2">
      <span className={`rounded border-2 ${tone} px-2 py-0.5 text-sm font-semibold`} data-status={status}>
        {label}
      </span>
      {overdue ? <span className="rounded border-2 border-danger px-2 py-0.5 text-sm font-semibold text-danger">{overdueLabel}</span> : null}
    </span>
  );
}

/** Endorsement progress: a native <progress> (announced by screen readers) with the numbers as text. */
export function EndorsementProgress({ count, threshold, text, label }: { count: number; threshold: number; text: string; label: string }) {
  return (
    <div className="mt-2 max-w-md">
      <progress className="h-3 w-full" max={100} value={progressPercent(count, threshold)} aria-label={label}>
        {text}
      </progress>
      <p className="text-sm">{text}</p>
    </div>
  );
}
