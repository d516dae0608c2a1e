'use client';

import { useProgressHydrated, useStorageHealth } from './use-progress';

/** Says plainly when progress cannot be saved, or was repaired on load. Renders nothing when all is well. */
export function StorageNotice() {
  useProgressHydrated();
  const mode = useStorageHealth((s) => s.mode);
  const recovered = useStorageHealth((s) => s.recovered);
  return (
    <>
      {mode !== 'local' ? (
        <p className="quiz-notice" role="status">
          {mode === 'memory-full'
            ? 'Your browser’s storage for this site is full, so new answers are kept only until you leave this page. Export your progress to keep it.'
            : 'Your browser is not letting this site save anything, so your answers are kept only until you leave this page. Export your progress to keep it.'}
        </p>
      ) : null}
      {recovered ? (
        <p className="quiz-notice" role="status">
          {recovered.unreadable
            ? `Your saved progress could not be read, so this page started afresh${recovered.backupKey ? ` (a copy of the old data is kept in this browser under “${recovered.backupKey}”)` : ''}.`
            : `Some of your saved progress was damaged: ${recovered.dropped} ${recovered.dropped === 1 ? 'record was' : 'records were'} dropped and the rest kept.`}
        </p>
      ) : null}
    </>
  );
}
