/**
 * Where the site is deployed, read from the environment once, in astro.config.mjs.
 * Kept free of `astro:*` imports so tests can call it directly.
 */

/** The origin `astro preview` serves on, used when `SITE_URL` is not set. */
export const DEFAULT_SITE_URL = "http://localhost:4321";

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Where a host hands its build the site's address, read in this order when SITE_URL is unset.
 * Netlify's is a plain `URL`, read only on Netlify; Vercel's has no scheme.
 */
const HOST_ADDRESSES = [
  { variable: "URL", onlyWith: "NETLIFY", scheme: "" },
  { variable: "CF_PAGES_URL", onlyWith: "CF_PAGES", scheme: "" },
  { variable: "VERCEL_PROJECT_PRODUCTION_URL", onlyWith: "VERCEL", scheme: "https://" },
] as const;

/** Set in a CI job or on a host's build machine, where a localhost address would be published. */
const BUILD_SERVICE_FLAGS = ["CI", "NETLIFY", "CF_PAGES", "VERCEL"] as const;

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Why an address cannot be the site's, or undefined when it can. */
function addressProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "it is not a URL";
  }
  if (!/^https?:$/.test(url.protocol) || url.href !== `${url.origin}/`) {
    return "it must be an http or https origin without path, query or fragment, such as https://example.org (a path goes in BASE_PATH)";
  }
  if (url.protocol !== "https:" && !isLoopback(url.hostname))
    return "only a loopback address may use http: use https";
  if (url.port === "0") return "port 0 is not a port a site can be served on";
  if (url.hostname.endsWith(".")) return "the host name ends with a dot";
  return undefined;
}

/**
 * The origin the site is served from (scheme, host and port), without a trailing slash: SITE_URL
 * when it is set, else the address the host gives its build (Netlify, Cloudflare Pages, Vercel),
 * else the local preview's. For a build (`forBuild`) on a CI or host machine without an address,
 * a localhost address would be published in every canonical URL, preview image and feed, so it
 * stops instead; checking types or previewing there needs no address.
 *
 * @example resolveSiteUrl({ SITE_URL: "https://example.org/" }) // "https://example.org"
 * @example resolveSiteUrl({ CF_PAGES: "1", CF_PAGES_URL: "https://inw.pages.dev" }) // "https://inw.pages.dev"
 */
export function resolveSiteUrl(env: Environment, { forBuild = false } = {}): string {
  const given = [
    { variable: "SITE_URL", value: env.SITE_URL },
    ...HOST_ADDRESSES.filter(({ onlyWith }) => env[onlyWith]).map(({ variable, scheme }) => ({
      variable,
      value: env[variable] && `${scheme}${env[variable]}`,
    })),
  ].find(({ value }) => value !== undefined && value !== "");
  if (!given) {
    const service = BUILD_SERVICE_FLAGS.find((flag) => env[flag]);
    if (forBuild && service) {
      throw new RangeError(
        `SITE_URL is not set, and this is a build on a CI or host (${service} is set) that gives no address of its own: set SITE_URL to the site's https origin, such as SITE_URL=https://example.org, so its links do not point at ${DEFAULT_SITE_URL}.`,
      );
    }
    return DEFAULT_SITE_URL;
  }
  const problem = addressProblem(given.value!);
  if (problem) {
    throw new RangeError(
      `${given.variable}=${JSON.stringify(given.value)} is not valid as the site's address: ${problem}. Set SITE_URL to the site's origin, such as https://example.org, or leave it unset for ${DEFAULT_SITE_URL} on a local build.`,
    );
  }
  return new URL(given.value!).origin;
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
