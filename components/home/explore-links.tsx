import Link from 'next/link';

const ENTRIES = [
  {
    href: '/lessons/why-bypass/',
    title: 'Start the course',
    text: 'Lesson 1: what a message pays on its way through the kernel, and what bypass removes.',
  },
  {
    href: '/compare/',
    title: 'Compare techniques',
    text: 'Every technique side by side, its latency and throughput computed for your message size and network.',
  },
  {
    href: '/lab/',
    title: 'Latency lab',
    text: 'Set the scenario and watch each stage, the tail and the throughput per core move.',
  },
  {
    href: '/quiz/',
    title: 'Take the exam',
    text: 'Questions from every lesson, feedback when you submit, and what you miss comes back for review.',
  },
] as const;

/** The ways into the course from the home page. */
export function ExploreLinks() {
  return (
    <nav className="explore" aria-label="Ways in">
      <ul>
        {ENTRIES.map((e) => (
          <li key={e.href}>
            <Link href={e.href} className="explore-link">
              <span className="explore-title">{e.title}</span>
              <span className="explore-text">{e.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
