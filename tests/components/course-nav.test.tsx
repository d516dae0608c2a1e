// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { CourseNav } from '@/components/layout/course-nav';
import { PrevNext } from '@/components/layout/prev-next';
import type { LessonMeta } from '@/lib/content/lesson-schema';

vi.mock('next/navigation', () => ({ usePathname: () => '/lessons/dpdk/' }));

const lesson = (slug: string, title: string, order: number): LessonMeta => ({
  slug, title, order, summary: 'A summary long enough.', minutes: 10, objectives: ['one thing', 'two things'],
  sources: [{ title: 'Src', url: 'https://example.org' }], updated: '2026-11-24',
});
const lessons = [lesson('why-bypass', 'Why bypass the kernel', 1), lesson('dpdk', 'DPDK', 3)];

describe('CourseNav', () => {
  it('lists the lessons in order and marks the current one', () => {
    render(<CourseNav lessons={lessons} label="Course map" />);
    const nav = screen.getByRole('navigation', { name: 'Course map' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['1Why bypass the kernel', '3DPDK', 'Glossary']);
    expect(within(nav).getByRole('link', { name: /DPDK/ })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: /Why bypass/ })).not.toHaveAttribute('aria-current');
  });
});

describe('PrevNext', () => {
  it('links to the neighbours', () => {
    render(<PrevNext prev={lessons[0] ?? null} next={null} />);
    expect(screen.getByRole('link', { name: /Previous.*Why bypass the kernel/ })).toHaveAttribute('href', '/lessons/why-bypass/');
    expect(screen.getByRole('link', { name: /Back to the course map/ })).toHaveAttribute('href', '/');
  });
});
