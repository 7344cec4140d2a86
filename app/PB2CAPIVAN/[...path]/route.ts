// POST /PB2CAPIVAN/{path} – the e-invoice app API, wire-compatible with the Ministry's (lib/einvoice-api).
// GET is answered too: clients written before spec v1.7 still send it.
import { dispatch } from '@/lib/einvoice-api/dispatch';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ path: string[] }> };

async function handle(request: Request, context: Context): Promise<Response> {
  const { path } = await context.params;
  return dispatch(request, path.join('/'));
}

export { handle as POST, handle as GET };
