/**
 * The demo citizens' tax passbook (synthetic, marked so on every page): bills, payments, a refund,
 * income data and property. Every amount comes from lib/tax — the licence tax from the engine
 * size, the income-tax balance from the income records, a late payment from the late-fee rule —
 * so the passbook and the calculators always agree. Idempotent: bills are keyed by serial,
 * events by (bill, kind); income and property rows are written once per citizen.
 *
 * Against the e2e clock (2026-11-30): /TAXC001 has a house-tax bill 14 days overdue (a late fee
 * shows), a land-value bill over NT$20,000 due today, a paid licence tax and a refund.
 */
import type { Kysely } from 'kysely';
import { calculateIncomeTax, calculateLateFee, calculateLicenseTax } from '../../tax';
import { incomeTaxInputFromRecords } from '../../tax-bills/income';
import type { Database, TaxBillType } from '../schema';
import { DEMO_CITIZENS } from './citizens';

type Vehicle = { kind: 'private-car' | 'motorcycle'; cc: number; registeredOn?: string };
type Payment = { on: string; channel: string; lateFee?: boolean };
type BillPlan = {
  serial: number;
  taxType: TaxBillType;
  taxYear: number;
  office: string;
  dueDate: string;
  subject: string;
  subjectEn: string;
  /** Fixed principal (house, land); vehicles and income compute theirs. */
  principal?: number;
  vehicle?: Vehicle;
  paid?: Payment;
  /** Income tax: a refund when the return's balance is negative, and the return it comes from. */
  direction?: 'payable' | 'refund';
  returnId?: string;
  refundOn?: string;
};
type IncomeRow = { payerBan: string; payerName: string; code: string; amount: number; withheld: number };
type PropertyRow = { kind: 'land' | 'building' | 'vehicle'; description: string; descriptionEn: string; measure: string; value: number; acquiredOn: string };
type CitizenPlan = {
  bills: BillPlan[];
  /** Income year 114 (2025), filed May 2026: the return's balance becomes an income-tax bill. */
  income: IncomeRow[];
  incomeBill: { serial: number; office: string; paid?: Payment; refundOn?: string };
  properties: PropertyRow[];
};

const INCOME_YEAR = 2025;
const S = '（合成資料）';
const SE = ' (synthetic)';

export const TAX_PLANS: readonly CitizenPlan[] = [
  {
    bills: [
      // A supplementary house-tax bill (補徵) due 2026-11-16: 14 days late on 2026-11-30.
      { serial: 101, taxType: 'house', taxYear: 2026, office: 'TPETAX', dueDate: '2026-11-16', principal: 12_840, subject: `臺北市大安區和平東路二段 3 樓 補徵${S}`, subjectEn: `Da'an District, Taipei, 3F, supplementary bill${SE}` },
      { serial: 102, taxType: 'land_value', taxYear: 2026, office: 'TPETAX', dueDate: '2026-11-30', principal: 23_560, subject: `臺北市大安區和平東路二段 土地${S}`, subjectEn: `Da'an District, Taipei, land${SE}` },
      { serial: 103, taxType: 'vehicle_licence', taxYear: 2026, office: 'TPETAX', dueDate: '2026-04-30', vehicle: { kind: 'private-car', cc: 1798 }, subject: `自用小客車 ABC-1234${S}`, subjectEn: `Private car ABC-1234${SE}`, paid: { on: '2026-04-21', channel: 'convenience_store' } },
      { serial: 104, taxType: 'house', taxYear: 2025, office: 'TPETAX', dueDate: '2025-06-02', principal: 11_960, subject: `臺北市大安區和平東路二段 3 樓${S}`, subjectEn: `Da'an District, Taipei, 3F${SE}`, paid: { on: '2025-05-20', channel: 'bank_transfer' } },
    ],
    income: [
      { payerBan: '24536806', payerName: `合成科技股份有限公司${S}`, code: '50', amount: 720_000, withheld: 30_000 },
      { payerBan: '03557311', payerName: `合成商業銀行${S}`, code: '5A', amount: 8_400, withheld: 0 },
    ],
    incomeBill: { serial: 105, office: 'NTBT', refundOn: '2026-08-28' },
    properties: [
      { kind: 'building', description: `臺北市大安區和平東路二段 3 樓${S}`, descriptionEn: `Da'an District, Taipei, 3F${SE}`, measure: '86.40 m²', value: 1_020_000, acquiredOn: '2018-03-15' },
      { kind: 'land', description: `臺北市大安區 段 小段 地號 0123-0000${S}`, descriptionEn: `Da'an District, Taipei, lot 0123-0000${SE}`, measure: '412.00 m² × 1/24', value: 9_270_000, acquiredOn: '2018-03-15' },
      { kind: 'vehicle', description: `自用小客車 ABC-1234${S}`, descriptionEn: `Private car ABC-1234${SE}`, measure: '1,798 cc', value: 0, acquiredOn: '2021-07-01' },
    ],
  },
  {
    bills: [
      // Due 2026-05-31 (a Sunday, moved to 06-01) and never paid: referred for enforcement.
      { serial: 201, taxType: 'house', taxYear: 2026, office: 'NTPCTAX', dueDate: '2026-05-31', principal: 8_460, subject: `新北市板橋區文化路一段 5 樓${S}`, subjectEn: `Banqiao District, New Taipei, 5F${SE}` },
      // Paid 12 days late: the payment includes the surcharge lib/tax gives for that day.
      { serial: 202, taxType: 'vehicle_licence', taxYear: 2026, office: 'NTPCTAX', dueDate: '2026-04-30', vehicle: { kind: 'private-car', cc: 2495 }, subject: `自用小客車 XYZ-5678${S}`, subjectEn: `Private car XYZ-5678${SE}`, paid: { on: '2026-05-12', channel: 'online', lateFee: true } },
      { serial: 203, taxType: 'vehicle_licence', taxYear: 2026, office: 'NTPCTAX', dueDate: '2026-04-30', vehicle: { kind: 'motorcycle', cc: 250 }, subject: `機車 MKB-0921${S}`, subjectEn: `Motorcycle MKB-0921${SE}`, paid: { on: '2026-04-08', channel: 'credit_card' } },
    ],
    income: [{ payerBan: '53212539', payerName: `合成物流股份有限公司${S}`, code: '50', amount: 1_260_000, withheld: 24_000 }],
    incomeBill: { serial: 204, office: 'NTBNA', paid: { on: '2026-05-28', channel: 'online' } },
    properties: [
      { kind: 'building', description: `新北市板橋區文化路一段 5 樓${S}`, descriptionEn: `Banqiao District, New Taipei, 5F${SE}`, measure: '64.20 m²', value: 688_000, acquiredOn: '2015-11-02' },
      { kind: 'vehicle', description: `自用小客車 XYZ-5678${S}`, descriptionEn: `Private car XYZ-5678${SE}`, measure: '2,495 cc', value: 0, acquiredOn: '2019-04-12' },
      { kind: 'vehicle', description: `機車 MKB-0921${S}`, descriptionEn: `Motorcycle MKB-0921${SE}`, measure: '250 cc', value: 0, acquiredOn: '2022-09-30' },
    ],
  },
  {
    bills: [
      // A car bought in September: the licence tax is pro rata from registration, due in December.
      { serial: 301, taxType: 'vehicle_licence', taxYear: 2026, office: 'TXGTAX', dueDate: '2026-12-15', vehicle: { kind: 'private-car', cc: 1199, registeredOn: '2026-09-01' }, subject: `自用小客車 BTT-3321${S}`, subjectEn: `Private car BTT-3321${SE}` },
      { serial: 302, taxType: 'land_value', taxYear: 2026, office: 'TXGTAX', dueDate: '2026-11-30', principal: 3_180, subject: `臺中市西屯區 土地${S}`, subjectEn: `Xitun District, Taichung, land${SE}`, paid: { on: '2026-11-10', channel: 'credit_card' } },
    ],
    income: [{ payerBan: '12345675', payerName: `合成出版社${S}`, code: '9B', amount: 180_000, withheld: 18_000 }],
    incomeBill: { serial: 303, office: 'NTBNA', refundOn: '2026-08-28' },
    properties: [
      { kind: 'land', description: `臺中市西屯區 段 地號 0456-0000${S}`, descriptionEn: `Xitun District, Taichung, lot 0456-0000${SE}`, measure: '150.00 m² × 1/1', value: 4_950_000, acquiredOn: '2012-06-20' },
      { kind: 'vehicle', description: `自用小客車 BTT-3321${S}`, descriptionEn: `Private car BTT-3321${SE}`, measure: '1,199 cc', value: 0, acquiredOn: '2026-09-01' },
    ],
  },
];

/** The licence tax lib/tax gives for the vehicle in the year (pro rata from a mid-year registration). */
export function licenceTaxFor(taxYear: number, v: Vehicle): number {
  return calculateLicenseTax({ taxYear, vehicleKind: v.kind, cc: v.cc, registeredOn: v.registeredOn }).amount;
}

/** The filed return's balance, from the income records as the calculator reads them. */
export function incomeReturnFor(rows: readonly IncomeRow[]) {
  return calculateIncomeTax(incomeTaxInputFromRecords(rows, INCOME_YEAR - 1911));
}

function paidAmount(principal: number, bill: { taxType: TaxBillType; dueDate: string }, paid: Payment): number {
  if (!paid.lateFee) return principal;
  const taxType = bill.taxType === 'vehicle_licence' ? 'vehicle-license' : bill.taxType === 'land_value' ? 'land-value' : bill.taxType;
  return calculateLateFee({ taxType, amount: principal, deadline: bill.dueDate, paidOn: paid.on }).total;
}

export async function seedTaxBills(db: Kysely<Database>): Promise<number> {
  let count = 0;
  for (const [i, plan] of TAX_PLANS.entries()) {
    const citizen = await db.selectFrom('users').select('id').where('email', '=', DEMO_CITIZENS[i]!.email).executeTakeFirst();
    if (!citizen) continue;
    const owner = citizen.id;
    const filed = incomeReturnFor(plan.income);
    const incomeBill: BillPlan = {
      serial: plan.incomeBill.serial,
      taxType: 'income',
      taxYear: INCOME_YEAR,
      office: plan.incomeBill.office,
      // Filing closes 2026-05-31 (a Sunday); refunds are paid at the end of August.
      dueDate: filed.balance < 0 ? '2026-08-31' : '2026-06-01',
      principal: Math.abs(filed.balance),
      direction: filed.balance < 0 ? 'refund' : 'payable',
      returnId: `114-${String(plan.incomeBill.serial).padStart(6, '0')}`,
      subject: `114 年度綜合所得稅結算申報${S}`,
      subjectEn: `Income tax return for 2025${SE}`,
      paid: plan.incomeBill.paid,
      refundOn: plan.incomeBill.refundOn,
    };
    for (const bill of [...plan.bills, incomeBill]) {
      const principal = bill.vehicle ? licenceTaxFor(bill.taxYear, bill.vehicle) : bill.principal!;
      const direction = bill.direction ?? 'payable';
      const inserted = await db
        .insertInto('tax_bills')
        .values({
          owner_id: owner,
          tax_type: bill.taxType,
          direction,
          tax_year: bill.taxYear,
          office_code: bill.office,
          principal,
          due_date: bill.dueDate,
          serial: bill.serial,
          subject: bill.subject,
          subject_en: bill.subjectEn,
          vehicle_kind: bill.vehicle?.kind ?? null,
          engine_cc: bill.vehicle?.cc ?? null,
          return_id: bill.returnId ?? null,
          paid_at: bill.paid ? `${bill.paid.on}T10:00:00+08:00` : null,
        })
        .onConflict((oc) => oc.column('serial').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) continue;
      count++;
      const events = [
        ...(bill.paid
          ? [{ kind: 'payment' as const, on: bill.paid.on, amount: paidAmount(principal, bill, bill.paid), channel: bill.paid.channel }]
          : []),
        ...(bill.refundOn && direction === 'refund'
          ? [{ kind: 'refund' as const, on: bill.refundOn, amount: principal, channel: 'direct_deposit' }]
          : []),
      ];
      for (const e of events) {
        await db
          .insertInto('tax_bill_events')
          .values({ bill_id: inserted.id, kind: e.kind, occurred_at: `${e.on}T10:00:00+08:00`, amount: e.amount, channel: e.channel, reference: `SYN-${bill.serial}-${e.kind}` })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
    const hasIncome = await db.selectFrom('tax_income_records').select('id').where('owner_id', '=', owner).executeTakeFirst();
    if (!hasIncome) {
      await db
        .insertInto('tax_income_records')
        .values(plan.income.map((r) => ({ owner_id: owner, income_year: INCOME_YEAR, payer_ban: r.payerBan, payer_name: r.payerName, income_code: r.code, amount: r.amount, withheld: r.withheld })))
        .execute();
      await db
        .insertInto('tax_properties')
        .values(plan.properties.map((p) => ({ owner_id: owner, kind: p.kind, description: p.description, description_en: p.descriptionEn, measure: p.measure, value: p.value, acquired_on: p.acquiredOn })))
        .execute();
    }
  }
  return count;
}
