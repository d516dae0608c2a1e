import { Html } from './html';

export interface HintsProps {
  hints: readonly string[];
  shown: number;
  onShowMore: () => void;
  idPrefix: string;
}

/** Hints one at a time, each a little more telling than the last. */
export function Hints({ hints, shown, onShowMore, idPrefix }: HintsProps) {
  if (hints.length === 0) return null;
  return (
    <div className="quiz-hints">
      {shown > 0 ? (
        <ol className="quiz-hint-list" aria-label="Hints">
          {hints.slice(0, shown).map((h, i) => (
            <li key={i} id={`${idPrefix}-hint-${i}`}>
              <Html as="span" html={h} />
            </li>
          ))}
        </ol>
      ) : null}
      {shown < hints.length ? (
        <button type="button" className="quiz-button quiz-button-quiet" onClick={onShowMore}>
          {shown === 0 ? 'Show a hint' : 'Show another hint'} ({shown + 1} of {hints.length})
        </button>
      ) : null}
    </div>
  );
}
