import type { MetadataRoute } from 'next';
import { getLessons } from '@/components/content-data';
import { lessonHref } from '@/lib/nav';
import { SITE_URL } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = ['/', '/quiz/', '/review/', '/glossary/', ...getLessons().map((l) => lessonHref(l.slug))];
  return pages.map((page) => ({ url: `${SITE_URL}${page}` }));
}
