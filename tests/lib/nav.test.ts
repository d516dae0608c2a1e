import { lessonHref, lessonNeighbours } from '@/lib/nav';

const course = [
  { slug: 'a', title: 'A' },
  { slug: 'b', title: 'B' },
  { slug: 'c', title: 'C' },
];

describe('lessonNeighbours', () => {
  it.each([
    ['a', null, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', null],
  ])('%s: prev %s, next %s', (slug, prev, next) => {
    const n = lessonNeighbours(course, slug);
    expect(n.prev?.slug ?? null).toBe(prev);
    expect(n.next?.slug ?? null).toBe(next);
  });

  it('a single-lesson course has neither', () => {
    expect(lessonNeighbours([{ slug: 'only', title: 'Only' }], 'only')).toEqual({ index: 0, prev: null, next: null });
  });

  it('refuses a slug that is not in the course', () => {
    expect(() => lessonNeighbours(course, 'zzz')).toThrow(/"zzz" is not in the course/);
  });
});

describe('lessonHref', () => {
  it('ends in a slash, as the static export writes folders', () => {
    expect(lessonHref('dpdk')).toBe('/lessons/dpdk/');
  });
});
