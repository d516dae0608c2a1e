import type { Metadata } from 'next';
import Link from 'next/link';
import { CompareView } from '@/components/compare/compare-view';
import { FitHelper } from '@/components/compare/fit-helper';
import { SourceTable } from '@/components/compare/source-table';
import { WidgetErrorBoundary } from '@/components/common/widget-error-boundary.client';
import { loadSourceComparison } from '@/lib/content/source-comparison';
import { loadTechniqueFacts } from '@/lib/content/technique-facts';

export const metadata: Metadata = {
  title: 'Compare the techniques',
  description:
    'Kernel sockets, busy polling, io_uring, AF_XDP, DPDK, Onload, ef_vi and RDMA side by side: latency and throughput computed for your scenario, what each needs, and which fits you.',
  alternates: { canonical: '/compare/' },
};

export default function ComparePage() {
  // Validated at build: a bad content file fails `next build` with the file and the field.
  const facts = loadTechniqueFacts();
  const source = loadSourceComparison();
  return (
    <div className="page compare">
      <h1>Compare the techniques</h1>
      <p className="lede">
        Every number below is computed by the course&apos;s latency model for the scenario you set, and every cell that
        is not a number cites its source. Sort, filter, pin a baseline, and ask &ldquo;Why?&rdquo; of any figure.
      </p>
      <WidgetErrorBoundary what="The comparison table">
        <CompareView facts={facts} />
      </WidgetErrorBoundary>
      <section className="fit" aria-labelledby="fit-title">
        <h2 id="fit-title">What fits me?</h2>
        <p>
          Answer what you can; each answer rules techniques out, with the reason. Those left are ranked by one-way
          latency for your scenario, computed with spinning off if a spinning core is not acceptable.
        </p>
        <WidgetErrorBoundary what="The helper">
          <FitHelper facts={facts} />
        </WidgetErrorBoundary>
      </section>
      <SourceTable data={source} />
      <section className="compare-about" aria-labelledby="about-title">
        <h2 id="about-title">What these numbers are</h2>
        <p>
          One-way latency is half the round trip of a ping-pong between two applications, what sockperf, sfnt-pingpong
          and perftest report. The model follows a message through every step an expert would name, each with a cost
          from a cited figure, calibrated so that published measurements come out within their tolerance. It is a
          teaching model, not a benchmark of your machines: it assumes one flow, no loss, one NIC per family and a
          receiver that is not disturbed. The <Link href="/lab/">latency lab</Link> draws its stages, tails and
          throughput; <Link href="/lessons/choosing/#latency-with-its-conditions">Choosing and deploying</Link> lists the published figures with
          their conditions.
        </p>
      </section>
    </div>
  );
}
