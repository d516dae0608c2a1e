import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLessonSource } from '@/lib/content/frontmatter';
import { loadLessons, sortLessons } from '@/lib/content/lessons';
import { ContentError } from '@/lib/content/schema-error';

const fixtures = path.join('tests', 'fixtures', 'lessons');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

describe('lesson frontmatter', () => {
  it('accepts a complete lesson', () => {
    const fm = parseLessonSource('pipeline.mdx', read('pipeline.mdx'));
    expect(fm).toMatchObject({ title: 'Pipeline fixture', order: 1, minutes: 3, updated: '2026-11-24' });
    expect(fm.sources[0]?.url).toMatch(/^https:/);
  });

  it('names the file, each bad field and the reason', () => {
    const file = path.join(fixtures, 'bad-frontmatter.mdx');
    let error: unknown;
    try {
      parseLessonSource(file, read('bad-frontmatter.mdx'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).toContain(file);
    expect(message).toMatch(/field "minutes": .*number/i);
    expect(message).toMatch(/field "sources\.0\.url": must be an http\(s\) URL/);
  });

  it('refuses a file without frontmatter', () => {
    expect(() => parseLessonSource('x.mdx', '# Title\n')).toThrow(/x\.mdx: no frontmatter/);
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    const source = read('pipeline.mdx').replace('minutes: 3', 'minutes: 3\nminuts: 4');
    expect(() => parseLessonSource('typo.mdx', source)).toThrow(/typo\.mdx: .*minuts/);
  });

  it('fails loading a folder that holds a bad lesson, naming that lesson', () => {
    expect(() => loadLessons(fixtures)).toThrow(/bad-frontmatter\.mdx/);
  });
});

describe('sortLessons', () => {
  const lesson = (slug: string, order: number) => ({
    slug, order, title: slug, summary: 's'.repeat(20), minutes: 1, objectives: [], sources: [], updated: '2026-01-01',
  });

  it('orders by the order field, not the file name', () => {
    expect(sortLessons([lesson('b', 2), lesson('a', 3), lesson('c', 1)], 'dir').map((l) => l.slug)).toEqual(['c', 'b', 'a']);
  });

  it('refuses two lessons in the same place', () => {
    expect(() => sortLessons([lesson('a', 1), lesson('b', 1)], 'dir')).toThrow(/"a" and "b" both have order 1/);
  });
});
