import type { Ordering } from '@/lib/quiz/schema';
import { Html } from './html';

export interface RightOrderProps {
  question: Ordering;
}

/** An ordering question's items in the right order, as feedback and the summary show it. */
export function RightOrder({ question }: RightOrderProps) {
  const text = new Map(question.prompt.items.map((o) => [o.id, o.text]));
  return (
    <ol>
      {question.answer.order.map((id) => (
        <li key={id}>
          <Html as="span" html={text.get(id) ?? id} />
        </li>
      ))}
    </ol>
  );
}
