import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AxeResults, RuleObject } from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtSite, PROJECT_ROOT } from "../helpers/build";
import { describeWithBrowser, keepToOrigin, launchBrowser } from "../helpers/browser";
import { readBuiltSitemap, serveStatic, type StaticServer } from "../helpers/static-server";
import { languageOfPage } from "../helpers/site";
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, localizedPath } from "../../src/i18n/languages";

const dir = builtSite("default");
/** Every page of the sitemap and the 404 page of every language, relative to the site root. */
const pages = [
  ...readBuiltSitemap(dir).pages,
  ...LANGUAGE_CODES.map((code) => localizedPath(code, "/404.html").slice(1)),
];
const axeSource = readFileSync(join(PROJECT_ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * Rules turned off, each with the reason. None so far: add a rule here only with a sentence
 * saying why it cannot apply to this site.
 */
const DISABLED_RULES: Record<string, string> = {};

const SETTINGS_COUNT = 4;

/**
 * The pages checked in the `index`th of the four settings (width × color scheme): every English
 * page in all four, and every page of the other languages in one of them, in turn. The languages
 * share their markup and styles; what differs is their words, which one setting checks as well as
 * four, while the four settings still each see pages of every language.
 */
function pagesFor(index: number): string[] {
  const translated = pages.filter((path) => languageOfPage(`/${path}`) !== DEFAULT_LANGUAGE);
  return [
    ...pages.filter((path) => languageOfPage(`/${path}`) === DEFAULT_LANGUAGE),
    ...translated.filter((_, position) => position % SETTINGS_COUNT === index),
  ];
}

const VIEWPORTS = [
  { name: "phone", width: 375, height: 812 },
  { name: "desktop", width: 1280, height: 800 },
];
const COLOR_SCHEMES = ["light", "dark"] as const;

/** One line per failing element: rule, impact, help, the element's selector and what to fix. */
function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? "?"}): ${violation.help} — ${node.target.join(" ")}\n` +
        `    ${(node.failureSummary ?? "").replace(/\n/g, "\n    ")}\n    ${violation.helpUrl}`,
    ),
  );
}

/** Runs axe-core on the page with the WCAG tags, the disabled rules off. */
async function runAxe(page: Page): Promise<AxeResults> {
  await page.addScriptTag({ content: axeSource });
  const rules: Record<string, Pick<RuleObject[string], "enabled">> = {};
  for (const id of Object.keys(DISABLED_RULES)) rules[id] = { enabled: false };
  return page.evaluate(
    async ({ tags, rules }) => {
      const { axe } = window as unknown as { axe: typeof import("axe-core") };
      return axe.run(document, { runOnly: { type: "tag", values: tags }, rules });
    },
    { tags: WCAG_TAGS, rules },
  );
}

describeWithBrowser(`accessibility of every page of ${dir}`, () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(dir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(
    VIEWPORTS.flatMap((viewport) =>
      COLOR_SCHEMES.map((colorScheme) => ({ viewport, colorScheme })),
    ).map((setting, index) => ({ ...setting, pages: pagesFor(index) })),
  )(
    "axe-core, WCAG 2.x A and AA, $colorScheme, $viewport.name",
    ({ viewport, colorScheme, pages }) => {
      let context: BrowserContext;

      beforeAll(async () => {
        // The site's CSP would block axe's injected script: bypass it here, and only here.
        context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          colorScheme,
          reducedMotion: "reduce",
          bypassCSP: true,
        });
        await keepToOrigin(context, server.origin);
      });

      afterAll(async () => {
        await context?.close();
      });

      // Two pages at a time: axe spends much of its time waiting on the browser.
      test.concurrent.for(pages)("/%s has no violations", async (path, { expect }) => {
        const page = await context.newPage();
        try {
          await page.goto(server.url(path), { waitUntil: "load" });
          const results = await runAxe(page);
          expect(describeViolations(results)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    },
  );

  describe("keyboard", () => {
    let context: BrowserContext;

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await keepToOrigin(context, server.origin);
    });

    afterAll(async () => {
      await context?.close();
    });

    test("on /, the first Tab reaches the skip link, and it moves focus to <main id=main>", async () => {
      const page = await context.newPage();
      try {
        await page.goto(server.url(""), { waitUntil: "load" });
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

    const nextYear = "2027/";
    const yearPage =
      pages.find((path) => path === nextYear) ?? pages.find((path) => /^\d{4}\/$/.test(path));

    test.each(["", yearPage ?? "(a year page)"])(
      "on /%s, every element Tab reaches shows a visible focus indicator",
      async (path) => {
        if (path !== "") expect(yearPage, "the sitemap lists a year page").toBeDefined();
        const page = await context.newPage();
        try {
          await page.goto(server.url(path), { waitUntil: "load" });
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
