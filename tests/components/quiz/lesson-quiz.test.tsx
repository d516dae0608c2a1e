// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { LessonQuiz } from '@/components/quiz/lesson-quiz.client';
import { emptyProgress, PROGRESS_VERSION } from '@/lib/quiz/progress';
import { PROGRESS_KEY, progressStore } from '@/lib/store/progress';
import { storageHealth } from '@/lib/store/storage';
import { fixtureItems } from '../../fixtures/quiz-items';
import { setup } from '../../utils';

const items = await fixtureItems(['fx-single', 'fx-truefalse', 'fx-numeric']);
const hashOf = (id: string) => items.find((i) => i.question.id === id)?.hash ?? '';

beforeEach(async () => {
  vi.restoreAllMocks();
  localStorage.clear();
  storageHealth.setState({ mode: 'local', recovered: null });
  progressStore.setState({ data: emptyProgress() });
  localStorage.clear();
  await progressStore.persist.rehydrate();
});

const renderQuiz = () => setup(<LessonQuiz lesson="pipeline" items={items} />);
const check = () => screen.getByRole('button', { name: 'Check' });
const next = () => screen.getByRole('button', { name: /Next question|See your results/ });

/** Answers the three fixture questions: single right or wrong, true/false wrong, numeric right. */
async function takeQuiz(user: ReturnType<typeof setup>['user'], singleRight: boolean) {
  await user.click(screen.getByRole('radio', { name: singleRight ? /rte_eth_rx_burst/ : /epoll_wait/ }));
  await user.click(check());
  await user.click(next());
  await user.click(screen.getByRole('radio', { name: 'True' }));
  await user.click(check());
  await user.click(next());
  await user.type(screen.getByRole('textbox', { name: 'Your answer, in bytes' }), '20');
  await user.click(check());
  await user.click(next());
}

describe('a lesson quiz', () => {
  it('goes question by question, then shows a summary reviewing every question with every option', async () => {
    const { user } = renderQuiz();
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBeInTheDocument();
    await takeQuiz(user, false);
    const summary = screen.getByRole('region', { name: 'Your results' });
    expect(summary).toHaveTextContent('You got 1 of 3 right.');
    const reviewed = within(summary).getByRole('list', { name: 'Every question, with your answers' });
    const questions = within(reviewed).getAllByRole('heading');
    expect(questions.map((h) => h.textContent)).toEqual(['Question 1: wrong', 'Question 2: wrong', 'Question 3: right']);
    // Every option of the single-choice question is listed, the right one and the learner's marked.
    for (const text of ['rte_eth_rx_burst()', 'recv()', 'epoll_wait()']) expect(reviewed).toHaveTextContent(text);
    expect(within(reviewed).getAllByText('Right answer').length).toBeGreaterThanOrEqual(2);
    expect(within(summary).getByRole('region', { name: 'Feedback on question 1' })).toHaveTextContent('epoll_wait() waits for the kernel');
  });

  it('"retry only the ones I missed" asks only the missed questions', async () => {
    const { user } = renderQuiz();
    await takeQuiz(user, false);
    await user.click(screen.getByRole('button', { name: 'Retry only the ones I missed (2)' }));
    expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Choose one answer' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /rte_eth_rx_burst/ }));
    await user.click(check());
    await user.click(next());
    expect(screen.getByRole('heading', { name: 'Question 2 of 2' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'True' })).not.toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'False' }));
    await user.click(check());
    await user.click(next());
    expect(screen.getByRole('region', { name: 'Your results' })).toHaveTextContent('You got 3 of 3 right.');
  });

  it('keeps answers across a remount', async () => {
    const first = renderQuiz();
    await takeQuiz(first.user, true);
    first.unmount();
    renderQuiz();
    expect(screen.getByRole('region', { name: 'Your results' })).toHaveTextContent('You got 2 of 3 right.');
  });

  it('restores saved answers after a reload', async () => {
    const first = renderQuiz();
    await takeQuiz(first.user, true);
    const stored = localStorage.getItem(PROGRESS_KEY);
    first.unmount();
    // A reload: the page starts empty and loads what storage holds.
    progressStore.setState({ data: emptyProgress() });
    localStorage.setItem(PROGRESS_KEY, stored ?? '');
    await progressStore.persist.rehydrate();
    renderQuiz();
    expect(screen.getByRole('region', { name: 'Your results' })).toHaveTextContent('You got 2 of 3 right.');
    expect(screen.getByRole('heading', { name: 'Question 2: wrong' })).toBeInTheDocument();
  });

  it('resumes at the first unanswered question', async () => {
    const first = renderQuiz();
    await first.user.click(screen.getByRole('radio', { name: /rte_eth_rx_burst/ }));
    await first.user.click(check());
    first.unmount();
    renderQuiz();
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    expect(screen.getByText(/1 answered/)).toBeInTheDocument();
  });

  it('drops a stale answer: one saved for an earlier version of the question', async () => {
    const at = Date.now();
    const answer = (id: string, hash: string, value: boolean) => ({ lesson: 'pipeline', hash, response: { type: 'truefalse', value }, correct: true, shown: [], at });
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: PROGRESS_VERSION,
        state: { answers: { 'fx-truefalse': answer('fx-truefalse', 'an-older-hash', false), 'fx-single': { ...answer('fx-single', hashOf('fx-single'), true), response: { type: 'single', choice: 'rx-burst' } } } },
      }),
    );
    await progressStore.persist.rehydrate();
    renderQuiz();
    // fx-single is kept (hash matches); fx-truefalse was answered for another version, so it is asked again.
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'False' })).not.toBeChecked();
    expect(progressStore.getState().data.answers['fx-truefalse']).toBeUndefined();
    expect(progressStore.getState().data.answers['fx-single']).toBeDefined();
  });

  it('recovers from a corrupt store: keeps what parses and says what was dropped', async () => {
    const good = { lesson: 'pipeline', hash: hashOf('fx-single'), response: { type: 'single', choice: 'rx-burst' }, correct: true, shown: [], at: 1 };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, state: { answers: { 'fx-single': good, 'fx-numeric': { hash: 7 } }, review: 'garbage' } }));
    await progressStore.persist.rehydrate();
    renderQuiz();
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Some of your saved progress was damaged: 2 records were dropped and the rest kept.');
  });

  it('says so when the browser will not store anything, and still works', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { user } = renderQuiz();
    await user.click(screen.getByRole('radio', { name: /rte_eth_rx_burst/ }));
    await user.click(check());
    expect(screen.getByRole('region', { name: 'Feedback' })).toHaveTextContent('Correct.');
    expect(screen.getByRole('status')).toHaveTextContent('Your browser is not letting this site save anything');
  });

  it('puts missed questions up for review', async () => {
    const { user } = renderQuiz();
    await takeQuiz(user, false);
    expect(Object.keys(progressStore.getState().data.review).sort()).toEqual(['fx-single', 'fx-truefalse']);
  });

  it('N goes on after checking', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('radio', { name: /rte_eth_rx_burst/ }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Feedback' })).toHaveFocus();
    await user.keyboard('n');
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toHaveFocus();
  });
});
