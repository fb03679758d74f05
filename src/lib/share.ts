/**
 * Plain share links: ordinary `<a href>` targets that work without JavaScript, so sharing never
 * depends on a network's script or on the Web Share API.
 */

type ShareNetwork = "linkedin" | "x" | "facebook" | "email";

export interface ShareLink {
  network: ShareNetwork;
  /** The link's visible text, such as "Share on LinkedIn". */
  label: string;
  href: string;
}

export interface ShareInput {
  /** The absolute http(s) URL of the page to share. */
  url: string;
  /** The sentence that goes with the link (the post text, the email subject). */
  text: string;
  /** A hashtag, with or without its leading "#", such as "NetworkingWeek". */
  hashtag?: string;
  /** Each link's visible text, in the page's language. */
  labels: Record<ShareNetwork, string>;
}

/**
 * Reads an absolute http or https URL, rejecting anything else (a relative path, `javascript:`,
 * `mailto:`), so a bad link never reaches a page or a calendar.
 *
 * @example parseHttpUrl("https://example.org/inw/2027/", "page URL").pathname // "/inw/2027/"
 */
export function parseHttpUrl(value: string, what: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new RangeError(
      `Invalid ${what} ${JSON.stringify(value)}: expected an absolute http or https URL, such as https://example.org/2027/.`,
    );
  }
  return url;
}

// X's `hashtags` parameter is a comma-separated list, and a hashtag ends at the first space or
// punctuation mark, so only letters, digits and underscores can be passed through intact.
const HASHTAG_PATTERN = /^[\p{L}\p{N}_]+$/u;

function parseHashtag(hashtag: string): string {
  const withoutHash = hashtag.replace(/^#/, "");
  if (!HASHTAG_PATTERN.test(withoutHash)) {
    throw new RangeError(
      `Invalid hashtag ${JSON.stringify(hashtag)}: expected letters, digits or underscores, with or without a leading "#", such as NetworkingWeek.`,
    );
  }
  return withoutHash;
}

// Built with encodeURIComponent rather than URLSearchParams: URLSearchParams writes a space as
// "+", which mail clients show literally in a mailto: subject or body (RFC 6068 wants %20).
function queryString(parameters: Record<string, string>): string {
  return Object.entries(parameters)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");
}

/**
 * Share links for LinkedIn, X, Facebook and email, for one page and one sentence.
 *
 * @example
 * shareLinks({ url: "https://example.org/2027/", text: "Networking Week starts 1 February", hashtag: "NetworkingWeek", labels: stringsOf("en").share.networks })[0]
 * // { network: "linkedin", label: "Share on LinkedIn",
 * //   href: "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.org%2F2027%2F" }
 */
export function shareLinks({ url, text, hashtag, labels }: ShareInput): ShareLink[] {
  const pageUrl = parseHttpUrl(url, "share URL").href;
  if (text.trim() === "") {
    throw new RangeError(
      `Invalid share text ${JSON.stringify(text)}: expected a non-empty sentence.`,
    );
  }
  const tag = hashtag === undefined ? undefined : parseHashtag(hashtag);
  const postText = { text, url: pageUrl, ...(tag === undefined ? {} : { hashtags: tag }) };
  // RFC 6068 asks for CRLF line breaks in a mailto: body.
  const emailBody = [tag === undefined ? text : `${text} #${tag}`, pageUrl].join("\r\n\r\n");
  return [
    {
      network: "linkedin",
      label: labels.linkedin,
      href: `https://www.linkedin.com/sharing/share-offsite/?${queryString({ url: pageUrl })}`,
    },
    {
      network: "x",
      label: labels.x,
      href: `https://x.com/intent/post?${queryString(postText)}`,
    },
    {
      network: "facebook",
      label: labels.facebook,
      href: `https://www.facebook.com/sharer/sharer.php?${queryString({ u: pageUrl })}`,
    },
    {
      network: "email",
      label: labels.email,
      href: `mailto:?${queryString({ subject: text, body: emailBody })}`,
    },
  ];
}
