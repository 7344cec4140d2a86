/**
 * What citizen data functions take besides the owner id and their input: the database (tests
 * pass their own), where the request came from and who it is, for the audit entry of a change,
 * and the moment (tests pick a day; the app uses lib/clock.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';

export type CitizenContext = { db?: Kysely<Database>; meta?: RequestMeta; actorLabel?: string; at?: Date };

export const actorOf = (ownerId: string, ctx: CitizenContext) => ({ id: ownerId, label: ctx.actorLabel ?? 'citizen' });
