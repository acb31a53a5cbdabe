'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { SettingsPanel } from './settings-panel.tsx';

const NAV_ITEMS = [
  { href: '/', label: 'Overview' },
  { href: '/categories', label: 'Categories' },
  { href: '/runs', label: 'Training runs' },
  { href: '/inspections', label: 'Inspections' },
  { href: '/inspect', label: 'Inspect an image' },
] as const;

function isActive(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
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
            className={isActive(pathname, item.href) ? 'nav-link active' : 'nav-link'}
            aria-current={isActive(pathname, item.href) ? 'page' : undefined}
          >
            {item.label}
          </Link>
        ))}
      </nav>
      <SettingsPanel />
    </header>
  );
}
