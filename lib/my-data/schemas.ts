/** The account-deletion forms. Messages are keys in the "MyData" namespace. */
import { z } from 'zod';

export const deletionRequestSchema = z.object({
  verificationCode: z.string().min(1, 'codeRequired').max(200, 'wrongCode'),
});

export const deletionCancelSchema = z.object({});
