import type { ReactNode } from 'react';

export interface FigureProps {
  caption: string;
  children: ReactNode;
}

export function Figure({ caption, children }: FigureProps) {
  return (
    <figure className="figure">
      {children}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
