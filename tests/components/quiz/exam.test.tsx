// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { Exam } from '@/components/quiz/exam.client';
import type { QuizItem } from '@/lib/quiz/item';
import { emptyProgress } from '@/lib/quiz/progress';
import { progressStore } from '@/lib/store/progress';
import { fixtureItems } from '../../fixtures/quiz-items';
import { setup } from '../../utils';

// Two "lessons", so the draw has something to spread over.
const items: QuizItem[] = (await fixtureItems(['fx-single', 'fx-truefalse', 'fx-numeric', 'fx-short'])).map((item, i) => ({
  ...item,
  lesson: i % 2 === 0 ? 'pipeline' : 'other',
}));

beforeEach(async () => {
  localStorage.clear();
  progressStore.setState({ data: emptyProgress() });
  await progressStore.persist.rehydrate();
});

/** Answers whatever question is on screen, wrongly; returns its type. */
async function answerWrongly(user: ReturnType<typeof setup>['user']) {
  const group = screen.queryByRole('group', { name: 'Choose one answer' });
  if (group) return user.click(within(group).getByRole('radio', { name: /recv\(\)/ }));
  const tf = screen.queryByRole('radio', { name: 'True' });
  if (tf) return user.click(tf);
  const number = screen.queryByRole('textbox', { name: 'Your answer, in bytes' });
  if (number) return user.type(number, '7');
  return user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'nope');
}

describe('the course exam', () => {
  it('gives no feedback until submitted, then the score, every question, and misses to review', async () => {
    const { user } = setup(<Exam items={items} size={3} />);
    expect(screen.getByText(/3 questions drawn from the quizzes of 2 lessons/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the exam' }));
    for (let i = 0; i < 3; i++) {
      expect(screen.getByRole('heading', { name: `Question ${i + 1} of 3` })).toBeInTheDocument();
      await answerWrongly(user);
      await user.click(screen.getByRole('button', { name: 'Save answer' }));
      expect(screen.queryByRole('region', { name: /Feedback/ })).toBeNull();
    }
    expect(screen.getByText('3 of 3 answered')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit the exam' }));
    const results = screen.getByRole('region', { name: 'Your exam results' });
    expect(results).toHaveTextContent('You got 0 of 3 right.');
    expect(within(results).getAllByRole('region', { name: /Feedback on question/ })).toHaveLength(3);
    expect(screen.getByRole('heading', { name: 'Your exam results' })).toHaveFocus();
    const data = progressStore.getState().data;
    expect(data.exams).toEqual([expect.objectContaining({ correct: 0, total: 3 })]);
    expect(Object.keys(data.review)).toHaveLength(3);
    // The lesson quizzes' own answers are not touched by the exam.
    expect(data.answers).toEqual({});
  });

  it('asks before submitting with questions unanswered, which count as wrong', async () => {
    const { user } = setup(<Exam items={items} size={2} />);
    await user.click(screen.getByRole('button', { name: 'Start the exam' }));
    await user.click(screen.getByRole('button', { name: 'Submit the exam' }));
    expect(screen.getByRole('alert')).toHaveTextContent('2 questions are not answered and will count as wrong. Submit anyway?');
    await user.click(screen.getByRole('button', { name: 'Keep going' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit the exam' }));
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
    expect(screen.getByRole('region', { name: 'Your exam results' })).toHaveTextContent('You got 0 of 2 right.');
    expect(screen.getAllByRole('heading', { name: /: not answered$/ })).toHaveLength(2);
  });

  it('lets the learner go back and change a saved answer before submitting', async () => {
    const { user } = setup(<Exam items={items} size={2} />);
    await user.click(screen.getByRole('button', { name: 'Start the exam' }));
    await answerWrongly(user);
    await user.click(screen.getByRole('button', { name: 'Save answer' }));
    await user.click(screen.getByRole('button', { name: 'Previous question' }));
    expect(screen.getByText('Answer saved.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changed answer' })).toBeInTheDocument();
  });
});
