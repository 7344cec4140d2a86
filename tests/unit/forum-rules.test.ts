import { describe, expect, it } from 'vitest';
import { answerDueDate, canEditQuietly, canEndorse, effectiveStatus, endorsementDeadline, isOverdue, progressPercent, replyParent } from '@/lib/forum/rules';

const day = (iso: string) => new Date(iso);
const proposal = { kind: 'proposal' as const, status: 'collecting' as const, endorseUntil: day('2026-12-01T00:00:00Z'), answerDue: null };

describe('forum rules', () => {
  it('shows 「未達門檻」 once a collecting proposal’s deadline has passed', () => {
    expect(effectiveStatus(proposal, day('2026-11-30T23:59:59Z'))).toBe('collecting');
    expect(effectiveStatus(proposal, day('2026-12-01T00:00:00Z'))).toBe('not_reached');
    expect(effectiveStatus({ ...proposal, status: 'awaiting_answer' }, day('2027-01-01T00:00:00Z'))).toBe('awaiting_answer');
  });

  it('calls an answer overdue after the answer-by date, until there is an answer', () => {
    const waiting = { ...proposal, status: 'awaiting_answer' as const, answerDue: day('2027-01-31T00:00:00Z') };
    expect(isOverdue(waiting, day('2027-01-30T00:00:00Z'))).toBe(false);
    expect(isOverdue(waiting, day('2027-02-01T00:00:00Z'))).toBe(true);
    expect(isOverdue({ ...waiting, status: 'answered' }, day('2027-02-01T00:00:00Z'))).toBe(false);
  });

  it('gives the answer-by date two calendar months later, at the month’s end when shorter', () => {
    expect(answerDueDate(day('2026-09-15T03:00:00Z')).toISOString()).toBe('2026-11-15T03:00:00.000Z');
    expect(answerDueDate(day('2026-12-31T03:00:00Z')).toISOString()).toBe('2027-02-28T03:00:00.000Z');
    expect(answerDueDate(day('2027-12-31T03:00:00Z')).toISOString()).toBe('2028-02-29T03:00:00.000Z');
  });

  it('sets the endorsement deadline days after posting', () => {
    expect(endorsementDeadline(day('2026-11-30T00:00:00Z'), 60).toISOString()).toBe('2027-01-29T00:00:00.000Z');
  });

  it('lets endorsing go on until the deadline, never on hidden, locked or question threads', () => {
    const at = day('2026-11-01T00:00:00Z');
    expect(canEndorse({ ...proposal, hidden: false, locked: false }, at)).toBe(true);
    expect(canEndorse({ ...proposal, status: 'awaiting_answer', hidden: false, locked: false }, at)).toBe(true);
    expect(canEndorse({ ...proposal, hidden: true, locked: false }, at)).toBe(false);
    expect(canEndorse({ ...proposal, hidden: false, locked: true }, at)).toBe(false);
    expect(canEndorse({ ...proposal, kind: 'question', hidden: false, locked: false }, at)).toBe(false);
    expect(canEndorse({ ...proposal, hidden: false, locked: false }, day('2026-12-02T00:00:00Z'))).toBe(false);
  });

  it('allows quiet edits for 30 minutes', () => {
    const written = day('2026-11-30T10:00:00Z');
    expect(canEditQuietly(written, day('2026-11-30T10:30:00Z'))).toBe(true);
    expect(canEditQuietly(written, day('2026-11-30T10:30:01Z'))).toBe(false);
  });

  it('attaches a reply to a reply to the top comment (one level)', () => {
    expect(replyParent(null)).toBeNull();
    expect(replyParent({ id: 5, parentId: null })).toBe(5);
    expect(replyParent({ id: 7, parentId: 5 })).toBe(5);
  });

  it('caps progress at 100%', () => {
    expect(progressPercent(2500, 5000)).toBe(50);
    expect(progressPercent(6000, 5000)).toBe(100);
    expect(progressPercent(1, null)).toBe(0);
  });
});
