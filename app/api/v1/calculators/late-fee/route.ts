// POST /api/v1/calculators/late-fee – surcharge and interest on a tax paid late (稅捐稽徵法 §20), with the steps.
import { methodNotAllowed } from '@/lib/api/methods';
import { calculatorEndpoint } from '@/lib/calculators/api';
import { lateFeeResultSchema } from '@/lib/calculators/response-schemas';
import { calculateLateFee } from '@/lib/tax';

// Pure computation (lib/tax and the API wrapper stay edge-safe), but served on Node: `next start`
// runs edge routes in a sandbox that answers only after the whole request body has arrived, so a
// client declaring a large body and sending a few bytes held the connection for minutes (issue 9),
// and neither the 413 nor the read timeout could reach it.
export const runtime = 'nodejs';
// Never prerendered (the route answers other methods too), so said outright: Next then hands the
// handler the request itself, not a proxy that tracks every read of it for static rendering (issue 17).
export const dynamic = 'force-dynamic';

export const POST = calculatorEndpoint(calculateLateFee, lateFeeResultSchema);

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
