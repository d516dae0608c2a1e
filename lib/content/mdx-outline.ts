import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { collectHeadings } from '@/lib/mdx/remark-headings.mjs';

/** What the content checks need to know about one lesson's MDX tree. */
export interface MdxOutline {
  headingIds: string[];
  /** JSX tags used (components, and any raw HTML tag), with the line of first use. */
  tags: Map<string, number>;
  /** Every link target with its line. */
  links: { url: string; line: number }[];
  /** `<Term id="…">` ids with their lines. */
  termIds: { id: string; line: number }[];
  /** Top-level component names in document order, for structure checks. */
  topLevelTags: string[];
}

type AnyNode = Root | RootContent;

function attrValue(node: AnyNode, name: string): string | null {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return null;
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return null;
}

/** Walks a parsed lesson: headings (throws on duplicate ids), components, links and glossary terms. */
export function outlineMdx(tree: Root, file: string): MdxOutline {
  const outline: MdxOutline = {
    headingIds: collectHeadings(tree, file).map((h) => h.id),
    tags: new Map(),
    links: [],
    termIds: [],
    topLevelTags: [],
  };
  for (const child of tree.children) {
    if (child.type === 'mdxJsxFlowElement' && child.name) outline.topLevelTags.push(child.name);
  }
  const walk = (node: AnyNode) => {
    const line = node.position?.start.line ?? 0;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      if (!outline.tags.has(node.name)) outline.tags.set(node.name, line);
      if (node.name === 'Term') outline.termIds.push({ id: attrValue(node, 'id') ?? '', line });
    }
    if (node.type === 'link' || node.type === 'definition') outline.links.push({ url: node.url, line });
    if ('children' in node) node.children.forEach((c) => walk(c as AnyNode));
  };
  walk(tree);
  return outline;
}
