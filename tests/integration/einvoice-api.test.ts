/**
 * The e-invoice app API under /PB2CAPIVAN (issue 15) against a real database (PGlite, or Postgres
 * with TEST_DATABASE_URL): every action's success and its documented error codes, signatures in
 * the three accepted orders (and wrong or missing), timestamps, paging, rate-limit codes, usage.
 * A property: QryWinningList gives the numbers GET /api/v1/lottery/periods/{period} gives, for every period.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_APP } from '@/lib/db/seed/developer-apps';
import { createApp, revokeApp, appUsage } from '@/lib/developer-apps/store';
import { LOVE_CODE_DIRECTORY } from '@/lib/donations/directory';
import { numbersOfWinningList } from '@/lib/einvoice-api/format';
import { listPeriods } from '@/lib/lottery/catalog';
import { apiTerm, periodOfDate } from '@/lib/lottery/period';
import { listInvoices } from '@/lib/invoices/store';
import { createTestDb, type TestDb } from './support/test-db';
import { createCarrier, createInvoice, ensureWorldShape } from './support/world';

const state = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('@/lib/db', async (original) => ({
  ...(await original<typeof import('@/lib/db')>()),
  resolveDb: async (db?: unknown) => db ?? state.db,
}));
vi.mock('@/lib/lottery/catalog', async (original) => (await import('./support/catalog-mock')).catalogOn(await original(), () => state.db));

const { dispatch } = await import('@/lib/einvoice-api/dispatch');
const periodRoute = (await import('@/app/api/v1/lottery/periods/[period]/route')).GET;

let t: TestDb;
// 115年9–10月 is drawn on 2026-11-25; the Jul–Aug period (first prize 54348835) is drawn.
const AT = new Date('2026-11-20T10:00:00+08:00');
const SECONDS = Math.floor(AT.getTime() / 1000);
const BARCODE = '/XWAPI01';
const CODE = 'Api-citizen-1!';
let ownerId: string;
const ORG = LOVE_CODE_DIRECTORY[0]!;

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  await ensureWorldShape(t.db);
  const user = await t.db
    .insertInto('users')
    .values({ email: 'api-citizen@citizens.test', display_name: BARCODE, kind: 'citizen', password_hash: await hashPassword(CODE), mobile_barcode: BARCODE, email_verified_at: new Date('2026-01-01') })
    .returning('id')
    .executeTakeFirstOrThrow();
  ownerId = user.id;
  // The helpers' invoices are sold by seller 1: make sure there is one (the seeded world may number its own differently).
  await sql`insert into stat_sellers (id, ban, name, county_code, township_code, industry_code)
    select 1, '24681357', '測試商店 (synthetic)', county_code, code, 1 from stat_townships order by code limit 1
    on conflict (id) do nothing`.execute(t.db);
  const barcode = await createCarrier(t.db, '3J0002', BARCODE, ownerId);
  const card = await createCarrier(t.db, '1K0001', '5555666677778888', ownerId);
  for (let i = 1; i <= 5; i++) await createInvoice(t.db, barcode.buyerId, `XW1000000${i}`, `2026-10-0${i}`, 100 * i);
  await createInvoice(t.db, card.buyerId, 'XW20000001', '2026-10-15', 250);
  // A sixth prize of 115年7–8月 (first prize 54348835 ends in 835).
  await createInvoice(t.db, barcode.buyerId, 'XW30000835', '2026-08-10', 90);
  await createInvoice(t.db, barcode.buyerId, 'XW30000001', '2026-08-11', 60);
  // 130 invoices in September: two pages.
  for (let i = 0; i < 130; i++) await createInvoice(t.db, barcode.buyerId, `XW4${String(i).padStart(7, '0')}`, `2026-09-${String(1 + (i % 28)).padStart(2, '0')}`, 10 + i);
}, 120_000);
afterAll(() => t?.close());

const ORIGIN = 'http://localhost:3000';
type Body = Record<string, unknown> & { code: string; msg: string; v: string };

async function call(path: string, params: Record<string, string>, how: 'form' | 'query' = 'form', at = AT): Promise<{ status: number; body: Body; headers: Headers }> {
  const form = new URLSearchParams(params).toString();
  const request =
    how === 'form'
      ? new Request(`${ORIGIN}/PB2CAPIVAN/${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form })
      : new Request(`${ORIGIN}/PB2CAPIVAN/${path}?${form}`, { method: 'POST' });
  const response = await dispatch(request, path, { db: t.db, at });
  return { status: response.status, body: (await response.json()) as Body, headers: response.headers };
}

const app = { appID: DEMO_APP.appId };
const demoOwner = async () => (await t.db.selectFrom('users').select('id').where('mobile_barcode', '=', DEMO_APP.ownerBarcode).executeTakeFirstOrThrow()).id;
const card = (code = CODE) => ({ cardType: '3J0002', cardNo: BARCODE, cardEncrypt: code });
const times = (offset = 30) => ({ timeStamp: String(SECONDS + offset), expTimeStamp: '2147483647' });

/** The spec's signature: parameters sorted by name (ASCII), name=value joined by &, HMAC-SHA256, Base64. */
function signed(params: Record<string, string>, key: string = DEMO_APP.apiKey, order: 'ascii' | 'sent' | 'lower' = 'ascii'): Record<string, string> {
  const entries = Object.entries(params);
  if (order === 'ascii') entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (order === 'lower') entries.sort(([a], [b]) => a.toLowerCase().localeCompare(b.toLowerCase()));
  const text = entries.map(([k, v]) => `${k}=${v}`).join('&');
  return { ...params, signature: createHmac('sha256', key).update(text, 'utf8').digest('base64') };
}

describe('QryWinningList', () => {
  it('answers a drawn period with zero-padded amounts, in the query string or a form body alike', async () => {
    const params = { version: '0.2', action: 'QryWinningList', invTerm: '11508', UUID: 'device-1', ...app };
    const { status, body } = await call('invapp/InvApp', params);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      v: '0.2',
      code: '200',
      msg: '執行成功',
      invoYm: '11508',
      superPrizeNo: '89996565',
      spcPrizeNo: '91098182',
      firstPrizeNo1: '54348835',
      firstPrizeNo4: '',
      sixthPrizeNo1: '',
      superPrizeAmt: '10000000',
      spcPrizeAmt: '2000000',
      firstPrizeAmt: '0200000',
      sixthPrizeAmt: '0000200',
      updateDate: '1150925',
    });
    expect(body.timeStamp).toMatchObject({ year: 126, month: 8, date: 25, timezoneOffset: -480 });
    expect((await call('invapp/InvApp', params, 'query')).body).toEqual(body);
  });

  it('902 for a malformed term, 901 for an odd month or a period with no numbers', async () => {
    const ask = (invTerm: string) => call('invapp/InvApp', { version: '0.2', action: 'QryWinningList', invTerm, ...app });
    expect((await ask('1150')).body).toEqual({ v: '0.2', code: '902', msg: '期別錯誤' });
    expect((await ask('11507')).body).toMatchObject({ code: '901', msg: '無此期別資料' });
    expect((await ask('19912')).body).toMatchObject({ code: '901' });
  });

  it('equals GET /api/v1/lottery/periods/{period} for every period', async () => {
    const periods = await listPeriods(t.db);
    expect(periods.length).toBeGreaterThan(20);
    for (const record of periods) {
      const term = apiTerm(record.period);
      const { body } = await call('invapp/InvApp', { version: '0.2', action: 'QryWinningList', invTerm: term, ...app });
      const json = (await (await periodRoute(new Request(`${ORIGIN}/api/v1/lottery/periods/${term}`), { params: Promise.resolve({ period: term }) })).json()) as Record<string, unknown>;
      expect(body.code, term).toBe('200');
      expect(numbersOfWinningList(body), term).toEqual({ special: json.special, grand: json.grand, first: json.first, additionalSixth: json.additionalSixth });
      expect(body.invoYm).toBe(json.invTerm);
    }
  });
});

describe('app, device and action checks', () => {
  it('998 for an unknown or revoked app ID, and for parameters sent as JSON', async () => {
    const ask = (appID: string) => call('invapp/InvApp', { version: '0.2', action: 'QryWinningList', invTerm: '11508', appID });
    expect((await ask('EINV0000000000')).body).toMatchObject({ code: '998' });
    expect((await ask('')).body).toMatchObject({ code: '998' });
    const created = await createApp(ownerId, { name: 'Revoked', description: '', contact: 'a@b.test' }, { db: t.db });
    if (!created.ok) throw new Error('not created');
    expect((await ask(created.app.appId)).body).toMatchObject({ code: '200' });
    await revokeApp(ownerId, created.app.appId, { db: t.db });
    expect((await ask(created.app.appId)).body).toMatchObject({ code: '998' });
    const json = await dispatch(
      new Request(`${ORIGIN}/PB2CAPIVAN/invapp/InvApp`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'QryWinningList', invTerm: '11508', ...app }) }),
      'invapp/InvApp',
      { db: t.db, at: AT },
    );
    expect(await json.json()).toMatchObject({ code: '904' });
  });

  it('904 for an unknown action, 404 for an unknown path, 997 for a malformed UUID', async () => {
    expect((await call('invapp/InvApp', { action: 'qryNothing', ...app })).body).toMatchObject({ code: '904' });
    expect((await call('nowhere/Here', { action: 'QryWinningList', ...app })).status).toBe(404);
    expect((await call('invapp/InvApp', { action: 'QryWinningList', invTerm: '11508', UUID: 'x'.repeat(65), ...app })).body).toMatchObject({ code: '997' });
  });

  it('950 once a device passes its limit, with Retry-After and RateLimit-* headers; the app’s usage counts the calls', async () => {
    const params = { version: '0.2', action: 'QryWinningList', invTerm: '11508', UUID: `limit-${randomUUID()}`, ...app };
    let last = await call('invapp/InvApp', params);
    expect(last.headers.get('RateLimit-Limit')).toBe('60');
    expect(last.headers.get('RateLimit-Remaining')).toBe('59');
    for (let i = 1; i < 60; i++) last = await call('invapp/InvApp', params);
    expect(last.body.code).toBe('200');
    const over = await call('invapp/InvApp', params);
    expect(over.body).toEqual({ v: '0.2', code: '950', msg: '超過最大查詢次數' });
    expect(Number(over.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(over.headers.get('RateLimit-Remaining')).toBe('0');
    // Another device of the same app is not held back.
    expect((await call('invapp/InvApp', { ...params, UUID: 'another-device' })).body.code).toBe('200');
    const usage = await appUsage(await demoOwner(), DEMO_APP.appId, { db: t.db, at: AT });
    expect(usage.find((u) => u.action === 'QryWinningList')).toMatchObject({ day: '2026-11-20', limited: 1 });
  });
});

describe('qryInvHeader, qryInvDetail, qryLoveCode', () => {
  const header = { version: '0.5', action: 'qryInvHeader', type: 'Barcode', invNum: 'XW10000001', invDate: '2026/10/01', generation: 'V2', UUID: 'd', ...app };

  it('finds an invoice by number and date', async () => {
    const { body } = await call('invapp/InvApp', header);
    expect(body).toMatchObject({ v: '0.5', code: '200', invNum: 'XW10000001', invDate: '20261001', invStatus: '已確認', invPeriod: '11510', invoiceTime: '12:00:00' });
    expect(body.sellerName).toEqual(expect.any(String));
  });

  it('904 for a type in the wrong case, 903 for a malformed date, 915 for no such invoice', async () => {
    expect((await call('invapp/InvApp', { ...header, type: 'barcode' })).body).toMatchObject({ code: '904' });
    expect((await call('invapp/InvApp', { ...header, invDate: '2026-10-01' })).body).toMatchObject({ code: '903' });
    expect((await call('invapp/InvApp', { ...header, invDate: '2026/10/02' })).body).toMatchObject({ code: '915', msg: '查無此發票詳細資料' });
  });

  it('gives the lines with the right random code, 915 with a wrong one', async () => {
    const detail = { ...header, version: '0.6', action: 'qryInvDetail', randomNumber: '1234', invTerm: '11510' };
    const { body } = await call('invapp/InvApp', detail);
    expect(body).toMatchObject({ code: '200', amount: '100', details: [{ rowNum: '1', quantity: '1', unitPrice: '100', amount: '100' }] });
    expect((await call('invapp/InvApp', { ...detail, randomNumber: '4321' })).body).toMatchObject({ code: '915' });
    expect((await call('invapp/InvApp', { ...detail, invTerm: '11508' })).body).toMatchObject({ code: '915' });
  });

  it('searches love codes by code or name', async () => {
    const { body } = await call('loveCodeapp/qryLoveCode', { version: '0.2', action: 'qryLoveCode', qKey: ORG.code, UUID: 'd', ...app });
    expect(body).toMatchObject({ code: '200', details: [{ rowNum: '1', LoveCode: ORG.code, SocialWelfareName: ORG.name }] });
    expect((await call('loveCodeapp/qryLoveCode', { version: '0.2', action: 'qryLoveCode', ...app })).body).toMatchObject({ code: '903' });
  });
});

describe('carrierInvChk and carrierInvDetail', () => {
  const chk = (extra: Record<string, string> = {}) => ({
    version: '0.6',
    action: 'carrierInvChk',
    ...card(),
    ...times(),
    startDate: '2026/10/01',
    endDate: '2026/10/31',
    onlyWinningInv: 'N',
    uuid: 'd',
    ...app,
    ...extra,
  });

  it('lists the month’s invoices of every carrier of the account, with the Java-style invDate', async () => {
    const { body } = await call('invServ/InvServ', chk());
    expect(body).toMatchObject({ v: '0.6', code: '200', onlyWinningInv: 'N', page: '1', totalPage: '1' });
    const details = body.details as Record<string, unknown>[];
    expect(details.map((d) => d.invNum)).toEqual(['XW10000001', 'XW10000002', 'XW10000003', 'XW10000004', 'XW10000005', 'XW20000001']);
    expect(details[0]).toMatchObject({ rowNum: 1, cardType: '3J0002', cardNo: BARCODE, amount: '100', invPeriod: '11510', donateMark: '0', invDonatable: true, invoiceTime: '12:00:00' });
    expect(details[0]!.invDate).toEqual({ year: 126, month: 9, date: 1, day: 4, hours: 12, minutes: 0, seconds: 0, time: Date.parse('2026-10-01T12:00:00+08:00'), timezoneOffset: -480 });
    expect(details[5]).toMatchObject({ cardType: '1K0001', cardNo: '••••8888' });
  });

  it('only the winning invoices with onlyWinningInv=Y', async () => {
    const { body } = await call('invServ/InvServ', chk({ startDate: '2026/08/01', endDate: '2026/08/31', onlyWinningInv: 'Y' }));
    expect((body.details as { invNum: string }[]).map((d) => d.invNum)).toEqual(['XW30000835']);
  });

  it('996 with the first page when the month has more rows than a page; page 2 gives the rest', async () => {
    const first = await call('invServ/InvServ', chk({ startDate: '2026/09/01', endDate: '2026/09/30' }));
    expect(first.body).toMatchObject({ code: '996', page: '1', totalPage: '2' });
    expect(first.body.details).toHaveLength(100);
    const second = await call('invServ/InvServ', chk({ startDate: '2026/09/01', endDate: '2026/09/30', page: '2' }));
    expect(second.body).toMatchObject({ code: '200', page: '2' });
    expect(second.body.details).toHaveLength(30);
    expect((second.body.details as { rowNum: number }[])[0]!.rowNum).toBe(101);
  });

  it('pages are read straight from the store: oldest first, numbered on, the same rows as the month read whole', async () => {
    const first = await call('invServ/InvServ', chk({ startDate: '2026/09/01', endDate: '2026/09/30' }));
    const second = await call('invServ/InvServ', chk({ startDate: '2026/09/01', endDate: '2026/09/30', page: '2' }));
    const rows = [...(first.body.details as { invNum: string; rowNum: number; invDate: { time: number } }[]), ...(second.body.details as { invNum: string; rowNum: number; invDate: { time: number } }[])];
    expect(rows.map((r) => r.rowNum)).toEqual(Array.from({ length: 130 }, (_, i) => i + 1));
    const times = rows.map((r) => r.invDate.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The month read whole through the citizen's list (newest first), reversed: the same invoices in the same order.
    const owner = await t.db.selectFrom('users').select('id').where('mobile_barcode', '=', BARCODE).executeTakeFirstOrThrow();
    const whole: string[] = [];
    let cursor: string | null = null;
    do {
      const { decodeCursor } = await import('@/lib/invoices/schemas');
      const page = await listInvoices(owner.id, { period: periodOfDate('2026-09-01'), from: '2026-09-01', to: '2026-09-30', limit: 100, ...(cursor ? { cursor: decodeCursor(cursor)! } : {}) }, { db: t.db, at: AT });
      whole.push(...page.invoices.map((i) => i.number));
      cursor = page.nextCursor;
    } while (cursor);
    expect(rows.map((r) => r.invNum)).toEqual(whole.reverse());
    // Past the last page: an empty page, still counted.
    const third = await call('invServ/InvServ', chk({ startDate: '2026/09/01', endDate: '2026/09/30', page: '3' }));
    expect(third.body).toMatchObject({ code: '200', page: '3', totalPage: '2', details: [] });
  });

  it('903 for dates in two months or beyond the query window, 904 for another card type', async () => {
    expect((await call('invServ/InvServ', chk({ endDate: '2026/11/01' }))).body).toMatchObject({ code: '903' });
    expect((await call('invServ/InvServ', chk({ startDate: '2026/01/01', endDate: '2026/01/31' }))).body).toMatchObject({ code: '903' });
    expect((await call('invServ/InvServ', chk({ cardType: '1K0001' }))).body).toMatchObject({ code: '904' });
  });

  it('951 for a timeStamp out of its window, 952 for an expTimeStamp past', async () => {
    expect((await call('invServ/InvServ', chk({ timeStamp: String(SECONDS - 600) }))).body).toMatchObject({ code: '951', msg: '連線逾時' });
    expect((await call('invServ/InvServ', chk({ timeStamp: String(SECONDS + 3600) }))).body).toMatchObject({ code: '951' });
    expect((await call('invServ/InvServ', chk({ expTimeStamp: String(SECONDS - 1) }))).body).toMatchObject({ code: '952' });
    expect((await call('invServ/InvServ', chk({ timeStamp: '' }))).body).toMatchObject({ code: '903' });
  });

  it('919 for a wrong verification code; the sign-in lockout answers 950', async () => {
    const other = '/XWAPI02';
    await t.db
      .insertInto('users')
      .values({ email: 'api-citizen-2@citizens.test', display_name: other, kind: 'citizen', password_hash: await hashPassword(CODE), mobile_barcode: other, email_verified_at: new Date('2026-01-01') })
      .execute();
    const wrong = chk({ cardNo: other, cardEncrypt: 'Wrong-code-1!' });
    for (let i = 0; i < 4; i++) expect((await call('invServ/InvServ', wrong)).body).toMatchObject({ code: '919', msg: '參數驗證碼錯誤' });
    // The fifth wrong code locks the barcode for 15 minutes, as on the sign-in page; the right code too is refused meanwhile.
    expect((await call('invServ/InvServ', wrong)).body).toMatchObject({ code: '950' });
    expect((await call('invServ/InvServ', chk({ cardNo: other }))).body).toMatchObject({ code: '950' });
  });

  it('carrierInvDetail gives the lines of the account’s invoice; 915 for another date or number', async () => {
    const detail = { version: '0.5', action: 'carrierInvDetail', ...card(), ...times(), invNum: 'XW10000002', invDate: '2026/10/02', uuid: 'd', ...app };
    const { body } = await call('invServ/InvServ', detail);
    expect(body).toMatchObject({ v: '0.5', code: '200', invNum: 'XW10000002', invDate: '20261002', amount: '200', invPeriod: '11510', details: [{ rowNum: '1', amount: '200' }] });
    expect((await call('invServ/InvServ', { ...detail, invDate: '2026/10/03' })).body).toMatchObject({ code: '915' });
    expect((await call('invServ/InvServ', { ...detail, invNum: 'QB10000001' })).body).toMatchObject({ code: '915' });
  });
});

describe('carrierInvDnt and qryCarrierAgg (signed)', () => {
  const donation = (serial: string, invNum: string, npoBan = ORG.code) => ({
    version: '0.1',
    serial,
    action: 'carrierInvDnt',
    ...card(),
    ...times(),
    invDate: `2026/10/0${invNum.at(-1)}`,
    invNum,
    npoBan,
    uuid: 'phone-1',
    ...app,
  });

  it('954 for a missing or wrong signature, or one made with another key', async () => {
    const params = donation('0000000001', 'XW10000003');
    expect((await call('CarInv/Donate', params)).body).toMatchObject({ v: '0.1', code: '954', msg: '簽名有誤' });
    expect((await call('CarInv/Donate', { ...signed(params), signature: 'AAAA' })).body).toMatchObject({ code: '954' });
    expect((await call('CarInv/Donate', signed(params, 'another-key'))).body).toMatchObject({ code: '954' });
    // Signed, then a parameter changed on the way.
    expect((await call('CarInv/Donate', { ...signed(params), npoBan: '999' })).body).toMatchObject({ code: '954' });
  });

  it('donates with a signature in spec order; the same serial again is the same donation; a new one is 908', async () => {
    const params = donation('0000000002', 'XW10000003');
    const first = await call('CarInv/Donate', signed(params));
    expect(first.body).toMatchObject({ v: '0.1', code: '200', hashSerial: '0000000002', invNum: 'XW10000***', invDate: '20261003', NPOBan: ORG.code, invStatus: '已捐贈' });
    expect(first.body.invDntTimeStamp).toMatchObject({ timezoneOffset: -480 });
    const again = await call('CarInv/Donate', signed(params));
    expect(again.body).toEqual(first.body);
    expect(await t.db.selectFrom('donations').select('id').where('invoice_number', '=', 'XW10000003').execute()).toHaveLength(1);
    expect((await call('CarInv/Donate', signed(donation('0000000003', 'XW10000003')))).body).toMatchObject({ code: '908' });
    // The carrier list now shows it donated and masked.
    const list = await call('invServ/InvServ', { version: '0.6', action: 'carrierInvChk', ...card(), ...times(), startDate: '2026/10/01', endDate: '2026/10/31', onlyWinningInv: 'N', ...app });
    expect((list.body.details as { invNum: string; donateMark: string }[])[2]).toMatchObject({ invNum: 'XW10000***', donateMark: '1', invDonatable: false });
  });

  it('accepts the signature over the parameters in sent order and in case-insensitive order', async () => {
    expect((await call('CarInv/Donate', signed(donation('0000000004', 'XW10000004'), DEMO_APP.apiKey, 'sent'))).body).toMatchObject({ code: '200' });
    expect((await call('CarInv/Donate', signed(donation('0000000005', 'XW10000005'), DEMO_APP.apiKey, 'lower'), 'query')).body).toMatchObject({ code: '200' });
  });

  it('907 for an unknown love code, 915 for an invoice not of this card, 954 before a timestamp is looked at', async () => {
    expect((await call('CarInv/Donate', signed(donation('0000000006', 'XW10000001', '1')))).body).toMatchObject({ code: '907' });
    expect((await call('CarInv/Donate', signed(donation('0000000007', 'XW10000001', '99999')))).body).toMatchObject({ code: '907' });
    expect((await call('CarInv/Donate', signed({ ...donation('0000000008', 'XW10000001'), invNum: 'XW99999999' }))).body).toMatchObject({ code: '915' });
    expect((await call('CarInv/Donate', signed({ ...donation('0000000009', 'XW10000001'), timeStamp: String(SECONDS - 3600) }))).body).toMatchObject({ code: '951' });
  });

  it('913 after the draw', async () => {
    const late = new Date('2026-11-26T10:00:00+08:00');
    const params = { ...donation('0000000010', 'XW10000001'), timeStamp: String(Math.floor(late.getTime() / 1000) + 30) };
    expect((await call('CarInv/Donate', signed(params), 'form', late)).body).toMatchObject({ code: '913' });
  });

  it('qryCarrierAgg lists the account’s carriers, cards masked', async () => {
    const params = { version: '1.0', serial: '0000000011', action: 'qryCarrierAgg', ...card(), ...times(), uuid: 'phone-1', ...app };
    expect((await call('Carrier/Aggregate', params)).body).toMatchObject({ code: '954' });
    const { body } = await call('Carrier/Aggregate', signed(params));
    expect(body).toMatchObject({
      v: '1.0',
      code: '200',
      hashSerial: '0000000011',
      carriers: [
        { carrierType: '3J0002', carrierId2: BARCODE, carrierName: '手機條碼' },
        { carrierType: '1K0001', carrierId2: '••••8888', carrierName: '悠遊卡' },
      ],
    });
  });
});

describe('the usage page’s numbers', () => {
  it('counts calls per day and action for the app', async () => {
    const usage = await appUsage(await demoOwner(), DEMO_APP.appId, { db: t.db, at: AT });
    expect(usage.map((u) => u.action)).toEqual(expect.arrayContaining(['QryWinningList', 'carrierInvChk', 'carrierInvDnt', 'qryCarrierAgg']));
    // Another citizen sees nothing of an app that is not theirs.
    const { rows } = await sql<{ id: string }>`select id from users where kind = 'staff' limit 1`.execute(t.db);
    expect(await appUsage(rows[0]!.id, DEMO_APP.appId, { db: t.db, at: AT })).toEqual([]);
  });
});
