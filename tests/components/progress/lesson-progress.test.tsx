// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { DueReviewLink } from '@/components/progress/due-review-link.client';
import { LessonProgress } from '@/components/progress/lesson-progress.client';
import { StorageNotice } from '@/components/progress/storage-notice.client';
import { emptyProgress, markRead, recordAnswer } from '@/lib/quiz/progress';
import { progressStore } from '@/lib/store/progress';
import { storageHealth } from '@/lib/store/storage';

const questions = [{ id: 'd1', hash: 'a' }, { id: 'd2', hash: 'b' }];
const tf = (correct: boolean) => ({ response: { type: 'truefalse' as const, value: true }, correct, shown: [] });

beforeEach(async () => {
  localStorage.clear();
  storageHealth.setState({ mode: 'local', recovered: null });
  progressStore.setState({ data: emptyProgress() });
  await progressStore.persist.rehydrate();
});

describe('lesson badges', () => {
  it('show nothing for a lesson not started', () => {
    const { container } = render(<LessonProgress lesson="dpdk" questions={questions} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('show read and the quiz score, counting only answers to the current questions', () => {
    let d = markRead(emptyProgress(), 'dpdk', 1);
    d = recordAnswer(d, { id: 'd1', lesson: 'dpdk', hash: 'a' }, tf(true), 1);
    d = recordAnswer(d, { id: 'd2', lesson: 'dpdk', hash: 'stale' }, tf(true), 1);
    progressStore.setState({ data: d });
    render(<LessonProgress lesson="dpdk" questions={questions} />);
    expect(screen.getByText('Read')).toBeInTheDocument();
    expect(screen.getByText('Quiz: 1 of 2 right (1 answered)')).toBeInTheDocument();
  });

  it('in the sidebar, read as a sentence by screen readers', () => {
    let d = recordAnswer(emptyProgress(), { id: 'd1', lesson: 'dpdk', hash: 'a' }, tf(true), 1);
    d = recordAnswer(d, { id: 'd2', lesson: 'dpdk', hash: 'b' }, tf(false), 1);
    progressStore.setState({ data: d });
    const { container } = render(<LessonProgress lesson="dpdk" questions={questions} variant="nav" />);
    expect(container).toHaveTextContent('Quiz: 1/2 right');
  });
});

describe('the home page’s review count', () => {
  it('links to the review with the number of questions due', () => {
    progressStore.setState({ data: recordAnswer(emptyProgress(), { id: 'd2', lesson: 'dpdk', hash: 'b' }, tf(false), Date.now() - 1000) });
    render(<DueReviewLink questions={questions} />);
    expect(screen.getByRole('link', { name: '1 question due for review' })).toHaveAttribute('href', '/review/');
  });

  it('says nothing when nothing is due', () => {
    const { container } = render(<DueReviewLink questions={questions} />);
    expect(container).toBeEmptyDOMElement();
  });
});

it('the storage notice says when saving is impossible', () => {
  storageHealth.setState({ mode: 'memory-full' });
  render(<StorageNotice />);
  expect(screen.getByRole('status')).toHaveTextContent('storage for this site is full');
});
