// Gives every ## to #### heading a stable id from its text and exports the
// lesson's table of contents as `export const toc = [...]`.
// A duplicate id is an error rather than a silent "-1" suffix: a link to the
// second heading would otherwise change meaning when the first is renamed.
import { slug } from 'github-slugger';

const MIN_DEPTH = 2;
const MAX_DEPTH = 4;

/** Plain text of an mdast node, including text inside inline code and JSX elements. */
export function nodeText(node) {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (Array.isArray(node.children)) return node.children.map(nodeText).join('');
  return '';
}

/** The id a heading text gets: lower case, punctuation dropped, spaces to hyphens. */
export function headingId(text) {
  return slug(text.trim());
}

/** Headings of an mdast tree, in order, with ids; throws on a duplicate id. */
export function collectHeadings(tree, file) {
  const seen = new Map();
  const headings = [];
  const walk = (node) => {
    if (node.type === 'heading' && node.depth >= MIN_DEPTH && node.depth <= MAX_DEPTH) {
      const text = nodeText(node).trim();
      const id = headingId(text);
      if (seen.has(id)) {
        const where = file ? `${file}: ` : '';
        throw new Error(`${where}duplicate heading id "${id}" ("${text}" repeats "${seen.get(id)}"); make the heading texts unique`);
      }
      seen.set(id, text);
      headings.push({ node, id, text, depth: node.depth });
      return;
    }
    if (Array.isArray(node.children)) node.children.forEach(walk);
  };
  walk(tree);
  return headings;
}

function literal(value) {
  return { type: 'Literal', value };
}

function tocEsm(entries) {
  const elements = entries.map((e) => ({
    type: 'ObjectExpression',
    properties: Object.entries(e).map(([key, value]) => ({
      type: 'Property', kind: 'init', method: false, shorthand: false, computed: false,
      key: { type: 'Identifier', name: key }, value: literal(value),
    })),
  }));
  const program = {
    type: 'Program', sourceType: 'module',
    body: [{
      type: 'ExportNamedDeclaration', specifiers: [], source: null,
      declaration: {
        type: 'VariableDeclaration', kind: 'const',
        declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name: 'toc' }, init: { type: 'ArrayExpression', elements } }],
      },
    }],
  };
  return { type: 'mdxjsEsm', value: '', data: { estree: program } };
}

export default function remarkHeadings() {
  return (tree, vfile) => {
    const headings = collectHeadings(tree, vfile?.path);
    for (const h of headings) {
      h.node.data = { ...(h.node.data ?? {}), hProperties: { ...(h.node.data?.hProperties ?? {}), id: h.id } };
    }
    tree.children.push(tocEsm(headings.map(({ id, text, depth }) => ({ id, text, depth }))));
  };
}
