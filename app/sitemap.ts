import type { MetadataRoute } from 'next';
import { getLessons } from '@/components/content-data';
import { SITE_SECTIONS } from '@/components/layout/site-sections';
import { lessonHref } from '@/lib/nav';
import { SITE_URL } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  // Every page in the header, then every lesson: a new section shows up here by being added there.
  const pages = [...SITE_SECTIONS.map((s) => s.href), ...getLessons().map((l) => lessonHref(l.slug))];
  return pages.map((page) => ({ url: `${SITE_URL}${page}` }));
}
