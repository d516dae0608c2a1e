import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="page not-found">
      <h1>This page took a path that does not exist</h1>
      <p className="lede">The link may be old, or the address mistyped.</p>
      <p>
        <Link href="/">Go to the course map</Link> or the <Link href="/glossary/">glossary</Link>.
      </p>
    </div>
  );
}
