import 'server-only';
import { headers } from 'next/headers';
import { requestMetaFrom } from '@/lib/http/request-meta';
import type { CitizenContext } from './context';

/** For a citizen's server action: where the request came from and who it is, for the audit entry. */
export async function actionContext(principal: { id: string; email: string; name: string }): Promise<CitizenContext> {
  return { meta: requestMetaFrom(await headers()), actorLabel: principal.email || principal.name };
}
