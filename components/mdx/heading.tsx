import type { ComponentPropsWithoutRef } from 'react';

export interface HeadingProps extends ComponentPropsWithoutRef<'h2'> {
  level: 2 | 3 | 4;
}

/** A section heading with a visible anchor link; ids come from remark-headings at build time. */
export function Heading({ level, id, children, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} {...rest}>
      {children}
      {id ? (
        <a className="anchor" href={`#${id}`} aria-labelledby={id}>
          <span aria-hidden="true">#</span>
        </a>
      ) : null}
    </Tag>
  );
}
