// Finds the ```c blocks of an MDX lesson and turns each into a C translation
// unit for gcc. Pure (no file system, no gcc) so that `npm test` can cover it
// on machines without the DPDK/rdma-core headers; compile-snippet.ts runs gcc.
import { parseCodeMeta, type CodeMeta } from '@/lib/mdx/code-meta.mjs';

export interface CSnippet {
  /** 1-based line of the opening fence in the MDX file: what an author looks for. */
  fenceLine: number;
  /** 1-based line of the first line of code; gcc diagnostics count from here. */
  codeLine: number;
  /** The code, with the fence's indentation removed, ending without a newline. */
  code: string;
  meta: CodeMeta;
}

// CommonMark fences: three or more backticks or tildes. MDX turns off indented
// code, so a fence may sit at any depth (e.g. inside a list item).
const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

/**
 * Every ```c block of `source`, in order. `file` only names the lesson in error
 * messages. Throws on an unclosed fence, a bad meta string or an empty C block,
 * because each would let a lesson escape the check.
 */
export function extractCSnippets(source: string, file = '<mdx>'): CSnippet[] {
  const lines = source.split(/\r?\n/);
  const snippets: CSnippet[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = FENCE_OPEN.exec(lines[i] ?? '');
    if (!open) {
      i++;
      continue;
    }
    const [, indent = '', fence = '', info = ''] = open;
    // A backtick fence's info string may not contain a backtick (CommonMark),
    // so "```c``` inline" is not a fence.
    if (fence.startsWith('`') && info.includes('`')) {
      i++;
      continue;
    }
    const fenceLine = i + 1;
    const close = findClose(lines, i + 1, fence);
    if (close === -1) throw new Error(`${file}:${fenceLine}: code fence ${fence} is never closed`);
    const [lang = '', ...metaWords] = info.trim().split(/\s+/);
    if (lang === 'c') {
      const meta = parseMeta(metaWords.join(' '), file, fenceLine);
      const code = lines
        .slice(i + 1, close)
        .map((line) => stripIndent(line, indent.length))
        .join('\n');
      if (code.trim() === '') throw new Error(`${file}:${fenceLine}: empty C code block`);
      snippets.push({ fenceLine, codeLine: fenceLine + 1, code, meta });
    }
    i = close + 1;
  }
  return snippets;
}

function findClose(lines: readonly string[], from: number, fence: string): number {
  const char = fence.charAt(0);
  for (let j = from; j < lines.length; j++) {
    const m = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(lines[j] ?? '');
    if (m?.[1] && m[1].charAt(0) === char && m[1].length >= fence.length) return j;
  }
  return -1;
}

function stripIndent(line: string, width: number): string {
  let n = 0;
  while (n < width && (line[n] === ' ' || line[n] === '\t')) n++;
  return line.slice(n);
}

function parseMeta(meta: string, file: string, line: number): CodeMeta {
  try {
    return parseCodeMeta(meta);
  } catch (err) {
    throw new Error(`${file}:${line}: ${(err as Error).message}`);
  }
}

// Names map to content/snippets/<name>.h; anything else could climb out of it.
const CONTEXT_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The translation unit gcc compiles for `snippet` from lesson `file`:
 * the context header (if any), the `body` wrapper (if any), and a `#line`
 * directive so that every diagnostic names the lesson file and its line.
 * Nothing else is added, so a context cannot hide an error in the code.
 * `contexts` is the set of header names in content/snippets/ (without `.h`).
 */
export function assembleTranslationUnit(
  snippet: CSnippet,
  file: string,
  contexts: ReadonlySet<string>,
): string {
  const parts: string[] = [];
  const { context, body } = snippet.meta;
  if (context !== undefined) {
    if (!CONTEXT_NAME.test(context) || !contexts.has(context)) {
      const known = [...contexts].sort().join(', ') || 'none';
      throw new Error(
        `${file}:${snippet.fenceLine}: unknown snippet context "${context}" (known: ${known}; add content/snippets/${context}.h)`,
      );
    }
    parts.push(`#include "${context}.h"`);
  }
  if (body) parts.push('void snippet(void) {');
  parts.push(`#line ${snippet.codeLine} ${cString(file)}`);
  parts.push(snippet.code);
  if (body) parts.push('}');
  return `${parts.join('\n')}\n`;
}

function cString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
