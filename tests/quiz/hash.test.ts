import { canonicalJson, contentHash, hash53 } from '@/lib/quiz/hash';
import { fixtureQuestion } from '../fixtures/quiz-items';

describe('contentHash', () => {
  const q = fixtureQuestion('single');

  it('does not depend on key order', () => {
    const reordered = JSON.parse(JSON.stringify({ explanation: q.explanation, answer: q.answer, prompt: q.prompt, section: q.section, id: q.id, type: q.type, hints: q.hints }));
    expect(contentHash(reordered)).toBe(contentHash(q));
  });

  it('changes when the question changes: prompt, an option, the answer, the explanation', () => {
    const base = contentHash(q);
    const edits = [
      { ...q, prompt: { ...q.prompt, text: `${q.prompt.text}?` } },
      { ...q, prompt: { ...q.prompt, options: q.prompt.options.map((o, i) => (i === 1 ? { ...o, text: 'recvmsg()' } : o)) } },
      { ...q, answer: { ...q.answer, correct: 'recv' } },
      { ...q, explanation: 'Something else.' },
    ];
    const hashes = edits.map(contentHash);
    for (const h of hashes) expect(h).not.toBe(base);
    expect(new Set(hashes).size).toBe(edits.length);
  });

  it('changes when options are reordered: the order is part of the question', () => {
    expect(contentHash({ ...q, prompt: { ...q.prompt, options: [...q.prompt.options].reverse() } })).not.toBe(contentHash(q));
  });

  it('is a short base-36 string', () => {
    expect(contentHash(q)).toMatch(/^[0-9a-z]{1,11}$/);
  });
});

describe('canonicalJson and hash53', () => {
  it('sorts keys at every depth and skips undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('is deterministic and spreads nearby inputs', () => {
    expect(hash53('dpdk')).toBe(hash53('dpdk'));
    expect(hash53('dpdk')).not.toBe(hash53('dpdl'));
    expect(hash53('dpdk', 1)).not.toBe(hash53('dpdk'));
  });
});
