/**
 * Progressive enhancements for sharing. Without JavaScript the hashtag stays selectable and a
 * plain link to the page stands in for "copy link"; with it, copy buttons take their place, and
 * a native share button appears where the browser has the Web Share API. When the browser will
 * not copy or share after all, the status line says so, and a copy's text is shown to copy by hand.
 */

type Outcome = "copied" | "copyFailed" | "shareFailed";

/** The status line near an element, which holds each outcome's words as a data attribute. */
function statusNear(element: Element): HTMLElement | null | undefined {
  return element.closest("section, div")?.querySelector<HTMLElement>("[data-copy-status]");
}

/** Reports an outcome in the nearby status line; a failed copy also shows the text to copy. */
function showStatus(element: Element, outcome: Outcome, textToCopy?: string): void {
  const status = statusNear(element);
  if (!status) return;
  status.textContent = status.dataset[outcome] ?? "";
  if (textToCopy !== undefined) {
    const text = document.createElement("span");
    text.className = "copy-by-hand";
    text.textContent = textToCopy;
    status.append(" ", text);
  }
}

/**
 * What a copy button copies: its `data-copy`, or the text of the element its `data-copy-from`
 * names, so that a long text (a post, an e-mail) is in the page once.
 */
function textToCopy(element: HTMLElement): string {
  const { copy, copyFrom } = element.dataset;
  if (copy !== undefined) return copy;
  return (copyFrom && document.getElementById(copyFrom)?.textContent) || "";
}

async function copy(element: HTMLElement): Promise<void> {
  const text = textToCopy(element);
  try {
    await navigator.clipboard.writeText(text);
    showStatus(element, "copied");
  } catch {
    showStatus(element, "copyFailed", text);
  }
}

/** Elements with `data-copy` or `data-copy-from` copy their text when activated, where the browser can copy. */
function enableCopyButtons(root: ParentNode): void {
  if (typeof navigator.clipboard?.writeText !== "function") return;
  for (const fallback of root.querySelectorAll<HTMLElement>("[data-copy-fallback]")) {
    fallback.hidden = true;
  }
  for (const element of root.querySelectorAll<HTMLElement>("[data-copy], [data-copy-from]")) {
    element.hidden = false;
    element.addEventListener("click", () => void copy(element));
  }
}

async function share(button: HTMLButtonElement): Promise<void> {
  const { shareUrl: url, shareText: text } = button.dataset;
  try {
    await navigator.share({ url, text });
  } catch (error) {
    // A reader closing the share sheet is no failure: only that stays silent.
    if (!(error instanceof DOMException && error.name === "AbortError")) {
      showStatus(button, "shareFailed");
    }
  }
}

/** Buttons with `data-share-url` open the device's own share sheet. */
function enableNativeShare(root: ParentNode): void {
  if (typeof navigator.share !== "function") return;
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-share-url]")) {
    button.hidden = false;
    button.addEventListener("click", () => void share(button));
  }
}

// A module runs once per page, however many components import it: each button gets one handler.
enableCopyButtons(document);
enableNativeShare(document);
