/**
 * App registration input, shared by the /developers form and its server actions. Messages are
 * codes in the "Developers" message namespace.
 */
import { z } from 'zod';
import { APP_ID } from './keys';

export const createAppSchema = z.object({
  name: z.string().trim().min(1, 'nameRequired').max(60, 'nameTooLong'),
  description: z.string().trim().max(500, 'descriptionTooLong').default(''),
  // An e-mail address or a web page where the app's users reach its developer.
  contact: z
    .string()
    .trim()
    .min(1, 'contactRequired')
    .max(200, 'contactFormat')
    .refine((v) => z.email().safeParse(v).success || /^https?:\/\/[^\s]+$/.test(v), 'contactFormat'),
});

export type CreateAppInput = z.infer<typeof createAppSchema>;

export const appIdSchema = z.object({ appId: z.string().regex(APP_ID, 'appInvalid') });
