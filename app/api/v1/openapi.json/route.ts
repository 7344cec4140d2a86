// GET /api/v1/openapi.json – the OpenAPI 3.1 document of the JSON API, generated from the routes' zod schemas.
import { routeHandler } from '@/lib/api/route-handler';
import { env } from '@/lib/env';
import { openApiDocument } from '@/lib/openapi/document';

export const runtime = 'nodejs';
// The same document until the next deploy: built once, served from the static cache.
export const dynamic = 'force-static';

export const GET = routeHandler({ auth: 'public' }, () =>
  Response.json(openApiDocument(new URL(env().APP_URL).origin), { headers: { 'Cache-Control': 'public, max-age=3600' } }),
);
