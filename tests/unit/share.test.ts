import { describe, expect, test } from "vitest";
import { parseHttpUrl, shareLinks } from "../../src/lib/share";

const labels = {
  linkedin: "Share on LinkedIn",
  x: "Share on X",
  facebook: "Share on Facebook",
  email: "Share by email",
};
const input = {
  url: "https://example.org/inw/2027/?from=share",
  text: "International Networking Week 2027: 1–5 February & more",
  hashtag: "#NetworkingWeek",
  labels,
};

function linkFor(network: string, links = shareLinks(input)): URL {
  const link = links.find((candidate) => candidate.network === network);
  if (!link) throw new Error(`no ${network} link`);
  return new URL(link.href);
}

describe("shareLinks", () => {
  test("gives LinkedIn, X, Facebook and email links, each with a label", () => {
    const links = shareLinks(input);
    expect(links.map((link) => link.network)).toEqual(["linkedin", "x", "facebook", "email"]);
    for (const link of links) expect(link.label).toMatch(/^Share (on|by) \S/);
  });

  test("passes the page URL to LinkedIn's share-offsite page", () => {
    const url = linkFor("linkedin");
    expect(`${url.origin}${url.pathname}`).toBe("https://www.linkedin.com/sharing/share-offsite/");
    expect(url.searchParams.get("url")).toBe(input.url);
  });

  test("passes the text, URL and hashtag without its # to X's post intent", () => {
    const url = linkFor("x");
    expect(`${url.origin}${url.pathname}`).toBe("https://x.com/intent/post");
    expect(url.searchParams.get("text")).toBe(input.text);
    expect(url.searchParams.get("url")).toBe(input.url);
    expect(url.searchParams.get("hashtags")).toBe("NetworkingWeek");
  });

  test("passes the page URL to Facebook's sharer", () => {
    const url = linkFor("facebook");
    expect(`${url.origin}${url.pathname}`).toBe("https://www.facebook.com/sharer/sharer.php");
    expect(url.searchParams.get("u")).toBe(input.url);
  });

  test("puts the text in the email subject, and text, hashtag and URL in its body", () => {
    const url = linkFor("email");
    expect(url.protocol).toBe("mailto:");
    expect(url.pathname).toBe("");
    expect(url.searchParams.get("subject")).toBe(input.text);
    expect(url.searchParams.get("body")).toBe(`${input.text} #NetworkingWeek\r\n\r\n${input.url}`);
  });

  test("encodes spaces as %20, never +, and leaves no raw space, & or # in a query", () => {
    for (const { href } of shareLinks(input)) {
      const query = href.slice(href.indexOf("?") + 1);
      expect(query).not.toMatch(/[ +#]/);
      expect(query.split("&").every((pair) => /^[a-z]+=[^=&]*$/.test(pair))).toBe(true);
    }
    expect(shareLinks(input)[3]?.href).toContain("subject=International%20Networking%20Week");
  });

  test("accepts the hashtag without its # and leaves it out when there is none", () => {
    expect(linkFor("x", shareLinks({ ...input, hashtag: "NetworkingWeek" })).href).toBe(
      linkFor("x").href,
    );
    const withoutHashtag = shareLinks({ url: input.url, text: input.text, labels });
    expect(linkFor("x", withoutHashtag).searchParams.has("hashtags")).toBe(false);
    expect(linkFor("email", withoutHashtag).searchParams.get("body")).toBe(
      `${input.text}\r\n\r\n${input.url}`,
    );
  });

  test.each(["/inw/2027/", "example.org/2027/", "javascript:alert(1)", "mailto:a@example.org", ""])(
    "rejects the page URL %j with a RangeError naming it",
    (url) => {
      expect(() => shareLinks({ ...input, url })).toThrow(RangeError);
      expect(() => shareLinks({ ...input, url })).toThrow(
        `Invalid share URL ${JSON.stringify(url)}`,
      );
    },
  );

  test.each(["Networking Week", "#", "a,b"])("rejects the hashtag %j", (hashtag) => {
    expect(() => shareLinks({ ...input, hashtag })).toThrow(RangeError);
  });

  test("rejects empty text", () => {
    expect(() => shareLinks({ ...input, text: "  " })).toThrow(RangeError);
  });
});

describe("parseHttpUrl", () => {
  test("reads an absolute https URL", () => {
    expect(parseHttpUrl("https://example.org/inw/", "site URL").pathname).toBe("/inw/");
  });

  test("names what it was reading in its error", () => {
    expect(() => parseHttpUrl("nope", "site URL")).toThrow('Invalid site URL "nope"');
  });
});
