// Parses the meta string of a fenced code block, e.g.
//   ```c title="basicfwd.c (excerpt)" context=dpdk body {3,5-7}
// Plain JavaScript because the MDX loader imports it at build time (Node, no
// TypeScript step); code-meta.d.mts gives TypeScript callers its types.

const TOKEN = /(\{[^}]*\})|([A-Za-z][\w-]*)="([^"]*)"|([A-Za-z][\w-]*)=([^\s"]+)|([A-Za-z][\w-]*)/g;
const FLAGS = new Set(['wrong', 'body', 'nocopy']);
const KEYS = new Set(['title', 'context']);

/**
 * @param {string | null | undefined} meta
 * @returns {import('./code-meta.d.mts').CodeMeta}
 */
export function parseCodeMeta(meta) {
  /** @type {import('./code-meta.d.mts').CodeMeta} */
  const result = { highlight: [], wrong: false, body: false, nocopy: false };
  if (!meta) return result;
  const rest = meta.replace(TOKEN, (_all, range, key, quoted, bareKey, bare, flag) => {
    if (range) result.highlight.push(...parseRanges(range, meta));
    else if (key || bareKey) {
      const name = key ?? bareKey;
      if (!KEYS.has(name)) throw new Error(`unknown code meta key "${name}" in "${meta}"`);
      result[/** @type {'title' | 'context'} */ (name)] = quoted ?? bare;
    } else if (flag) {
      if (!FLAGS.has(flag)) throw new Error(`unknown code meta flag "${flag}" in "${meta}"`);
      result[/** @type {'wrong' | 'body' | 'nocopy'} */ (flag)] = true;
    }
    return '';
  });
  if (rest.trim() !== '') throw new Error(`cannot parse code meta "${meta}" near "${rest.trim()}"`);
  result.highlight = [...new Set(result.highlight)].sort((a, b) => a - b);
  return result;
}

/**
 * "{1,3-5}" -> [1, 3, 4, 5]
 * @param {string} braces
 * @param {string} meta
 * @returns {number[]}
 */
function parseRanges(braces, meta) {
  /** @type {number[]} */
  const lines = [];
  for (const part of braces.slice(1, -1).split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) throw new Error(`bad line range "${part}" in code meta "${meta}"`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from) throw new Error(`bad line range "${part}" in code meta "${meta}"`);
    for (let n = from; n <= to; n++) lines.push(n);
  }
  return lines;
}
