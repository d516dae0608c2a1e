// Validates every quiz bank as `next build` does (schema, answers, sections that
// are headings of the lesson, computed scenarios the model accepts) and prints
// the questions per lesson and per type. Usage: npx tsx scripts/check-banks.ts
import { ContentError } from '../lib/content/schema-error';
import { loadCourseBanks } from '../lib/quiz/course-banks';

try {
  const banks = loadCourseBanks();
  const totals = new Map<string, number>();
  for (const { bank } of banks) {
    const counts = new Map<string, number>();
    for (const q of bank.questions) {
      counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
      totals.set(q.type, (totals.get(q.type) ?? 0) + 1);
    }
    console.log(`${bank.lesson}: ${bank.questions.length} questions (${[...counts].map(([t, n]) => `${t} ${n}`).join(', ')})`);
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  console.log(`all: ${all} questions (${[...totals].map(([t, n]) => `${t} ${n}`).join(', ')})`);
} catch (err) {
  if (!(err instanceof ContentError)) throw err;
  console.error(err.message);
  process.exit(1);
}
