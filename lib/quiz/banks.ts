import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, displayPath } from '@/lib/content/paths';
import { ContentError, describeIssues } from '@/lib/content/schema-error';
import { type Bank, bankSchema } from './schema';
import { bankProblems } from './validate';

export const QUIZ_DIR = path.join(CONTENT_DIR, 'quizzes');

/** Parses and checks one bank file; throws a ContentError naming the file and each question id at fault. */
export function parseBank(file: string, text: string): Bank {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ContentError(file, [`not valid JSON: ${err instanceof Error ? err.message : String(err)}`]);
  }
  const result = bankSchema.safeParse(data);
  if (!result.success) {
    // Name the question, not just its index, so the author can find it.
    const questions = (data as { questions?: { id?: unknown }[] }).questions;
    const problems = describeIssues(result.error, 'bank').map((p) =>
      p.replace(/field "questions\.(\d+)/, (m, i: string) => {
        const qid = questions?.[Number(i)]?.id;
        return typeof qid === 'string' ? `question ${qid}: field "questions.${i}` : m;
      }),
    );
    throw new ContentError(file, problems);
  }
  const expected = path.basename(file, '.json');
  const problems = bankProblems(result.data);
  if (result.data.lesson !== expected) problems.unshift(`"lesson" is "${result.data.lesson}" but the file is ${expected}.json`);
  if (problems.length > 0) throw new ContentError(file, problems);
  return result.data;
}

/** Every bank in content/quizzes, validated, with ids unique across banks. */
export function loadBanks(dir: string = QUIZ_DIR): Bank[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const banks = files.map((f) => parseBank(displayPath(path.join(dir, f)), readFileSync(path.join(dir, f), 'utf8')));
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const bank of banks) {
    for (const q of bank.questions) {
      const other = seen.get(q.id);
      if (other) problems.push(`question ${q.id} is in both ${other}.json and ${bank.lesson}.json`);
      seen.set(q.id, bank.lesson);
    }
  }
  if (problems.length > 0) throw new ContentError(displayPath(dir), problems);
  return banks;
}
