/**
 * The security table of every personal route, generated from the filesystem: each page under
 * app/[locale]/(citizen) and (citizen-auth), each route under app/api/v1/me and any other route
 * of citizen sign-in, and each citizen server action (lib/<feature>/actions.ts). A route or action
 * added later without a row here fails the first test, so nobody can forget to say what it
 * protects.
 *
 * For every row: citizen A asking for citizen B's invoice, carrier, donation or passkey by id or
 * number → 404 (or, for a form, "not found" and nothing changed); `Cache-Control: private,
 * no-store` on every personal page (proxy.ts) and API answer; nothing prerendered (route config
 * and, where a build exists, its prerender manifest); writes with another site's Origin → 403.
 *
 * Real database (PGlite, or Postgres with TEST_DATABASE_URL) and real route handlers, pages and
 * proxy; only the session is stubbed, at the one access rule.
 */
import './support/next-runtime';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createElement } from 'react';
import { createTranslator } from 'next-intl';
import { NextRequest } from 'next/server';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { LOVE_CODE_DIRECTORY } from '@/lib/donations/directory';
import { donateInvoice } from '@/lib/donations/store';
import { createApp } from '@/lib/developer-apps/store';
import { FORUM_CATEGORIES } from '@/lib/forum/categories';
import { EXPORT_SECTIONS } from '@/lib/my-data/dto';
import { renewCalendarFeed } from '@/lib/tax-bills/reminders';
import { createTestDb, type TestDb } from './support/test-db';
import { createCarrier, createCitizen, createInvoice, ensureWorldShape } from './support/world';

type Principal = { kind: 'citizen'; id: string; name: string; email: string; roles: never[] };
const fake = vi.hoisted(() => ({ principal: null as null | Record<string, unknown>, db: null as unknown }));
vi.mock('@/lib/auth/access', () => ({
  checkAccess: async (access: string) =>
    access === 'public' ? { ok: true, principal: null } : fake.principal ? { ok: true, principal: fake.principal } : { ok: false, reason: 'unauthenticated' },
}));
vi.mock('@/lib/auth/principal', () => ({
  requireCitizenPage: async () => {
    if (!fake.principal) throw new Error('NEXT_REDIRECT sign-in');
    return fake.principal;
  },
}));
// Auth.js's wrapper only renews the cookie; here it hands the request straight through.
vi.mock('@/lib/auth/config', () => ({ auth: (handler: unknown) => handler, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock('@/lib/db', async (original) => ({
  ...(await original<typeof import('@/lib/db')>()),
  resolveDb: async (db?: unknown) => db ?? fake.db,
  getDb: async () => fake.db,
}));
vi.mock('@/lib/lottery/catalog', async (original) => (await import('./support/catalog-mock')).catalogOn(await original(), () => fake.db));
// A provider is there (else every payment is "unavailable" before the bill is looked at), but
// asking it anything for B's bill fails the test.
vi.mock('@/lib/payments/config', async (original) => ({
  ...(await original<typeof import('@/lib/payments/config')>()),
  defaultProvider: () =>
    new Proxy({}, { get: (_, name) => (name === 'then' ? undefined : () => Promise.reject(new Error(`the provider was asked (${String(name)})`))) }),
}));
vi.mock('next-intl/server', () => ({
  setRequestLocale: () => undefined,
  getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) =>
    createTranslator({ locale, messages: locale === 'en' ? en : zh, namespace: namespace as never }),
}));
vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string; children: unknown }) => createElement('a', { href, ...rest }, children as never),
}));
// Client-side navigation needs Next's app router, which these renders have no use for: the links stay plain.
vi.mock('@/components/ui/link-region', () => ({ LinkRegion: ({ children }: { children: unknown }) => children }));
vi.mock('next/cache', async (original) => ({ ...(await original<typeof import('next/cache')>()), refresh: () => undefined, revalidatePath: () => undefined }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '203.0.113.9' }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

const ROOT = process.cwd();
const ORIGIN = 'http://localhost:3000';
const EVIL = 'https://evil.example';
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof METHODS)[number];
const WRITES: readonly Method[] = ['POST', 'PUT', 'PATCH', 'DELETE'];
const LOVE_CODE = LOVE_CODE_DIRECTORY[5]!.code;

// ---------------------------------------------------------------------------------------------
// The filesystem's listing.

function walk(dir: string, file: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, file));
    else if (entry.name === file) out.push(path.dirname(full));
  }
  return out;
}

/** URL path of a folder below `base`, route groups dropped: '/me/invoices/[number]'. */
const urlOf = (base: string, dir: string) =>
  `/${path
    .relative(base, dir)
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .join('/')}`.replace(/\/$/, '') || '/';

const LOCALE_DIR = path.join(ROOT, 'app', '[locale]');
const PERSONAL_GROUPS = ['(citizen)', '(citizen-auth)'];
const pageDirs = new Map(PERSONAL_GROUPS.flatMap((g) => walk(path.join(LOCALE_DIR, g), 'page.tsx')).map((dir) => [urlOf(LOCALE_DIR, dir), dir]));

const API_DIR = path.join(ROOT, 'app', 'api');
/** Under /api/v1/me, or any route that serves citizens (signed in, or signing in). */
const isPersonalApi = (dir: string) => {
  const source = readFileSync(path.join(dir, 'route.ts'), 'utf8');
  return urlOf(path.join(ROOT, 'app'), dir).startsWith('/api/v1/me/') || /auth: 'citizen'|@\/lib\/citizens\//.test(source);
};
const apiDirs = new Map(walk(API_DIR, 'route.ts').filter(isPersonalApi).map((dir) => [urlOf(path.join(ROOT, 'app'), dir), dir]));

/** Every file of server actions ('use server') below lib/, as 'carriers/actions'. */
function actionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return /\.tsx?$/.test(entry.name) && /^\s*['"]use server['"]/.test(readFileSync(full, 'utf8')) ? [full] : [];
  });
}
/** 'carriers/actions#unlinkCarrierAction' for each action wrapped with `auth: 'citizen'`. */
const citizenActions = actionFiles(path.join(ROOT, 'lib')).flatMap((file) => {
  const source = readFileSync(file, 'utf8');
  const name = path.relative(path.join(ROOT, 'lib'), file).replace(/\.tsx?$/, '');
  return [...source.matchAll(/export const (\w+) = validatedAction\([^]*?\bauth: '([^']+)'/g)].filter((m) => m[2] === 'citizen').map((m) => `${name}#${m[1]}`);
});

// ---------------------------------------------------------------------------------------------
// The world: two citizens, each with invoices, a card, a donation and a passkey.

type World = {
  alice: { id: string; invoice: string; cardId: number; bill: string; order: string; paidOrder: string; appId: string; calendarToken: string };
  bob: {
    id: string;
    invoice: string;
    donated: string;
    cardId: number;
    barcodeId: number;
    passkeyId: string;
    bill: string;
    order: string;
    paidOrder: string;
    appId: string;
    threadId: number;
    oldCalendarToken: string;
    markers: string[];
  };
};
let w: World;
let t: TestDb;

const asAlice = () => (fake.principal = { kind: 'citizen', id: w.alice.id, name: '/TAXK001', email: 'alice-routes@citizens.test', roles: [] } satisfies Principal);

// ---------------------------------------------------------------------------------------------
// The table. Every personal page, API and citizen action has a row.

type Params = Record<string, string>;
type PageRow = {
  /** Parameters for a request of one's own (when the path has any). */
  own?: (w: World) => Params;
  /** Citizen B's ids in the path: each must be not found for A. */
  foreign?: (w: World) => Params[];
  /** Citizen B's ids in the query (a list's filter): the field says so, nothing of B's is shown. */
  foreignSearch?: (w: World) => { search: Params; says: string }[];
  /** What one's own page shows (so the not-found below is about ownership); A's invoice unless said. */
  shows?: (w: World) => string;
  why?: string;
};
const PAGES: Record<string, PageRow> = {
  '/me': {},
  '/me/apps': {},
  '/me/apps/[appId]': { own: (w) => ({ appId: w.alice.appId }), foreign: (w) => [{ appId: w.bob.appId }], shows: (w) => w.alice.appId },
  '/me/bank-account': {},
  '/me/carriers': {},
  '/me/carriers/barcode': {},
  '/me/data': {},
  '/me/donations': {},
  '/me/invoices': {
    foreignSearch: (w) => [
      { search: { carrierId: String(w.bob.cardId) }, says: zh.MyInvoices.invalid.carrierId },
      { search: { carrierId: String(w.bob.barcodeId) }, says: zh.MyInvoices.invalid.carrierId },
    ],
  },
  '/me/invoices/[number]': { own: (w) => ({ number: w.alice.invoice }), foreign: (w) => [{ number: w.bob.invoice }, { number: w.bob.donated }] },
  '/me/notifications': {},
  '/me/security': {},
  '/me/spending': {},
  '/me/tax': {},
  '/me/tax/[id]': { own: (w) => ({ id: w.alice.bill }), foreign: (w) => [{ id: w.bob.bill }], shows: () => ALICE_SUBJECT },
  '/me/tax/[id]/slip': { own: (w) => ({ id: w.alice.bill }), foreign: (w) => [{ id: w.bob.bill }], shows: () => ALICE_SUBJECT },
  '/me/tax/data': {},
  '/me/tax/payments/[orderId]': { own: (w) => ({ orderId: w.alice.order }), foreign: (w) => [{ orderId: w.bob.order }, { orderId: w.bob.paidOrder }], shows: () => ALICE_ORDER },
  '/register': {},
  '/register/confirm': { why: 'the e-mailed token is a secret, not an id' },
  '/sign-in': {},
  '/sign-in/reset': {},
  '/sign-in/reset/new': { why: 'the e-mailed token is a secret, not an id' },
};

type ApiCase = { method: Method; params?: Params; query?: string; body?: unknown };
type ApiRow = {
  /** The methods the route really takes; every other exported method must answer 405. */
  methods: Method[];
  /** A request of one's own that succeeds (2xx), for the header checks. */
  own?: (w: World) => ApiCase[];
  /** Citizen B's ids: each must answer 404. */
  foreign?: (w: World) => ApiCase[];
  /** Public routes of citizen sign-in (no session to protect, but personal answers). */
  public?: true;
  /** Methods anyone may call (a public list beside a citizen's write): not asked for a session. */
  publicMethods?: Method[];
};
const APIS: Record<string, ApiRow> = {
  // The forum is public: anyone's thread may be commented on and endorsed; the id that must not
  // be reached is one that is not there (or is hidden), and the author is the principal.
  '/api/v1/forum/threads': { methods: ['GET', 'POST'], publicMethods: ['GET'] },
  '/api/v1/forum/threads/[id]/comments': { methods: ['POST'], foreign: () => [{ method: 'POST', params: { id: '999999999' }, body: { body: 'A comment on nothing.' } }] },
  '/api/v1/forum/threads/[id]/endorsement': {
    methods: ['PUT', 'DELETE'],
    foreign: () => [
      { method: 'PUT', params: { id: '999999999' } },
      { method: 'DELETE', params: { id: '999999999' } },
    ],
  },
  '/api/v1/me/carriers': { methods: ['GET'], own: () => [{ method: 'GET' }] },
  '/api/v1/me/data': { methods: ['GET'], own: () => [{ method: 'GET' }] },
  '/api/v1/me/data/[file]': {
    methods: ['GET'],
    own: () => EXPORT_SECTIONS.map((s) => ({ method: 'GET', params: { file: `${s}.csv` } })),
    // A part is named, not numbered: someone else's account can only be reached by an id, which is no part.
    foreign: (w) => [{ method: 'GET', params: { file: `${w.bob.id}.csv` } }, { method: 'GET', params: { file: '..%2Faccount.csv' } }],
  },
  '/api/v1/me/donations': {
    methods: ['GET', 'POST'],
    own: () => [{ method: 'GET' }],
    foreign: (w) => [
      { method: 'POST', body: { invoiceNumber: w.bob.invoice, loveCode: LOVE_CODE } },
      // Already donated by B: still "not found" for A, never "already donated" (409).
      { method: 'POST', body: { invoiceNumber: w.bob.donated, loveCode: LOVE_CODE } },
    ],
  },
  '/api/v1/me/invoices': {
    methods: ['GET'],
    own: (w) => [{ method: 'GET', query: `period=${PERIOD}&carrierId=${w.alice.cardId}` }],
    foreign: (w) => [
      { method: 'GET', query: `period=${PERIOD}&carrierId=${w.bob.cardId}` },
      { method: 'GET', query: `period=${PERIOD}&carrierId=${w.bob.barcodeId}` },
    ],
  },
  '/api/v1/me/invoices/[number]': {
    methods: ['GET'],
    own: (w) => [{ method: 'GET', params: { number: w.alice.invoice } }],
    foreign: (w) => [
      { method: 'GET', params: { number: w.bob.invoice } },
      { method: 'GET', params: { number: w.bob.donated } },
    ],
  },
  '/api/v1/me/passkeys': { methods: ['POST'] },
  '/api/v1/me/passkeys/options': { methods: ['POST'], own: () => [{ method: 'POST' }] },
  '/api/v1/me/spending.csv': { methods: ['GET'], own: () => [{ method: 'GET' }] },
  '/api/v1/me/tax/bills': { methods: ['GET'], own: () => [{ method: 'GET' }] },
  '/api/v1/me/tax/bills/[id]': {
    methods: ['GET'],
    own: (w) => [{ method: 'GET', params: { id: w.alice.bill } }],
    foreign: (w) => [{ method: 'GET', params: { id: w.bob.bill } }, { method: 'GET', params: { id: w.bob.bill }, query: `payOn=${today}` }],
  },
  '/api/v1/me/tax/bills/[id]/slip.pdf': {
    methods: ['GET'],
    own: (w) => [{ method: 'GET', params: { id: w.alice.bill } }],
    foreign: (w) => [{ method: 'GET', params: { id: w.bob.bill } }],
  },
  '/api/v1/me/tax/data': { methods: ['GET'], own: () => [{ method: 'GET', query: 'year=2025' }, { method: 'GET', query: 'year=2025&format=csv' }] },
  '/api/v1/me/tax/payments': {
    methods: ['POST'],
    // Paying B's bill: "no unpaid bill of yours", the provider never asked (it fails the test if it is).
    foreign: (w) => [{ method: 'POST', body: { billId: w.bob.bill } }],
  },
  '/api/v1/me/tax/payments/[orderId]': {
    methods: ['GET'],
    own: (w) => [{ method: 'GET', params: { orderId: w.alice.order } }],
    foreign: (w) => [{ method: 'GET', params: { orderId: w.bob.order } }, { method: 'GET', params: { orderId: w.bob.paidOrder } }],
  },
  '/api/v1/me/tax/payments/[orderId]/receipt.pdf': {
    methods: ['GET'],
    own: (w) => [{ method: 'GET', params: { orderId: w.alice.paidOrder } }],
    foreign: (w) => [{ method: 'GET', params: { orderId: w.bob.paidOrder } }, { method: 'GET', params: { orderId: w.bob.order } }],
  },
  '/api/v1/passkeys/options': { methods: ['POST'], own: () => [{ method: 'POST' }], public: true },
  // The token is the key: A's own feed lists A's due dates and nothing of B's; B's renewed-away token is gone.
  '/api/v1/tax/calendar/[token]': {
    methods: ['GET'],
    own: (w) => [{ method: 'GET', params: { token: `${w.alice.calendarToken}.ics` } }],
    foreign: (w) => [{ method: 'GET', params: { token: `${w.bob.oldCalendarToken}.ics` } }, { method: 'GET', params: { token: w.bob.oldCalendarToken } }],
    public: true,
  },
};

type ActionRow = {
  /** Form fields naming B's things; the action must say "not found" and change nothing. */
  foreign?: (w: World) => { fields: Params; says: string; unchanged: () => Promise<void> };
  why?: string;
};
const ACTIONS: Record<string, ActionRow> = {
  'bank-account/actions#setBankAccountAction': { why: 'no id: the account is the caller’s own' },
  'carriers/actions#linkCarrierAction': {
    foreign: (w) => ({
      fields: { typeCode: 'EK0002', number: '4111111111111111' },
      // The same words as for a card nobody has: the form does not tell that B holds it.
      says: en.Carriers.notFound,
      unchanged: async () => expect(await ownerOfCarrier(w.bob.cardId)).toBe(w.bob.id),
    }),
  },
  'carriers/actions#unlinkCarrierAction': {
    foreign: (w) => ({ fields: { carrierId: String(w.bob.cardId) }, says: en.Carriers.carrierNotFound, unchanged: async () => expect(await ownerOfCarrier(w.bob.cardId)).toBe(w.bob.id) }),
  },
  'citizens/actions#changeCodeAction': { why: 'no id: the caller’s own code' },
  'citizens/actions#removePasskeyAction': {
    foreign: (w) => ({
      fields: { id: w.bob.passkeyId },
      says: en.Citizen.passkeyNotFound,
      unchanged: async () => expect(await t.db.selectFrom('passkeys').select('user_id').where('id', '=', w.bob.passkeyId).executeTakeFirst()).toEqual({ user_id: w.bob.id }),
    }),
  },
  'donations/actions#donateAction': {
    foreign: (w) => ({
      fields: { invoiceNumber: w.bob.invoice, loveCode: LOVE_CODE, idempotencyKey: randomUUID() },
      says: en.Donations.notFound,
      unchanged: async () => expect(await t.db.selectFrom('donations').select('id').where('invoice_number', '=', w.bob.invoice).execute()).toEqual([]),
    }),
  },
  'developer-apps/actions#createAppAction': { why: 'no id: a new app of the caller’s own' },
  'developer-apps/actions#revokeAppAction': {
    foreign: (w) => ({ fields: { appId: w.bob.appId }, says: en.Developers.appInvalid, unchanged: async () => expect(await bobsApp(w)).toMatchObject({ revoked_at: null }) }),
  },
  'developer-apps/actions#rotateKeyAction': {
    foreign: (w) => ({ fields: { appId: w.bob.appId }, says: en.Developers.appInvalid, unchanged: async () => expect((await bobsApp(w))?.key_hash).toBe(bobKeyHash) }),
  },
  'forum/actions#commentAction': { why: 'a thread is public: commenting on anyone’s is the point; the author is the caller' },
  'forum/actions#createThreadAction': { why: 'no id: a new thread by the caller' },
  'forum/actions#editThreadAction': {
    foreign: (w) => ({
      fields: { threadId: String(w.bob.threadId), title: 'Taken over by A', body: 'A rewrote B’s question, which must not happen.' },
      says: en.Forum.notAuthor,
      unchanged: async () => expect(await t.db.selectFrom('forum_threads').select(['title', 'author_id']).where('id', '=', w.bob.threadId).executeTakeFirst()).toEqual({ title: BOB_THREAD, author_id: w.bob.id }),
    }),
  },
  'forum/actions#endorseAction': { why: 'a thread is public: endorsing anyone’s proposal is the point; the endorser is the caller' },
  'forum/actions#followAction': { why: 'a thread is public: following anyone’s is the point; the follower is the caller' },
  'forum/actions#reportAction': { why: 'a thread is public: reporting anyone’s is the point; the reporter is the caller' },
  'forum/notification-actions#markReadAction': { why: 'no id: the caller’s own notifications' },
  'my-data/actions#cancelDeletionAction': { why: 'no id: the caller’s own account' },
  'my-data/actions#requestDeletionAction': { why: 'no id: the caller’s own account' },
  'payments/actions#payBillAction': {
    foreign: (w) => ({
      fields: { billId: w.bob.bill, idempotencyKey: randomUUID() },
      // The same words as for a bill that is paid or not there.
      says: en.Payments.notPayable,
      unchanged: async () => expect(await t.db.selectFrom('payment_orders').select('id').where('bill_id', '=', w.bob.bill).orderBy('id').execute()).toHaveLength(2),
    }),
  },
  'tax-bills/actions#calendarFeedAction': { why: 'no id: the caller’s own feed' },
};

let bobKeyHash: string | undefined;
const bobsApp = (w: World) => t.db.selectFrom('developer_apps').select(['key_hash', 'revoked_at']).where('app_id', '=', w.bob.appId).executeTakeFirst();

async function ownerOfCarrier(id: number): Promise<string | null> {
  const row = await t.db.selectFrom('carriers').select('owner_id').where('id', '=', id).executeTakeFirst();
  return row?.owner_id ?? null;
}

// ---------------------------------------------------------------------------------------------

const today = new Date().toISOString().slice(0, 10);
const PERIOD = (() => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return `${y - 1911}${String(Math.ceil(m / 2) * 2).padStart(2, '0')}`;
})();

const ALICE_SUBJECT = 'Alice’s flat, 3F';
const BOB_SUBJECT = 'Bob’s flat, 7F';
const ALICE_ORDER = 'Alice’s house tax order';
const BOB_ORDER = 'Bob’s house tax order';
const BOB_THREAD = 'Bob asks about the house tax';

async function createBill(owner: string, serial: number, subject: string): Promise<string> {
  const row = await t.db
    .insertInto('tax_bills')
    .values({ owner_id: owner, tax_type: 'house', tax_year: 2026, office_code: 'TPETAX', principal: 4321, due_date: '2099-05-31', serial, subject, subject_en: subject, vehicle_kind: null, engine_cc: null, return_id: null, paid_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
async function createOrder(owner: string, bill: string, description: string, paid: boolean): Promise<string> {
  const row = await t.db
    .insertInto('payment_orders')
    .values({
      owner_id: owner,
      bill_id: bill,
      amount: 4321,
      description,
      status: paid ? 'paid' : 'pending',
      idempotency_key: randomUUID(),
      provider_reference: null,
      checkout_url: null,
      provider_event_id: null,
      bill_settled: paid ? true : null,
      expires_at: '2099-01-01T00:00:00Z',
      settled_at: paid ? new Date() : null,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  if (paid) await t.db.insertInto('payment_receipts').values({ order_id: row.id, number: `R-${row.id.slice(0, 8)}` } as never).execute();
  return row.id;
}

beforeAll(async () => {
  t = await createTestDb();
  fake.db = t.db;
  await ensureWorldShape(t.db);
  const [alice, bob] = await Promise.all([createCitizen(t.db, 'AliceRoutes'), createCitizen(t.db, 'BobRoutes')]);
  const aliceBarcode = await createCarrier(t.db, '3J0002', '/TAXK001', alice);
  const aliceCard = await createCarrier(t.db, 'EK0002', '4000000000000002', alice);
  const bobBarcode = await createCarrier(t.db, '3J0002', '/TAXK002', bob);
  const bobCard = await createCarrier(t.db, 'EK0002', '4111111111111111', bob);
  await createInvoice(t.db, aliceBarcode.buyerId, 'KA70000001', today, 150);
  await createInvoice(t.db, aliceCard.buyerId, 'KA70000002', today, 250);
  await createInvoice(t.db, bobBarcode.buyerId, 'KB70000001', today, 77);
  await createInvoice(t.db, bobCard.buyerId, 'KB70000002', today, 88);
  // A seller of the seeded store with a township, so the invoice's detail has its address.
  await sql`update stat_invoices set seller_id = (
      select s.id from stat_sellers s join stat_townships t on t.code = s.township_code order by s.id limit 1)
    where buyer_id in (${aliceBarcode.buyerId}, ${aliceCard.buyerId}, ${bobBarcode.buyerId}, ${bobCard.buyerId})`.execute(t.db);
  await donateInvoice(bob, 'KB70000002', LOVE_CODE, randomUUID(), { db: t.db });
  await t.db
    .insertInto('passkeys')
    .values({ id: 'Ym9icy1wYXNza2V5', user_id: bob, public_key: 'AQID', device_type: 'singleDevice', name: 'Bob’s phone' })
    .execute();
  const [aliceBill, bobBill] = [await createBill(alice, 990_001, ALICE_SUBJECT), await createBill(bob, 990_002, BOB_SUBJECT)];
  const aliceOrder = await createOrder(alice, aliceBill, ALICE_ORDER, false);
  const alicePaid = await createOrder(alice, aliceBill, ALICE_ORDER, true);
  const bobOrder = await createOrder(bob, bobBill, BOB_ORDER, false);
  const bobPaid = await createOrder(bob, bobBill, BOB_ORDER, true);
  const app = async (owner: string, name: string) => {
    const made = await createApp(owner, { name, description: '', contact: 'dev@apps.test' }, { db: t.db });
    if (!made.ok) throw new Error('no app');
    return made.app.appId;
  };
  const [aliceApp, bobApp] = [await app(alice, 'Alice’s app'), await app(bob, 'Bob’s app')];
  bobKeyHash = (await t.db.selectFrom('developer_apps').select('key_hash').where('app_id', '=', bobApp).executeTakeFirstOrThrow()).key_hash;
  const category = FORUM_CATEGORIES[0]!.slug;
  const bobThread = await t.db
    .insertInto('forum_threads')
    .values({ category, kind: 'question', author_id: bob, title: BOB_THREAD, body: 'How is it counted?', body_hash: randomUUID(), status: 'open', search: '' } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  const aliceToken = await renewCalendarFeed(alice, { db: t.db });
  const bobOldToken = await renewCalendarFeed(bob, { db: t.db });
  await renewCalendarFeed(bob, { db: t.db });
  w = {
    alice: { id: alice, invoice: 'KA70000001', cardId: aliceCard.id, bill: aliceBill, order: aliceOrder, paidOrder: alicePaid, appId: aliceApp, calendarToken: aliceToken },
    bob: {
      id: bob,
      invoice: 'KB70000001',
      donated: 'KB70000002',
      cardId: bobCard.id,
      barcodeId: bobBarcode.id,
      passkeyId: 'Ym9icy1wYXNza2V5',
      bill: bobBill,
      order: bobOrder,
      paidOrder: bobPaid,
      appId: bobApp,
      threadId: bobThread.id,
      oldCalendarToken: bobOldToken,
      markers: ['KB70000001', 'KB70000002', 'KB70000***', '/TAXK002', '••••1111', 'Ym9icy1wYXNza2V5', bob, bobBill, bobOrder, bobPaid, bobApp, BOB_SUBJECT, BOB_ORDER, 'Bob’s app'],
    },
  };
}, 120_000);
afterAll(() => t?.close());
beforeEach(() => {
  asAlice();
});

// ---------------------------------------------------------------------------------------------
// Calling the real code.

type RouteModule = Partial<Record<Method, (request: Request, context?: { params?: Promise<Params> }) => Promise<Response>>>;
const apiModule = async (route: string): Promise<RouteModule> => (await import(/* @vite-ignore */ path.join(apiDirs.get(route)!, 'route.ts'))) as RouteModule;

function fill(route: string, params: Params = {}): string {
  return route.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? 'x'));
}

async function callApi(route: string, c: ApiCase, headers: Record<string, string> = {}): Promise<Response> {
  const handler = (await apiModule(route))[c.method];
  if (!handler) throw new Error(`${route} exports no ${c.method}`);
  const url = `${ORIGIN}${fill(route, c.params)}${c.query ? `?${c.query}` : ''}`;
  const write = WRITES.includes(c.method);
  const request = new Request(url, {
    method: c.method,
    headers: { origin: ORIGIN, ...(write ? { 'content-type': 'application/json', 'idempotency-key': randomUUID() } : {}), ...headers },
    body: write ? JSON.stringify(c.body ?? {}) : undefined,
  });
  return handler(request, { params: Promise.resolve(c.params ?? {}) });
}

const runProxy = async (url: string, init?: RequestInit) =>
  (await import('@/proxy')).proxy(new NextRequest(`${ORIGIN}${url}`, init as never), { waitUntil: () => undefined } as never);

function expectPersonal(response: Response, label: string) {
  const cc = response.headers.get('cache-control') ?? '';
  expect(cc, `${label}: Cache-Control`).toContain('private');
  expect(cc, `${label}: Cache-Control`).toContain('no-store');
}

async function expectNoForeignData(response: Response, label: string) {
  const text = await response.text();
  for (const marker of w.bob.markers) expect(text, `${label} leaks ${marker}`).not.toContain(marker);
}

// ---------------------------------------------------------------------------------------------

describe('the table covers every personal route on disk', () => {
  it('pages: every page of (citizen) and (citizen-auth) has a row, and every row a page', () => {
    expect([...pageDirs.keys()].sort()).toEqual(Object.keys(PAGES).sort());
  });
  it('APIs: every route of /api/v1/me and of citizen sign-in has a row, and every row a route', () => {
    expect([...apiDirs.keys()].sort()).toEqual(Object.keys(APIS).sort());
  });
  it('server actions: every citizen action has a row, and every row an action', () => {
    expect(citizenActions.sort()).toEqual(Object.keys(ACTIONS).sort());
  });
  it('every row with an id in its path says what B’s ids are', () => {
    for (const [route, row] of [...Object.entries(PAGES), ...Object.entries(APIS)]) {
      if (/\[\w+\]/.test(route)) expect(row.foreign, route).toBeTypeOf('function');
    }
  });
});

describe('nothing personal is prerendered', () => {
  /** The segment config that applies to a page: its own file and every layout up to app/[locale]. */
  function segmentSources(dir: string, file: string): string[] {
    const out = [readFileSync(path.join(dir, file), 'utf8')];
    for (let d = dir; d !== LOCALE_DIR && d.startsWith(LOCALE_DIR); d = path.dirname(d)) {
      const layout = path.join(d, 'layout.tsx');
      if (existsSync(layout)) out.push(readFileSync(layout, 'utf8'));
    }
    return out;
  }
  const forceDynamic = /export const dynamic = 'force-dynamic'/;
  const staticHints = /generateStaticParams|export const revalidate|'force-static'|'use cache'/;

  it.each([...pageDirs.entries()])('page %s is force-dynamic, without static params', (_route, dir) => {
    const sources = segmentSources(dir, 'page.tsx');
    expect(sources.some((s) => forceDynamic.test(s))).toBe(true);
    for (const s of sources) expect(s).not.toMatch(staticHints);
  });

  it.each([...apiDirs.entries()])('API %s is force-dynamic', (_route, dir) => {
    const source = readFileSync(path.join(dir, 'route.ts'), 'utf8');
    expect(source).toMatch(forceDynamic);
    expect(source).not.toMatch(staticHints);
  });

  it('a build, where there is one, prerendered none of them', () => {
    const file = path.join(ROOT, '.next', 'prerender-manifest.json');
    if (!existsSync(file)) return;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { routes: Record<string, unknown>; dynamicRoutes: Record<string, unknown> };
    const personal = /^\/(?:[a-zA-Z-]+\/)?(?:me|sign-in|register)(?:\/|$)|^\/api\/v1\/(?:me|passkeys)(?:\/|$)/;
    const prerendered = [...Object.keys(manifest.routes), ...Object.keys(manifest.dynamicRoutes)].filter((r) => personal.test(r.replace(/^\/\[locale\]/, '')));
    expect(prerendered).toEqual([]);
  });
});

describe('pages: private, no-store, and refusing other sites’ posts (proxy.ts)', () => {
  const samples = (route: string) => {
    const row = PAGES[route]!;
    const params = row.own?.(w) ?? {};
    return [fill(route, params), `/en${fill(route, params)}`];
  };

  it.each(Object.keys(PAGES))('%s', async (route) => {
    for (const url of samples(route)) {
      const { config } = await import('@/proxy');
      expect(unstable_doesMiddlewareMatch({ config: config as never, url: `${ORIGIN}${url}` }), `${url}: proxy runs`).toBe(true);
      expectPersonal(await runProxy(url), url);
      // A server action or a form post from another site: refused before the page is looked at.
      const crossSite: Record<string, string>[] = [
        { 'next-action': 'abc123', origin: EVIL },
        { 'content-type': 'application/x-www-form-urlencoded', origin: EVIL },
        { 'next-action': 'abc123', 'sec-fetch-site': 'cross-site' },
      ];
      for (const headers of crossSite) {
        const refused = await runProxy(url, { method: 'POST', headers, body: 'a=1' });
        expect(refused.status, `${url} POST ${JSON.stringify(headers)}`).toBe(403);
      }
    }
  });
});

describe('pages: A asking for B’s things by id → not found', () => {
  const rows = Object.entries(PAGES).filter(([, row]) => row.foreign);
  type PageFn = (props: { params: Promise<Params>; searchParams: Promise<Params> }) => Promise<unknown>;
  const pageFn = async (route: string) => (await import(/* @vite-ignore */ path.join(pageDirs.get(route)!, 'page.tsx'))).default as PageFn;
  const render = async (route: string, params: Params, search: Params = {}) => {
    const { renderToReadableStream } = await import('react-dom/server');
    const element = await (await pageFn(route))({ params: Promise.resolve({ locale: 'zh-Hant-TW', ...params }), searchParams: Promise.resolve(search) });
    // Streamed to the end: some pages hold a part behind Suspense.
    const stream = await renderToReadableStream(element as never);
    await stream.allReady;
    return new Response(stream).text();
  };

  it.each(Object.entries(PAGES).filter(([, row]) => row.foreignSearch))('%s?{B’s id}', async (route, row) => {
    for (const { search, says } of row.foreignSearch!(w)) {
      const html = await render(route, {}, search);
      expect(html, JSON.stringify(search)).toContain(says);
      for (const marker of [...w.bob.markers, w.alice.invoice]) expect(html, `${JSON.stringify(search)} shows ${marker}`).not.toContain(marker);
    }
    // With her own card the list is there.
    expect(await render(route, {}, { carrierId: String(w.alice.cardId) })).toContain('KA70000002');
  });

  it.each(rows)('%s', async (route, row) => {
    // One's own renders (so the not-found below is about ownership, not a broken page).
    expect(await render(route, row.own!(w))).toContain(row.shows?.(w) ?? w.alice.invoice);
    for (const params of row.foreign!(w)) {
      const error = await render(route, params).then(
        () => null,
        (e: unknown) => e as { digest?: string },
      );
      expect(error?.digest, `${route} ${JSON.stringify(params)}`).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    }
  });
});

describe('APIs', () => {
  it.each(Object.keys(APIS))('%s: only its methods; private, no-store on every answer', async (route) => {
    const row = APIS[route]!;
    const mod = await apiModule(route);
    for (const method of METHODS) {
      if (row.methods.includes(method)) {
        expect(mod[method], `${route} ${method}`).toBeTypeOf('function');
        continue;
      }
      if (!mod[method]) continue; // Next answers an unexported method with 405 itself.
      const refused = await callApi(route, { method, params: row.own?.(w)[0]?.params });
      expect(refused.status, `${route} ${method}`).toBe(405);
    }
    for (const c of row.own?.(w) ?? []) {
      const response = await callApi(route, c);
      expect(response.status, `${route} ${c.method} ${JSON.stringify(c.params ?? c.query ?? '')}`).toBeLessThan(300);
      expectPersonal(response, route);
      await expectNoForeignData(response, `${route} ${JSON.stringify(c)}`);
    }
    if (!row.public) {
      fake.principal = null;
      for (const method of row.methods.filter((m) => !row.publicMethods?.includes(m))) {
        const response = await callApi(route, { method, params: row.own?.(w)[0]?.params });
        expect(response.status, `${route} ${method} signed out`).toBe(401);
        expectPersonal(response, `${route} ${method} signed out`);
      }
    }
  });

  it.each(Object.keys(APIS).filter((r) => APIS[r]!.foreign))('%s: B’s ids → 404, private', async (route) => {
    for (const c of APIS[route]!.foreign!(w)) {
      const response = await callApi(route, c);
      const label = `${route} ${c.method} ${JSON.stringify(c.params ?? c.query ?? c.body)}`;
      expect(response.status, label).toBe(404);
      expectPersonal(response, label);
      await expectNoForeignData(response, label);
    }
  });

  it.each(Object.keys(APIS).filter((r) => APIS[r]!.methods.some((m) => WRITES.includes(m))))('%s: writes from another site → 403', async (route) => {
    const row = APIS[route]!;
    for (const method of row.methods.filter((m) => WRITES.includes(m))) {
      const crossSite: Record<string, string>[] = [{ origin: EVIL }, { origin: 'null' }, { origin: '', 'sec-fetch-site': 'cross-site' }];
      for (const headers of crossSite) {
        const response = await callApi(route, { method, params: row.own?.(w)[0]?.params }, headers);
        expect(response.status, `${route} ${method} ${JSON.stringify(headers)}`).toBe(403);
        expectPersonal(response, `${route} ${method}`);
      }
    }
  });
});

describe('server actions: A naming B’s things → not found, nothing changed', () => {
  type Action = (state: object, form: FormData) => Promise<{ ok?: boolean; message?: string; errors?: Record<string, string[]> }>;
  const rows = Object.entries(ACTIONS).filter(([, row]) => row.foreign);

  it.each(rows)('%s', async (name, row) => {
    const [file, exported] = name.split('#') as [string, string];
    const action = (await import(/* @vite-ignore */ path.join(ROOT, 'lib', `${file}.ts`)))[exported] as Action;
    const { fields, says, unchanged } = row.foreign!(w);
    const form = new FormData();
    form.set('locale', 'en');
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const result = await action({}, form);
    expect(result.ok, name).not.toBe(true);
    const said = [result.message ?? '', ...Object.values(result.errors ?? {}).flat()].join(' ');
    expect(said.trim(), name).toBe(says);
    for (const marker of w.bob.markers) expect(said).not.toContain(marker);
    await unchanged();
  });
});
