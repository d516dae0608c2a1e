import type { ElementType } from 'react';

export interface HtmlProps {
  html: string;
  as?: ElementType;
  className?: string;
  id?: string;
}

/**
 * Bank text, rendered to HTML at build time from the course's own markdown
 * (raw HTML in a bank is dropped by the pipeline), so it is trusted markup.
 */
export function Html({ html, as: Tag = 'div', className, id }: HtmlProps) {
  return <Tag className={className} id={id} dangerouslySetInnerHTML={{ __html: html }} />;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of build-time HTML, for accessible names ("Move … up") that cannot hold markup. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    })
    .trim();
}
