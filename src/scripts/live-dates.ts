/**
 * Keeps the dates on a page right for the reader's own day, whenever they open it: the
 * build-time HTML says what was true on the day it was built, and this recomputes it with the
 * same date module. The markup it fills:
 * - `[data-week]` holds one week: "featured" (the next or ongoing one), "afterFeatured" (the
 *   one after it), "last", "this", "next" (by the reader's calendar year) or a year such as "2027"; inside it, `[data-field]` elements
 *   "year", "start" (a <time>), "business", "whole", "status" and "link" (a year page link).
 * - `tr[data-year]` rows of the dates table, marked `data-this-year` and `data-next-week`, with
 *   the badges `[data-badge="this-year"]` and `[data-badge="next-week"]`.
 * - `[data-as-of]` notes the build day; hidden once the page shows the reader's day, when
 *   `[data-built-on]` takes its place if that day is over a week after the build's.
 * - `[data-tense]` sentences in the "past" and the "future" tense: the past one shows once the
 *   reader's day is after their `data-past-after` date.
 * - `script#date-words` holds the page's language's date words as JSON (see DateWords), so the
 *   bundle carries no language's words itself.
 */
import {
  daysBetween,
  isoDateOf,
  occurrencesOn,
  standingOn,
  featuredOn,
  weekOfYear,
  yearOf,
  type IsoDate,
  type Week,
} from "../lib/dates";
import { formatStatus, formatWeekDay, formatWeekRange, type DateWords } from "../lib/format";

function weekFor(key: string, today: IsoDate): Week {
  if (key === "last" || key === "this" || key === "next") return occurrencesOn(today)[key];
  if (key === "featured") return featuredOn(today).week;
  if (key === "afterFeatured") return weekOfYear(featuredOn(today).week.year + 1);
  return weekOfYear(Number(key));
}

function setText(container: Element, field: string, text: string): void {
  for (const element of container.querySelectorAll(`[data-field="${field}"]`)) {
    element.textContent = text;
  }
}

function fillWeek(container: HTMLElement, today: IsoDate, words: DateWords): void {
  const week = weekFor(container.dataset.week ?? "", today);
  setText(container, "year", String(week.year));
  setText(container, "business", formatWeekRange(week, "business", words));
  setText(container, "whole", formatWeekRange(week, "whole", words));
  setText(container, "status", formatStatus(standingOn(week, today), words));
  for (const time of container.querySelectorAll<HTMLTimeElement>('time[data-field="start"]')) {
    time.dateTime = week.start;
    time.textContent = formatWeekDay(week, "start", words);
  }
  for (const link of container.querySelectorAll<HTMLAnchorElement>('a[data-field="link"]')) {
    link.href = link.href.replace(/\/\d{4}\/$/, `/${week.year}/`);
  }
}

function markRow(attribute: string, badge: string, year: number): void {
  for (const row of document.querySelectorAll(`tr[${attribute}]`)) row.removeAttribute(attribute);
  const row = document.querySelector(`tr[data-year="${year}"]`);
  const badgeElement = document.querySelector<HTMLElement>(`[data-badge="${badge}"]`);
  row?.setAttribute(attribute, "");
  if (badgeElement) {
    badgeElement.hidden = !row;
    row?.querySelector("th")?.append(badgeElement);
  }
}

/** After this many days past the build day, the page says when it was last built. */
const STALE_AFTER_DAYS = 7;

/** The page's date words, or undefined when its block is missing or unreadable. */
function readDateWords(): DateWords | undefined {
  const text = document.getElementById("date-words")?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as DateWords;
  } catch {
    return undefined;
  }
}

function update(now: Date, words: DateWords): void {
  // The reader's local calendar date: their "today", wherever they are.
  const today = isoDateOf(now);
  let featured;
  try {
    featured = featuredOn(today);
  } catch {
    // A clock outside the years the site covers: keep the build-time content and its note.
    return;
  }
  for (const container of document.querySelectorAll<HTMLElement>("[data-week]")) {
    fillWeek(container, today, words);
  }
  markRow("data-this-year", "this-year", yearOf(today));
  markRow("data-next-week", "next-week", featured.week.year);
  for (const badge of document.querySelectorAll('[data-badge="next-week"]')) {
    badge.textContent = words.nextWeekBadge[featured.status];
  }
  for (const sentence of document.querySelectorAll<HTMLElement>("[data-tense]")) {
    const isPast = today > (sentence.dataset.pastAfter ?? "");
    sentence.hidden = (sentence.dataset.tense === "past") !== isPast;
  }
  const builtOn = document.querySelector("[data-as-of] time")?.getAttribute("datetime");
  const isStale =
    builtOn !== null && builtOn !== undefined && daysBetween(builtOn, today) > STALE_AFTER_DAYS;
  for (const note of document.querySelectorAll<HTMLElement>("[data-as-of]")) note.hidden = true;
  for (const note of document.querySelectorAll<HTMLElement>("[data-built-on]")) {
    note.hidden = !isStale;
  }
}

// Read once: the block is part of the page the script runs in, and never changes.
const words = readDateWords();
let reported = false;

/**
 * Updates the page, and never lets a failure stop the page or the next update: the build-time
 * content stays readable, and the failure is reported to the console once.
 */
function safeUpdate(now: Date): void {
  try {
    if (!words)
      throw new Error("The page's date words (script#date-words) are missing or unreadable.");
    update(now, words);
  } catch (error) {
    if (!reported) console.error("Live dates: the page keeps the dates it was built with.", error);
    reported = true;
  }
}

/** Brings the page up to date now, and again just after each local midnight while it stays open. */
function updateDaily(): void {
  const now = new Date();
  const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  setTimeout(updateDaily, nextMidnight.getTime() - now.getTime() + 1000);
  safeUpdate(now);
}

updateDaily();
// A tab restored from the back-forward cache, or shown again after its timer was throttled in the
// background, catches up at once.
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") safeUpdate(new Date());
});
addEventListener("pageshow", (event) => {
  if (event.persisted) safeUpdate(new Date());
});
