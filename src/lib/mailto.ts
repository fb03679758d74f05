/**
 * `mailto:` links that open the reader's mail program with a message written out, as RFC 6068
 * asks: every character of the subject and body percent-encoded (a space as %20, never "+",
 * which mail programs would show), and the body's line breaks as CRLF.
 */

export interface MailMessage {
  subject: string;
  /** The message, its lines separated by "\n" (or "\r\n"). */
  body: string;
}

/**
 * A `mailto:` link with no recipient, so the reader chooses whom to send the message to.
 *
 * @example mailtoLink({ subject: "Hello there", body: "Line 1\nLine 2" })
 * // "mailto:?subject=Hello%20there&body=Line%201%0D%0ALine%202"
 */
export function mailtoLink({ subject, body }: MailMessage): string {
  if (subject.trim() === "" || /[\r\n]/.test(subject)) {
    throw new RangeError(
      `Invalid e-mail subject ${JSON.stringify(subject)}: expected one line of text, not empty.`,
    );
  }
  if (body.trim() === "") {
    throw new RangeError(`Invalid e-mail body ${JSON.stringify(body)}: expected some text.`);
  }
  const crlfBody = body.replace(/\r?\n/g, "\r\n");
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlfBody)}`;
}
