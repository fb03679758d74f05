import { describe, expect, test } from "vitest";
import {
  absoluteUrl,
  DEFAULT_SITE_URL,
  resolveBasePath,
  resolveSiteUrl,
  withBase,
} from "../../src/lib/site-config";

describe("resolveSiteUrl", () => {
  test("defaults to the local preview origin on a local build", () => {
    expect(resolveSiteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(resolveSiteUrl({ SITE_URL: "" })).toBe(DEFAULT_SITE_URL);
  });

  test.each([
    [{ SITE_URL: "https://example.org" }, "https://example.org"],
    [{ SITE_URL: "https://example.org/" }, "https://example.org"],
    [{ SITE_URL: "http://127.0.0.1:8080" }, "http://127.0.0.1:8080"],
    [{ SITE_URL: "http://localhost:4321", CI: "true" }, "http://localhost:4321"],
    [{ NETLIFY: "true", URL: "https://inw.netlify.app" }, "https://inw.netlify.app"],
    [{ CF_PAGES: "1", CF_PAGES_URL: "https://example.pages.dev" }, "https://example.pages.dev"],
    [{ VERCEL: "1", VERCEL_PROJECT_PRODUCTION_URL: "inw.vercel.app" }, "https://inw.vercel.app"],
    [
      { SITE_URL: "https://example.org", CF_PAGES: "1", CF_PAGES_URL: "https://x.pages.dev" },
      "https://example.org",
    ],
    // A variable named URL means nothing off Netlify.
    [{ URL: "https://elsewhere.example" }, DEFAULT_SITE_URL],
  ])("reads %j as %s", (env, expected) => {
    expect(resolveSiteUrl(env)).toBe(expected);
  });

  test.each([
    [{ CI: "true" }, "CI"],
    [{ NETLIFY: "true" }, "NETLIFY"],
    [{ CF_PAGES: "1", CF_PAGES_URL: "" }, "CF_PAGES"],
    [{ VERCEL: "1" }, "VERCEL"],
  ])("stops a CI or host build without an address (%j), naming SITE_URL", (env, flag) => {
    expect(resolveSiteUrl(env), "checking or previewing needs no address").toBe(DEFAULT_SITE_URL);
    expect(() => resolveSiteUrl(env, { forBuild: true })).toThrow(
      `SITE_URL is not set, and this is a build on a CI or host (${flag} is set)`,
    );
  });

  test.each([
    ["SITE_URL", "example.org"],
    ["SITE_URL", "ftp://example.org"],
    ["SITE_URL", "https://example.org/?a=1"],
    ["SITE_URL", "https://example.org/#x"],
    ["SITE_URL", "https://example.org/inw/"],
    ["SITE_URL", "http://example.org"],
    ["SITE_URL", "https://example.org:0"],
    ["SITE_URL", "https://example.org."],
    ["CF_PAGES_URL", "http://example.pages.dev"],
  ])("rejects %s=%j, naming the variable and the value", (variable, value) => {
    expect(() => resolveSiteUrl({ CF_PAGES: "1", [variable]: value })).toThrow(
      `${variable}=${JSON.stringify(value)} is not valid as the site's address`,
    );
  });
});

describe("resolveBasePath", () => {
  test.each([
    [undefined, "/"],
    ["", "/"],
    ["/", "/"],
    ["//", "/"],
    ["inw", "/inw/"],
    ["/inw", "/inw/"],
    ["/inw/", "/inw/"],
    ["/a/b/", "/a/b/"],
  ])("reads %j as %s", (value, expected) => {
    expect(resolveBasePath(value)).toBe(expected);
  });

  test.each(["/in w/", "/../", "/a?b/", "/é/"])("rejects BASE_PATH=%j, naming it", (value) => {
    expect(() => resolveBasePath(value)).toThrow(`BASE_PATH=${JSON.stringify(value)} is not valid`);
  });
});

describe("withBase and absoluteUrl", () => {
  test.each([
    ["/", "/", "/"],
    ["/", "/2027/", "/2027/"],
    ["/inw/", "/", "/inw/"],
    ["/inw/", "/2027/", "/inw/2027/"],
    ["/inw/", "og/home.png", "/inw/og/home.png"],
  ])("puts %s before %s as %s", (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });

  test("builds absolute URLs on the origin", () => {
    expect(absoluteUrl("https://example.org", "/inw/", "/2027/")).toBe(
      "https://example.org/inw/2027/",
    );
  });
});
