/**
 * Every page of every language in Chromium, as a visitor's browser gets it, the site's own CSP in
 * force: axe-core finds no WCAG 2.0, 2.1 or 2.2 A or AA violation at phone and desktop width, in
 * light and dark; the page asks nothing of another origin, breaks no CSP rule and logs no error.
 * Then the keyboard: the skip link and a visible focus on everything Tab reaches.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtSite } from "../helpers/build";
import { describeWithBrowser, keepToOrigin, launchBrowser } from "../helpers/browser";
import { readBuiltSitemap, serveStatic, type StaticServer } from "../helpers/static-server";
import { LANGUAGE_CODES, localizedPath, type Language } from "../../src/i18n/languages";
import { languageOfPage } from "../helpers/site";

const dir = builtSite("default");
/** Every page of the sitemap and the 404 page of every language, relative to the site root. */
const pages = [
  ...readBuiltSitemap(dir).pages,
  ...LANGUAGE_CODES.map((code) => localizedPath(code, "/404.html").slice(1)),
];

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. No rule is turned off: add one only with the reason. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

const SETTINGS = [
  { name: "phone, light", width: 375, height: 812, colorScheme: "light" },
  { name: "phone, dark", width: 375, height: 812, colorScheme: "dark" },
  { name: "desktop, light", width: 1280, height: 800, colorScheme: "light" },
  { name: "desktop, dark", width: 1280, height: 800, colorScheme: "dark" },
] as const;

/**
 * The settings a page is checked in. English and the languages of other scripts (Hebrew, right to
 * left; Chinese) have each page that is not a year page in all four: each lays the page out in its
 * own way. Every other page, one in each setting in turn: the Latin-script translations share
 * English's layout with other words, and the year pages are thirty of one template per language,
 * so each setting still sees pages of every language.
 */
const IN_EVERY_SETTING: readonly Language[] = ["en", "he", "zh-hant"];
function settingsFor(path: string, index: number): (typeof SETTINGS)[number][] {
  const isYearPage = /(^|\/)\d{4}\/$/.test(path);
  return IN_EVERY_SETTING.includes(languageOfPage(`/${path}`)) && !isYearPage
    ? [...SETTINGS]
    : [SETTINGS[index % SETTINGS.length]!];
}

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/**
 * Runs axe-core on the page: the first time through AxeBuilder, which puts axe in the page; again
 * (another width or color scheme) the same way AxeBuilder runs it, without sending its 1.5 MB
 * source again. Legacy mode runs axe in the page itself: the site has no frames to reach. Only the
 * violations are reported in full: the passes would only cost time.
 */
async function runAxe(page: Page, first: boolean): Promise<AxeResults> {
  if (first) {
    return new AxeBuilder({ page })
      .options({ resultTypes: ["violations"] })
      .withTags(WCAG_TAGS)
      .setLegacyMode()
      .analyze();
  }
  type InPage = { axe: { run(context: Document, options: object): Promise<AxeResults> } };
  return page.evaluate(
    (tags) =>
      (window as unknown as InPage).axe.run(document, {
        resultTypes: ["violations"],
        runOnly: { type: "tag", values: tags },
      }),
    WCAG_TAGS,
  );
}

/** One line per failing element: rule, impact, help, the element's selector and what to fix. */
function describeViolations(results: AxeResults, setting: string): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${setting}: ${violation.id} (${violation.impact ?? "?"}): ${violation.help} — ${node.target.join(" ")}\n` +
        `    ${(node.failureSummary ?? "").replace(/\n/g, "\n    ")}\n    ${violation.helpUrl}`,
    ),
  );
}

/** Records, in every page of the context, what the site's CSP blocked. */
function recordCspViolations(): void {
  const log: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = log;
  document.addEventListener(
    "securitypolicyviolation",
    (event) => log.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
    true,
  );
}

/**
 * What is wrong with the page's Content-Security-Policy <meta>: there must be one, in <head>, with
 * a default-src, and before every script or style, since it governs only what follows it (data
 * blocks such as JSON-LD never run, so they may come first). Runs in the page.
 */
function cspMetaProblems(): string[] {
  const metas = [...document.querySelectorAll<HTMLMetaElement>("meta[http-equiv]")].filter(
    (meta) => meta.httpEquiv.toLowerCase() === "content-security-policy",
  );
  const csp = metas[0];
  if (metas.length !== 1 || csp?.parentElement !== document.head) {
    return [`${metas.length} CSP <meta>, expected 1 in <head>`];
  }
  const problems = /(^|;)\s*default-src /.test(csp.content) ? [] : ["the CSP has no default-src"];
  for (const element of document.querySelectorAll<HTMLElement>(
    "script, style, link[rel~=stylesheet], link[rel~=modulepreload]",
  )) {
    const type = (element.getAttribute("type") ?? "").trim().toLowerCase();
    const runs =
      !(element instanceof HTMLScriptElement) ||
      /^(|module|(text|application)\/(java|ecma)script)$/.test(type);
    if (runs && element.compareDocumentPosition(csp) & Node.DOCUMENT_POSITION_FOLLOWING) {
      problems.push(`${element.outerHTML.slice(0, 80)} comes before the CSP`);
    }
  }
  return problems;
}

/** A browser tab and what went wrong in it since its last page began: its own listeners fill it. */
interface Tab {
  page: Page;
  problems: string[];
}

describeWithBrowser("every page in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  /** Tabs between two pages: each page reuses one, whose renderer has axe compiled already. */
  const freeTabs: Tab[] = [];

  beforeAll(async () => {
    server = await serveStatic(dir);
    browser = await launchBrowser();
    context = await browser.newContext({ reducedMotion: "reduce" });
    await keepToOrigin(context, server.origin);
    await context.addInitScript(recordCspViolations);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** A new tab that records requests for other origins, console errors and uncaught errors. */
  async function openTab(): Promise<Tab> {
    const tab: Tab = { page: await context.newPage(), problems: [] };
    tab.page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["data:", "blob:", "about:"].includes(url.protocol) && url.origin !== server.origin) {
        tab.problems.push(`asked another origin: ${request.resourceType()} ${request.url()}`);
      }
    });
    tab.page.on("console", (message) => {
      if (message.type() === "error") tab.problems.push(`console: ${message.text()}`);
    });
    tab.page.on("pageerror", (error) => tab.problems.push(`uncaught: ${error.message}`));
    return tab;
  }

  // Three pages at a time (maxConcurrency): two keep both cores busy with axe while the third
  // waits for its network to go quiet.
  test.concurrent.for(pages)(
    "/%s: no axe violation, no other origin, the CSP first and unbroken, no error",
    async (path, { expect }) => {
      const tab = freeTabs.pop() ?? (await openTab());
      tab.problems = [];
      const { page, problems } = tab;
      try {
        // The page is loaded once, in its first setting; its media queries follow the others.
        for (const [index, setting] of settingsFor(path, pages.indexOf(path)).entries()) {
          await page.setViewportSize(setting);
          await page.emulateMedia({ colorScheme: setting.colorScheme });
          if (index === 0) {
            const response = await page.goto(server.url(path), { waitUntil: "load" });
            if (response?.status() !== 200) problems.push(`HTTP ${response?.status()}`);
            problems.push(...(await page.evaluate(cspMetaProblems)));
          }
          problems.push(...describeViolations(await runAxe(page, index === 0), setting.name));
        }
        await page.waitForLoadState("networkidle");
        const blocked = await page.evaluate(
          () => (window as unknown as { cspViolations: string[] }).cspViolations,
        );
        problems.push(...blocked.map((violation) => `CSP: ${violation}`));
        expect(problems).toEqual([]);
      } finally {
        freeTabs.push(tab);
      }
    },
  );

  describe("keyboard", () => {
    /** Opens a page of the site at desktop width. */
    async function open(path: string): Promise<Page> {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(server.url(path), { waitUntil: "load" });
      return page;
    }

    test("on /, the first Tab reaches the skip link, and it moves focus to <main id=main>", async () => {
      const page = await open("");
      try {
        await page.keyboard.press("Tab");
        const first = await page.evaluate(() => {
          const active = document.activeElement;
          const box = active?.getBoundingClientRect();
          return {
            isSkipLink: active?.matches('a[href="#main"]') ?? false,
            html: active?.outerHTML.slice(0, 200) ?? "nothing",
            onScreen:
              !!box &&
              box.width > 0 &&
              box.height > 0 &&
              box.bottom > 0 &&
              box.right > 0 &&
              box.top < innerHeight &&
              box.left < innerWidth,
          };
        });
        expect(first.isSkipLink, `the first Tab focused ${first.html}`).toBe(true);
        expect(first.onScreen, "the focused skip link is on screen").toBe(true);

        await page.keyboard.press("Enter");
        const inMain = () =>
          page.evaluate(() => {
            const main = document.querySelector("main#main");
            return {
              hasMain: main !== null,
              focused: !!main && main.contains(document.activeElement),
              active: document.activeElement?.outerHTML.slice(0, 200) ?? "nothing",
            };
          });
        const afterEnter = await inMain();
        expect(afterEnter.hasMain, "the page has <main id=main>").toBe(true);
        if (!afterEnter.focused) {
          // A <main> without tabindex=-1 is not focused itself, but the skip link still moves
          // the sequential focus starting point into it: the next Tab must land inside <main>.
          await page.keyboard.press("Tab");
          const afterTab = await inMain();
          expect(
            afterTab.focused,
            `after the skip link, focus is on ${afterEnter.active}, then ${afterTab.active}`,
          ).toBe(true);
        }
      } finally {
        await page.close();
      }
    });

    test.each(["", "2027/"])(
      "on /%s, every element Tab reaches shows a visible focus indicator",
      async (path) => {
        const page = await open(path);
        try {
          const reached: { html: string; visible: boolean; style: string }[] = [];
          const seen = new Set<number>();
          for (let presses = 0; presses < 500; presses++) {
            await page.keyboard.press("Tab");
            const focus = await page.evaluate(() => {
              const element = document.activeElement;
              if (!element || element === document.body) return undefined;
              // Number each element the first time it is focused, to notice when Tab wraps around.
              const store = window as unknown as {
                focusIds?: WeakMap<Element, number>;
                focusCount?: number;
              };
              store.focusIds ??= new WeakMap();
              if (!store.focusIds.has(element)) {
                store.focusCount = (store.focusCount ?? 0) + 1;
                store.focusIds.set(element, store.focusCount);
              }
              // The indicator may be drawn by the element or, for a "stretched link" card, by its
              // ::before or ::after box: an outline or a box-shadow on any of the three counts.
              const shows = (style: CSSStyleDeclaration) => {
                const transparent = /^(transparent|rgba\(.*,\s*0\))$/.test(style.outlineColor);
                const outline =
                  style.outlineStyle !== "none" &&
                  parseFloat(style.outlineWidth) > 0 &&
                  !transparent;
                const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
                return outline || shadow;
              };
              const own = getComputedStyle(element);
              const pseudos = ["::before", "::after"]
                .map((pseudo) => getComputedStyle(element, pseudo))
                .filter((style) => style.content !== "none" && style.content !== "normal");
              return {
                id: store.focusIds.get(element) ?? -1,
                html: element.outerHTML.replace(/>[\s\S]*$/, ">").slice(0, 160),
                visible: shows(own) || pseudos.some(shows),
                style: `outline: ${own.outlineStyle} ${own.outlineWidth} ${own.outlineColor}; box-shadow: ${own.boxShadow}`,
              };
            });
            if (!focus || seen.has(focus.id)) break;
            seen.add(focus.id);
            reached.push(focus);
          }
          expect(reached.length, "Tab reaches at least one element").toBeGreaterThan(0);
          expect(
            reached
              .filter((focus) => !focus.visible)
              .map((focus) => `${focus.html} (${focus.style})`),
          ).toEqual([]);
        } finally {
          await page.close();
        }
      },
    );
  });
});
