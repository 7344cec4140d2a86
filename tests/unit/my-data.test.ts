import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '@/lib/csv';
import { accessEntry, actionKey } from '@/lib/my-data/access-entry';
import { exportFileName, sectionCsv } from '@/lib/my-data/csv';
import { dueBefore, GRACE_DAYS, isDue, purgeAfter } from '@/lib/my-data/deletion-rules';
import { EXPORT_SECTIONS, isExportSection, type MyDataExport } from '@/lib/my-data/dto';

const OWNER = '11111111-1111-4111-8111-111111111111';
const STAFF = '22222222-2222-4222-8222-222222222222';

describe('deletion grace period', () => {
  const asked = new Date('2026-11-30T02:00:00Z');
  it('removes the account 7 days after the request, not a moment before', () => {
    expect(GRACE_DAYS).toBe(7);
    expect(purgeAfter(asked).toISOString()).toBe('2026-12-07T02:00:00.000Z');
    expect(isDue(asked, new Date('2026-12-07T01:59:59Z'))).toBe(false);
    expect(isDue(asked, new Date('2026-12-07T02:00:00Z'))).toBe(true);
    expect(isDue(null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
    expect(dueBefore(new Date('2026-12-07T02:00:00Z')).toISOString()).toBe(asked.toISOString());
  });
});

describe('accessEntry', () => {
  const base = { id: 1, occurred_at: '2026-11-30T01:00:00Z', actor_label: '/TAXC001', target_type: null, target_id: null, ip: '203.0.113.9', actor_kind: 'citizen' as const };

  it('shows the citizen’s own address on their own actions', () => {
    expect(accessEntry({ ...base, actor_id: OWNER, action: 'auth.sign_in' }, OWNER)).toEqual({
      id: 1,
      at: new Date('2026-11-30T01:00:00Z'),
      action: 'auth.sign_in',
      actor: 'you',
      ip: '203.0.113.9',
      target: null,
      reason: null,
    });
  });

  it('shows the citizen the reason a staff member gave, and only a staff member’s', () => {
    const lookup = { ...base, actor_id: STAFF, actor_label: 'tax@taxcloud.example', actor_kind: 'staff' as const, action: 'tax.staff_lookup', target_type: 'user', target_id: OWNER };
    expect(accessEntry({ ...lookup, details: { reason: '民眾來電詢問欠稅明細' } }, OWNER).reason).toBe('民眾來電詢問欠稅明細');
    expect(accessEntry({ ...lookup, details: {} }, OWNER).reason).toBeNull();
    expect(accessEntry({ ...base, actor_id: OWNER, action: 'auth.sign_in', details: { reason: 'x' } }, OWNER).reason).toBeNull();
  });

  it('names staff by their role only, never their address, and does not repeat the account as target', () => {
    const e = accessEntry({ ...base, actor_id: STAFF, actor_label: 'official@taxcloud.example', actor_kind: 'staff', action: 'account.disable', target_type: 'user', target_id: OWNER }, OWNER);
    expect(e).toMatchObject({ actor: 'staff', ip: null, target: null });
  });

  it('keeps what was touched (a carrier) and marks the system', () => {
    expect(accessEntry({ ...base, actor_id: OWNER, action: 'carrier.link', target_type: 'carrier', target_id: '42' }, OWNER).target).toBe('carrier:42');
    expect(accessEntry({ ...base, actor_id: null, actor_label: 'system', actor_kind: null, action: 'x' }, OWNER).actor).toBe('system');
  });

  it('maps actions to message keys, unknown ones to other', () => {
    const known = new Set(['auth_sign_in']);
    expect(actionKey('auth.sign_in', known)).toBe('auth_sign_in');
    expect(actionKey('something.new', known)).toBe('other');
  });
});

const data: MyDataExport = {
  generatedAt: '2026-11-30T02:00:00.000Z',
  about: 'about',
  account: {
    mobileBarcode: '/TAXC001',
    email: 'citizen1@taxcloud.example',
    emailConfirmedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    lastSignInAt: null,
    deletionRequestedAt: null,
    deletionAfter: null,
    demoAccount: true,
    passkeys: [{ name: 'Laptop', deviceType: 'multiDevice', createdAt: '2026-02-01T00:00:00.000Z', lastUsedAt: null }],
  },
  carriers: [{ typeCode: '3J0002', number: '/TAXC001', linkedAt: '2026-01-01T00:00:00.000Z' }],
  invoices: [
    {
      number: 'AB12345678',
      issuedAt: '2026-11-01T12:00:00+08:00',
      amount: 120,
      seller: { name: '+Shop, "quoted"', ban: '12345678' },
      carrier: { typeCode: '3J0002', number: '/TAXC001' },
      randomCode: '0042',
      donated: false,
      items: [
        { name: '咖啡', nameEn: 'Coffee', amount: 70 },
        { name: '麵包', nameEn: 'Bread', amount: 50 },
      ],
    },
  ],
  donations: [],
  bankAccount: { bankCode: '700', accountNumberMasked: '••••••5678', updatedAt: '2026-03-01T00:00:00.000Z' },
  spending: null,
  accessLog: [{ id: 9, at: '2026-11-30T01:00:00.000Z', action: 'auth.sign_in', actor: 'you', ip: '203.0.113.9', target: null, reason: null }],
  taxBills: [
    {
      id: 'b1',
      taxType: 'house',
      direction: 'payable',
      taxYear: 2026,
      office: '臺北市稅捐稽徵處',
      subject: '臺北市大安區',
      principal: 12000,
      dueDate: '2026-05-31',
      status: 'paid',
      amountDue: 0,
      lateFee: null,
      vehicle: null,
      events: [{ kind: 'payment', at: '2026-05-20T02:00:00.000Z', amount: 12000, channel: 'online', reference: 'R-1' }],
    },
  ],
  taxData: {
    income: [{ incomeYear: 2025, payerBan: '12345678', payerName: 'Employer', code: '50', amount: 600000, withheld: 30000 }],
    properties: [{ kind: 'vehicle', description: '自用小客車', descriptionEn: 'Car', measure: '1,798 cc', value: 0, acquiredOn: '2020-01-01' }],
  },
  payments: [
    {
      id: 'o1',
      billId: 'b1',
      amount: 12000,
      description: '房屋稅',
      status: 'paid',
      createdAt: '2026-05-20T01:59:00.000Z',
      expiresAt: '2026-05-20T02:29:00.000Z',
      settledAt: '2026-05-20T02:00:00.000Z',
      billSettled: true,
      receipt: { number: 'TC-R-1', issuedAt: '2026-05-20T02:00:00.000Z' },
    },
  ],
  forum: {
    threads: [
      { id: 7, category: 'site', kind: 'question', title: '=SUM(A1)', body: 'Line one\nline two', status: 'open', endorsements: 0, createdAt: '2026-11-01T00:00:00.000Z', editedAt: null, hiddenReason: null },
    ],
    comments: [{ id: 70, threadId: 8, parentId: null, body: 'Agreed', createdAt: '2026-11-02T00:00:00.000Z', editedAt: null, hiddenReason: null }],
    edits: [],
    endorsements: [{ threadId: 8, threadTitle: 'More parks', createdAt: '2026-11-02T00:00:00.000Z' }],
    follows: [],
    reports: [],
    notifications: [{ threadId: 8, threadTitle: 'More parks', kind: 'answer', createdAt: '2026-11-03T00:00:00.000Z', read: false }],
    suspensions: [],
  },
  developerApps: [
    { appId: 'APP1', name: 'Budget', description: '', contact: 'dev@example.test', createdAt: '2026-10-01T00:00:00.000Z', keyCreatedAt: '2026-10-01T00:00:00.000Z', revokedAt: null, demo: false },
  ],
};

describe('sectionCsv', () => {
  const read = (section: (typeof EXPORT_SECTIONS)[number]) => {
    const csv = sectionCsv(data, section);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    return parseCsvRecords(csv.slice(1));
  };

  it('writes one file per section, the header first', () => {
    for (const s of EXPORT_SECTIONS) expect(read(s).length).toBeGreaterThanOrEqual(1);
    expect(isExportSection('invoices')).toBe(true);
    expect(isExportSection('../etc')).toBe(false);
  });

  it('quotes and formula-guards cells', () => {
    expect(read('invoices')[1]).toEqual(['AB12345678', '2026-11-01T12:00:00+08:00', '120', `'+Shop, "quoted"`, '12345678', '3J0002', '/TAXC001', '0042', 'false', '2']);
  });

  it('has one row per invoice item, and the bank account masked only', () => {
    expect(read('items').slice(1)).toEqual([
      ['AB12345678', '2026-11-01T12:00:00+08:00', '1', '咖啡', 'Coffee', '70'],
      ['AB12345678', '2026-11-01T12:00:00+08:00', '2', '麵包', 'Bread', '50'],
    ]);
    expect(read('bank-account')[1]).toEqual(['700', '••••••5678', '2026-03-01T00:00:00.000Z']);
    expect(read('account').map((r) => r[0])).not.toContain('passwordHash');
  });

  it('has the passbook, payments, forum and apps, one kind of record per row', () => {
    expect(read('tax-bills')[1]).toEqual(['b1', 'house', 'payable', '2026', '臺北市稅捐稽徵處', '臺北市大安區', '12000', '2026-05-31', 'paid', '0', '', '', '']);
    expect(read('tax-bill-events').slice(1)).toEqual([['b1', 'payment', '2026-05-20T02:00:00.000Z', '12000', 'online', 'R-1']]);
    expect(read('tax-data').slice(1).map((r) => r[0])).toEqual(['I', 'P']);
    expect(read('payments')[1]).toContain('TC-R-1');
    const posts = read('forum-posts');
    expect(posts.slice(1).map((r) => r[0])).toEqual(['thread', 'comment']);
    // A title that looks like a formula is kept as text.
    expect(posts[1]![6]).toBe(`'=SUM(A1)`);
    expect(posts[1]![7]).toBe('Line one\nline two');
    expect(read('forum-activity').slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['endorsement', '8', ''],
      ['notification', '8', 'answer'],
    ]);
    const apps = read('developer-apps');
    expect(apps[0]!.some((h) => /key(?!CreatedAt)|secret|hash|prefix/i.test(h))).toBe(false);
    expect(apps[1]![0]).toBe('APP1');
  });

  it('names files by date and section', () => {
    expect(exportFileName(null, '2026-11-30')).toBe('tax-cloud-my-data-2026-11-30.json');
    expect(exportFileName('access-log', '2026-11-30')).toBe('tax-cloud-my-data-access-log-2026-11-30.csv');
  });
});
