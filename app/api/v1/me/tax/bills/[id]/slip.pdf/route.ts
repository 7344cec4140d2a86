// GET /api/v1/me/tax/bills/{id}/slip.pdf?lang=zh-Hant-TW|en – the payment slip of one of my unpaid bills as an A4 PDF (404 if not mine).
import en from '@/content/messages/en.json';
import { ApiError } from '@/lib/api/errors';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { slipFor } from '@/lib/tax-bills/slip-data';
import { slipPdf } from '@/lib/tax-bills/slip-pdf';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = routeHandler<'citizen', undefined, { id: string }>({ auth: 'citizen' }, async ({ request, params, principal }) => {
  const slip = await slipFor(principal.id, params.id);
  if (!slip) throw new ApiError('not_found', en.TaxBills.notFound);
  if (!slip.terms) throw new ApiError('conflict', en.TaxBills.slip.notPayable);
  const locale = new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'zh-Hant-TW';
  const pdf = await slipPdf(slip.bill, slip.terms, principal.name, locale);
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="tax-slip-${slip.terms.billNumber}.pdf"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
});

const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
