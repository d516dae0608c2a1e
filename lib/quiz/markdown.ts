import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeCode from '@/lib/mdx/rehype-code.mjs';

// Raw HTML in a bank is dropped (remark-rehype's default): banks are markdown, not markup.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeCode);

/**
 * Renders a bank's markdown to HTML at build time, code blocks highlighted by
 * the same shiki step as the lessons, so the browser receives finished HTML
 * and no markdown parser. `inline` unwraps a lone paragraph, for option labels.
 */
export async function markdownToHtml(markdown: string, { inline = false }: { inline?: boolean } = {}): Promise<string> {
  const tree = (await processor.run(processor.parse(markdown))) as HastRoot;
  if (inline) {
    const blocks = tree.children.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
    const only = blocks[0];
    if (blocks.length === 1 && only?.type === 'element' && only.tagName === 'p') return toHtml(only.children);
  }
  return toHtml(tree);
}
