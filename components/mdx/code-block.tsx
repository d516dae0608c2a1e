import type { ComponentPropsWithoutRef } from 'react';
import { LANG_LABELS } from '@/lib/mdx/shiki-options.mjs';
import { CopyButton } from './copy-button.client';

export interface CodeBlockProps extends ComponentPropsWithoutRef<'pre'> {
  'data-language'?: string;
  'data-title'?: string;
  'data-wrong'?: string;
  'data-nocopy'?: string;
}

/**
 * The frame around a highlighted block: language, title, a "does not compile"
 * badge for blocks that are wrong on purpose, and a copy button. The
 * highlighting itself was done at build time by lib/mdx/rehype-code.mjs.
 */
export function CodeBlock({
  'data-language': language = 'text',
  'data-title': title,
  'data-wrong': wrong,
  'data-nocopy': nocopy,
  children,
  ...pre
}: CodeBlockProps) {
  const label = LANG_LABELS[language] ?? language;
  const isWrong = wrong === 'true';
  return (
    <figure className={isWrong ? 'code-block code-wrong' : 'code-block'}>
      <figcaption className="code-head">
        <span className="code-lang">{label}</span>
        {title ? <span className="code-title">{title}</span> : null}
        {isWrong ? <span className="code-badge">Does not compile</span> : null}
        {nocopy === 'true' ? null : <CopyButton />}
      </figcaption>
      <pre {...pre} aria-label={isWrong ? `${label} code that does not compile` : undefined}>
        {children}
      </pre>
    </figure>
  );
}
