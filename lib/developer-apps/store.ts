/**
 * Apps of the open API. Citizen functions take the owner's id first and filter by it in SQL:
 * another citizen's app is simply not found. The API key leaves only in the result of create
 * and rotate (shown once); rows keep its hash and its sealed form (keys.ts).
 *
 * `appCredentials` is the one function not scoped to an owner: the API looks up the app a
 * request names, and gets the key only to check the request's signature.
 */
import 'server-only';
import { sql } from 'kysely';
import { recordAudit } from '@/lib/audit';
import type { CitizenContext } from '@/lib/carriers/context';
import { actorOf } from '@/lib/carriers/context';
import { now } from '@/lib/clock';
import { resolveDb } from '@/lib/db';
import { authSecret } from '@/lib/env';
import { todayInTaipei } from '@/lib/taiwan/today';
import { hashApiKey, keyPrefix, newApiKey, newAppId, sealApiKey, unsealApiKey } from './keys';
import type { CreateAppInput } from './schemas';

/** A citizen may hold this many apps that are not revoked. */
export const MAX_APPS_PER_CITIZEN = 10;

export type AppDto = {
  appId: string;
  name: string;
  description: string;
  contact: string;
  keyPrefix: string;
  keyCreatedAt: Date;
  createdAt: Date;
  revokedAt: Date | null;
  demo: boolean;
};

export type UsageDay = { day: string; action: string; calls: number; limited: number };

type Row = {
  app_id: string;
  name: string;
  description: string;
  contact: string;
  key_prefix: string;
  key_created_at: Date;
  created_at: Date;
  revoked_at: Date | null;
  is_demo: boolean;
};

const COLUMNS = ['app_id', 'name', 'description', 'contact', 'key_prefix', 'key_created_at', 'created_at', 'revoked_at', 'is_demo'] as const;

const toDto = (r: Row): AppDto => ({
  appId: r.app_id,
  name: r.name,
  description: r.description,
  contact: r.contact,
  keyPrefix: r.key_prefix,
  keyCreatedAt: new Date(r.key_created_at),
  createdAt: new Date(r.created_at),
  revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
  demo: r.is_demo,
});

function keyColumns(key: string) {
  return { key_hash: hashApiKey(key), key_sealed: sealApiKey(key, authSecret()), key_prefix: keyPrefix(key) };
}

export type CreateResult = { ok: true; app: AppDto; apiKey: string } | { ok: false; code: 'too_many' };

export async function createApp(ownerId: string, input: CreateAppInput, ctx: CitizenContext & { appId?: string; apiKey?: string; demo?: boolean } = {}): Promise<CreateResult> {
  const db = await resolveDb(ctx.db);
  const active = await db.selectFrom('developer_apps').select((eb) => eb.fn.countAll<number>().as('n')).where('owner_id', '=', ownerId).where('revoked_at', 'is', null).executeTakeFirstOrThrow();
  if (Number(active.n) >= MAX_APPS_PER_CITIZEN) return { ok: false, code: 'too_many' };
  const apiKey = ctx.apiKey ?? newApiKey();
  for (let attempt = 0; ; attempt++) {
    const appId = ctx.appId ?? newAppId();
    const row = await db
      .insertInto('developer_apps')
      .values({ app_id: appId, owner_id: ownerId, name: input.name, description: input.description, contact: input.contact, is_demo: ctx.demo ?? false, ...keyColumns(apiKey) })
      .onConflict((oc) => oc.column('app_id').doNothing())
      .returning(COLUMNS)
      .executeTakeFirst();
    if (!row) {
      // 10^10 IDs: a clash is rare; a fixed (demo) ID that exists already is not created twice.
      if (ctx.appId || attempt > 5) throw new Error('Could not allocate an app ID');
      continue;
    }
    await recordAudit({ actor: actorOf(ownerId, ctx), action: 'developer_app.create', target: { type: 'developer_app', id: appId }, meta: ctx.meta }, db);
    return { ok: true, app: toDto(row), apiKey };
  }
}

/** Newest first, revoked ones included (their usage stays readable). */
export async function listApps(ownerId: string, ctx: CitizenContext = {}): Promise<AppDto[]> {
  const db = await resolveDb(ctx.db);
  const rows = await db.selectFrom('developer_apps').select(COLUMNS).where('owner_id', '=', ownerId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toDto);
}

export async function getApp(ownerId: string, appId: string, ctx: CitizenContext = {}): Promise<AppDto | null> {
  const db = await resolveDb(ctx.db);
  const row = await db.selectFrom('developer_apps').select(COLUMNS).where('owner_id', '=', ownerId).where('app_id', '=', appId).executeTakeFirst();
  return row ? toDto(row) : null;
}

/** A new key for an active app; the old one stops working at once. */
export async function rotateKey(ownerId: string, appId: string, ctx: CitizenContext = {}): Promise<{ ok: true; apiKey: string; app: AppDto } | { ok: false; code: 'not_found' }> {
  const db = await resolveDb(ctx.db);
  const apiKey = newApiKey();
  const row = await db
    .updateTable('developer_apps')
    .set({ ...keyColumns(apiKey), key_created_at: ctx.at ?? now() })
    .where('owner_id', '=', ownerId)
    .where('app_id', '=', appId)
    .where('revoked_at', 'is', null)
    .returning(COLUMNS)
    .executeTakeFirst();
  if (!row) return { ok: false, code: 'not_found' };
  await recordAudit({ actor: actorOf(ownerId, ctx), action: 'developer_app.rotate', target: { type: 'developer_app', id: appId }, meta: ctx.meta }, db);
  return { ok: true, apiKey, app: toDto(row) };
}

/** For good: a revoked app's ID answers 998 from then on. */
export async function revokeApp(ownerId: string, appId: string, ctx: CitizenContext = {}): Promise<{ ok: boolean }> {
  const db = await resolveDb(ctx.db);
  const row = await db
    .updateTable('developer_apps')
    .set({ revoked_at: ctx.at ?? now() })
    .where('owner_id', '=', ownerId)
    .where('app_id', '=', appId)
    .where('revoked_at', 'is', null)
    .returning('app_id')
    .executeTakeFirst();
  if (!row) return { ok: false };
  await recordAudit({ actor: actorOf(ownerId, ctx), action: 'developer_app.revoke', target: { type: 'developer_app', id: appId }, meta: ctx.meta }, db);
  return { ok: true };
}

/** The last `days` Taiwan days of the owner's app, newest first. */
export async function appUsage(ownerId: string, appId: string, ctx: CitizenContext & { days?: number } = {}): Promise<UsageDay[]> {
  const db = await resolveDb(ctx.db);
  const since = new Date((ctx.at ?? now()).getTime() - ((ctx.days ?? 30) - 1) * 86_400_000);
  const rows = await db
    .selectFrom('developer_app_usage as u')
    .innerJoin('developer_apps as a', 'a.app_id', 'u.app_id')
    .select(['u.day', 'u.action', 'u.calls', 'u.limited'])
    .where('a.owner_id', '=', ownerId)
    .where('u.app_id', '=', appId)
    .where('u.day', '>=', todayInTaipei(since))
    .orderBy('u.day', 'desc')
    .orderBy('u.action')
    .execute();
  return rows.map((r) => ({ day: String(r.day), action: r.action, calls: Number(r.calls), limited: Number(r.limited) }));
}

export type AppCredentials = { status: 'active'; appId: string; apiKey: string } | { status: 'revoked' | 'unknown' };

/** For the API only: the app a request names, with its key to check a signature. */
export async function appCredentials(appId: string, ctx: Pick<CitizenContext, 'db'> = {}): Promise<AppCredentials> {
  if (!/^EINV\d{10}$/.test(appId)) return { status: 'unknown' };
  const db = await resolveDb(ctx.db);
  const row = await db.selectFrom('developer_apps').select(['app_id', 'key_hash', 'key_sealed', 'revoked_at']).where('app_id', '=', appId).executeTakeFirst();
  if (!row) return { status: 'unknown' };
  if (row.revoked_at) return { status: 'revoked' };
  const apiKey = unsealApiKey(row.key_sealed, authSecret(), row.key_hash);
  // Sealed under another secret (AUTH_SECRET changed): the key cannot be checked, so the app cannot be used.
  return apiKey ? { status: 'active', appId: row.app_id, apiKey } : { status: 'revoked' };
}

/** One upsert per call: the day's counter for the app and action. */
export async function recordUsage(appId: string, action: string, limited: boolean, ctx: Pick<CitizenContext, 'db' | 'at'> = {}): Promise<void> {
  const db = await resolveDb(ctx.db);
  await db
    .insertInto('developer_app_usage')
    .values({ app_id: appId, day: todayInTaipei(ctx.at ?? now()), action, calls: 1, limited: limited ? 1 : 0 })
    .onConflict((oc) =>
      oc.columns(['app_id', 'day', 'action']).doUpdateSet({
        calls: sql<number>`developer_app_usage.calls + 1`,
        limited: sql<number>`developer_app_usage.limited + ${limited ? 1 : 0}`,
      }),
    )
    .execute();
}
