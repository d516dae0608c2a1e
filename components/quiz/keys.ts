import type { Draft } from '@/lib/quiz/response';
import type { Question } from '@/lib/quiz/schema';

/**
 * What pressing number key k+1 does: choose the k-th option shown (single,
 * true/false), or toggle it (select all). Returns the new draft and the id
 * suffix of the input to focus, or null when the key means nothing here.
 */
export function chooseByKey(q: Question, draft: Draft, order: readonly string[], k: number): { draft: Draft; optionKey: string } | null {
  if (q.type === 'truefalse' && draft.type === 'truefalse') {
    if (k > 1) return null;
    const value = k === 0;
    return { draft: { type: 'truefalse', value }, optionKey: String(value) };
  }
  const id = order[k];
  if (id === undefined) return null;
  if (q.type === 'single' && draft.type === 'single') return { draft: { type: 'single', choice: id }, optionKey: id };
  if (q.type === 'multiple' && draft.type === 'multiple') {
    const choices = draft.choices.includes(id) ? draft.choices.filter((c) => c !== id) : [...draft.choices, id];
    return { draft: { type: 'multiple', choices }, optionKey: id };
  }
  return null;
}
