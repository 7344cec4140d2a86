// GET /api/v1/me/carriers – the signed-in citizen's carriers: the mobile barcode and the linked cards (numbers masked).
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { carrierJson } from '@/lib/carriers/api';
import { listCarriers } from '@/lib/carriers/store';
import { documentedJson } from '@/lib/api/documented-json';
import { carriersSchema } from '@/lib/citizens/response-schemas';

export const runtime = 'nodejs';
// Personal: answered per request, never prerendered or cached.
export const dynamic = 'force-dynamic';

export const GET = routeHandler({ auth: 'citizen' }, async ({ principal }) => {
  const carriers = await listCarriers(principal.id);
  return documentedJson(carriersSchema, { carriers: carriers.map(carrierJson) });
});

const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
