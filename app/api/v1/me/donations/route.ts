// POST /api/v1/me/donations – donate one of my invoices by love code (Idempotency-Key header honoured).
// GET  /api/v1/me/donations – my donations, newest first (invoice numbers masked).
import en from '@/content/messages/en.json';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { donationJson, postDonation } from '@/lib/donations/api';
import { donateSchema } from '@/lib/donations/schemas';
import { listDonations } from '@/lib/donations/store';

export const runtime = 'nodejs';
// Personal: answered per request, never prerendered or cached.
export const dynamic = 'force-dynamic';

export const POST = routeHandler(
  { auth: 'citizen', body: donateSchema, maxBodyBytes: 2_000, messages: en.Donations, rateLimit: 'api:write' },
  ({ request, body, principal }) => postDonation(request, body, principal),
);

export const GET = routeHandler({ auth: 'citizen' }, async ({ principal }) => {
  const donations = await listDonations(principal.id);
  return Response.json({ donations: donations.map(donationJson) });
});

const refuse = methodNotAllowed('GET', 'POST');
export { refuse as PUT, refuse as PATCH, refuse as DELETE };
