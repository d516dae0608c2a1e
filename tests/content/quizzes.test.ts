import { existsSync, readdirSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { loadCourseBanks } from '@/lib/quiz/course-banks';
import { contentHash } from '@/lib/quiz/hash';
import { QUIZ_DIR } from '@/lib/quiz/banks';
import { prepareItem } from '@/lib/quiz/prepare';
import { shownOrder } from '@/lib/quiz/shuffle';
import { loadLessonOutlines, parseMdx } from './site-index';

// The same checks `next build` runs on every page with a quiz: schema, answers
// in range, ids unique across banks, sections that are headings of the
// lesson, computed scenarios the model accepts. A failure names file and question.
const banks = loadCourseBanks();
const lessons = loadLessonOutlines();

function quizBanksUsed(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Root | RootContent) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Quiz') {
      const bank = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'bank');
      found.push(typeof bank?.value === 'string' ? bank.value : '(no bank attribute)');
    }
    if ('children' in node) node.children.forEach((c) => walk(c as RootContent));
  };
  walk(tree);
  return found;
}

describe('quiz banks', () => {
  it('are one file per lesson, each for a lesson that exists', () => {
    const files = existsSync(QUIZ_DIR) ? readdirSync(QUIZ_DIR).filter((f) => f.endsWith('.json')) : [];
    expect(banks.map((b) => `${b.bank.lesson}.json`).sort()).toEqual(files.sort());
    const slugs = new Set(lessons.map((l) => l.slug));
    expect(banks.map((b) => b.bank.lesson).filter((l) => !slugs.has(l))).toEqual([]);
  });

  describe.each(banks.map((b) => [b.bank.lesson, b] as const))('content/quizzes/%s.json', (_, { bank, headings }) => {
    it('links every question to a heading of its lesson', () => {
      expect(bank.questions.filter((q) => !headings.has(q.section)).map((q) => `${q.id}: #${q.section}`)).toEqual([]);
    });

    it('has no two questions that hash alike (copies would share saved answers)', () => {
      const hashes = bank.questions.map(contentHash);
      expect(new Set(hashes).size).toBe(hashes.length);
    });

    it('starts every ordering question unsolved', () => {
      for (const q of bank.questions) if (q.type === 'ordering') expect(shownOrder(q)).not.toEqual(q.answer.order);
    });
  });
});

describe('lessons and their quizzes', () => {
  it.each(lessons.map((l) => [l.slug, l] as const))('%s: every <Quiz bank> names an existing bank of this lesson', (slug, lesson) => {
    const used = quizBanksUsed(parseMdx(lesson.source));
    const known = new Set(banks.map((b) => b.bank.lesson));
    expect(used.filter((b) => !known.has(b))).toEqual([]);
    // A lesson ends with its own quiz, not another lesson's.
    expect(used.filter((b) => b !== slug)).toEqual([]);
  });
});

describe('rendering for the views', () => {
  it.each(banks.map((b) => [b.bank.lesson, b] as const))('%s: every question renders to HTML (code languages, markdown)', async (_, { bank, headings }) => {
    const items = await Promise.all(bank.questions.map((q) => prepareItem(q, { lesson: bank.lesson, lessonTitle: bank.lesson, headings })));
    expect(items.map((i) => i.question.id)).toEqual(bank.questions.map((q) => q.id));
  });
});
