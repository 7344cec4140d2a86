'use client';

import { Link } from '@/components/ui/locale-link';
import { useSitePathname } from '@/lib/i18n/use-site-pathname';
import { isCurrentSection } from './nav-items';

/** Client only for `aria-current`: the static HTML is the same for every visitor. */
export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = useSitePathname();
  return (
    <ul className="flex flex-wrap gap-x-1 gap-y-1">
      {items.map((item) => {
        const current = isCurrentSection(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? 'page' : undefined}
              className={`inline-flex min-h-11 items-center rounded-t-md px-3 font-semibold no-underline hover:bg-brand-800 hover:text-white ${
                current ? 'bg-white text-brand-800' : 'text-white'
              }`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
