import type { ReactNode } from 'react';

export interface YouWillLearnProps {
  children: ReactNode;
}

export function YouWillLearn({ children }: YouWillLearnProps) {
  return (
    <section className="box box-learn" aria-label="You will learn">
      <p className="box-title">You will learn</p>
      {children}
    </section>
  );
}
