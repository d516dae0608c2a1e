import type { ReactNode } from 'react';
import { useId } from 'react';
import { glossaryHref } from '@/lib/content/glossary';
import { getGlossary } from '@/components/content-data';

export interface TermProps {
  id: string;
  children?: ReactNode;
}

/**
 * A glossary term: a link to its entry, with the definition shown on hover and
 * on keyboard focus (CSS), and given to screen readers as the link's description.
 */
export function Term({ id, children }: TermProps) {
  const tipId = useId();
  const entry = getGlossary().find((t) => t.id === id);
  if (!entry) throw new Error(`<Term id="${id}">: no such glossary term in content/glossary.json`);
  return (
    <span className="term">
      <a href={glossaryHref(id)} aria-describedby={tipId}>
        {children ?? entry.term}
      </a>
      <span role="tooltip" id={tipId} className="term-tip">
        <strong>{entry.term}</strong>: {entry.definition}
      </span>
    </span>
  );
}
