// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { QuestionView } from '@/components/quiz/question-view';
import { estimate } from '@/lib/model';
import type { QuizItem } from '@/lib/quiz/item';
import type { Response, ScenarioValues } from '@/lib/quiz/response';
import { fixtureItems } from '../../fixtures/quiz-items';
import { setup } from '../../utils';

/** The view as the lesson quiz uses it: it reports an answer; the parent holds it. */
function Harness({ item, labScenario = null }: { item: QuizItem; labScenario?: ScenarioValues | null }) {
  const [answer, setAnswer] = useState<Response | null>(null);
  return (
    <QuestionView
      item={item}
      position={{ index: 0, total: 1 }}
      headingLevel={3}
      mode="practice"
      answer={answer}
      onAnswer={setAnswer}
      onRetry={() => setAnswer(null)}
      labScenario={labScenario}
    />
  );
}

const items = new Map((await fixtureItems()).map((i) => [i.question.type, i]));
const item = (type: string) => {
  const found = items.get(type as QuizItem['question']['type']);
  if (!found) throw new Error(`no ${type} fixture`);
  return found;
};
const check = () => screen.getByRole('button', { name: 'Check' });
const feedback = () => screen.getByRole('region', { name: 'Feedback' });

describe.each([
  ['single', 'Choose an answer first.'],
  ['multiple', 'Select at least one answer first.'],
  ['truefalse', 'Choose True or False first.'],
  ['short', 'Type an answer first.'],
  ['numeric', 'Enter a number first.'],
  ['ordering', 'Put the items in order first: move at least one.'],
])('%s question', (type, refusal) => {
  it('refuses an empty answer and says what is missing', async () => {
    const { user } = setup(<Harness item={item(type)} />);
    await user.click(check());
    expect(screen.getByRole('alert')).toHaveTextContent(refusal);
    expect(screen.queryByRole('region', { name: 'Feedback' })).toBeNull();
  });
});

describe('grading right and wrong, by role and name', () => {
  it('single: a wrong option gets its own feedback, then a retry can get it right', async () => {
    const { user } = setup(<Harness item={item('single')} />);
    const group = screen.getByRole('group', { name: 'Choose one answer' });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    await user.click(screen.getByRole('radio', { name: /recv\(\)/ }));
    await user.click(check());
    expect(feedback()).toHaveTextContent('Not quite.');
    expect(feedback()).toHaveTextContent('recv() is the kernel socket call');
    expect(feedback()).toHaveFocus();
    expect(screen.getByRole('link', { name: 'First section' })).toHaveAttribute('href', '/lessons/pipeline/#first-section');
    await user.click(screen.getByRole('button', { name: 'Try this one again' }));
    await user.click(screen.getByRole('radio', { name: /rte_eth_rx_burst/ }));
    await user.click(check());
    expect(feedback()).toHaveTextContent('Correct.');
  });

  it('multiple: says which right options were left out and why a chosen one is wrong', async () => {
    const { user } = setup(<Harness item={item('multiple')} />);
    await user.click(screen.getByRole('checkbox', { name: /receive interrupt/ }));
    await user.click(screen.getByRole('checkbox', { name: /recv\(\) system call/ }));
    await user.click(check());
    expect(feedback()).toHaveTextContent('The thread still calls recv()');
    expect(within(feedback()).getByRole('list')).toHaveTextContent('The wake-up of the sleeping thread');
  });

  it('multiple: all the right ones and only those is correct', async () => {
    const { user } = setup(<Harness item={item('multiple')} />);
    await user.click(screen.getByRole('checkbox', { name: /receive interrupt/ }));
    await user.click(screen.getByRole('checkbox', { name: /wake-up/ }));
    await user.click(check());
    expect(feedback()).toHaveTextContent('Correct.');
  });

  it.each([
    ['False', 'Correct.'],
    ['True', 'The statement is false.'],
  ])('true/false: %s → %s', async (choice, text) => {
    const { user } = setup(<Harness item={item('truefalse')} />);
    await user.click(screen.getByRole('radio', { name: choice }));
    await user.click(check());
    expect(feedback()).toHaveTextContent(text);
  });

  it.each([
    ['  ld_preload ', 'Correct.'],
    ['LD_LIBRARY_PATH', 'Accepted: LD_PRELOAD'],
  ])('short: %j → %s', async (typed, text) => {
    const { user } = setup(<Harness item={item('short')} />);
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), typed);
    await user.click(check());
    expect(feedback()).toHaveTextContent(text);
  });

  it.each([
    ['20', 'Correct.'],
    ['12', 'Too low.'],
    ['64 bytes', 'Too high.'],
  ])('numeric: %j → %s', async (typed, text) => {
    const { user } = setup(<Harness item={item('numeric')} />);
    await user.type(screen.getByRole('textbox', { name: 'Your answer, in bytes' }), typed);
    await user.click(check());
    expect(feedback()).toHaveTextContent(text);
  });

  it('numeric: refuses text that is not a number', async () => {
    const { user } = setup(<Harness item={item('numeric')} />);
    await user.type(screen.getByRole('textbox', { name: 'Your answer, in bytes' }), 'twenty');
    await user.click(check());
    expect(screen.getByRole('alert')).toHaveTextContent('"twenty" is not a number');
  });

  it('ordering: move buttons reorder; the right order is graded correct, focus stays on the moved item', async () => {
    const { user } = setup(<Harness item={item('ordering')} />);
    const answer = ['The NIC writes the frame to memory by DMA', 'The NIC raises an interrupt', 'NAPI polls the ring in softirq context', 'recv() copies the data to the application'];
    const list = () => screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    // Bubble each item up to its place.
    for (const [target, text] of answer.entries()) {
      while (list().findIndex((t) => t.includes(text)) > target) {
        const up = screen.getByRole('button', { name: `Move ${text} up` });
        await user.click(up);
        expect(document.activeElement?.getAttribute('aria-label')).toMatch(new RegExp(`^Move ${text.replace(/[()]/g, '\\$&')} (up|down)$`));
      }
    }
    await user.click(check());
    expect(feedback()).toHaveTextContent('Correct.');
  });

  it('computed: fills the prompt from the drawn scenario and grades against the model', async () => {
    const { user } = setup(<Harness item={item('computed')} />);
    expect(await screen.findByText(/With DPDK on a 100 Gb\/s link and 64-byte payloads/)).toBeInTheDocument();
    const expected = estimate({ technique: 'dpdk', payloadBytes: 64, linkGbps: 100 }).wireNs;
    await user.type(screen.getByRole('textbox', { name: 'Your answer, in ns, to 1 decimal place' }), expected.toFixed(1));
    await user.click(check());
    expect(feedback()).toHaveTextContent('Correct.');
    expect(feedback()).toHaveTextContent(`The latency model gives ${expected.toFixed(1)} ns`);
  });

  it('computed from the lab: asks about the learner’s own link and message size, and says so', async () => {
    const base = item('computed');
    const fromLab = { ...base, question: { ...base.question, fromLab: true } } as QuizItem;
    const { user } = setup(<Harness item={fromLab} labScenario={{ payloadBytes: 640, linkGbps: 25 }} />);
    expect(await screen.findByText(/on a 25 Gb\/s link and 640-byte payloads/)).toBeInTheDocument();
    expect(screen.getByText(/you set in the/)).toHaveTextContent('Computed for the network and message size you set in the latency lab.');
    const expected = estimate({ technique: 'dpdk', payloadBytes: 640, linkGbps: 25 }).wireNs;
    await user.type(screen.getByRole('textbox', { name: 'Your answer, in ns, to 1 decimal place' }), expected.toFixed(1));
    await user.click(check());
    expect(feedback()).toHaveTextContent('Correct.');
  });

  it('hints come one at a time', async () => {
    const { user } = setup(<Harness item={item('single')} />);
    await user.click(screen.getByRole('button', { name: 'Show a hint (1 of 2)' }));
    expect(screen.getByRole('list', { name: 'Hints' })).toHaveTextContent('It polls a queue of the port directly.');
    expect(screen.getByRole('list', { name: 'Hints' })).not.toHaveTextContent('rte_eth');
    await user.click(screen.getByRole('button', { name: 'Show another hint (2 of 2)' }));
    expect(screen.getByRole('list', { name: 'Hints' })).toHaveTextContent('Its name starts with rte_eth.');
    expect(screen.queryByRole('button', { name: /hint/ })).toBeNull();
  });
});

describe('keyboard', () => {
  it('1–9 choose, Enter checks, and focus moves to the feedback', async () => {
    const { user } = setup(<Harness item={item('truefalse')} />);
    screen.getByRole('heading', { name: 'Question 1 of 1' }).focus();
    await user.keyboard('1');
    expect(screen.getByRole('radio', { name: 'True' })).toBeChecked();
    await user.keyboard('2');
    expect(screen.getByRole('radio', { name: 'False' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'False' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(feedback()).toHaveFocus();
    expect(feedback()).toHaveTextContent('Correct.');
  });

  it('digits type into a number field instead of choosing', async () => {
    const { user } = setup(<Harness item={item('numeric')} />);
    await user.click(screen.getByRole('textbox', { name: 'Your answer, in bytes' }));
    await user.keyboard('20{Enter}');
    expect(feedback()).toHaveTextContent('Correct.');
  });
});
