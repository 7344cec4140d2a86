/**
 * An admin sets a category's endorsement rules (join.gov.tw's default: 5,000 within 60 days).
 * They apply to proposals made afterwards: a proposal keeps the threshold and deadline it was
 * made with (forum_threads stores both), so nobody's target moves under them. Every change is
 * audited with the rules before and after.
 */
import 'server-only';
import { recordAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { expireForumTags, FORUM_CATEGORIES_TAG } from './cache-tags';
import type { CategoryRulesInput } from './schemas';
import type { ForumContext } from './store';

export type CategoryRulesResult = { ok: true; changed: boolean } | { ok: false; code: 'not_found' };

export async function setCategoryRules(admin: { id: string; label: string }, input: CategoryRulesInput, ctx: Pick<ForumContext, 'db' | 'meta'> = {}): Promise<CategoryRulesResult> {
  const db = await resolveDb(ctx.db);
  const outcome = await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('forum_categories').select(['endorsement_threshold', 'endorsement_days']).where('slug', '=', input.category).forUpdate().executeTakeFirst();
    if (!before) return null;
    const from = { threshold: Number(before.endorsement_threshold), days: Number(before.endorsement_days) };
    if (from.threshold === input.threshold && from.days === input.days) return { from, changed: false };
    await trx.updateTable('forum_categories').set({ endorsement_threshold: input.threshold, endorsement_days: input.days }).where('slug', '=', input.category).execute();
    return { from, changed: true };
  });
  if (!outcome) return { ok: false, code: 'not_found' };
  if (outcome.changed) {
    expireForumTags([FORUM_CATEGORIES_TAG]);
    await recordAudit(
      {
        actor: admin,
        action: 'forum.category_rules',
        target: { type: 'forum_category', id: input.category },
        details: { from: outcome.from, to: { threshold: input.threshold, days: input.days } },
        meta: ctx.meta,
      },
      db,
    );
  }
  return { ok: true, changed: outcome.changed };
}
