import { BOX_COUNT, BOX_INTERVAL_DAYS, cardAfterMiss, cardAfterReview, DAY_MS, dueIds, nextDueAt, type ReviewCard } from '@/lib/quiz/review';

const NOW = Date.UTC(2026, 10, 24, 9, 0, 0);
const key = { lesson: 'dpdk', hash: 'h1' };
const card = (over: Partial<ReviewCard> = {}): ReviewCard => ({ ...key, box: 1, dueAt: NOW, lapses: 1, updatedAt: NOW, ...over });

describe('a miss outside review', () => {
  it('starts a card in box 1, due at once', () => {
    expect(cardAfterMiss(undefined, key, NOW)).toEqual(card());
  });

  it('sends a card from any box back to box 1 and counts the lapse', () => {
    expect(cardAfterMiss(card({ box: 4, dueAt: NOW + 9 * DAY_MS, lapses: 2 }), key, NOW)).toEqual(card({ lapses: 3 }));
  });

  it('starts the lapse count again for an edited question', () => {
    expect(cardAfterMiss(card({ lapses: 5, hash: 'old' }), key, NOW).lapses).toBe(1);
  });
});

describe('a review answer', () => {
  it.each(BOX_INTERVAL_DAYS.slice(0, -1).map((_, i) => [i + 1] as const))('right from box %i: up one box, due after that box’s interval', (box) => {
    const next = cardAfterReview(card({ box }), true, NOW);
    expect(next?.box).toBe(box + 1);
    expect(next?.dueAt).toBe(NOW + (BOX_INTERVAL_DAYS[box] ?? 0) * DAY_MS);
  });

  it('right from the last box: retired', () => {
    expect(cardAfterReview(card({ box: BOX_COUNT }), true, NOW)).toBeNull();
  });

  it('wrong from any box: box 1, due tomorrow (not at once, so a session never loops)', () => {
    expect(cardAfterReview(card({ box: 4, lapses: 2 }), false, NOW)).toEqual(card({ box: 1, dueAt: NOW + DAY_MS, lapses: 3 }));
  });

  it('intervals grow, so each right answer pushes the next review further out', () => {
    for (let i = 1; i < BOX_INTERVAL_DAYS.length; i++) expect(BOX_INTERVAL_DAYS[i]).toBeGreaterThan(BOX_INTERVAL_DAYS[i - 1] ?? 0);
  });

  it('takes five right answers in a row to retire a missed question', () => {
    let c: ReviewCard | null = cardAfterMiss(undefined, key, NOW);
    let steps = 0;
    let t = NOW;
    while (c) {
      c = cardAfterReview(c, true, t);
      steps++;
      if (c) t = c.dueAt;
    }
    expect(steps).toBe(BOX_COUNT);
  });
});

describe('what is due', () => {
  const cards = {
    b: card({ dueAt: NOW - DAY_MS }),
    a: card({ dueAt: NOW - DAY_MS }),
    c: card({ dueAt: NOW }),
    later: card({ dueAt: NOW + 3 * DAY_MS }),
    edited: card({ dueAt: NOW - 5 * DAY_MS, hash: 'old' }),
  };

  it('lists due cards most overdue first, ties by id', () => {
    expect(dueIds(cards, NOW)).toEqual(['edited', 'a', 'b', 'c']);
  });

  it('leaves out cards of edited or removed questions when it knows the current hashes', () => {
    const current = new Map([['a', 'h1'], ['b', 'h1'], ['c', 'h1'], ['later', 'h1'], ['edited', 'h2']]);
    expect(dueIds(cards, NOW, current)).toEqual(['a', 'b', 'c']);
    expect(dueIds(cards, NOW, new Map([['a', 'h1']]))).toEqual(['a']);
  });

  it('says when the next card falls due', () => {
    expect(nextDueAt(cards, NOW)).toBe(NOW + 3 * DAY_MS);
    expect(nextDueAt({ a: card() }, NOW)).toBeNull();
  });
});
