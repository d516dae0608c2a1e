import {
  clearAnswers,
  currentAnswer,
  dropStale,
  emptyProgress,
  EXAM_HISTORY,
  markRead,
  mergeProgress,
  type ProgressData,
  recordAnswer,
  recordExam,
  recordReview,
  resetLesson,
  scoreOf,
} from '@/lib/quiz/progress';
import { DAY_MS } from '@/lib/quiz/review';

const T = Date.UTC(2026, 10, 24);
const dpdk1 = { id: 'dpdk-1', lesson: 'dpdk', hash: 'a' };
const dpdk2 = { id: 'dpdk-2', lesson: 'dpdk', hash: 'b' };
const rdma1 = { id: 'rdma-1', lesson: 'rdma', hash: 'c' };
const right = { response: { type: 'truefalse' as const, value: true }, correct: true, shown: [] };
const wrong = { response: { type: 'truefalse' as const, value: false }, correct: false, shown: [] };

function sample(): ProgressData {
  let d = emptyProgress();
  d = recordAnswer(d, dpdk1, right, T);
  d = recordAnswer(d, dpdk2, wrong, T);
  d = recordAnswer(d, rdma1, wrong, T);
  return markRead(d, 'dpdk', T);
}

describe('recording answers', () => {
  it('saves the answer with its hash, time and the order shown', () => {
    const d = recordAnswer(emptyProgress(), dpdk1, { ...right, shown: ['x', 'y'] }, T);
    expect(d.answers['dpdk-1']).toEqual({ lesson: 'dpdk', hash: 'a', response: right.response, correct: true, shown: ['x', 'y'], at: T });
  });

  it('puts a missed question up for review, not a right one', () => {
    const d = sample();
    expect(Object.keys(d.review).sort()).toEqual(['dpdk-2', 'rdma-1']);
    expect(d.review['dpdk-2']).toMatchObject({ box: 1, dueAt: T, lesson: 'dpdk', hash: 'b' });
  });

  it('does not change its input', () => {
    const before = emptyProgress();
    recordAnswer(before, dpdk1, right, T);
    expect(before).toEqual(emptyProgress());
  });
});

describe('answers keyed by id and hash', () => {
  it('gives back an answer only while the hash matches', () => {
    const d = sample();
    expect(currentAnswer(d.answers, 'dpdk-1', 'a')?.correct).toBe(true);
    expect(currentAnswer(d.answers, 'dpdk-1', 'edited')).toBeUndefined();
  });

  it('drops answers and cards of edited questions, keeps the rest', () => {
    const d = dropStale(sample(), new Map([['dpdk-1', 'a'], ['dpdk-2', 'b-edited']]));
    expect(Object.keys(d.answers).sort()).toEqual(['dpdk-1', 'rdma-1']);
    expect(Object.keys(d.review)).toEqual(['rdma-1']);
  });

  it('drops records of removed questions only when told the list is complete', () => {
    const current = new Map([['dpdk-1', 'a'], ['dpdk-2', 'b']]);
    expect(Object.keys(dropStale(sample(), current).answers)).toContain('rdma-1');
    expect(Object.keys(dropStale(sample(), current, true).answers)).not.toContain('rdma-1');
  });

  it('returns the same object when nothing is stale', () => {
    const d = sample();
    expect(dropStale(d, new Map([['dpdk-1', 'a']]))).toBe(d);
  });
});

describe('scores, retries and resets', () => {
  it('scores the current answers of a lesson’s questions', () => {
    expect(scoreOf(sample().answers, [dpdk1, dpdk2, { id: 'dpdk-3', hash: 'z' }])).toEqual({ answered: 2, correct: 1, total: 3 });
    expect(scoreOf(sample().answers, [{ ...dpdk1, hash: 'new' }])).toEqual({ answered: 0, correct: 0, total: 1 });
  });

  it('clears answers for a retry but keeps their review cards', () => {
    const d = clearAnswers(sample(), ['dpdk-2']);
    expect(d.answers['dpdk-2']).toBeUndefined();
    expect(d.review['dpdk-2']).toBeDefined();
  });

  it('resets one lesson: its answers and cards go, other lessons and the read mark stay', () => {
    const d = resetLesson(sample(), 'dpdk');
    expect(Object.keys(d.answers)).toEqual(['rdma-1']);
    expect(Object.keys(d.review)).toEqual(['rdma-1']);
    expect(d.read.dpdk).toBe(T);
  });

  it('marks a lesson read once, keeping the first date', () => {
    expect(markRead(markRead(emptyProgress(), 'dpdk', T), 'dpdk', T + DAY_MS).read.dpdk).toBe(T);
  });
});

describe('review and exam', () => {
  it('moves a reviewed card up a box when right, retires nothing else', () => {
    const d = recordReview(sample(), 'dpdk-2', true, T + DAY_MS);
    expect(d.review['dpdk-2']).toMatchObject({ box: 2 });
    expect(recordReview(d, 'no-such-card', true, T)).toBe(d);
  });

  it('records an exam score and sends its misses to review without touching lesson answers', () => {
    const d = recordExam(emptyProgress(), [{ ...dpdk1, correct: true }, { ...rdma1, correct: false }], T);
    expect(d.exams).toEqual([{ at: T, correct: 1, total: 2 }]);
    expect(Object.keys(d.review)).toEqual(['rdma-1']);
    expect(d.answers).toEqual({});
  });

  it('keeps the last exams only', () => {
    let d = emptyProgress();
    for (let i = 0; i < EXAM_HISTORY + 5; i++) d = recordExam(d, [{ ...dpdk1, correct: true }], T + i);
    expect(d.exams).toHaveLength(EXAM_HISTORY);
    expect(d.exams[0]?.at).toBe(T + 5);
  });
});

describe('merging an import', () => {
  it('keeps the newer answer per question, the earlier read date, and joins exams', () => {
    const here = recordExam(markRead(recordAnswer(emptyProgress(), dpdk1, wrong, T), 'dpdk', T + 5), [{ ...dpdk1, correct: true }], T);
    const there = recordExam(markRead(recordAnswer(recordAnswer(emptyProgress(), dpdk1, right, T + 10), rdma1, right, T), 'dpdk', T + 1), [{ ...rdma1, correct: true }], T + 1);
    const m = mergeProgress(here, there);
    expect(m.answers['dpdk-1']?.correct).toBe(true);
    expect(m.answers['rdma-1']).toBeDefined();
    expect(m.read.dpdk).toBe(T + 1);
    expect(m.exams.map((e) => e.at)).toEqual([T, T + 1]);
    expect(mergeProgress(there, here).answers['dpdk-1']?.correct).toBe(true);
  });
});
