/**
 * The personal sections the /me dashboard links to, as data: each feature adds its own line when
 * its pages exist (labels: Citizen.<key>Title and Citizen.<key>Body).
 */
export const ME_SECTIONS = [
  { key: 'invoices', href: '/me/invoices' },
  { key: 'carriers', href: '/me/carriers' },
  { key: 'bankAccount', href: '/me/bank-account' },
  { key: 'donations', href: '/me/donations' },
  { key: 'spending', href: '/me/spending' },
  { key: 'tax', href: '/me/tax' },
  { key: 'notifications', href: '/me/notifications' },
  { key: 'data', href: '/me/data' },
  { key: 'security', href: '/me/security' },
  { key: 'apps', href: '/me/apps' },
] as const;

/** The request header proxy.ts sets on /me pages: the path without the locale, for "come back here" after sign-in. */
export const ME_PATH_HEADER = 'x-tax-cloud-me-path';
