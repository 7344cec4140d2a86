/**
 * POST /api/v1/me/donations, apart from its route file so it can be tested: the Idempotency-Key
 * header, the refusals as API errors, and the donation as JSON.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import en from '@/content/messages/en.json';
import { ApiError } from '@/lib/api/errors';
import type { CitizenPrincipal } from '@/lib/auth/principal';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { idempotencyKeySchema, type DonateInput } from './schemas';
import { donate, type DonateResult, type DonationDto } from './store';

const M = en.Donations;

export function donationJson(d: DonationDto) {
  return {
    id: d.id,
    period: d.periodKey,
    invoiceNumber: d.invoiceNumber,
    loveCode: d.loveCode,
    organisation: { name: d.organisation, nameEn: d.organisationEn },
    amount: d.amount,
    donatedAt: d.donatedAt.toISOString(),
  };
}

type Refusal = Extract<DonateResult, { ok: false }>['code'];

const REFUSALS: Record<Refusal, { code: 'not_found' | 'conflict' | 'bad_request'; field: string; message: string }> = {
  not_found: { code: 'not_found', field: 'invoiceNumber', message: M.notFound },
  unknown_love_code: { code: 'bad_request', field: 'loveCode', message: M.unknownLoveCode },
  already_donated: { code: 'conflict', field: 'invoiceNumber', message: M.alreadyDonated },
  printed: { code: 'conflict', field: 'invoiceNumber', message: M.printed },
  after_draw: { code: 'conflict', field: 'invoiceNumber', message: M.afterDraw },
  key_reused: { code: 'conflict', field: 'Idempotency-Key', message: M.keyReused },
};

export async function postDonation(request: Request, body: DonateInput, principal: CitizenPrincipal): Promise<Response> {
  const header = request.headers.get('idempotency-key');
  // Without a key each request is new; the invoice can still be donated only once.
  const key = header === null ? `server-${randomUUID()}` : idempotencyKeySchema.safeParse(header.trim());
  if (typeof key !== 'string' && !key.success) {
    throw new ApiError('bad_request', M.idempotencyKey, { 'Idempotency-Key': [M.idempotencyKey] });
  }
  const result = await donate(principal.id, body, typeof key === 'string' ? key : key.data, {
    meta: requestMetaFrom(request.headers),
    actorLabel: principal.email || principal.name,
  });
  if (!result.ok) {
    const refusal = REFUSALS[result.code];
    throw new ApiError(refusal.code, refusal.message, { [refusal.field]: [refusal.message] });
  }
  return Response.json(
    { donation: donationJson(result.donation) },
    { status: result.replayed ? 200 : 201, headers: result.replayed ? { 'Idempotent-Replayed': 'true' } : {} },
  );
}
