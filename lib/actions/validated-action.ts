/**
 * The one wrapper around every server action: locale, who may call it (`auth`: 'public', a
 * signed-in 'citizen', or staff with a permission; lib/auth/access.ts), zod validation of the
 * form, and error mapping. Results are small objects that forms show
 * next to their fields; nothing secret (a password) is ever echoed back.
 */
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { checkAccess, type Access, type PrincipalFor } from '@/lib/auth/access';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/routing';

export type ActionState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[]>;
  /** Safe field values to put back in the form after an error (never passwords). */
  values?: Record<string, string>;
  /** A result for the page to show (e.g. the prize a number wins). */
  data?: Record<string, unknown>;
};

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has?: (key: string) => boolean };

type Ctx<A extends Access> = { locale: Locale; t: Translate; formData: FormData; principal: PrincipalFor<A> };

type Options<A extends Access, S extends z.ZodType> = {
  auth: A;
  schema: S;
  /** Message namespace whose keys the schema's messages are. */
  namespace: string;
  /** Fields that may be echoed back into the form on error. */
  keep?: string[];
};

export function validatedAction<A extends Access, S extends z.ZodType>(
  options: Options<A, S>,
  run: (data: z.infer<S>, ctx: Ctx<A>) => Promise<ActionState>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const rawLocale = formData.get('locale');
    const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
    const t = (await getTranslations({ locale, namespace: options.namespace })) as unknown as Translate;
    const errors = await getTranslations({ locale, namespace: 'Errors' });
    const values = Object.fromEntries(
      (options.keep ?? []).map((k) => [k, typeof formData.get(k) === 'string' ? String(formData.get(k)) : '']),
    );
    try {
      const access = await checkAccess(options.auth, `action ${options.namespace}`);
      if (!access.ok) return { message: errors(access.reason === 'forbidden' || options.auth !== 'citizen' ? 'forbiddenBody' : 'signedOutBody'), values };
      const parsed = options.schema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const field = issue.path.map(String).join('.') || 'form';
          (fieldErrors[field] ??= []).push(t.has?.(issue.message) === false ? issue.message : t(issue.message));
        }
        return { errors: fieldErrors, values };
      }
      return { values, ...(await run(parsed.data, { locale, t, formData, principal: access.principal })) };
    } catch (error) {
      unstable_rethrow(error); // redirects and notFound pass through
      console.error('[action] failed:', (error as Error)?.name, (error as Error)?.message);
      return { message: errors(isDatabaseUnavailable(error) ? 'unavailableBody' : 'errorBody'), values };
    }
  };
}
