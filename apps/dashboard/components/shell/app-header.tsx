'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { SettingsPanel } from './settings-panel.tsx';

const NAV_ITEMS = [
  { href: '/', label: 'Overview' },
  { href: '/categories', label: 'Categories', also: '/new-category' },
  { href: '/runs', label: 'Training runs' },
  { href: '/inspections', label: 'Inspections' },
  { href: '/inspect', label: 'Inspect an image' },
] as const;

function isUnder(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The item's own pages, and for Categories the new-category page too. */
function isActive(pathname: string, item: (typeof NAV_ITEMS)[number]): boolean {
  return isUnder(pathname, item.href) || ('also' in item && isUnder(pathname, item.also));
}

export function AppHeader() {
  const pathname = usePathname();
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        DeSTSeg <span>inspection</span>
      </Link>
      <nav aria-label="Main">
        {NAV_ITEMS.map((item) => (
          <Link
            key={item.href}
            href={item.href}
            className={isActive(pathname, item) ? 'nav-link active' : 'nav-link'}
            aria-current={isActive(pathname, item) ? 'page' : undefined}
          >
            {item.label}
          </Link>
        ))}
      </nav>
      <SettingsPanel />
    </header>
  );
}
