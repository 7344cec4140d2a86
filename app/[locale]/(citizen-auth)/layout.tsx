import type { ReactNode } from 'react';

/**
 * Citizen sign-in, registration and reset pages: rendered per request (their forms carry a
 * nonce-based CSP from proxy.ts, and answers are personal), never prerendered or cached.
 */
export const dynamic = 'force-dynamic';

export default function CitizenAuthLayout({ children }: { children: ReactNode }) {
  return children;
}
