import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { MDX_TAGS } from '@/components/mdx/registry';
import { checkLink } from '@/lib/content/links';
import rehypeCode from '@/lib/mdx/rehype-code.mjs';
import remarkHeadings from '@/lib/mdx/remark-headings.mjs';
import { lessonHref } from '@/lib/nav';
import { buildSiteIndex, loadLessonOutlines, readGlossaryIds } from './site-index';

const lessons = loadLessonOutlines();
const site = buildSiteIndex(lessons);
const glossaryIds = readGlossaryIds();

describe('course content', () => {
  it('has lessons', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  describe.each(lessons)('$file', (lesson) => {
    it('uses only registered components', () => {
      const unknown = [...lesson.outline.tags].filter(([tag]) => !MDX_TAGS.has(tag)).map(([tag, line]) => `<${tag}> at line ${line}`);
      expect(unknown).toEqual([]);
    });

    it('follows the fixed structure: You will learn first, Recap last', () => {
      const tags = lesson.outline.topLevelTags;
      expect(tags[0]).toBe('YouWillLearn');
      expect(tags.filter((t) => t === 'YouWillLearn')).toHaveLength(1);
      expect(tags.filter((t) => t === 'Recap')).toHaveLength(1);
      // Only the quiz may follow the recap.
      expect(tags.filter((t) => t !== 'Quiz').at(-1)).toBe('Recap');
    });

    it('links only to pages and anchors that exist', () => {
      const broken = lesson.outline.links
        .map(({ url, line }) => ({ url, line, why: checkLink(url, lessonHref(lesson.slug), site) }))
        .filter((l) => l.why !== null)
        .map((l) => `line ${l.line}: ${l.url} (${l.why})`);
      expect(broken).toEqual([]);
    });

    it('links glossary terms that exist', () => {
      const missing = lesson.outline.termIds.filter((t) => !glossaryIds.has(t.id)).map((t) => `line ${t.line}: "${t.id}"`);
      expect(missing).toEqual([]);
    });

    it('compiles with the site MDX plugins (headings, code languages, code meta)', async () => {
      await expect(
        compile(
          { value: lesson.source, path: lesson.file },
          {
            remarkPlugins: [remarkGfm, [remarkFrontmatter, ['yaml']], [remarkMdxFrontmatter, { name: 'frontmatter' }], remarkHeadings],
            rehypePlugins: [rehypeCode],
          },
        ),
      ).resolves.toBeDefined();
    });
  });
});
