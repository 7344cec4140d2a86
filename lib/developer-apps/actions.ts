'use server';

import { refresh } from 'next/cache';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { actionContext } from '@/lib/carriers/request-context';
import { appIdSchema, createAppSchema } from './schemas';
import { createApp, MAX_APPS_PER_CITIZEN, revokeApp, rotateKey } from './store';

/* The forms of /me/apps (auth 'citizen'; the owner is the principal). The API key is handed back once, in the result. */

export const createAppAction = validatedAction(
  { auth: 'citizen', schema: createAppSchema, namespace: 'Developers', keep: ['name', 'description', 'contact'] },
  async (input, { t, principal }): Promise<ActionState> => {
    const result = await createApp(principal.id, input, await actionContext(principal));
    if (!result.ok) return { message: t('tooMany', { max: MAX_APPS_PER_CITIZEN }) };
    refresh();
    return { ok: true, values: {}, data: { message: t('created', { name: result.app.name }), appId: result.app.appId, apiKey: result.apiKey } };
  },
);

export const rotateKeyAction = validatedAction({ auth: 'citizen', schema: appIdSchema, namespace: 'Developers' }, async ({ appId }, { t, principal }): Promise<ActionState> => {
  const result = await rotateKey(principal.id, appId, await actionContext(principal));
  if (!result.ok) return { message: t('appInvalid') };
  refresh();
  return { ok: true, data: { message: t('rotated'), appId, apiKey: result.apiKey } };
});

export const revokeAppAction = validatedAction({ auth: 'citizen', schema: appIdSchema, namespace: 'Developers' }, async ({ appId }, { t, principal }): Promise<ActionState> => {
  const result = await revokeApp(principal.id, appId, await actionContext(principal));
  if (!result.ok) return { message: t('appInvalid') };
  refresh();
  return { ok: true, data: { message: t('revoked') } };
});
