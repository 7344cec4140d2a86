// POST /api/v1/payments/callback – the payment provider's signed notice that a payment succeeded or failed (server to server).
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { handlePaymentCallback } from '@/lib/payments/callback';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// 'public': no session and no Origin check (the provider is not a browser); the signature is the check.
export const POST = routeHandler({ auth: 'public' }, ({ request }) => handlePaymentCallback(request));

const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
