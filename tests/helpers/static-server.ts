/**
 * A small static file server for a built site, and the list of its pages read from the built
 * sitemap. Imports nothing but node: modules and uses only erasable TypeScript, so the scripts
 * import it directly under Node's own type stripping.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, relative, resolve, sep } from "node:path";

/** Content types of the kinds of file the site has, as a static host would send them. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".pdf": "application/pdf",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  origin: string;
  /** The base path the site is served under, with a leading and a trailing slash. */
  basePath: string;
  /** The absolute URL of a path inside the site: `url("dates/")` → `http://127.0.0.1:PORT/base/dates/`. */
  url(path?: string): string;
  /** Stops the server; resolves when every connection is closed. */
  close(): Promise<void>;
}

/**
 * Maps a request path to a file under `root`, the way a static host does: `/x/` → `x/index.html`.
 * Returns a redirect for a folder asked for without its trailing slash, or undefined when nothing
 * matches (or the path tries to leave `root`).
 */
function resolveRequest(
  root: string,
  basePath: string,
  pathname: string,
): { file: string } | { redirect: string } | undefined {
  if (`${pathname}/` === basePath) return { redirect: basePath };
  if (!pathname.startsWith(basePath)) return undefined;
  let inside: string;
  try {
    inside = decodeURIComponent(pathname.slice(basePath.length));
  } catch {
    return undefined;
  }
  if (inside.includes("\0")) return undefined;
  const target = resolve(root, inside);
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  if (!existsSync(target)) return undefined;
  const stats = statSync(target);
  if (stats.isDirectory()) {
    if (!pathname.endsWith("/")) return { redirect: `${pathname}/` };
    const index = join(target, "index.html");
    return existsSync(index) ? { file: index } : undefined;
  }
  if (pathname.endsWith("/")) return undefined;
  return { file: target };
}

/**
 * Serves the files of `dir` on 127.0.0.1 and a free port, under the base path its sitemap gives,
 * with a 404 status and the site's own 404.html for anything missing. Whoever starts it closes it.
 *
 * @example const server = await serveStatic("dist"); await fetch(server.url("dates/")); await server.close();
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const { basePath } = readBuiltSitemap(root);
  const notFoundPage = join(root, "404.html");

  const server = createServer((request, response) => {
    void (async () => {
      const method = request.method ?? "GET";
      if (method !== "GET" && method !== "HEAD") {
        response.writeHead(405, { allow: "GET, HEAD" }).end();
        return;
      }
      const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
      const found = resolveRequest(root, basePath, pathname);
      if (found && "redirect" in found) {
        response.writeHead(301, { location: found.redirect }).end();
        return;
      }
      let status = 200;
      let file = found?.file;
      if (!file) {
        status = 404;
        file = existsSync(notFoundPage) ? notFoundPage : undefined;
      }
      const body = file ? await readFile(file) : Buffer.from("Not found\n");
      const type = file
        ? (CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream")
        : "text/plain; charset=utf-8";
      response.writeHead(status, {
        "content-type": type,
        "content-length": body.length,
        "cache-control": "no-store",
      });
      response.end(method === "HEAD" ? undefined : body);
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end(String(error));
    });
  });

  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    basePath,
    url: (path = "") => `${origin}${basePath}${path.replace(/^\/+/, "")}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

export interface BuiltSitemap {
  /** The site's root as the build saw it (SITE_URL + BASE_PATH), with a trailing slash. */
  siteRoot: string;
  /** The base path, taken from the site root: `/` or `/inw/`. */
  basePath: string;
  /** Every page the sitemap lists, as a path relative to the site root: `""`, `"dates/"`, `"2027/"`. */
  pages: string[];
}

/** The text of every `<loc>` in an XML sitemap or sitemap index. */
function locations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) =>
    (match[1] ?? "").replace(/&amp;/g, "&"),
  );
}

/**
 * Reads the built sitemap (sitemap-index.xml, then each sitemap-*.xml it lists) and returns its
 * pages relative to the site root, so they can be opened on any local origin.
 */
export function readBuiltSitemap(dir: string): BuiltSitemap {
  const index = join(dir, "sitemap-index.xml");
  if (!existsSync(index)) throw new Error(`${index} is missing: build the site first`);
  const sitemaps = locations(readFileSync(index, "utf8"));
  const first = sitemaps[0];
  if (!first) throw new Error(`${index} lists no sitemap`);
  // The sitemaps sit at the root of the site, so the first one's folder is SITE_URL + BASE_PATH.
  const siteRoot = new URL(".", first).href;
  const pages = new Set<string>();
  for (const sitemap of sitemaps) {
    if (!sitemap.startsWith(siteRoot)) throw new Error(`${sitemap} is outside ${siteRoot}`);
    const file = join(dir, decodeURIComponent(sitemap.slice(siteRoot.length)));
    for (const loc of locations(readFileSync(file, "utf8"))) {
      if (!loc.startsWith(siteRoot)) throw new Error(`${file} lists ${loc}, outside ${siteRoot}`);
      pages.add(loc.slice(siteRoot.length));
    }
  }
  return { siteRoot, basePath: new URL(siteRoot).pathname, pages: [...pages] };
}

/** The path a built file is served at, from the site root: `dates/index.html` → `dates/`. */
export function servedPath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, "$1");
}

/** Every .html file under `dir`, as a path relative to it with forward slashes, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}
