/**
 * GET /api/v1/me/tax/bills[/{id}]: bodies apart from the route files so they can be tested. A
 * bill's JSON is its DTO without the internal serial; dates ISO, amounts whole NT$.
 */
import 'server-only';
import en from '@/content/messages/en.json';
import { documentedJson } from '@/lib/api/documented-json';
import { ApiError, fromZod } from '@/lib/api/errors';
import type { CitizenPrincipal } from '@/lib/auth/principal';
import { now } from '@/lib/clock';
import type { TaxBillDto } from './dto';
import { billFiltersSchema, billIdSchema, filterInput, payOnSchema } from './schemas';
import { billAnswerSchema, billListSchema } from './response-schemas';
import { getBill, lateFeeDto, listBills } from './store';

const M = en.TaxBills.invalid;

export function billJson(bill: TaxBillDto & { serial?: number }) {
  const { serial: _serial, ...rest } = bill;
  void _serial;
  return rest;
}

export async function listBillsResponse(request: Request, principal: CitizenPrincipal): Promise<Response> {
  const parsed = billFiltersSchema.safeParse(filterInput(new URL(request.url).searchParams));
  if (!parsed.success) throw fromZod(parsed.error, 'The query has invalid fields.', M);
  const bills = await listBills(principal.id, parsed.data);
  const payable = bills.filter((b) => b.direction === 'payable');
  return documentedJson(billListSchema, {
    bills: bills.map(billJson),
    totals: {
      principal: payable.reduce((sum, b) => sum + b.principal, 0),
      dueToday: bills.reduce((sum, b) => sum + b.amountDue, 0),
    },
  });
}

export async function billResponse(request: Request, id: string, principal: CitizenPrincipal): Promise<Response> {
  const parsedId = billIdSchema.safeParse(id);
  // A malformed id, another citizen's bill and a missing one answer the same.
  const bill = parsedId.success ? await getBill(principal.id, parsedId.data) : null;
  if (!bill) throw new ApiError('not_found', en.TaxBills.notFound);
  const payOn = new URL(request.url).searchParams.get('payOn');
  let ifPaidOn = null;
  if (payOn !== null) {
    const parsed = payOnSchema.safeParse(payOn);
    if (!parsed.success) throw new ApiError('bad_request', M.pay_on, { payOn: [M.pay_on] });
    ifPaidOn = bill.amountDue > 0 ? lateFeeDto(bill, parsed.data) : null;
  }
  return documentedJson(billAnswerSchema, { bill: billJson(bill), ...(payOn !== null ? { ifPaidOn } : {}), asOf: now().toISOString() });
}
