import Link from 'next/link';
import { getLessons } from '@/components/content-data';
import { CourseNav } from './course-nav';
import { MobileDrawer } from './mobile-drawer.client';
import { SiteSections } from './site-sections';
import { ThemeToggle } from './theme-toggle.client';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <MobileDrawer>
          <SiteSections label="Site sections" className="drawer-sections" />
          <CourseNav lessons={getLessons()} label="Lessons" />
        </MobileDrawer>
        <Link href="/" className="site-name">
          <span className="site-logo" aria-hidden="true" />
          Bypass
        </Link>
        <SiteSections label="Site" className="site-nav" />
        <ThemeToggle />
      </div>
    </header>
  );
}
