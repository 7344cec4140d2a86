/**
 * Cloud tax information (雲端稅務資料查詢): my income records for an income year and my property
 * list, owner in every query; and the files a filing program imports (CSV, JSON).
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { csvLine } from '@/lib/csv';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';

export type IncomeRecordDto = { payerBan: string; payerName: string; code: string; amount: number; withheld: number };
export type PropertyDto = { kind: 'land' | 'building' | 'vehicle'; description: string; descriptionEn: string; measure: string; value: number; acquiredOn: string };
export type TaxDataDto = { incomeYear: number; income: IncomeRecordDto[]; properties: PropertyDto[]; synthetic: true };

type Ctx = { db?: Kysely<Database> };

export async function taxDataYears(ownerId: string, ctx: Ctx = {}): Promise<number[]> {
  const db = await resolveDb(ctx.db);
  const rows = await db.selectFrom('tax_income_records').select('income_year').distinct().where('owner_id', '=', ownerId).orderBy('income_year', 'desc').execute();
  return rows.map((r) => Number(r.income_year));
}

export async function getTaxData(ownerId: string, incomeYear: number, ctx: Ctx = {}): Promise<TaxDataDto> {
  const db = await resolveDb(ctx.db);
  const [income, properties] = await Promise.all([
    db
      .selectFrom('tax_income_records')
      .select(['payer_ban', 'payer_name', 'income_code', 'amount', 'withheld'])
      .where('owner_id', '=', ownerId)
      .where('income_year', '=', incomeYear)
      .orderBy('id')
      .execute(),
    // The property list as of the end of the income year.
    db
      .selectFrom('tax_properties')
      .select(['kind', 'description', 'description_en', 'measure', 'value', 'acquired_on'])
      .where('owner_id', '=', ownerId)
      .where('acquired_on', '<=', `${incomeYear}-12-31`)
      .orderBy('id')
      .execute(),
  ]);
  return {
    incomeYear,
    income: income.map((r) => ({ payerBan: r.payer_ban, payerName: r.payer_name, code: r.income_code, amount: Number(r.amount), withheld: Number(r.withheld) })),
    properties: properties.map((p) => ({
      kind: p.kind,
      description: p.description,
      descriptionEn: p.description_en,
      measure: p.measure,
      value: Number(p.value),
      acquiredOn: String(p.acquired_on),
    })),
    synthetic: true,
  };
}

/**
 * One CSV with a record type in the first column (I = income, P = property), so one file holds
 * both lists. Our own layout: the tax offices' import format is not in our sources.
 */
export function taxDataCsv(data: TaxDataDto): string {
  let out = csvLine(['record', 'income_year', 'payer_ban', 'payer_name', 'income_code', 'amount', 'withheld', 'kind', 'description', 'measure', 'value', 'acquired_on']);
  for (const r of data.income) out += csvLine(['I', data.incomeYear, r.payerBan, r.payerName, r.code, r.amount, r.withheld, '', '', '', '', '']);
  for (const p of data.properties) out += csvLine(['P', data.incomeYear, '', '', '', '', '', p.kind, p.description, p.measure, p.value, p.acquiredOn]);
  return `\uFEFF${out}`;
}

export type IncomeRecordExport = IncomeRecordDto & { incomeYear: number };

/**
 * Every income record (all years) and every property of the owner, for "download my data": the
 * owner's id is in both queries.
 */
export async function exportTaxData(ownerId: string, ctx: Ctx = {}): Promise<{ income: IncomeRecordExport[]; properties: PropertyDto[] }> {
  const db = await resolveDb(ctx.db);
  const [income, properties] = await Promise.all([
    db
      .selectFrom('tax_income_records')
      .select(['income_year', 'payer_ban', 'payer_name', 'income_code', 'amount', 'withheld'])
      .where('owner_id', '=', ownerId)
      .orderBy('income_year')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('tax_properties')
      .select(['kind', 'description', 'description_en', 'measure', 'value', 'acquired_on'])
      .where('owner_id', '=', ownerId)
      .orderBy('id')
      .execute(),
  ]);
  return {
    income: income.map((r) => ({
      incomeYear: Number(r.income_year),
      payerBan: r.payer_ban,
      payerName: r.payer_name,
      code: r.income_code,
      amount: Number(r.amount),
      withheld: Number(r.withheld),
    })),
    properties: properties.map((p) => ({
      kind: p.kind,
      description: p.description,
      descriptionEn: p.description_en,
      measure: p.measure,
      value: Number(p.value),
      acquiredOn: String(p.acquired_on),
    })),
  };
}
