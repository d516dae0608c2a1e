/**
 * Computed questions' prompt templates. Kept apart from computed.ts (which
 * loads the latency model) so that a page can show a filled prompt without
 * shipping the model.
 */

/** Placeholders a template may use; each names a field of the question's scenario lists. */
export const COMPUTED_PLACEHOLDERS = ['technique', 'protocol', 'rdmaOp', 'payloadBytes', 'linkGbps', 'switchHops'] as const;
export type ComputedPlaceholder = (typeof COMPUTED_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholder names a template uses, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Fills a template already rendered to HTML. Values are escaped; a
 * placeholder without a value is left as written, which the bank checks make
 * impossible for a valid bank.
 */
export function fillTemplate(html: string, values: Readonly<Record<string, string>>): string {
  return html.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : escapeHtml(value);
  });
}
