/**
 * The `_headers` file of the built site (public/_headers, copied as it is), read the way Netlify and
 * Cloudflare Pages read it, and applied to every file of the build: each gets the security headers,
 * and the caching and content type meant for its kind, on both hosts.
 *
 * The two hosts differ when several rules match one path. Cloudflare Pages applies them all, in
 * order, and joins two values of one header with a comma (workers-sdk, pages-shared/asset-server);
 * Netlify keeps the later rule's value (netlify/build, headers-parser). The test computes both.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, test } from "vitest";
import { builtSite } from "../helpers/build";
import { servedPath } from "../helpers/static-server";

const dir = builtSite("default");
const HEADERS_FILE = join(dir, "_headers");

/** One block of the file: a path pattern and the headers it sets (or, Cloudflare only, removes). */
interface HeaderRule {
  path: string;
  /** The line the path is on, from 1. */
  line: number;
  set: [name: string, value: string][];
  unset: string[];
}

/**
 * Reads a `_headers` file: a path on a line of its own, then its headers indented below it as
 * `Name: value`; `#` starts a comment line. Returns the rules and a message per line it cannot read.
 */
function parseHeadersFile(text: string): { rules: HeaderRule[]; errors: string[] } {
  const rules: HeaderRule[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const indented = /^\s/.test(raw);
    if (!indented) {
      if (trimmed.startsWith("/") || trimmed.startsWith("https://")) {
        rules.push({ path: trimmed, line, set: [], unset: [] });
      } else {
        errors.push(`line ${line}: a path must start with / or https://: ${trimmed}`);
      }
      return;
    }
    const rule = rules.at(-1);
    if (!rule) {
      errors.push(`line ${line}: a header before any path: ${trimmed}`);
      return;
    }
    if (trimmed.startsWith("!")) {
      rule.unset.push(trimmed.slice(1).trim());
      return;
    }
    const colon = trimmed.indexOf(":");
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    if (colon <= 0 || !/^[A-Za-z0-9-]+$/.test(name) || value === "") {
      errors.push(`line ${line}: expected "Name: value", got: ${trimmed}`);
      return;
    }
    rule.set.push([name, value]);
  });
  return { rules, errors };
}

function escapeRegExp(text: string): string {
  return text.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&");
}

/** Cloudflare Pages' matching: one greedy splat, `:name` for one segment, the whole path. */
function cloudflarePattern(path: string): RegExp {
  const pattern = path
    .split("*")
    .map(escapeRegExp)
    .join("(.*)")
    .replace(/:[A-Za-z]\w*/g, "([^/]+)");
  return new RegExp(`^${pattern}$`);
}

/**
 * Netlify's matching: segment by segment, a lone `*` matching the rest (slashes too), `:name` one
 * segment, an optional trailing slash, any letter case.
 */
function netlifyPattern(path: string): RegExp {
  const parts = path
    .split("/")
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(":")) return "([^/]+)";
      if (part === "*") return "?(.*)";
      if (part.includes("*")) return part.split("*").map(escapeRegExp).join("(.*)");
      return escapeRegExp(part);
    });
  return new RegExp(`^/${parts.join("/")}/?$`, "i");
}

/** The headers a path gets on Cloudflare Pages, names lowercased, with how many rules set each. */
function cloudflareHeaders(rules: HeaderRule[], path: string) {
  const headers = new Map<string, string>();
  const setters = new Map<string, number>();
  for (const rule of rules) {
    if (!cloudflarePattern(rule.path).test(path)) continue;
    for (const name of rule.unset) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, previous === undefined ? value : `${previous}, ${value}`);
      setters.set(key, (setters.get(key) ?? 0) + 1);
    }
  }
  return { headers: Object.fromEntries(headers), setters: Object.fromEntries(setters) };
}

/** The headers a path gets on Netlify, names lowercased: a later matching rule wins. */
function netlifyHeaders(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!netlifyPattern(rule.path).test(path)) continue;
    for (const [name, value] of rule.set) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/** Every file of the built site as the URL path a host serves it at: `2027/index.html` → `/2027/`. */
function servedPaths(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((file) => file !== "_headers" && file !== "_redirects")
    .map((file) => `/${servedPath(file)}`)
    .sort();
}

const SECURITY_HEADERS = {
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  // Only frame-ancestors: the pages carry the rest of the policy in a <meta>, and two policies
  // would both be enforced.
  "content-security-policy": "frame-ancestors 'none'",
};
const DENIED_FEATURES = [
  "camera",
  "microphone",
  "geolocation",
  "browsing-topics",
  "interest-cohort",
];
const SHORT_HTML_CACHE = "public, max-age=300, must-revalidate";

/** The kind of file a path serves, which decides its caching and content type. */
function kindOf(path: string): "page" | "asset" | "calendar" | "preview" | "dates" | "other" {
  if (path.endsWith("/") || path.endsWith(".html")) return "page";
  if (path.startsWith("/_astro/")) return "asset";
  if (path.endsWith(".ics")) return "calendar";
  if (path.startsWith("/og/")) return "preview";
  if (path === "/dates.json") return "dates";
  return "other";
}

/**
 * The caching and content type of each kind of file (no type: the host's own). Pages change with
 * the date; /_astro/ files are named after their content; images change at most once a day.
 */
const BY_KIND = {
  page: { cache: SHORT_HTML_CACHE },
  asset: { cache: "public, max-age=31536000, immutable" },
  calendar: { cache: "public, max-age=3600", type: "text/calendar; charset=utf-8" },
  preview: { cache: "public, max-age=86400" },
  dates: { cache: SHORT_HTML_CACHE, type: "application/json; charset=utf-8" },
};

describe("the default build's _headers file", () => {
  const text = existsSync(HEADERS_FILE) ? readFileSync(HEADERS_FILE, "utf8") : "";
  const { rules, errors } = parseHeadersFile(text);
  const paths = servedPaths(dir);

  test("is in the build, and every line of it reads as a path, a header or a comment", () => {
    expect(existsSync(HEADERS_FILE), `${HEADERS_FILE} exists (public/_headers)`).toBe(true);
    expect(errors).toEqual([]);
    expect(rules.length).toBeGreaterThan(0);
  });

  test("stays within what both hosts accept", () => {
    // Cloudflare Pages: at most 100 rules, 2,000 characters a line, one splat a path.
    expect(rules.length).toBeLessThanOrEqual(100);
    expect(text.split(/\r?\n/).filter((line) => line.length > 2000)).toEqual([]);
    expect(
      rules.filter((rule) => rule.path.split("*").length > 2).map((rule) => rule.path),
    ).toEqual([]);
    expect(rules.filter((rule) => rule.set.length === 0).map((rule) => rule.path)).toEqual([]);
    // Each path once: Cloudflare merges a repeated path into one rule, Netlify keeps both.
    const seen = rules.map((rule) => rule.path);
    expect(seen.filter((path, index) => seen.indexOf(path) !== index)).toEqual([]);
    // "! Name" removes a header on Cloudflare, but Netlify skips the line: it would differ.
    expect(rules.flatMap((rule) => rule.unset)).toEqual([]);
  });

  test("no two rules that match one file set the same header (Cloudflare would join them)", () => {
    const doubled = paths.flatMap((path) =>
      Object.entries(cloudflareHeaders(rules, path).setters)
        .filter(([, count]) => count > 1)
        .map(([name, count]) => `${path}: ${name} set by ${count} rules`),
    );
    expect(doubled).toEqual([]);
  });

  test("Netlify and Cloudflare Pages send the same headers for every page, asset, feed and image", () => {
    // The other files (favicon, sitemaps) differ in one way only: Netlify reads the pages' rule
    // "/*/" as "/*", so they get the pages' short caching there, and the host's default on
    // Cloudflare Pages. Both are short; the rest must be the same.
    const differing = paths.filter((path) => {
      const cloudflare = cloudflareHeaders(rules, path).headers;
      const netlify = netlifyHeaders(rules, path);
      if (kindOf(path) === "other") {
        return (
          JSON.stringify(sortKeys({ ...netlify, "cache-control": "" })) !==
            JSON.stringify(sortKeys({ ...cloudflare, "cache-control": "" })) ||
          ![undefined, SHORT_HTML_CACHE].includes(netlify["cache-control"])
        );
      }
      return JSON.stringify(sortKeys(cloudflare)) !== JSON.stringify(sortKeys(netlify));
    });
    expect(differing).toEqual([]);
  });

  test("every file gets the security headers", () => {
    for (const path of paths) {
      const { headers } = cloudflareHeaders(rules, path);
      expect(headers, path).toMatchObject(SECURITY_HEADERS);
      const policy = (headers["permissions-policy"] ?? "").split(/\s*,\s*/);
      for (const feature of DENIED_FEATURES) {
        expect(policy, `${path}: Permissions-Policy`).toContain(`${feature}=()`);
      }
    }
  });

  test.each(Object.entries(BY_KIND))("every %s file gets %o", (kind, expected) => {
    const files = paths.filter((path) => kindOf(path) === kind);
    expect(files.length, `a ${kind} file in the build`).toBeGreaterThan(0);
    for (const path of files) {
      const { headers } = cloudflareHeaders(rules, path);
      expect({ cache: headers["cache-control"], type: headers["content-type"] }, path).toEqual({
        type: undefined,
        ...expected,
      });
    }
  });
});

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
