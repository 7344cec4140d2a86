/**
 * The forum's rules as pure functions (no database, no framework): statuses and how a proposal
 * moves through them, the edit window, what a reader may do with a thread, and the list orders.
 *
 * The model is join.gov.tw's (公共政策網路參與平臺): a proposal collects endorsements (附議) —
 * 5,000 within 60 days unless its category says otherwise — and once it has them the agency
 * answers within two months. Decidim adds the answer states (evaluating, accepted, rejected).
 */

export const CATEGORY_SLUGS = ['e-invoice', 'carriers-prizes', 'tax-calculators', 'open-data', 'this-site'] as const;
export type CategorySlug = (typeof CATEGORY_SLUGS)[number];

export const THREAD_KINDS = ['proposal', 'question'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

export const DEFAULT_THRESHOLD = 5000;
export const DEFAULT_ENDORSEMENT_DAYS = 60;
/** After reaching the threshold the agency answers within two months. */
export const ANSWER_MONTHS = 2;
/** An author may edit quietly for 30 minutes; later edits keep the earlier text visible. */
export const EDIT_WINDOW_MS = 30 * 60 * 1000;

/** Stored statuses (forum_threads.status). */
export const STORED_STATUSES = ['collecting', 'open', 'awaiting_answer', 'under_review', 'answered', 'adopted', 'partly_adopted', 'declined'] as const;
export type StoredStatus = (typeof STORED_STATUSES)[number];

/** What a reader sees: the stored status, or 「未達門檻」 for a proposal past its deadline without enough endorsements. */
export const STATUSES = [...STORED_STATUSES, 'not_reached'] as const;
export type ThreadStatus = (typeof STATUSES)[number];

/** Statuses an official can give with an answer. */
export const ANSWER_STATUSES = ['under_review', 'answered', 'adopted', 'partly_adopted', 'declined'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
/** Statuses that close the matter: a reason (the answer's text) is required with them. */
export const FINAL_STATUSES: readonly ThreadStatus[] = ['answered', 'adopted', 'partly_adopted', 'declined'];

export const SORTS = ['newest', 'endorsed', 'close', 'answered', 'overdue'] as const;
export type ThreadSort = (typeof SORTS)[number];

/** Filters in the list's URL: a status as readers see it, or "overdue" (an answer is late). */
export const STATUS_FILTERS = [...STATUSES, 'overdue'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export type ThreadState = {
  kind: ThreadKind;
  status: StoredStatus;
  endorseUntil: Date | null;
  answerDue: Date | null;
};

export function effectiveStatus(thread: ThreadState, now: Date): ThreadStatus {
  if (thread.kind === 'proposal' && thread.status === 'collecting' && thread.endorseUntil && thread.endorseUntil.getTime() <= now.getTime()) return 'not_reached';
  return thread.status;
}

/** An agency's answer is late: the threshold was reached, the answer-by date has passed, no answer yet. */
export function isOverdue(thread: ThreadState, now: Date): boolean {
  return (thread.status === 'awaiting_answer' || thread.status === 'under_review') && thread.answerDue !== null && thread.answerDue.getTime() < now.getTime();
}

/** Endorsing and withdrawing are open until the deadline (also after the threshold is reached). */
export function canEndorse(thread: ThreadState & { hidden: boolean; locked: boolean }, now: Date): boolean {
  return thread.kind === 'proposal' && !thread.hidden && !thread.locked && thread.endorseUntil !== null && thread.endorseUntil.getTime() > now.getTime();
}

export function endorsementDeadline(createdAt: Date, days: number): Date {
  return new Date(createdAt.getTime() + days * 86_400_000);
}

/** Two calendar months later (31 Aug → 31 Oct; 31 Dec → 28/29 Feb: the month's last day). */
export function answerDueDate(reachedAt: Date): Date {
  const d = new Date(reachedAt.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + ANSWER_MONTHS);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** Share of the threshold reached, 0–100 (capped), for the progress bar. */
export function progressPercent(count: number, threshold: number | null): number {
  if (!threshold) return 0;
  return Math.min(100, Math.floor((count / threshold) * 100));
}

export function canEditQuietly(writtenAt: Date, now: Date): boolean {
  return now.getTime() - writtenAt.getTime() <= EDIT_WINDOW_MS;
}

/** Replies are one level deep: a reply to a reply attaches to the top comment instead. */
export function replyParent(parent: { id: number; parentId: number | null } | null): number | null {
  if (!parent) return null;
  return parent.parentId ?? parent.id;
}

/** Reports from this many different accounts hide a post until a moderator looks at it. */
export const REPORTS_TO_HIDE = 3;
