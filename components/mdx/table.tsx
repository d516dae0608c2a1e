import type { ComponentPropsWithoutRef } from 'react';

export type TableProps = ComponentPropsWithoutRef<'table'>;

/** Wide tables scroll inside a focusable region instead of widening the page on a phone. */
export function Table(props: TableProps) {
  return (
    <div className="table-wrap" tabIndex={0}>
      <table {...props} />
    </div>
  );
}
