import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';

export type SmartLinkProps = ComponentPropsWithoutRef<'a'>;

/** Internal links use next/link (client navigation); external ones open as plain links. */
export function SmartLink({ href = '', children, ...rest }: SmartLinkProps) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  if (href.startsWith('#')) {
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} className="external" rel="noreferrer" {...rest}>
      {children}
    </a>
  );
}
