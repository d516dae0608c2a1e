export interface CodeMeta {
  /** 1-based line numbers to highlight, sorted, unique. */
  highlight: number[];
  /** Shown as the block's caption, e.g. a file name. */
  title?: string;
  /** Name of a declarations file in content/snippets/ prepended when the snippet is compiled. */
  context?: string;
  /** The snippet is statements: the checker wraps it in a function body. */
  body: boolean;
  /** Wrong on purpose: it must fail to compile and is labelled "does not compile". */
  wrong: boolean;
  /** Hide the copy button (for output or transcripts). */
  nocopy: boolean;
}

export function parseCodeMeta(meta: string | null | undefined): CodeMeta;
