import { emptyProgress, recordAnswer, recordExam } from '@/lib/quiz/progress';
import { parseExport, parseProgress, serialiseExport } from '@/lib/quiz/progress-parse';

const T = Date.UTC(2026, 10, 24);
const good = {
  lesson: 'dpdk',
  hash: 'a',
  response: { type: 'single', choice: 'rx-burst' },
  correct: true,
  shown: ['rx-burst', 'recv'],
  at: T,
};

describe('parseProgress: a corrupt saved state is recovered, keeping what parses', () => {
  it('keeps every good record and counts the bad ones', () => {
    const raw = {
      answers: {
        ok: good,
        'bad-response': { ...good, response: { type: 'single', choice: 3 } },
        'bad-type': { ...good, response: { type: 'essay', text: 'x' } },
        'no-hash': { ...good, hash: undefined },
        'string-at': { ...good, at: 'yesterday' },
      },
      review: { ok: { lesson: 'dpdk', hash: 'a', box: 2, dueAt: T, lapses: 1, updatedAt: T }, bad: { box: 'two' } },
      read: { dpdk: T, rdma: 'never' },
      exams: [{ at: T, correct: 3, total: 5 }, null],
      lab: { technique: 'dpdk', payloadBytes: 64, linkGbps: 100 },
    };
    const { data, dropped } = parseProgress(raw);
    expect(Object.keys(data.answers)).toEqual(['ok']);
    expect(Object.keys(data.review)).toEqual(['ok']);
    expect(data.read).toEqual({ dpdk: T });
    expect(data.exams).toEqual([{ at: T, correct: 3, total: 5 }]);
    expect(data.lab).toEqual({ technique: 'dpdk', payloadBytes: 64, linkGbps: 100 });
    expect(dropped).toBe(7);
  });

  it.each([null, undefined])('treats %s as no progress', (raw) => {
    expect(parseProgress(raw)).toEqual({ data: emptyProgress(), dropped: 0 });
  });

  it.each([42, 'text', [1, 2]])('recovers an empty state from %j without throwing', (raw) => {
    expect(parseProgress(raw)).toEqual({ data: emptyProgress(), dropped: 1 });
  });

  it('drops a section of the wrong shape as one record', () => {
    expect(parseProgress({ answers: [good], exams: 'none' }).dropped).toBe(2);
  });

  it('parses every response type it saves, computed included', () => {
    const responses = [
      { type: 'multiple', choices: ['a', 'b'] },
      { type: 'truefalse', value: false },
      { type: 'short', text: 'LD_PRELOAD' },
      { type: 'numeric', value: 20 },
      { type: 'ordering', order: ['a', 'b', 'c'] },
      { type: 'computed', value: 10.4, instance: { seed: '1', fromLab: false, scenario: { technique: 'dpdk', payloadBytes: 64 }, values: { technique: 'DPDK' }, expected: 10.4 } },
    ];
    const answers = Object.fromEntries(responses.map((response, i) => [`q${i}`, { ...good, response }]));
    const { data, dropped } = parseProgress({ answers });
    expect(dropped).toBe(0);
    expect(Object.values(data.answers).map((a) => a.response)).toEqual(responses);
  });
});

describe('export and import files', () => {
  it('round-trips progress', () => {
    let d = recordAnswer(emptyProgress(), { id: 'q1', lesson: 'dpdk', hash: 'a' }, { response: { type: 'numeric', value: 20 }, correct: false, shown: [] }, T);
    d = recordExam(d, [{ id: 'q2', lesson: 'rdma', hash: 'b', correct: false }], T);
    const result = parseExport(serialiseExport(d, T));
    expect(result).toEqual({ ok: true, data: d, dropped: 0 });
  });

  it.each([
    ['not json {', 'not JSON'],
    ['{"hello": 1}', 'not a Bypass progress file'],
    ['{"format": "bypass-progress", "version": 99, "data": {}}', 'newer version'],
  ])('refuses %j and says why', (text, why) => {
    const r = parseExport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(why);
  });
});
