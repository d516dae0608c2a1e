import { draftFromResponse, emptyDraft, parseNumber, toResponse } from '@/lib/quiz/response';
import { fixtureQuestion } from '../fixtures/quiz-items';

describe('toResponse refuses an empty answer with a reason', () => {
  const cases = [
    fixtureQuestion('single'),
    fixtureQuestion('multiple'),
    fixtureQuestion('truefalse'),
    fixtureQuestion('short'),
    fixtureQuestion('numeric'),
    fixtureQuestion('ordering'),
    fixtureQuestion('computed'),
  ];
  it.each(cases.map((q) => [q.type, q] as const))('%s', (_, q) => {
    const order = q.type === 'ordering' ? q.prompt.items.map((i) => i.id) : [];
    const result = toResponse(q, emptyDraft(q, order));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
  });

  it('refuses white space as a short answer', () => {
    expect(toResponse(fixtureQuestion('short'), { type: 'short', text: '   ' }).ok).toBe(false);
  });

  it('refuses text that is not a number, saying what it got', () => {
    const r = toResponse(fixtureQuestion('numeric'), { type: 'numeric', text: 'twenty' });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('"twenty" is not a number') });
  });
});

describe('toResponse accepts a complete answer', () => {
  it('sorts multiple choices so equal answers save equally', () => {
    expect(toResponse(fixtureQuestion('multiple'), { type: 'multiple', choices: ['wakeup', 'interrupt'] })).toEqual({
      ok: true,
      response: { type: 'multiple', choices: ['interrupt', 'wakeup'] },
    });
  });

  it('reads a number with the question unit after it', () => {
    expect(toResponse(fixtureQuestion('numeric'), { type: 'numeric', text: '20 bytes' })).toEqual({ ok: true, response: { type: 'numeric', value: 20 } });
  });

  it('accepts an ordering once an item has moved', () => {
    const r = toResponse(fixtureQuestion('ordering'), { type: 'ordering', order: ['irq', 'dma', 'napi', 'copy'], moved: true });
    expect(r).toEqual({ ok: true, response: { type: 'ordering', order: ['irq', 'dma', 'napi', 'copy'] } });
  });

  it('round-trips a saved response through a draft', () => {
    const q = fixtureQuestion('numeric');
    const r = toResponse(q, draftFromResponse({ type: 'numeric', value: 19.5 }));
    expect(r).toEqual({ ok: true, response: { type: 'numeric', value: 19.5 } });
  });
});

describe('parseNumber', () => {
  it.each([
    ['42', '', 42],
    [' 42 ', '', 42],
    ['-3.5', '', -3.5],
    ['.5', '', 0.5],
    ['1,234.5', '', 1234.5],
    ['1 234', '', 1234],
    ['1.2e3', '', 1200],
    ['67 ns', 'ns', 67],
    ['67NS', 'ns', 67],
    ['−5', '', -5],
    ['1,5', '', null],
    ['12,34', '', null],
    ['abc', '', null],
    ['', '', null],
    ['67 µs', 'ns', null],
    ['1e999', '', null],
  ] as const)('%j (unit %j) → %s', (text, unit, expected) => {
    expect(parseNumber(text, unit)).toBe(expected);
  });
});
