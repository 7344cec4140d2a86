/** The main navigation, in the order the issue gives it. Labels come from messages (Nav.*). */
export const NAV_ITEMS = [
  { key: 'lottery', href: '/lottery' },
  { key: 'stats', href: '/stats' },
  { key: 'calculators', href: '/calculators' },
  { key: 'forum', href: '/forum' },
  { key: 'account', href: '/account' },
  { key: 'help', href: '/help' },
] as const;

export type NavKey = (typeof NAV_ITEMS)[number]['key'];

/** Is `href` the current section of `pathname` (both without locale)? */
export function isCurrentSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
