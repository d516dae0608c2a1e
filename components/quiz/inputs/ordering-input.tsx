import { useEffect, useRef, useState } from 'react';
import type { InputProps } from './input-props';
import { Html, plainText } from '../html';

type Direction = 'up' | 'down';

/**
 * Put items in order with Move up / Move down buttons: keyboard and screen
 * reader friendly, unlike drag and drop. Focus follows the moved item, and a
 * live region says where it went.
 */
export function OrderingInput({ question, draft, onChange, disabled, idPrefix, describedBy, marks }: InputProps<'ordering'>) {
  const text = new Map(question.prompt.items.map((o) => [o.id, o.text]));
  const plain = new Map(question.prompt.items.map((o) => [o.id, plainText(o.text)]));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [moved, setMoved] = useState<{ id: string; dir: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!moved) return;
    const other: Direction = moved.dir === 'up' ? 'down' : 'up';
    const same = buttons.current.get(`${moved.id}-${moved.dir}`);
    const target = same && !same.disabled ? same : buttons.current.get(`${moved.id}-${other}`);
    target?.focus({ preventScroll: true });
  }, [moved]);

  const move = (index: number, dir: Direction) => {
    const to = dir === 'up' ? index - 1 : index + 1;
    const id = draft.order[index];
    if (id === undefined || to < 0 || to >= draft.order.length) return;
    const order = [...draft.order];
    order.splice(index, 1);
    order.splice(to, 0, id);
    onChange({ type: 'ordering', order, moved: true });
    setMoved({ id, dir });
    setAnnouncement(`${plain.get(id) ?? id}: now ${to + 1} of ${order.length}.`);
  };

  return (
    <fieldset className="quiz-options" disabled={disabled} aria-describedby={describedBy}>
      <legend className="quiz-legend">Put these in order, first at the top</legend>
      <ol className="quiz-ordering">
        {draft.order.map((id, i) => (
          <li key={id} className={`quiz-ordering-item${marks?.[id] ? ` is-${marks[id]}` : ''}`}>
            <span className="quiz-ordering-position" aria-hidden="true">
              {i + 1}
            </span>
            <Html as="span" className="quiz-option-text" html={text.get(id) ?? id} id={`${idPrefix}-${id}`} />
            <span className="quiz-ordering-buttons">
              {(['up', 'down'] as const).map((dir) => (
                <button
                  key={dir}
                  type="button"
                  className="quiz-move"
                  ref={(el) => {
                    if (el) buttons.current.set(`${id}-${dir}`, el);
                    else buttons.current.delete(`${id}-${dir}`);
                  }}
                  disabled={dir === 'up' ? i === 0 : i === draft.order.length - 1}
                  aria-label={`Move ${plain.get(id) ?? id} ${dir}`}
                  onClick={() => move(i, dir)}
                >
                  <span aria-hidden="true">{dir === 'up' ? '↑' : '↓'}</span>
                </button>
              ))}
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
