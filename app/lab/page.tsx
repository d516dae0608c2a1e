import type { Metadata } from 'next';
import Link from 'next/link';
import { LabView } from '@/components/lab/lab-view';
import { WidgetErrorBoundary } from '@/components/common/widget-error-boundary.client';

export const metadata: Metadata = {
  title: 'Latency lab',
  description:
    'Set a scenario and watch the latency model: where each technique spends its time, latency against message size, the tail of the distribution, and throughput per core against the line rate.',
  alternates: { canonical: '/lab/' },
};

export default function LabPage() {
  return (
    <div className="page lab">
      <h1>Latency lab</h1>
      <p className="lede">
        Change one thing at a time and watch every step of a message&apos;s path move the way hardware and software
        move it. The whole experiment, seed included, lives in the address bar: copy the link to share it.
      </p>
      <WidgetErrorBoundary what="The lab">
        <LabView />
      </WidgetErrorBoundary>
      <section className="lab-about" aria-labelledby="lab-about-title">
        <h2 id="lab-about-title">What the lab computes</h2>
        <p>
          Every figure comes from the course&apos;s latency model, a teaching model calibrated against published
          measurements, not a benchmark of your machines. One-way latency is half the round trip of a ping-pong
          between two applications; the distribution is drawn from the model&apos;s seeded stochastic tail, so the same
          link always draws the same samples. Throughput is what one receiving core can take, never above the line
          rate. The <Link href="/compare/">comparison table</Link> puts the same numbers side by side with what each
          technique needs.
        </p>
      </section>
    </div>
  );
}
