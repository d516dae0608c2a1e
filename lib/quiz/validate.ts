import type { Bank, Computed, Question } from './schema';
import { COMPUTED_PLACEHOLDERS, placeholdersIn } from './template';

/**
 * Checks a bank beyond its shape: answers that point at options that exist,
 * feedback for every wrong choice, orderings that are permutations. Returns
 * problems as "question <id>: <what>" so an author can find the line.
 */
export function bankProblems(bank: Bank): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const q of bank.questions) {
    if (ids.has(q.id)) problems.push(`question ${q.id}: id appears twice`);
    ids.add(q.id);
    for (const p of questionProblems(q)) problems.push(`question ${q.id}: ${p}`);
  }
  return problems;
}

function optionProblems(optionIds: string[], correct: string[], feedback: Record<string, string>): string[] {
  const problems: string[] = [];
  const known = new Set(optionIds);
  if (known.size !== optionIds.length) problems.push('two options share an id');
  for (const c of correct) if (!known.has(c)) problems.push(`answer "${c}" is not an option`);
  for (const key of Object.keys(feedback)) if (!known.has(key)) problems.push(`feedback for "${key}", which is not an option`);
  for (const o of optionIds) {
    if (!correct.includes(o) && !feedback[o]) problems.push(`wrong option "${o}" has no feedback`);
  }
  return problems;
}

export function questionProblems(q: Question): string[] {
  const problems = typeProblems(q);
  if (q.fixedOrder !== undefined && q.type !== 'single' && q.type !== 'multiple') {
    problems.push(
      q.type === 'ordering'
        ? 'fixedOrder on an ordering question would show the answer: its items are always shuffled'
        : 'fixedOrder applies only to single and multiple choice questions',
    );
  }
  return problems;
}

function typeProblems(q: Question): string[] {
  switch (q.type) {
    case 'single':
      return optionProblems(q.prompt.options.map((o) => o.id), [q.answer.correct], q.answer.feedback);
    case 'multiple': {
      const problems = optionProblems(q.prompt.options.map((o) => o.id), q.answer.correct, q.answer.feedback);
      if (new Set(q.answer.correct).size !== q.answer.correct.length) problems.push('a correct option is listed twice');
      if (q.answer.correct.length === q.prompt.options.length) problems.push('every option is correct: nothing to tell apart');
      return problems;
    }
    case 'ordering': {
      const items = q.prompt.items.map((i) => i.id).sort();
      const order = [...q.answer.order].sort();
      return items.join() === order.join() ? [] : ['answer.order must list every item exactly once'];
    }
    case 'short': {
      const blank = q.answer.accepted.filter((a) => a.replace(/\s+/g, '') === '');
      return blank.length > 0 ? ['an accepted answer is blank'] : [];
    }
    case 'computed':
      return computedProblems(q);
    case 'truefalse':
    case 'numeric':
      return [];
    default: {
      const never: never = q;
      return [`unknown question type ${String((never as { type: unknown }).type)}`];
    }
  }
}

/** Every placeholder in the template is known and has a list to draw its value from. */
function computedProblems(q: Computed): string[] {
  const problems: string[] = [];
  const known: readonly string[] = COMPUTED_PLACEHOLDERS;
  for (const name of placeholdersIn(q.prompt.template)) {
    if (!known.includes(name)) problems.push(`template placeholder {${name}} is not one of ${known.map((k) => `{${k}}`).join(' ')}`);
    else if (name !== 'switchHops' && !(name in q.scenario)) problems.push(`template uses {${name}} but scenario.${name} lists no values`);
  }
  return problems;
}
