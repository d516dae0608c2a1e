import { contentHash } from '@/lib/quiz/hash';
import type { Question } from '@/lib/quiz/schema';
import { initialOrdering, shownOrder } from '@/lib/quiz/shuffle';
import { bankProblems } from '@/lib/quiz/validate';
import { fixtureBank, fixtureQuestion } from '../fixtures/quiz-items';

const withOptions = (id: string, n: number): Question => ({
  type: 'single',
  id,
  section: 'intro',
  explanation: 'x',
  prompt: { text: 'p', options: Array.from({ length: n }, (_, i) => ({ id: `o${i}`, text: `Option ${i}` })) },
  answer: { correct: 'o0', feedback: Object.fromEntries(Array.from({ length: n - 1 }, (_, i) => [`o${i + 1}`, 'a wrong option here'])) },
});

describe('shownOrder', () => {
  it('is a permutation of the options, the same on every call (seeded by the id)', () => {
    const q = withOptions('some-question', 6);
    const first = shownOrder(q);
    expect([...first].sort()).toEqual(['o0', 'o1', 'o2', 'o3', 'o4', 'o5']);
    expect(shownOrder(q)).toEqual(first);
    expect(shownOrder(structuredClone(q))).toEqual(first);
  });

  it('differs between question ids, so the right answer is not always in one place', () => {
    const firstPositions = new Set(Array.from({ length: 40 }, (_, i) => shownOrder(withOptions(`q-${i}`, 4)).indexOf('o0')));
    expect(firstPositions.size).toBe(4);
  });

  it('keeps the written order when fixedOrder is set', () => {
    expect(shownOrder({ ...withOptions('fixed', 5), fixedOrder: true })).toEqual(['o0', 'o1', 'o2', 'o3', 'o4']);
  });

  it('is empty for types without options', () => {
    expect(shownOrder(fixtureQuestion('numeric'))).toEqual([]);
    expect(shownOrder(fixtureQuestion('truefalse'))).toEqual([]);
  });
});

describe('initialOrdering', () => {
  it('never starts an ordering question solved', () => {
    const items = ['a', 'b', 'c'];
    for (let i = 0; i < 200; i++) {
      const order = initialOrdering(items, items, `seed-${i}`);
      expect([...order].sort()).toEqual(items);
      expect(order).not.toEqual(items);
    }
  });

  it('starts the fixture ordering question unsolved', () => {
    const q = fixtureQuestion('ordering');
    expect(shownOrder(q)).not.toEqual(q.answer.order);
  });
});

describe('bank checks on option settings', () => {
  it('refuses fixedOrder on an ordering question, which would show the answer', () => {
    const bank = fixtureBank();
    const q = { ...fixtureQuestion('ordering'), fixedOrder: true };
    expect(bankProblems({ ...bank, questions: [q] })).toEqual([expect.stringMatching(/question fx-ordering: fixedOrder on an ordering question/)]);
  });

  it('hashes the fixedOrder setting, so turning it on drops saved answers', () => {
    const q = withOptions('h', 3);
    expect(contentHash({ ...q, fixedOrder: true })).not.toBe(contentHash(q));
  });
});
