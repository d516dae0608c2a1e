import { NavLink } from './nav-link.client';

/** The site's top-level pages, in one list for the header and the mobile drawer. */
export const SITE_SECTIONS = [
  { href: '/', label: 'Course' },
  { href: '/compare/', label: 'Compare' },
  { href: '/lab/', label: 'Lab' },
  { href: '/quiz/', label: 'Exam' },
  { href: '/review/', label: 'Review' },
  { href: '/glossary/', label: 'Glossary' },
] as const;

export interface SiteSectionsProps {
  label: string;
  className?: string;
}

export function SiteSections({ label, className }: SiteSectionsProps) {
  return (
    <nav className={className} aria-label={label}>
      <ul>
        {SITE_SECTIONS.map((s) => (
          <li key={s.href}>
            <NavLink href={s.href}>{s.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
