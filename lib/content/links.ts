/**
 * Resolves a lesson's link against the site: internal pages and #anchors must
 * exist. Returns null when the link is fine, or the reason it is broken.
 */
export interface SiteIndex {
  /** Route paths with a trailing slash, e.g. "/glossary/". */
  routes: ReadonlySet<string>;
  /** Anchor ids available on each route. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
}

export function checkLink(url: string, currentRoute: string, site: SiteIndex): string | null {
  if (/^(https?:|mailto:)/.test(url)) return null;
  if (url.startsWith('//')) return 'protocol-relative links leave the site; write https://';
  const hashAt = url.indexOf('#');
  const pathPart = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const hash = hashAt >= 0 ? url.slice(hashAt + 1) : '';
  const route = pathPart === '' ? currentRoute : (pathPart.split('?')[0] ?? '');
  if (!route.startsWith('/')) return `relative link "${url}": start internal links with /`;
  // The export writes folders with index.html: a link without the slash costs a redirect.
  if (!route.endsWith('/')) return `write "${route}/" with a trailing slash`;
  if (!site.routes.has(route)) return `no page at ${route}`;
  if (hash && !site.anchors.get(route)?.has(hash)) return `no #${hash} on ${route}`;
  return null;
}
