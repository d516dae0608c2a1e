import { existsSync } from 'node:fs';
import { cache } from 'react';
import { loadBanks, QUIZ_DIR } from '@/lib/quiz/banks';
import { contentHash } from '@/lib/quiz/hash';
import type { BankSummary } from '@/lib/quiz/item';

/**
 * Ids and hashes per lesson: what the course map, the sidebar and the home
 * page need to show scores and the review count. Kept apart from quiz-data so
 * that the layout does not pull in the markdown pipeline or the model; the
 * full checks run on every page that renders a quiz.
 */
export const getBankSummaries = cache((): BankSummary[] =>
  existsSync(QUIZ_DIR)
    ? loadBanks().map((bank) => ({ lesson: bank.lesson, questions: bank.questions.map((q) => ({ id: q.id, hash: contentHash(q) })) }))
    : [],
);
