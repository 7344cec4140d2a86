// POST /api/v1/calculators/license-tax – vehicle licence tax for a tax year (使用牌照稅), with the steps.
import { methodNotAllowed } from '@/lib/api/methods';
import { calculatorEndpoint } from '@/lib/calculators/api';
import { licenseTaxResultSchema } from '@/lib/calculators/response-schemas';
import { calculateLicenseTax } from '@/lib/tax';

// Pure computation (lib/tax and the API wrapper stay edge-safe), but served on Node: `next start`
// runs edge routes in a sandbox that answers only after the whole request body has arrived, so a
// client declaring a large body and sending a few bytes held the connection for minutes (issue 9),
// and neither the 413 nor the read timeout could reach it.
export const runtime = 'nodejs';
// Never prerendered (the route answers other methods too), so said outright: Next then hands the
// handler the request itself, not a proxy that tracks every read of it for static rendering (issue 17).
export const dynamic = 'force-dynamic';

export const POST = calculatorEndpoint(calculateLicenseTax, licenseTaxResultSchema);

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
