import type { Metadata } from 'next';
import { Exam } from '@/components/quiz/exam.client';
import { WidgetErrorBoundary } from '@/components/common/widget-error-boundary.client';
import { getAllQuizItems } from '@/components/quiz/quiz-data';

export const metadata: Metadata = {
  title: 'Course exam',
  description: 'A course exam drawn from every lesson of Bypass, with your score and every answer explained once you submit.',
  alternates: { canonical: '/quiz/' },
};

export default async function ExamPage() {
  const items = await getAllQuizItems();
  return (
    <div className="page quiz-page">
      <h1>Course exam</h1>
      <p className="lede">
        Test yourself on the whole course: kernel bypass, the Linux path, DPDK, RDMA, Onload and the middle grounds. Take it after the
        lessons, and again a few days later.
      </p>
      {items.length > 0 ? (
        <WidgetErrorBoundary what="The exam" note="Your saved progress is safe.">
          <Exam items={items} />
        </WidgetErrorBoundary>
      ) : (
        <p>The lessons have no quizzes yet.</p>
      )}
    </div>
  );
}
