/**
 * Where the site is deployed, read from the environment once, in astro.config.mjs.
 * Kept free of `astro:*` imports so tests can call it directly.
 */

/** The origin `astro preview` serves on, used when `SITE_URL` is not set. */
export const DEFAULT_SITE_URL = "http://localhost:4321";

/**
 * The absolute origin (and optional path) the site is served from, without a trailing slash.
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
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || url.search || url.hash) {
    throw new RangeError(
      `SITE_URL=${JSON.stringify(siteUrl)} is not valid: set it to an absolute http or https URL without query or fragment, such as https://example.org, or leave it unset for ${DEFAULT_SITE_URL}.`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

/**
 * The path the site lives under, with a leading and a trailing slash (`/` at the root).
 *
 * @example resolveBasePath("inw") // "/inw/"
 */
export function resolveBasePath(basePath: string | undefined): string {
  if (basePath === undefined || basePath.trim() === "" || basePath.trim() === "/") return "/";
  const segments = basePath.trim().split("/").filter(Boolean);
  if (!segments.every((segment) => /^[A-Za-z0-9._~-]+$/.test(segment) && !/^\.+$/.test(segment))) {
    throw new RangeError(
      `BASE_PATH=${JSON.stringify(basePath)} is not valid: set it to a URL path made of letters, digits, ".", "_", "~" and "-" segments, such as /inw/, or leave it unset to serve from /.`,
    );
  }
  return `/${segments.join("/")}/`;
}
