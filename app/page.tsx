import { CourseMap } from '@/components/home/course-map';
import { ExploreLinks } from '@/components/home/explore-links';
import { getLessons } from '@/components/content-data';
import { DueReviewLink } from '@/components/progress/due-review-link.client';
import { getBankSummaries } from '@/components/quiz/bank-summaries';

export default function HomePage() {
  const lessons = getLessons();
  const minutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
  return (
    <div className="page home">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Take the kernel out of the data path, and know what it costs</h1>
        <p className="lede">
          Bypass is a course on kernel-bypass networking for engineers who write or run latency-sensitive systems. It
          follows a message from one application to another through the Linux kernel, then around it with DPDK, RDMA,
          OpenOnload, AF_XDP and io_uring, and shows where every microsecond goes, from primary sources.
        </p>
        <p className="hero-meta">
          {lessons.length} lessons · about {Math.round(minutes / 5) * 5} minutes of reading
        </p>
        <DueReviewLink questions={getBankSummaries().flatMap((b) => b.questions)} />
      </section>
      <ExploreLinks />
      <CourseMap lessons={lessons} />
    </div>
  );
}
