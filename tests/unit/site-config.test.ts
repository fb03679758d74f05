import { describe, expect, test } from "vitest";
import { DEFAULT_SITE_URL, resolveBasePath, resolveSiteUrl } from "../../src/lib/site-config";

describe("resolveSiteUrl", () => {
  test("defaults to the local preview origin", () => {
    expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
  });

  test.each([
    ["https://example.org", "https://example.org"],
    ["https://example.org/", "https://example.org"],
    ["https://user.github.io/inw/", "https://user.github.io/inw"],
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
