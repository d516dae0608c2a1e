import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { loadGlossary } from '@/lib/content/glossary';
import type { SiteIndex } from '@/lib/content/links';
import { loadLessons } from '@/lib/content/lessons';
import { type MdxOutline, outlineMdx } from '@/lib/content/mdx-outline';
import { LESSONS_DIR } from '@/lib/content/paths';
import { lessonHref } from '@/lib/nav';

export interface LoadedLesson {
  slug: string;
  file: string;
  source: string;
  outline: MdxOutline;
}

export function parseMdx(source: string): Root {
  return createProcessor({ remarkPlugins: [[remarkFrontmatter, ['yaml']], remarkGfm] }).parse(source) as Root;
}

export function loadLessonOutlines(): LoadedLesson[] {
  return loadLessons().map((meta) => {
    const file = path.join('content', 'lessons', `${meta.slug}.mdx`);
    const source = readFileSync(path.join(LESSONS_DIR, `${meta.slug}.mdx`), 'utf8');
    return { slug: meta.slug, file, source, outline: outlineMdx(parseMdx(source), file) };
  });
}

/** Static routes: every app/**\/page.tsx whose path has no [param] segment. */
function staticRoutes(dir = 'app', prefix = '/'): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'page.tsx') routes.push(prefix);
    if (entry.isDirectory() && !entry.name.startsWith('[') && !entry.name.startsWith('_')) {
      routes.push(...staticRoutes(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    }
  }
  return routes;
}

export function buildSiteIndex(lessons: LoadedLesson[]): SiteIndex {
  const glossary = loadGlossary(new Set(lessons.map((l) => l.slug)));
  const anchors = new Map<string, ReadonlySet<string>>();
  for (const l of lessons) anchors.set(lessonHref(l.slug), new Set(l.outline.headingIds));
  anchors.set('/glossary/', new Set(glossary.map((t) => t.id)));
  return { routes: new Set([...staticRoutes(), ...lessons.map((l) => lessonHref(l.slug))]), anchors };
}

export function readGlossaryIds(): Set<string> {
  return new Set(loadGlossary().map((t) => t.id));
}

export function readRaw(file: string): string {
  return readFileSync(file, 'utf8');
}
