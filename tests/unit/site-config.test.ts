import { describe, expect, test } from "vitest";
import {
  absoluteUrl,
  DEFAULT_SITE_URL,
  resolveBasePath,
  resolveSiteUrl,
  withBase,
} from "../../src/lib/site-config";

describe("resolveSiteUrl", () => {
  test("defaults to the local preview origin", () => {
    expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
  });

  test.each([
    ["https://example.org", "https://example.org"],
    ["https://example.org/", "https://example.org"],
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
  ])("accepts %s as %s", (value, expected) => {
    expect(resolveSiteUrl(value)).toBe(expected);
  });

  test.each([
    "example.org",
    "",
    "ftp://example.org",
    "https://example.org/?a=1",
    "https://example.org/#x",
  ])("rejects SITE_URL=%j, naming it", (value) => {
    expect(() => resolveSiteUrl(value)).toThrow(`SITE_URL=${JSON.stringify(value)} is not valid`);
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
