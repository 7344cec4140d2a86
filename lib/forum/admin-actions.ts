'use server';

import { refresh } from 'next/cache';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { actionContext } from '@/lib/carriers/request-context';
import { setCategoryRules } from './category-rules';
import { categoryRulesSchema } from './schemas';

/** Admins only (`forum:configure`): the wrapper checks the permission and audits a refusal. */
export const categoryRulesAction = validatedAction(
  { auth: 'forum:configure', schema: categoryRulesSchema, namespace: 'Forum', keep: ['threshold', 'days'] },
  async (input, { t, locale, principal }): Promise<ActionState> => {
    const result = await setCategoryRules({ id: principal.id, label: principal.email || principal.name }, input, await actionContext(principal));
    if (!result.ok) return { message: t('threadNotFound') };
    if (!result.changed) return { ok: true, data: { message: t('rulesUnchanged') } };
    refresh();
    const nf = new Intl.NumberFormat(locale);
    return { ok: true, data: { message: t('rulesSaved', { threshold: nf.format(input.threshold), days: input.days }) } };
  },
);

