// The site's Link and pathname hook, light on the client: next-intl's versions read the locale
// through use-intl, which brings its message formatter (about 47 KB) to every page
// (components/ui/locale-link.tsx). Server redirects use next/navigation with localePath.
export { Link } from '@/components/ui/locale-link';
export { useSitePathname as usePathname } from './use-site-pathname';
