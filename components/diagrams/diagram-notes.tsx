import { noteIsCurrent, rowLabel, type DiagramView } from '@/lib/diagram';

export interface DiagramNotesProps {
  view: DiagramView;
  stepIndex: number;
  heading: string;
}

/** The numbered notes the diagram's badges point to; the one about the current step is marked. */
export function DiagramNotes({ view, stepIndex, heading }: DiagramNotesProps) {
  if (view.notes.length === 0) return null;
  const step = view.steps[stepIndex];
  return (
    <div className="sd-notes">
      <p className="sd-notes-title">{heading}</p>
      <ol>
        {view.notes.map((note) => {
          const current = noteIsCurrent(note, step);
          return (
            <li key={note.number} value={note.number} className={current ? 'sd-note sd-note--current' : 'sd-note'} aria-current={current ? 'step' : undefined}>
              <span className="sd-note-where">
                {view.hosts[note.side]}, {rowLabel(note.row, view.variant)}:
              </span>{' '}
              {note.text}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
