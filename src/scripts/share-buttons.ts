/**
 * Progressive enhancements for sharing. Without JavaScript the hashtag stays selectable and a
 * plain link to the page stands in for "copy link"; with it, copy buttons take their place, and
 * a native share button appears where the browser has the Web Share API.
 */

/** Reports on the copy in the nearby status line, in its `data-copied` or `data-copy-failed` words. */
function showStatus(element: Element, outcome: "copied" | "copyFailed"): void {
  const status = element.closest("section, div")?.querySelector<HTMLElement>("[data-copy-status]");
  if (status) status.textContent = status.dataset[outcome] ?? "";
}

/** Elements with `data-copy` copy that text when activated. */
function enableCopyButtons(root: ParentNode): void {
  if (!navigator.clipboard) return;
  for (const fallback of root.querySelectorAll<HTMLElement>("[data-copy-fallback]")) {
    fallback.hidden = true;
  }
  for (const element of root.querySelectorAll<HTMLElement>("[data-copy]")) {
    element.hidden = false;
    element.addEventListener("click", () => {
      navigator.clipboard.writeText(element.dataset.copy ?? "").then(
        () => showStatus(element, "copied"),
        () => showStatus(element, "copyFailed"),
      );
    });
  }
}

/** Buttons with `data-share-url` open the device's own share sheet. */
function enableNativeShare(root: ParentNode): void {
  if (!("share" in navigator)) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-share-url]")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const { shareUrl: url, shareText: text } = button.dataset;
      // A reader closing the share sheet rejects the promise: nothing to report.
      navigator.share({ url, text }).catch(() => undefined);
    });
  }
}

// A module runs once per page, however many components import it: each button gets one handler.
enableCopyButtons(document);
enableNativeShare(document);
