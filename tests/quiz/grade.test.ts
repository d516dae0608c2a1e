import { computedTolerance, grade, normaliseShort } from '@/lib/quiz/grade';
import type { ComputedInstance, Response } from '@/lib/quiz/response';
import { fixtureQuestion } from '../fixtures/quiz-items';

const single = fixtureQuestion('single');
const multiple = fixtureQuestion('multiple');
const truefalse = fixtureQuestion('truefalse');
const short = fixtureQuestion('short');
const numeric = fixtureQuestion('numeric');
const ordering = fixtureQuestion('ordering');
const computed = fixtureQuestion('computed');

describe('single choice', () => {
  it.each([
    ['rx-burst', true, []],
    ['recv', false, ['recv']],
    ['epoll', false, ['epoll']],
  ])('%s → correct %s', (choice, correct, chosenWrong) => {
    const g = grade(single, { type: 'single', choice });
    expect(g.correct).toBe(correct);
    expect(g.chosenWrong ?? []).toEqual(chosenWrong);
    // A wrong choice gets the feedback written for that option, naming its misconception.
    if (!correct) expect(g.feedback).toEqual([single.answer.feedback[choice]]);
  });
});

describe('multiple choice (select all that apply)', () => {
  it.each([
    { choices: ['interrupt', 'wakeup'], correct: true, chosenWrong: [], missed: [] },
    { choices: ['wakeup', 'interrupt'], correct: true, chosenWrong: [], missed: [] },
    { choices: ['interrupt'], correct: false, chosenWrong: [], missed: ['wakeup'] },
    { choices: ['interrupt', 'wakeup', 'syscall'], correct: false, chosenWrong: ['syscall'], missed: [] },
    { choices: ['copy', 'syscall'], correct: false, chosenWrong: ['syscall', 'copy'], missed: ['interrupt', 'wakeup'] },
  ])('$choices → correct $correct', ({ choices, correct, chosenWrong, missed }) => {
    const g = grade(multiple, { type: 'multiple', choices });
    expect(g.correct).toBe(correct);
    expect(g.chosenWrong ?? []).toEqual(chosenWrong);
    expect(g.missed ?? []).toEqual(missed);
    expect(g.feedback).toEqual(chosenWrong.map((c) => multiple.answer.feedback[c]));
  });

  it('counts an id that is not an option as a wrong choice', () => {
    expect(grade(multiple, { type: 'multiple', choices: ['interrupt', 'wakeup', 'forged'] }).correct).toBe(false);
  });
});

describe('true/false', () => {
  it.each([
    [false, true],
    [true, false],
  ])('%s → correct %s', (value, correct) => {
    const g = grade(truefalse, { type: 'truefalse', value });
    expect(g.correct).toBe(correct);
    expect(g.feedback).toEqual(correct ? [] : [truefalse.answer.feedback]);
  });
});

describe('short answer', () => {
  it.each([
    ['LD_PRELOAD', true],
    ['ld_preload', true],
    ['  LD_PRELOAD  ', true],
    ['LD_LIBRARY_PATH', false],
    ['LD PRELOAD', false],
    ['', false],
  ])('%j → correct %s', (text, correct) => {
    expect(grade(short, { type: 'short', text }).correct).toBe(correct);
  });

  it('normalises case, outer and inner white space', () => {
    expect(normaliseShort('  Zero\t\n  Copy ')).toBe('zero copy');
    expect(normaliseShort('ＬＤ_PRELOAD')).toBe('ld_preload');
  });
});

describe('numeric, 20 bytes ± 0.5', () => {
  it.each([
    [20, true, undefined],
    [20.5, true, undefined],
    [19.5, true, undefined],
    [19.4, false, 'low'],
    [20.6, false, 'high'],
    [12, false, 'low'],
    [64, false, 'high'],
  ] as const)('%s → correct %s (%s)', (value, correct, direction) => {
    const g = grade(numeric, { type: 'numeric', value });
    expect(g.correct).toBe(correct);
    expect(g.direction).toBe(direction);
    if (direction) expect(g.feedback).toEqual([numeric.answer.feedback[direction]]);
  });
});

describe('ordering', () => {
  it.each([
    [['dma', 'irq', 'napi', 'copy'], true, []],
    [['irq', 'dma', 'napi', 'copy'], false, ['dma', 'irq']],
    [['copy', 'napi', 'irq', 'dma'], false, ['dma', 'irq', 'napi', 'copy']],
  ])('%j → correct %s', (order, correct, misplaced) => {
    const g = grade(ordering, { type: 'ordering', order });
    expect(g.correct).toBe(correct);
    expect(g.misplaced ?? []).toEqual(misplaced);
  });
});

describe('computed (expected value travels with the attempt)', () => {
  const instance = (expected: number): ComputedInstance => ({ seed: 's', fromLab: false, scenario: {}, values: {}, expected });
  const r = (value: number, expected: number): Response => ({ type: 'computed', value, instance: instance(expected) });

  it.each([
    [10.4, 10.4, true, undefined],
    [10.6, 10.4, true, undefined], // within 2 %
    [10.2, 10.4, true, undefined],
    [10.0, 10.4, false, 'low'],
    [11.0, 10.4, false, 'high'],
    [1040, 1040, true, undefined],
    [1000, 1040, false, 'low'],
  ] as const)('%s against %s → correct %s', (value, expected, correct, direction) => {
    const g = grade(computed, r(value, expected));
    expect(g.correct).toBe(correct);
    expect(g.direction).toBe(direction);
    expect(g.expected).toBe(expected);
  });

  it('never rejects an answer rounded to the decimals asked for', () => {
    // 0.04 asked to 1 decimal: "0.0" is within half a unit of the last place even though 2 % of 0.04 is tiny.
    expect(computedTolerance(computed, 0.04)).toBeCloseTo(0.05);
    expect(grade(computed, r(0.0, 0.04)).correct).toBe(true);
  });
});

it('refuses a response of another type', () => {
  expect(() => grade(single, { type: 'truefalse', value: true })).toThrow(/fx-single is single/);
});
