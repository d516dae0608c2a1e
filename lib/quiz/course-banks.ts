// Build-time only: the banks of the course, checked against the lessons they
// belong to and against the latency model. Routes that render quizzes call
// loadCourseBanks(), so a bad bank fails `next build` naming file and question.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { displayPath, LESSONS_DIR } from '@/lib/content/paths';
import { ContentError } from '@/lib/content/schema-error';
import { collectHeadings } from '@/lib/mdx/remark-headings.mjs';
import { estimate, ScenarioError } from '@/lib/model';
import { loadBanks, QUIZ_DIR } from './banks';
import { everyScenario } from './computed';
import type { Bank, Computed } from './schema';

/** Heading id to heading text, for one lesson's MDX source. */
export function headingsOf(source: string, file: string): Map<string, string> {
  const tree = createProcessor({ remarkPlugins: [[remarkFrontmatter, ['yaml']], remarkGfm] }).parse(source) as Root;
  return new Map(collectHeadings(tree, file).map((h) => [h.id, h.text]));
}

/** Questions whose `section` is not a heading of their lesson. */
export function sectionProblems(bank: Bank, headings: ReadonlyMap<string, string>): string[] {
  return bank.questions
    .filter((q) => !headings.has(q.section))
    .map((q) => `question ${q.id}: section "${q.section}" is not a heading id of ${bank.lesson}.mdx`);
}

/** Scenario combinations of a computed question that the model refuses, with its reason. */
export function scenarioProblems(q: Computed): string[] {
  const problems: string[] = [];
  for (const s of everyScenario(q)) {
    try {
      estimate(s);
    } catch (err) {
      if (!(err instanceof ScenarioError)) throw err;
      problems.push(`question ${q.id}: scenario ${JSON.stringify(s)} is refused by the model: ${err.message}`);
    }
  }
  return problems;
}

export interface CourseBank {
  bank: Bank;
  headings: Map<string, string>;
}

/** Every bank, each checked: its lesson exists, its sections resolve, its computed scenarios are valid. */
export function loadCourseBanks(quizDir: string = QUIZ_DIR, lessonsDir: string = LESSONS_DIR): CourseBank[] {
  if (!existsSync(quizDir)) return [];
  return loadBanks(quizDir).map((bank) => {
    const file = displayPath(path.join(quizDir, `${bank.lesson}.json`));
    const lessonFile = path.join(lessonsDir, `${bank.lesson}.mdx`);
    if (!existsSync(lessonFile)) throw new ContentError(file, [`there is no lesson ${displayPath(lessonFile)} for this bank`]);
    const headings = headingsOf(readFileSync(lessonFile, 'utf8'), displayPath(lessonFile));
    const problems = sectionProblems(bank, headings);
    for (const q of bank.questions) if (q.type === 'computed') problems.push(...scenarioProblems(q));
    if (problems.length > 0) throw new ContentError(file, problems);
    return { bank, headings };
  });
}
