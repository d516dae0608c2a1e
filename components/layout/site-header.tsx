import Link from 'next/link';
import { getLessons } from '@/components/content-data';
import { CourseNav } from './course-nav';
import { MobileDrawer } from './mobile-drawer.client';
import { NavLink } from './nav-link.client';
import { ThemeToggle } from './theme-toggle.client';

const SECTIONS = [
  { href: '/', label: 'Course' },
  { href: '/glossary/', label: 'Glossary' },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <MobileDrawer>
          <CourseNav lessons={getLessons()} label="Course map (drawer)" />
        </MobileDrawer>
        <Link href="/" className="site-name">
          <span className="site-logo" aria-hidden="true" />
          Bypass
        </Link>
        <nav className="site-nav" aria-label="Site">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.href}>
                <NavLink href={s.href}>{s.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
