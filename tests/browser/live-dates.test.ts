/**
 * The browser script that keeps the dates right for the reader's own day (src/scripts/live-dates.ts),
 * run in Chromium against a site built on 2026-11-25 and opened on later days: either side of each
 * edge of the 2027 week, of the new year and of the years the dates table lists, and in time zones
 * where the reader's date is not the UTC date (UTC+14 Kiritimati, UTC-11 Pago Pago, UTC-3 São Paulo).
 *
 * Every visit is checked twice: against the date module (what the pages should say on that day)
 * and against expectations written by hand, so that the test is not only the module checking itself.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  occurrencesOn,
  standingOn,
  statusOn,
  weekOfYear,
  weeksListedOn,
  type IsoDate,
  type Week,
} from "../../src/lib/dates";
import { formatStatus, formatWeekDay, formatWeekRange } from "../../src/lib/format";
import { LANGUAGE_CODES, localizedPath, type Language } from "../../src/i18n/languages";
import { dateWordsOf } from "../../src/i18n/context";
import { describeWithBrowser, keepToOrigin, launchBrowser } from "../helpers/browser";
import { BUILD_DAY, builtSite } from "../helpers/build";
import { serveStatic, type StaticServer } from "../helpers/static-server";

/** The build-time note, as a reader without JavaScript sees it. */
const AS_OF_TEXT = "Dates and countdowns as of 25 November 2026.";
/** The note that replaces it once the reader's day is over a week after the build's. */
const BUILT_ON_TEXT = "This page was last updated on 25 November 2026.";
/** The three pages the script fills, relative to the site root. */
const PAGES = { home: "", dates: "dates/", year2027: "2027/", faq: "faq/" } as const;

/** What the pages should say, written out by hand for one visit. */
interface HandWritten {
  /** The home page's featured week: its year and its status. */
  featured: [year: number, status: string];
  /** The home page's "This year" card: its year and its status. */
  thisCard: [year: number, status: string];
  /** The status on /2027/. */
  year2027: string;
  /** The dates table's rows marked this year and next week (null: no row, the badge hidden). */
  rows: [thisYear: number, nextWeek: number | null];
}

interface Visit {
  name: string;
  timezoneId: string;
  /** The instant the browser's clock is fixed at (UTC). */
  instant: string;
  /** The reader's date at that instant in that zone, worked out by hand. */
  localDate: IsoDate;
  /** Whether the script leaves the build-time HTML alone (a clock outside the years covered). */
  keepsBuildDay?: boolean;
  expected: HandWritten;
}

const BEFORE: HandWritten = {
  featured: [2027, "Starts tomorrow"],
  thisCard: [2027, "Starts tomorrow"],
  year2027: "Starts tomorrow",
  rows: [2027, 2027],
};
const DAY_ONE: HandWritten = {
  featured: [2027, "On now: day 1 of 7"],
  thisCard: [2027, "On now: day 1 of 7"],
  year2027: "On now: day 1 of 7",
  rows: [2027, 2027],
};
const AFTER: HandWritten = {
  featured: [2028, "Starts in 364 days"],
  thisCard: [2027, "Ended yesterday"],
  year2027: "Ended yesterday",
  rows: [2027, 2028],
};
const ON_BUILD_DAY: HandWritten = {
  featured: [2027, "Starts in 68 days"],
  thisCard: [2026, "Ended 290 days ago"],
  year2027: "Starts in 68 days",
  rows: [2026, 2027],
};

const VISITS: Visit[] = [
  {
    name: "the day before the week (London)",
    timezoneId: "Europe/London",
    instant: "2027-01-31T10:00:00Z",
    localDate: "2027-01-31",
    expected: BEFORE,
  },
  {
    name: "the day before the week in São Paulo, when UTC is already on its Monday",
    timezoneId: "America/Sao_Paulo",
    instant: "2027-02-01T01:30:00Z",
    localDate: "2027-01-31",
    expected: BEFORE,
  },
  {
    name: "its Monday in Kiritimati, when UTC is still on the Sunday before",
    timezoneId: "Pacific/Kiritimati",
    instant: "2027-01-31T11:00:00Z",
    localDate: "2027-02-01",
    expected: DAY_ONE,
  },
  {
    name: "its Monday at midnight UTC",
    timezoneId: "UTC",
    instant: "2027-02-01T00:00:00Z",
    localDate: "2027-02-01",
    expected: DAY_ONE,
  },
  {
    name: "its Wednesday (Tokyo)",
    timezoneId: "Asia/Tokyo",
    instant: "2027-02-03T03:00:00Z",
    localDate: "2027-02-03",
    expected: {
      featured: [2027, "On now: day 3 of 7"],
      thisCard: [2027, "On now: day 3 of 7"],
      year2027: "On now: day 3 of 7",
      rows: [2027, 2027],
    },
  },
  {
    name: "its Sunday in Pago Pago, when UTC is already on the Monday after",
    timezoneId: "Pacific/Pago_Pago",
    instant: "2027-02-08T10:30:00Z",
    localDate: "2027-02-07",
    expected: {
      featured: [2027, "On now: day 7 of 7"],
      thisCard: [2027, "On now: day 7 of 7"],
      year2027: "On now: day 7 of 7",
      rows: [2027, 2027],
    },
  },
  {
    name: "the day after the week (London)",
    timezoneId: "Europe/London",
    instant: "2027-02-08T09:00:00Z",
    localDate: "2027-02-08",
    expected: AFTER,
  },
  {
    name: "the day after the week in Kiritimati, when UTC is still on its Sunday",
    timezoneId: "Pacific/Kiritimati",
    instant: "2027-02-07T10:15:00Z",
    localDate: "2027-02-08",
    expected: AFTER,
  },
  {
    name: "31 December 2026 in São Paulo, when UTC is already in 2027",
    timezoneId: "America/Sao_Paulo",
    instant: "2027-01-01T02:59:00Z",
    localDate: "2026-12-31",
    expected: {
      featured: [2027, "Starts in 32 days"],
      thisCard: [2026, "Ended 326 days ago"],
      year2027: "Starts in 32 days",
      rows: [2026, 2027],
    },
  },
  {
    name: "New Year's Day 2027 in Kiritimati, when UTC is still in 2026",
    timezoneId: "Pacific/Kiritimati",
    instant: "2026-12-31T10:01:00Z",
    localDate: "2027-01-01",
    expected: {
      featured: [2027, "Starts in 31 days"],
      thisCard: [2027, "Starts in 31 days"],
      year2027: "Starts in 31 days",
      rows: [2027, 2027],
    },
  },
  {
    name: "the build day itself",
    timezoneId: "UTC",
    instant: "2026-11-25T12:00:00Z",
    localDate: BUILD_DAY,
    expected: ON_BUILD_DAY,
  },
  {
    name: "mid-June 2031 (London, summer time)",
    timezoneId: "Europe/London",
    instant: "2031-06-15T12:00:00Z",
    localDate: "2031-06-15",
    expected: {
      featured: [2032, "Starts in 232 days"],
      thisCard: [2031, "Ended 126 days ago"],
      year2027: "Past edition",
      rows: [2031, 2032],
    },
  },
  {
    name: "the Monday of 2036's week, the last year the table lists (Pago Pago)",
    timezoneId: "Pacific/Pago_Pago",
    instant: "2036-02-04T20:00:00Z",
    localDate: "2036-02-04",
    expected: {
      featured: [2036, "On now: day 1 of 7"],
      thisCard: [2036, "On now: day 1 of 7"],
      year2027: "Past edition",
      rows: [2036, 2036],
    },
  },
  {
    name: "after 2036's week, when the next week (2037) has no row in the table",
    timezoneId: "UTC",
    instant: "2036-06-15T12:00:00Z",
    localDate: "2036-06-15",
    expected: {
      featured: [2037, "Starts in 232 days"],
      thisCard: [2036, "Ended 126 days ago"],
      year2027: "Past edition",
      rows: [2036, null],
    },
  },
  {
    name: "a clock set before the years the site covers, which keeps the build-time dates",
    timezoneId: "UTC",
    instant: "2001-09-09T01:46:40Z",
    localDate: "2001-09-09",
    keepsBuildDay: true,
    expected: ON_BUILD_DAY,
  },
];

/** What some languages' pages say on the Monday of the 2027 week, worked out by hand. */
const MONDAY_BY_HAND: Partial<Record<Language, { status: string; whole: string; badge: string }>> =
  {
    de: { status: "Läuft gerade: Tag 1 von 7", whole: "1.–7. Februar 2027", badge: "Läuft gerade" },
    es: { status: "En curso: día 1 de 7", whole: "1–7 de febrero de 2027", badge: "En curso" },
    he: { status: "מתקיים עכשיו: יום 1 מתוך 7", whole: "1–7 בפברואר 2027", badge: "מתקיים עכשיו" },
    "zh-hant": { status: "進行中：第1天（共7天）", whole: "2027年2月1日至7日", badge: "進行中" },
  };

/** The fields of one `[data-week]` block, each as the list of its elements' texts. */
interface WeekBlock {
  week: string;
  year: string[];
  /** The `time[data-field=start]` elements, as "datetime | text". */
  start: string[];
  business: string[];
  whole: string[];
  status: string[];
  /** The `a[data-field=link]` hrefs, resolved. */
  link: string[];
}

interface AsOfNote {
  visible: boolean;
  text: string;
}

interface PageSnapshot {
  weeks: WeekBlock[];
  asOf: AsOfNote[];
  /** The note of the day the page was last built, shown once that is over a week ago. */
  builtOn: AsOfNote[];
  /** The tense ("past", "future") of each sentence about a date that is shown. */
  tenses: string[];
  /** The `data-year` of every dates table row, and of those marked this year and next week. */
  tableYears: string[];
  thisYearRows: string[];
  nextWeekRows: string[];
  /** Each badge: how many there are, and the year of the row each visible one is in. */
  badges: Record<"this-year" | "next-week", { count: number; shownIn: (string | null)[] }>;
  /** The next-week badge's words ("Next", "On now"); empty where there is none. */
  nextWeekBadgeText: string;
}

/** Reads what the script fills, in the page. Runs in the browser: self-contained. */
function snapshotPage(): PageSnapshot {
  const text = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").trim();
  const field = (block: Element, name: string) =>
    [...block.querySelectorAll(`[data-field="${name}"]`)].map(text);
  const weeks = [...document.querySelectorAll<HTMLElement>("[data-week]")].map((block) => ({
    week: block.dataset.week ?? "",
    year: field(block, "year"),
    start: [...block.querySelectorAll<HTMLTimeElement>('time[data-field="start"]')].map(
      (time) => `${time.dateTime} | ${text(time)}`,
    ),
    business: field(block, "business"),
    whole: field(block, "whole"),
    status: field(block, "status"),
    link: [...block.querySelectorAll<HTMLAnchorElement>('a[data-field="link"]')].map(
      (link) => link.href,
    ),
  }));
  const rowYears = (selector: string) =>
    [...document.querySelectorAll<HTMLElement>(selector)].map((row) => row.dataset.year ?? "");
  const badge = (name: string) => {
    const all = [...document.querySelectorAll<HTMLElement>(`[data-badge="${name}"]`)];
    return {
      count: all.length,
      shownIn: all.map((element) =>
        element.checkVisibility()
          ? (element.closest<HTMLElement>("tr[data-year]")?.dataset.year ?? "outside any row")
          : null,
      ),
    };
  };
  return {
    weeks,
    asOf: [...document.querySelectorAll("[data-as-of]")].map((note) => ({
      visible: note.checkVisibility(),
      text: text(note),
    })),
    builtOn: [...document.querySelectorAll("[data-built-on]")].map((note) => ({
      visible: note.checkVisibility(),
      text: text(note),
    })),
    tenses: [...document.querySelectorAll<HTMLElement>("[data-tense]")]
      .filter((sentence) => sentence.checkVisibility())
      .map((sentence) => sentence.dataset.tense ?? ""),
    tableYears: rowYears("tr[data-year]"),
    thisYearRows: rowYears("tr[data-this-year]"),
    nextWeekRows: rowYears("tr[data-next-week]"),
    badges: { "this-year": badge("this-year"), "next-week": badge("next-week") },
    nextWeekBadgeText: [...document.querySelectorAll('[data-badge="next-week"]')].map(text).join(),
  };
}

/** One week block as the pages should show it. */
interface WeekView {
  year: string;
  start: string;
  business: string;
  whole: string;
  status: string;
  link: string;
}

/** Text as the snapshot reads it: runs of white space, no-break spaces included, as one space. */
function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** What every page the script fills should show on `today` in `language`, from the date module. */
function expectedOn(today: IsoDate, server: StaticServer, language: Language = "en") {
  const words = dateWordsOf(language);
  const view = (week: Week, status: string): WeekView => ({
    year: String(week.year),
    start: `${week.start} | ${squash(formatWeekDay(week, "start", words))}`,
    business: squash(formatWeekRange(week, "business", words)),
    whole: squash(formatWeekRange(week, "whole", words)),
    status: squash(status),
    link: server.url(localizedPath(language, `/${week.year}/`).slice(1)),
  });
  const occurrences = occurrencesOn(today);
  const status = statusOn(today);
  // Once this year's week is over, the week to feature is next year's.
  const featured = status.status === "past" ? status.next : status;
  const listed = weeksListedOn(BUILD_DAY).map((week) => String(week.year));
  const row = (year: number) => (listed.includes(String(year)) ? String(year) : null);
  const week2027 = weekOfYear(2027);
  const afterFeatured = weekOfYear(featured.week.year + 1);
  return {
    featured: view(featured.week, formatStatus(featured, words)),
    afterFeatured: view(afterFeatured, formatStatus(standingOn(afterFeatured, today), words)),
    cards: (["last", "this", "next"] as const).map((key) => {
      const week = occurrences[key];
      return { key, ...view(week, formatStatus(standingOn(week, today), words)) };
    }),
    listed,
    thisYearRow: row(status.week.year),
    nextWeekRow: row(featured.week.year),
    nextWeekBadge: squash(words.nextWeekBadge[featured.status]),
    year2027: squash(formatStatus(standingOn(week2027, today), words)),
  };
}

/** Checks that every element of each field of a block shows the expected value. */
function expectWeekBlock(block: WeekBlock | undefined, view: WeekView, label: string): void {
  expect(block, `${label}: the block is on the page`).toBeDefined();
  for (const key of ["year", "start", "business", "whole", "status", "link"] as const) {
    const values = block![key];
    expect(values.length, `${label}: has [data-field=${key}]`).toBeGreaterThan(0);
    expect(values, `${label}: ${key}`).toEqual(values.map(() => view[key]));
  }
}

/** The reader's date at `instant` in `timeZone`, computed here in Node with Intl. */
function dateIn(instant: string, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * Fixes the page's clock at `now` (milliseconds since the epoch): `Date.now()` and `new Date()`.
 * Runs in the browser before the page's own scripts.
 *
 * Not Playwright's clock (`context.clock.setFixedTime`): its Date is a function that returns
 * plain native Dates, so a subclass (`class extends Date`, as UTCDateMini from @date-fns/utc,
 * which the date module uses) gets instances without its own methods. Here, in zones west of
 * UTC, the module then reads UTC midnights as the day before and the script gives up, which no
 * real browser does. This Date constructs through `Reflect.construct` with `new.target`, so
 * subclasses keep their prototype.
 */
function fixClock(now: number): void {
  const NativeDate = Date;
  function FixedDate(...args: unknown[]): Date | string {
    if (!new.target) return new NativeDate(now).toString();
    return Reflect.construct(NativeDate, args.length > 0 ? args : [now], new.target) as Date;
  }
  FixedDate.prototype = NativeDate.prototype;
  FixedDate.now = () => now;
  FixedDate.parse = NativeDate.parse;
  FixedDate.UTC = NativeDate.UTC;
  globalThis.Date = FixedDate as unknown as DateConstructor;
}

/**
 * A browser context and page that record console errors, uncaught errors and failed requests,
 * with the clock fixed at the instant `now` when it is given.
 */
async function openReader(
  browser: Browser,
  server: StaticServer,
  options: BrowserContextOptions,
  now?: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  await keepToOrigin(context, server.origin);
  if (now !== undefined) await context.addInitScript(fixClock, Date.parse(now));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText;
    // Going on to the next page cancels what the last one still loads after its load event (its
    // favicon): that is the test moving on, not a failure.
    if (reason !== "net::ERR_ABORTED") errors.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, errors };
}

/** Opens each page the script fills, in one language, and reads it. */
async function snapshotAll(
  page: Page,
  server: StaticServer,
  language: Language = "en",
): Promise<Record<keyof typeof PAGES, PageSnapshot>> {
  const snapshots: Partial<Record<keyof typeof PAGES, PageSnapshot>> = {};
  for (const [key, route] of Object.entries(PAGES) as [keyof typeof PAGES, string][]) {
    const path = localizedPath(language, `/${route}`).slice(1);
    const response = await page.goto(server.url(path), { waitUntil: "load" });
    expect(response?.status(), `/${path} loads`).toBe(200);
    snapshots[key] = await page.evaluate(snapshotPage);
  }
  return snapshots as Record<keyof typeof PAGES, PageSnapshot>;
}

const weekBlock = (snapshot: PageSnapshot, week: string) =>
  snapshot.weeks.find((block) => block.week === week);

describeWithBrowser("live dates: the pages follow the reader's own day", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    // Built on 2026-11-25 under https://example.org/inw/, so that the script's rewriting of "The
    // 2027 week" links is checked where it is easiest to get wrong (a GitHub Pages project site).
    // Served here on 127.0.0.1: every file a page loads is linked by path (the link checks hold
    // it to that), so only the canonical, alternate and og: URLs name example.org, and no
    // browser fetches them.
    server = await serveStatic(builtSite("inw"));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(VISITS)("on $localDate in $timezoneId: $name", (visit) => {
    let context: BrowserContext;
    let snapshots: Record<keyof typeof PAGES, PageSnapshot>;
    let errors: string[];
    let readerDate: { date: string; zone: string };

    beforeAll(async () => {
      const reader = await openReader(
        browser,
        server,
        { timezoneId: visit.timezoneId },
        visit.instant,
      );
      context = reader.context;
      errors = reader.errors;
      snapshots = await snapshotAll(reader.page, server);
      readerDate = await reader.page.evaluate(() => {
        const now = new Date();
        const pad = (value: number) => String(value).padStart(2, "0");
        return {
          date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
          zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        };
      });
    });

    afterAll(async () => {
      await context?.close();
    });

    test("the browser's clock and zone put the reader on the hand-worked date", () => {
      expect(dateIn(visit.instant, visit.timezoneId), "Intl, in Node").toBe(visit.localDate);
      expect(readerDate).toEqual({ date: visit.localDate, zone: visit.timezoneId });
    });

    test("/: the featured week and the last, this and next year cards match the date module", () => {
      const today = visit.keepsBuildDay ? BUILD_DAY : visit.localDate;
      const expected = expectedOn(today, server);
      const home = snapshots.home;
      expectWeekBlock(weekBlock(home, "featured"), expected.featured, "featured");
      expect(
        home.weeks.filter((block) => ["last", "this", "next"].includes(block.week)).length,
      ).toBe(3);
      for (const card of expected.cards) {
        expectWeekBlock(weekBlock(home, card.key), card, `the "${card.key}" card`);
      }
    });

    test("/dates/: this year's and the next week's rows are marked, each with its badge", () => {
      const today = visit.keepsBuildDay ? BUILD_DAY : visit.localDate;
      const expected = expectedOn(today, server);
      const dates = snapshots.dates;
      // The table is the build's: 2007 to ten years after the build day, whatever the clock says.
      expect(dates.tableYears).toEqual(expected.listed);
      expect(dates.thisYearRows).toEqual(expected.thisYearRow ? [expected.thisYearRow] : []);
      expect(dates.nextWeekRows).toEqual(expected.nextWeekRow ? [expected.nextWeekRow] : []);
      expect(dates.badges).toEqual({
        "this-year": { count: 1, shownIn: [expected.thisYearRow] },
        "next-week": { count: 1, shownIn: [expected.nextWeekRow] },
      });
    });

    test("/faq/: the questions on the next week and the one after it match the date module", () => {
      const today = visit.keepsBuildDay ? BUILD_DAY : visit.localDate;
      const expected = expectedOn(today, server);
      const blocks = (week: string) => snapshots.faq.weeks.filter((block) => block.week === week);
      expect(blocks("featured").length).toBe(2);
      for (const block of blocks("featured")) {
        expect(block.year.length).toBeGreaterThan(0);
        for (const key of ["year", "business", "whole"] as const) {
          expect(block[key], `featured: ${key}`).toEqual(
            block[key].map(() => expected.featured[key]),
          );
        }
      }
      const [after] = blocks("afterFeatured");
      expect(after?.year).toEqual([expected.afterFeatured.year, expected.afterFeatured.year]);
      expect(after?.whole).toEqual([expected.afterFeatured.whole]);
      expect(after?.business).toEqual([expected.afterFeatured.business]);
    });

    test("/2027/: the status of the 2027 week matches the date module", () => {
      const today = visit.keepsBuildDay ? BUILD_DAY : visit.localDate;
      const block = weekBlock(snapshots.year2027, "2027");
      expect(block?.status).toEqual([expectedOn(today, server).year2027]);
    });

    test("the pages say what was worked out by hand", () => {
      const { featured, thisCard, year2027, rows } = visit.expected;
      const home = snapshots.home;
      expect(weekBlock(home, "featured")?.status).toEqual([featured[1]]);
      expect(weekBlock(home, "featured")?.year).toEqual([String(featured[0])]);
      expect(weekBlock(home, "this")?.status).toEqual([thisCard[1]]);
      expect(new Set(weekBlock(home, "this")?.year)).toEqual(new Set([String(thisCard[0])]));
      expect(weekBlock(snapshots.year2027, "2027")?.status).toEqual([year2027]);
      expect(snapshots.dates.thisYearRows).toEqual([String(rows[0])]);
      expect(snapshots.dates.nextWeekRows).toEqual(rows[1] === null ? [] : [String(rows[1])]);
    });

    test(
      visit.keepsBuildDay
        ? "the build-day note stays visible, since the dates are the build's"
        : "the build-day note is hidden, since the dates are the reader's",
      () => {
        for (const [key, snapshot] of Object.entries(snapshots)) {
          expect(snapshot.asOf.length, `${key} has an as-of note`).toBeGreaterThan(0);
          expect(snapshot.asOf, key).toEqual(
            snapshot.asOf.map(() => ({ visible: !!visit.keepsBuildDay, text: AS_OF_TEXT })),
          );
        }
      },
    );

    // Counted by hand: over a week after 25 November 2026 is from 3 December 2026 on.
    const isStale = !visit.keepsBuildDay && visit.localDate >= "2026-12-03";
    test(
      isStale
        ? "the page says when it was last built, over a week before the reader's day"
        : "the page does not say when it was built, a week or less before the reader's day",
      () => {
        for (const [key, snapshot] of Object.entries(snapshots)) {
          expect(snapshot.builtOn, key).toEqual([{ visible: isStale, text: BUILT_ON_TEXT }]);
        }
      },
    );

    test("/2027/: 1 February 2027 is spoken of in the tense of the reader's day", () => {
      const today = visit.keepsBuildDay ? BUILD_DAY : visit.localDate;
      expect(snapshots.year2027.tenses).toEqual([today > "2027-02-01" ? "past" : "future"]);
    });

    test("no console error, uncaught error or failed request", () => {
      expect(errors).toEqual([]);
    });
  });

  // The browser is left in English: the words must come from the page, whatever its locale.
  describe.each(LANGUAGE_CODES.filter((language) => language !== "en"))(
    "in %s, on the Monday of the 2027 week in Kiritimati",
    (language) => {
      const today = "2027-02-01";
      let snapshots: Record<keyof typeof PAGES, PageSnapshot>;
      let errors: string[];

      beforeAll(async () => {
        const reader = await openReader(
          browser,
          server,
          { timezoneId: "Pacific/Kiritimati" },
          "2027-01-31T11:00:00Z",
        );
        errors = reader.errors;
        snapshots = await snapshotAll(reader.page, server, language);
        await reader.context.close();
      });

      test("the weeks, their statuses and the dates table's badge are the date module's, in the language's words", () => {
        const expected = expectedOn(today, server, language);
        expectWeekBlock(weekBlock(snapshots.home, "featured"), expected.featured, "featured");
        for (const card of expected.cards) {
          expectWeekBlock(weekBlock(snapshots.home, card.key), card, `the "${card.key}" card`);
        }
        expect(weekBlock(snapshots.year2027, "2027")?.status).toEqual([expected.year2027]);
        expect(snapshots.dates.nextWeekRows).toEqual(["2027"]);
        expect(snapshots.dates.nextWeekBadgeText).toBe(expected.nextWeekBadge);
      });

      const byHand = MONDAY_BY_HAND[language];
      if (byHand) {
        test(`the pages say what was worked out by hand: "${byHand.status}"`, () => {
          expect(weekBlock(snapshots.home, "featured")?.status).toEqual([byHand.status]);
          expect(weekBlock(snapshots.home, "featured")?.whole).toEqual([byHand.whole]);
          expect(weekBlock(snapshots.year2027, "2027")?.status).toEqual([byHand.status]);
          expect(snapshots.dates.nextWeekBadgeText).toBe(byHand.badge);
        });
      }

      test("no console error, uncaught error or failed request, and the as-of notes are hidden", () => {
        expect(errors).toEqual([]);
        for (const snapshot of Object.values(snapshots)) {
          expect(snapshot.asOf.every((note) => !note.visible)).toBe(true);
        }
      });
    },
  );

  describe("a tab left open overnight", () => {
    test("catches up with Playwright's clock when it is shown again", async () => {
      const reader = await openReader(
        browser,
        server,
        { timezoneId: "UTC" },
        "2027-01-31T23:00:00Z",
      );
      const featuredStatus = () =>
        reader.page.locator('[data-week="featured"] [data-field="status"]').textContent();
      await reader.page.goto(server.url(PAGES.home));
      expect(await featuredStatus()).toBe("Starts tomorrow");
      // Installed only now: Playwright's Date cannot be subclassed (see fixClock), but the date
      // module's UTC dates were defined while the page loaded; the script's "now" comes from it.
      await reader.page.clock.install();
      await reader.page.clock.setFixedTime(new Date("2027-02-01T09:00:00Z"));
      await reader.page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
      expect(await featuredStatus()).toBe("On now: day 1 of 7");
      expect(reader.errors).toEqual([]);
      await reader.context.close();
    });
  });

  describe("without JavaScript", () => {
    let context: BrowserContext;
    let snapshots: Record<keyof typeof PAGES, PageSnapshot>;
    let errors: string[];

    beforeAll(async () => {
      // A reader whose own date is far from the build day: without the script, it cannot matter.
      const reader = await openReader(browser, server, {
        javaScriptEnabled: false,
        timezoneId: "Pacific/Kiritimati",
      });
      context = reader.context;
      errors = reader.errors;
      snapshots = await snapshotAll(reader.page, server);
    });

    afterAll(async () => {
      await context?.close();
    });

    test("the pages show the build day's dates, matching the date module and the hand-worked values", () => {
      const expected = expectedOn(BUILD_DAY, server);
      expectWeekBlock(weekBlock(snapshots.home, "featured"), expected.featured, "featured");
      for (const card of expected.cards) {
        expectWeekBlock(weekBlock(snapshots.home, card.key), card, `the "${card.key}" card`);
      }
      expect(weekBlock(snapshots.home, "featured")?.status).toEqual([ON_BUILD_DAY.featured[1]]);
      expect(weekBlock(snapshots.home, "this")?.status).toEqual([ON_BUILD_DAY.thisCard[1]]);
      expect(weekBlock(snapshots.year2027, "2027")?.status).toEqual([ON_BUILD_DAY.year2027]);
      expect(snapshots.dates.thisYearRows).toEqual(["2026"]);
      expect(snapshots.dates.nextWeekRows).toEqual(["2027"]);
      expect(snapshots.dates.badges).toEqual({
        "this-year": { count: 1, shownIn: ["2026"] },
        "next-week": { count: 1, shownIn: ["2027"] },
      });
    });

    test("each page shows the note with the build day, 25 November 2026", () => {
      for (const [key, snapshot] of Object.entries(snapshots)) {
        expect(snapshot.asOf, key).toEqual([{ visible: true, text: AS_OF_TEXT }]);
      }
    });

    test("no console error or failed request", () => {
      expect(errors).toEqual([]);
    });
  });
});
