// Build-time only: turns a bank's questions into the QuizItems the views take.
import { lessonHref } from '@/lib/nav';
import { contentHash } from './hash';
import type { QuizItem } from './item';
import { markdownToHtml } from './markdown';
import type { Question } from './schema';
import { shownOrder } from './shuffle';

const inline = (md: string) => markdownToHtml(md, { inline: true });

async function mapValues<T extends Record<string, string>>(record: T): Promise<T> {
  const entries = await Promise.all(Object.entries(record).map(async ([k, v]) => [k, await inline(v)] as const));
  return Object.fromEntries(entries) as T;
}

const renderOptions = (options: readonly { id: string; text: string }[]) =>
  Promise.all(options.map(async (o) => ({ id: o.id, text: await inline(o.text) })));

/** The question with every markdown field rendered to HTML; ids, answers and numbers untouched. */
export async function renderQuestion(q: Question): Promise<Question> {
  const common = {
    explanation: await markdownToHtml(q.explanation),
    ...(q.hints ? { hints: await Promise.all(q.hints.map(inline)) } : {}),
  };
  switch (q.type) {
    case 'single': {
      const prompt = { ...q.prompt, text: await markdownToHtml(q.prompt.text), options: await renderOptions(q.prompt.options) };
      return { ...q, ...common, prompt, answer: { ...q.answer, feedback: await mapValues(q.answer.feedback) } };
    }
    case 'multiple': {
      const prompt = { ...q.prompt, text: await markdownToHtml(q.prompt.text), options: await renderOptions(q.prompt.options) };
      return { ...q, ...common, prompt, answer: { ...q.answer, feedback: await mapValues(q.answer.feedback) } };
    }
    case 'ordering': {
      const prompt = { ...q.prompt, text: await markdownToHtml(q.prompt.text), items: await renderOptions(q.prompt.items) };
      return { ...q, ...common, prompt, answer: { ...q.answer, feedback: await inline(q.answer.feedback) } };
    }
    case 'truefalse':
      return { ...q, ...common, prompt: { text: await markdownToHtml(q.prompt.text) }, answer: { ...q.answer, feedback: await inline(q.answer.feedback) } };
    case 'short':
      return { ...q, ...common, prompt: { ...q.prompt, text: await markdownToHtml(q.prompt.text) }, answer: { ...q.answer, feedback: await inline(q.answer.feedback) } };
    case 'numeric':
      return { ...q, ...common, prompt: { ...q.prompt, text: await markdownToHtml(q.prompt.text) }, answer: { ...q.answer, feedback: await mapValues(q.answer.feedback) } };
    case 'computed':
      return { ...q, ...common, prompt: { ...q.prompt, template: await markdownToHtml(q.prompt.template) }, answer: { ...q.answer, feedback: await mapValues(q.answer.feedback) } };
    default: {
      const never: never = q;
      throw new Error(`unknown question type ${String((never as { type: unknown }).type)}`);
    }
  }
}

export interface LessonInfo {
  lesson: string;
  lessonTitle: string;
  headings: ReadonlyMap<string, string>;
}

export async function prepareItem(q: Question, { lesson, lessonTitle, headings }: LessonInfo): Promise<QuizItem> {
  return {
    question: await renderQuestion(q),
    lesson,
    lessonTitle,
    hash: contentHash(q),
    order: shownOrder(q),
    section: { href: `${lessonHref(lesson)}#${q.section}`, title: headings.get(q.section) ?? q.section },
  };
}
