// Validates every quiz bank and checks that each question's section is a heading of its lesson.
// Usage: npx tsx scripts/check-banks.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { LESSONS_DIR } from '../lib/content/paths';
import { collectHeadings } from '../lib/mdx/remark-headings.mjs';
import { loadBanks } from '../lib/quiz/banks';

const banks = loadBanks();
let problems = 0;
for (const bank of banks) {
  const file = path.join(LESSONS_DIR, `${bank.lesson}.mdx`);
  const tree = createProcessor({ remarkPlugins: [[remarkFrontmatter, ['yaml']], remarkGfm] }).parse(readFileSync(file, 'utf8')) as Root;
  const ids = new Set(collectHeadings(tree, file).map((h) => h.id));
  for (const q of bank.questions) {
    if (!ids.has(q.section)) {
      problems++;
      console.error(`${bank.lesson}.json: question ${q.id}: section "${q.section}" is not a heading id of ${bank.lesson}.mdx`);
    }
  }
  const counts = new Map<string, number>();
  for (const q of bank.questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
  const types = [...counts].map(([t, n]) => `${t} ${n}`);
  console.log(`${bank.lesson}: ${bank.questions.length} questions (${types.join(', ')})`);
}
if (problems > 0) process.exit(1);
