// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { ReviewSession } from '@/components/quiz/review-session.client';
import { emptyProgress } from '@/lib/quiz/progress';
import { DAY_MS } from '@/lib/quiz/review';
import { progressStore } from '@/lib/store/progress';
import { fixtureItems } from '../../fixtures/quiz-items';
import { setup } from '../../utils';

const items = await fixtureItems(['fx-single', 'fx-truefalse', 'fx-numeric']);
const hashOf = (id: string) => items.find((i) => i.question.id === id)?.hash ?? '';
const card = (id: string, dueAt: number, box = 1) => ({ lesson: 'pipeline', hash: hashOf(id), box, dueAt, lapses: 1, updatedAt: 0 });

beforeEach(async () => {
  localStorage.clear();
  progressStore.setState({ data: emptyProgress() });
  await progressStore.persist.rehydrate();
});

describe('spaced review', () => {
  it('says there is nothing to review before any miss', async () => {
    setup(<ReviewSession items={items} />);
    expect(await screen.findByText(/Nothing to review yet/)).toBeInTheDocument();
  });

  it('asks the due questions with feedback, moving each card up or back to box 1', async () => {
    const now = Date.now();
    progressStore.setState({
      data: { ...emptyProgress(), review: { 'fx-single': card('fx-single', now - DAY_MS), 'fx-truefalse': card('fx-truefalse', now - 1, 2), 'fx-numeric': card('fx-numeric', now + 3 * DAY_MS) } },
    });
    const { user } = setup(<ReviewSession items={items} />);
    expect(await screen.findByText('2 questions are due for review.')).toBeInTheDocument();
    expect(screen.getByText(/box 1: 2, box 2: 1/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start reviewing' }));
    // Most overdue first: the single-choice question.
    await user.click(screen.getByRole('radio', { name: /rte_eth_rx_burst/ }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('region', { name: 'Feedback' })).toHaveTextContent('Correct.');
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(screen.getByRole('button', { name: 'Finish this session' }));
    expect(screen.getByRole('region', { name: 'This review session' })).toHaveTextContent('You got 1 of 2 right.');
    const review = progressStore.getState().data.review;
    expect(review['fx-single']?.box).toBe(2);
    expect(review['fx-truefalse']?.box).toBe(1);
    expect(review['fx-truefalse']?.dueAt).toBeGreaterThan(Date.now());
    expect(screen.getByText(/Nothing is due now. The next review is due in 1 day/)).toBeInTheDocument();
  });

  it('skips cards of questions edited since they were missed', async () => {
    progressStore.setState({ data: { ...emptyProgress(), review: { 'fx-single': { ...card('fx-single', 0), hash: 'older' } } } });
    setup(<ReviewSession items={items} />);
    expect(await screen.findByText(/Nothing to review yet/)).toBeInTheDocument();
    expect(progressStore.getState().data.review).toEqual({});
  });
});
