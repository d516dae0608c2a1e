// Highlights fenced code at build time with shiki (light and dark themes as CSS
// variables), so no highlighter reaches the browser. Reads the fence meta
// (title, {line ranges}, wrong, nocopy) and leaves it on <pre> as data-*
// attributes for the CodeBlock component to render its frame.
import { createHighlighter } from 'shiki';
import { visit } from 'unist-util-visit';
import { parseCodeMeta } from './code-meta.mjs';
import { CODE_LANGS, CODE_THEMES, PLAIN_LANGS } from './shiki-options.mjs';

let highlighterPromise;
function highlighter() {
  highlighterPromise ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: CODE_LANGS });
  return highlighterPromise;
}

function languageOf(code) {
  const classes = code.properties?.className ?? [];
  const cls = classes.find((c) => typeof c === 'string' && c.startsWith('language-'));
  return cls ? cls.slice('language-'.length) : 'text';
}

function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

export default function rehypeCode() {
  return async (tree, vfile) => {
    const blocks = [];
    visit(tree, 'element', (node, index, parent) => {
      const code = node.tagName === 'pre' ? node.children?.[0] : undefined;
      if (code?.type === 'element' && code.tagName === 'code' && parent && index !== undefined) {
        blocks.push({ code, index, parent });
      }
    });
    if (blocks.length === 0) return;
    const hl = await highlighter();
    for (const { code, index, parent } of blocks) {
      const lang = languageOf(code);
      if (!PLAIN_LANGS.has(lang) && !CODE_LANGS.includes(lang)) {
        throw new Error(`${vfile?.path ?? 'mdx'}: code block language "${lang}" is not loaded; use one of ${CODE_LANGS.join(', ')} or text`);
      }
      let meta;
      try {
        meta = parseCodeMeta(code.data?.meta);
      } catch (err) {
        throw new Error(`${vfile?.path ?? 'mdx'}: ${err instanceof Error ? err.message : String(err)}`);
      }
      const source = textOf(code).replace(/\n$/, '');
      const highlighted = new Set(meta.highlight);
      const root = hl.codeToHast(source, {
        lang: PLAIN_LANGS.has(lang) ? 'text' : lang,
        themes: CODE_THEMES,
        defaultColor: false,
        transformers: [{
          line(node, line) {
            if (highlighted.has(line)) this.addClassToHast(node, 'line-highlight');
          },
        }],
      });
      const pre = root.children[0];
      pre.properties = {
        ...pre.properties,
        tabIndex: 0,
        dataLanguage: PLAIN_LANGS.has(lang) ? 'text' : lang,
        ...(meta.title ? { dataTitle: meta.title } : {}),
        ...(meta.wrong ? { dataWrong: 'true' } : {}),
        ...(meta.nocopy ? { dataNocopy: 'true' } : {}),
      };
      parent.children[index] = pre;
    }
  };
}
