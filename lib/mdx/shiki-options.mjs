// One place for the highlighter's themes and languages, shared by the MDX
// build step and anything else that renders code on the server.
export const CODE_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-default' };
export const CODE_LANGS = ['c', 'bash', 'ts', 'tsx', 'json', 'diff', 'yaml'];
/** Fence languages shown as plain text (no grammar needed). */
export const PLAIN_LANGS = new Set(['text', 'txt', 'plaintext', '']);
export const LANG_LABELS = {
  c: 'C', bash: 'Shell', ts: 'TypeScript', tsx: 'TSX', json: 'JSON', diff: 'Diff', yaml: 'YAML', text: 'Text',
};
