import path from 'node:path';
import { ContentError } from '@/lib/content/schema-error';
import { parseBank } from '@/lib/quiz/banks';
import { loadCourseBanks, scenarioProblems } from '@/lib/quiz/course-banks';
import { prepareItem } from '@/lib/quiz/prepare';
import type { Computed } from '@/lib/quiz/schema';
import { FIXTURE_LESSON_DIR, FIXTURE_QUIZ_DIR, fixtureItems, fixtureQuestion } from '../fixtures/quiz-items';

describe('loadCourseBanks (what `next build` runs)', () => {
  it('loads a bank whose sections are headings of its lesson', () => {
    const [loaded] = loadCourseBanks(FIXTURE_QUIZ_DIR, FIXTURE_LESSON_DIR);
    expect(loaded?.bank.questions).toHaveLength(7);
    expect(loaded?.headings.get('a-subsection')).toBe('A subsection');
  });

  it('fails on a section that is not a heading, naming the file and the question id', () => {
    expect(() => loadCourseBanks(path.join(FIXTURE_QUIZ_DIR, 'bad'), FIXTURE_LESSON_DIR)).toThrow(
      'tests/fixtures/quizzes/bad/pipeline.json: question fx-bad-section: section "no-such-heading" is not a heading id of pipeline.mdx',
    );
  });

  it('fails on a bank without a lesson', () => {
    expect(() => loadCourseBanks(FIXTURE_QUIZ_DIR, path.join(FIXTURE_LESSON_DIR, 'nowhere'))).toThrow(ContentError);
  });

  it('reports a computed scenario the model refuses', () => {
    const q: Computed = { ...fixtureQuestion('computed'), scenario: { technique: ['dpdk', 'warp-drive'], payloadBytes: [64], linkGbps: [100] } };
    expect(scenarioProblems(q)).toEqual([expect.stringMatching(/^question fx-computed: scenario .*warp-drive.* is refused by the model/)]);
  });

  it('names the question id in a schema error', () => {
    const text = JSON.stringify({ lesson: 'pipeline', title: 'Bad', questions: [{ type: 'numeric', id: 'zero-tolerance', section: 'x', explanation: 'e', prompt: { text: 'p', unit: 'ns' }, answer: { value: 1, tolerance: 0, feedback: { low: 'too low, and here is why', high: 'too high, and here is why' } } }] });
    expect(() => parseBank('content/quizzes/pipeline.json', text)).toThrow(/question zero-tolerance: .*tolerance must be above zero/);
  });
});

describe('prepareItem (build-time rendering for the views)', () => {
  it('renders markdown to HTML, options inline, and links the teaching section', async () => {
    const [item] = await fixtureItems(['fx-single']);
    expect(item?.question.type).toBe('single');
    if (item?.question.type !== 'single') return;
    expect(item.question.prompt.options.find((o) => o.id === 'rx-burst')?.text).toBe('<code>rte_eth_rx_burst()</code>');
    expect(item.question.prompt.text).toBe('<p>Which DPDK call receives a burst of packets from a receive queue?</p>');
    expect(item.section).toEqual({ href: '/lessons/pipeline/#first-section', title: 'First section' });
    expect([...item.order].sort()).toEqual(['epoll', 'recv', 'rx-burst']);
  });

  it('hashes the question as written, not as rendered', async () => {
    const q = fixtureQuestion('truefalse');
    const a = await prepareItem(q, { lesson: 'pipeline', lessonTitle: 'P', headings: new Map() });
    const b = await prepareItem({ ...q, explanation: `${q.explanation} More.` }, { lesson: 'pipeline', lessonTitle: 'P', headings: new Map() });
    expect(a.hash).not.toBe(b.hash);
    expect(a.question.explanation).toContain('<p>');
  });

  it('drops raw HTML written in a bank', async () => {
    const q = { ...fixtureQuestion('truefalse'), prompt: { text: 'Safe <script>alert(1)</script> text' } };
    const item = await prepareItem(q, { lesson: 'pipeline', lessonTitle: 'P', headings: new Map() });
    expect(item.question.type === 'truefalse' && item.question.prompt.text).not.toContain('<script>');
  });
});
