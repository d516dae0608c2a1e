'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

export interface NavLinkProps {
  href: string;
  className?: string;
  children: ReactNode;
}

/** A link that marks itself aria-current="page" when it points at the page being shown. */
export function NavLink({ href, className, children }: NavLinkProps) {
  const pathname = usePathname();
  const current = normalise(pathname) === normalise(href);
  return (
    <Link href={href} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

function normalise(path: string | null): string {
  if (!path) return '';
  return path.endsWith('/') ? path : `${path}/`;
}
