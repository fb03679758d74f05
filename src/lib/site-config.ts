/**
 * Where the site is deployed, read from the environment once, in astro.config.mjs.
 * Kept free of `astro:*` imports so tests can call it directly.
 */

/** The origin `astro preview` serves on, used when `SITE_URL` is not set. */
export const DEFAULT_SITE_URL = "http://localhost:4321";

/**
 * The origin the site is served from (scheme, host and port), without a trailing slash. A path
 * belongs in `BASE_PATH`, so that each URL is built one way.
 *
 * @example resolveSiteUrl("https://example.org/") // "https://example.org"
 */
export function resolveSiteUrl(siteUrl: string | undefined): string {
  if (siteUrl === undefined) return DEFAULT_SITE_URL;
  let url: URL | undefined;
  try {
    url = new URL(siteUrl);
  } catch {
    url = undefined;
  }
  const isOrigin = url && /^https?:$/.test(url.protocol) && url.href === `${url.origin}/`;
  if (!url || !isOrigin) {
    throw new RangeError(
      `SITE_URL=${JSON.stringify(siteUrl)} is not valid: set it to an http or https origin without path, query or fragment, such as https://example.org (a path goes in BASE_PATH), or leave it unset for ${DEFAULT_SITE_URL}.`,
    );
  }
  return url.origin;
}

/**
 * The path the site lives under, with a leading and a trailing slash (`/` at the root).
 *
 * @example resolveBasePath("inw") // "/inw/"
 */
export function resolveBasePath(basePath: string | undefined): string {
  if (basePath === undefined) return "/";
  const segments = basePath.trim().split("/").filter(Boolean);
  if (segments.length === 0) return "/";
  if (!segments.every((segment) => /^[A-Za-z0-9._~-]+$/.test(segment) && !/^\.+$/.test(segment))) {
    throw new RangeError(
      `BASE_PATH=${JSON.stringify(basePath)} is not valid: set it to a URL path made of letters, digits, ".", "_", "~" and "-" segments, such as /inw/, or leave it unset to serve from /.`,
    );
  }
  return `/${segments.join("/")}/`;
}

/**
 * A site path under the base path.
 *
 * @example withBase("/inw/", "/2027/") // "/inw/2027/"
 */
export function withBase(basePath: string, path: string): string {
  return `${basePath.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/**
 * The absolute URL of a site path.
 *
 * @example absoluteUrl("https://example.org", "/inw/", "/2027/") // "https://example.org/inw/2027/"
 */
export function absoluteUrl(siteUrl: string, basePath: string, path: string): string {
  return new URL(withBase(basePath, path), siteUrl).href;
}
