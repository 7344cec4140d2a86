/**
 * The download responses of My data and My spending: attachments named for what they hold,
 * each download audited (it is an access to the account the citizen sees in their log).
 * Cache-Control: private, no-store is set by the route wrapper (lib/api/session-handler.ts).
 */
import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { CitizenPrincipal } from '@/lib/auth/principal';
import { requestMetaFrom } from '@/lib/http/request-meta';

export function attachment(body: string, fileName: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export async function auditDownload(principal: CitizenPrincipal, request: Request, details: Record<string, string>): Promise<void> {
  await recordAudit({ actor: { id: principal.id, label: principal.name }, action: 'citizen.data_export', details, meta: requestMetaFrom(request.headers) });
}
