/**
 * An independent oracle for the week, written without date-fns or Date: Sakamoto's
 * day-of-week formula gives the weekday of 1 February, and the whole week falls within
 * February (its Monday is 1 to 7 February, so its Sunday is at most 13 February).
 */
export function oracleWeek(year: number) {
  const februaryOffset = 3;
  // Sakamoto's formula counts January and February as months of the previous year.
  const y = year - 1;
  const sundayBasedWeekday =
    (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + februaryOffset + 1) % 7;
  const monday = 1 + ((8 - sundayBasedWeekday) % 7);
  const day = (n: number) => `${year}-02-${String(n).padStart(2, "0")}`;
  return { year, start: day(monday), businessEnd: day(monday + 4), end: day(monday + 6) };
}
