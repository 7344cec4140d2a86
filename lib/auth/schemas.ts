/**
 * Sign-in input, shared by the form, the server action and Auth.js `authorize`. Messages are
 * message keys (Staff.*) so each caller shows them in the page's language.
 */
import { z } from 'zod';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'emailInvalid' }).max(254, { message: 'emailInvalid' })),
  password: z.string().min(1, { message: 'passwordRequired' }).max(200, { message: 'passwordRequired' }),
});

export type SignInInput = z.infer<typeof signInSchema>;
