'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { markNotificationsRead } from './store';

/** /me/notifications: mark the citizen's own notifications read (the owner is the principal). */
export const markReadAction = validatedAction(
  { auth: 'citizen', schema: z.object({}), namespace: 'Forum' },
  async (_input, { principal }): Promise<ActionState> => {
    await markNotificationsRead(principal.id);
    refresh();
    return { ok: true };
  },
);
