/**
 * Every word of the English site, as data: strings, lists of strings and plural forms, nothing
 * else. Its shape is the type every other language must fill (`SiteStrings`), so a missing or
 * extra string fails `astro check`.
 *
 * - Values go in as `{placeholders}`, the one syntax of every file; a language may put them
 *   wherever its word order wants, and the tests hold each to the English one's placeholders.
 *   Month and weekday names come from the language's date-fns locale (languages.ts), never from here.
 * - Where a sentence changes with tense, it has one key per tense (`mondayFirstPast`, `...Future`).
 * - Counts take the language's plural forms (`Intl.PluralRules` categories such as `one`, `few`,
 *   `other`): give the forms that the counts the site shows (2 to 365) fall in; the tests say which.
 * - Names (BNI, Ivan Misner, International Networking Week), theme titles and source titles
 *   keep their original wording in every language. Facts come from ../shared/facts/README.md only.
 */
import type { PluralForms } from "../lib/format";

const en = {
  dates: {
    /** A date such as "Monday 1 February 2027": `{weekday}`, `{day}`, `{month}`, `{year}`. */
    longDate: "{weekday} {day} {month} {year}",
    /** Days of one February: "1–5 February 2027": `{firstDay}`, `{lastDay}`, `{month}`, `{year}`. */
    dayRange: "{firstDay}–{lastDay} {month} {year}",
    /** The same after a heading that gives the year: "1–5 February". */
    dayRangeWithoutYear: "{firstDay}–{lastDay} {month}",
    /** In the dates table, without the year: "1–5 Feb", with `{monthShort}`. */
    shortDayRange: "{firstDay}–{lastDay} {monthShort}",
    /** A day in the dates table: "1 Feb". */
    shortDate: "{day} {monthShort}",
    /**
     * The first of a month as the language writes it, put for `{day}`, `{firstDay}` and
     * `{lastDay}` when the day is 1: "1" in English, "1er" in French ("lundi 1er février").
     */
    firstOfMonth: "1",
    /** A month of a year, for source dates: "November 2006". */
    monthOfYear: "{month} {year}",
    /** A full date, for the "as of" note: "25 November 2026". */
    dayOfYear: "{day} {month} {year}",
    upcomingTomorrow: "Starts tomorrow",
    /** Days until the week starts, `{count}` from 2 to 365. */
    upcoming: { other: "Starts in {count} days" } as PluralForms,
    ongoing: "On now: day {day} of 7",
    endedYesterday: "Ended yesterday",
    /** Days since the week ended, `{count}` from 2 to 365. */
    ended: { other: "Ended {count} days ago" } as PluralForms,
    endedLongAgo: "Past edition",
    startsLater: "Starts {date}",
    nextWeekBadge: { upcoming: "Next", ongoing: "On now" },
  },

  site: {
    description:
      "When International Networking Week is, every year: its dates, history, themes and ways to observe it, with sources.",
    skipLink: "Skip to content",
    mainNavigation: "Main",
    languageNavigation: "Language",
    breadcrumb: "Breadcrumb",
    nav: {
      home: "Home",
      dates: "Dates",
      history: "History",
      themes: "Themes",
      observe: "Observe",
      faq: "FAQ",
    },
    footer: {
      independent:
        "An independent site, not affiliated with or endorsed by BNI. International Networking Week® and International Networking Day® are trademarks of BNI Global, LLC, according to {link}.",
      independentLink: "BNI's 2019 leadership team manual",
      computed:
        "Each page lists the sources of the facts it states. The dates are computed from {rule} and are also available as {json}.",
      ruleLink: "the rule",
      jsonLink: "JSON",
      noTracking: "No ads, no trackers, no cookies.",
    },
    asOf: "Dates and countdowns as of {date}.",
    /** Shown instead of `asOf` once the reader's day is over a week past the build day. */
    builtOn: "This page was last updated on {date}.",
    /** The line at the foot of every preview image. */
    imageFooter: "First full week of February · since 2007",
    /** A title quoted in its original wording, in the language's quotation marks. */
    quoted: "“{text}”",
  },

  pages: {
    home: {
      title: "International Networking Week: dates, history and ways to observe",
      description:
        "When International Networking Week is this year and every year, with its history, themes and ways to observe it, all sourced.",
    },
    dates: {
      title: "International Networking Week dates for every year",
      description:
        "The dates of International Networking Week for every year since 2007: the first Monday of February, business days and whole week.",
    },
    history: {
      title: "History of International Networking Week",
      description:
        "How BNI launched International Networking Week in 2007 and how it has been marked since, from a London breakfast in its first year to the 2020 week of thank-yous.",
    },
    themes: {
      title: "International Networking Week themes by year",
      description:
        "The known yearly themes of International Networking Week, each with its source and status, and the 2020 mix-up explained.",
    },
    observe: {
      title: "How to observe International Networking Week",
      description:
        "Ways to observe International Networking Week as a person, a group or a company, from visitors' days to thank-you calls.",
    },
    year: {
      /** The year page's title and preview heading; `days` is the whole week without the year. */
      title: "International Networking Week {year}: {days}",
      description:
        "International Networking Week {year}: Monday to Sunday, {whole}; business days {business}. Its status, theme and calendar links.",
      imageBusinessDays: "Monday to Friday: {business}",
      imageWholeWeek: "Whole week: {whole}",
    },
    faq: {
      title: "International Networking Week: questions and answers",
      description:
        "When International Networking Week is this year and next, whether there is a networking day or a theme, who organises it, the hashtag and how to add it to your calendar.",
    },
    notFound: {
      title: "Page not found: International Networking Week",
      description: "This page does not exist. Find the dates, history, themes and ways to observe.",
    },
  },

  share: {
    heading: "Share",
    networks: {
      linkedin: "Share on LinkedIn",
      x: "Share on X",
      facebook: "Share on Facebook",
      email: "Share by email",
    },
    pageLink: "Link to this page",
    copyLink: "Copy link",
    more: "More…",
    copied: "Copied to the clipboard.",
    copyFailed: "Could not copy: select the text and copy it instead.",
    shareFailed: "Could not share: use one of the links above instead.",
    homeText:
      "International Networking Week: when it is this year and every year, with its history and ways to observe it",
  },

  calendar: {
    subscribe: "Subscribe in your calendar",
    file: "Calendar file (.ics)",
    hint: "One event for the week's business days, Monday to Friday, that repeats on the first Monday of February every year, so your calendar stays right without updates.",
    google: "Add to Google Calendar",
    /** The subscription feed's event description. */
    feedDescription:
      "International Networking Week is the first full week of February: it starts on the first Monday of February and runs to the Sunday. This event covers its business days, Monday to Friday. Dates for every year: {siteUrl}",
    yearDescription:
      "International Networking Week {year} starts on the first Monday of February and runs to the Sunday. This event covers its business days, {business}. More: {pageUrl}",
    googleDetails:
      "International Networking Week is the first full week of February, Monday to Sunday. This event covers its business days, Monday to Friday. More: {pageUrl}",
  },

  sources: {
    heading: "Sources",
    kinds: {
      blog: "blog",
      bniDirectorBlog: "blog of a BNI director",
      blogPost: "blog post",
      newsReport: "news report",
      tagArchive: "posts with this tag",
      monthArchive: "post in the blog's archive for that month",
      observanceCalendar: "observance calendar",
      socialMediaGuidelines: "social media guidelines",
    },
  },

  week: {
    starts: "Starts",
    businessDays: "Business days",
    wholeWeek: "Whole week",
    /** From one full date to another: "Monday 1 February 2027 to Friday 5 February 2027". */
    fromTo: "{start} to {end}",
    /** The home page's featured week, `{date}` its Monday and `{days}` its business days. */
    featuredDetail: "Starts {date}; business days {days}.",
    /** A hidden prefix that names the week for screen readers, before its dates. */
    featuredName: "International Networking Week",
    featuredLink: "The {year} week",
    allYears: "Every year's dates",
    yearLink: "All about {year}",
  },

  home: {
    eyebrow: "The first full week of February, since 2007",
    lead: "A yearly week, launched by BNI in 2007, for celebrating what networking does for businesses.",
    whenHeading: "When is it?",
    whenIntro:
      "The week starts on the first Monday of February and runs to the Sunday; Monday to Friday are its business days.",
    occurrences: { last: "Last year", this: "This year", next: "Next year" },
    calendarHeading: "In your calendar",
    whatHeading: "What it is",
    what: [
      "International Networking Week® was launched in 2007 by BNI (Business Network International), which Dr. Ivan Misner founded in 1985. The idea came up at BNI's international directors' conference in Long Beach, California, in November 2006, and the week is held in the first full week of February.",
      "In 2010, BNI described the week as a celebration of what networking does for businesses worldwide. Groups mark it with events, seminars and networking breakfasts, and anyone can take part by getting back in touch with the people in their network.",
    ],
    whyHeading: "Why it matters",
    why: "Misner calls BNI's approach “relationship networking”: building long-term relationships in which both sides benefit.",
    exploreHeading: "Explore",
    sections: {
      dates: "Every year since 2007 and ten years ahead, with the rule and its evidence.",
      history:
        "From an idea at a BNI conference in 2006 to events in London, Israel and Italy, and a week of thank-yous in 2020.",
      themes: "The yearly themes that are known, with their sources, and a 2020 mix-up.",
      observe: "Ideas for people, groups and companies, from breakfasts to thank-you calls.",
      faq: "Short answers to what people ask: this year's dates, the networking day, themes, the hashtag.",
    },
  },

  datesPage: {
    heading: "Dates for every year",
    lead: "The dates the rule gives for every year from the first edition in 2007 to ten years ahead. Each week starts on the first Monday of February.",
    caption: "International Networking Week dates by year",
    columns: {
      year: "Year",
      monday: "Monday",
      business: "Business days",
      whole: "Whole week",
    },
    basis: { published: "Published", computed: "Computed" },
    basisNote:
      "Published: a source gave that year's dates, and the year's page names it. Computed: no source found gives them, so they follow from the rule; no BNI source gives dates for the years to come.",
    thisYearBadge: "This year",
    aboutThemes: "About the themes",
    ruleHeading: "The rule",
    rule: "International Networking Week starts on the first Monday of February and runs to the following Sunday: the first full Monday-to-Sunday week of the month. Monday to Friday are its business days; many calendars show all seven days. When 1 February is itself a Monday, the week starts that day.",
    evidenceHeading: "The evidence",
    evidence: [
      {
        label: "2007:",
        text: "1 February was a Thursday, and the first edition ran from Monday 5 to Friday 9 February. A BNI director wrote in November 2006 that the week would be held in the first full week of February from then on.",
      },
      { label: "2010:", text: "1 February was a Monday, and the week ran 1–5 February." },
      {
        label: "2018 and 2022 to 2025:",
        text: "observance calendars gave 5–9 February 2018, 7 February 2022, 6 February 2023, 5 February 2024 and 3–9 February 2025, each starting on the first Monday of February. They apply the same rule, so they agree with it without proving it; a TV report on the week aired on 8 February 2023, within that year's week.",
      },
    ],
    noSundayWeek: "No source uses a Sunday-to-Saturday week.",
    trickyHeading: "Years that are easy to misread",
    tricky:
      "“The first full week of February” can be misread in years where 1 February is a Monday (2021, 2027, 2038) or a Sunday (2026, 2032). When it is a Monday, the week that starts that day is already full, so it is the first: in 2010, when 1 February was a Monday, the week ran 1–5 February, not a week later. When it is a Sunday, the first full Monday-to-Sunday week starts the next day, Monday 2 February. This site follows the rule in those years too. One TV station wrote “second full week” in 2023, which contradicts every other source and its own air date.",
  },

  yearPage: {
    heading: "International Networking Week {year}",
    imageAlt: "International Networking Week {year}: {whole}",
    shareText: "International Networking Week {year}: {whole}",
    themeHeading: "Theme",
    noTheme: "No theme is known for {year}. {link} lists the ones that are.",
    themesPageLink: "The themes page",
    aboutThemes: "About the themes",
    aboutHeading: "About {year}",
    mondayFirstPast: "1 February {year} was a Monday, so the week started that very day.",
    mondayFirstFuture: "1 February {year} is a Monday, so the week starts that very day.",
    sundayFirstPast:
      "1 February {year} was a Sunday, so the first full Monday-to-Sunday week started the next day, {monday}.",
    sundayFirstFuture:
      "1 February {year} is a Sunday, so the first full Monday-to-Sunday week starts the next day, {monday}.",
    /** After the note on a year whose 1 February is a Monday (2021, 2027, 2038). */
    misreadMonday:
      "“The first full week of February” can be misread in such a year as the week after; in 2010, when 1 February was also a Monday, the week ran 1–5 February.",
    /** After the note on a year whose 1 February is a Sunday (2026, 2032). */
    misreadSunday:
      "“The first full week of February” can be misread in such a year as starting on Sunday the 1st; no source uses a Sunday-to-Saturday week.",
    otherYears: "Other years",
    everyYear: "Every year",
    datesHeading: "Where these dates come from",
    /** Sources from the time, independent of the rule (2007, 2010): `{sources}` lists them. */
    publishedIndependently: "{sources} gave these dates at the time.",
    /** Observance calendars (2018, 2022 to 2025). */
    publishedByCalendars:
      "{sources} published when this week starts. Observance calendars apply the same rule, so they agree with it without proving it.",
    /** WDTN's report of 8 February 2023: `{date}` is its air date. */
    reportAired: "A TV report on the week by WDTN aired on {date}, within these dates.",
    computedPast: "No source found gives the dates of {year}: they are computed from {rule}.",
    computedFuture:
      "BNI has not published dates for {year}: they are computed from {rule}, which every date published from 2007 to 2025 follows.",
    ruleLink: "the rule",
  },

  /** What is known of particular editions (sources in src/data/year-notes.ts). */
  yearNotes: {
    2007: [
      "The first edition ran from Monday 5 to Friday 9 February 2007, with Tuesday 6 February as the official networking day.",
      "The idea had come up at BNI's international directors' conference in Long Beach, California, in November 2006. A BNI director who was there wrote that the week would be held in the first full week of February from then on, and credited Geoff Kirkwood, BNI's national director for Australia, with sparking the idea.",
      "In London, BNI marked the week with a “BNI Big Breakfast”.",
    ],
    2009: [
      "BNI Israel held an International Networking Week conference in Petah Tikva on 4 February 2009, with more than 300 people attending.",
    ],
    2010: [
      "An official website listed the week's events, and an event like the 2007 “BNI Big Breakfast” was planned in London, with about 400 people expected.",
    ],
    2020: [
      "In Australia, BNI Australia's national director used the week's theme to thank, among others, the people who had donated to BNI Foundation Australia's bushfire fundraising.",
      "In Italy, the week opened in Abruzzo, at Francavilla al Mare, on Saturday 1 February 2020, two days before its Monday; the proceeds of that opening day went to BNI's “Business Voices” school projects.",
    ],
    2021: [
      "For many chapters, the 2021 week fell in the period when BNI met online: chapters moved their meetings online in March 2020, and hybrid meetings came back at different times in different countries (in the UK, from 1 October 2021).",
    ],
    2025: ["National Today gave the 2025 week as 3–9 February."],
  },

  history: {
    heading: "History",
    lead: "How an idea that came up at a BNI conference in 2006 became a week marked in February, as far as the sources record it.",
    bniHeading: "BNI",
    bni: [
      "International Networking Week® is an initiative of BNI: Business Network International (not “Business Networking International”, a common misnaming). Dr. Ivan Misner founded BNI in 1985, and its first group held its official kick-off on 8 January 1985. Misner calls BNI's approach “relationship networking”: long-term relationships that benefit both sides.",
      "BNI's size, as reported at the time: in February 2023 Misner counted more than 10,900 BNI chapters; WDTN, a TV station, reported nearly 11,000 chapters and 300,000 members that same month; in October 2023 the Halifax Courier reported over 300,000 members in seventy-seven countries; in June 2025 Il Giorno reported over 11,200 chapters in 76 countries; and in January 2026 Prabhat Khabar reported over 11,645 chapters and over 356,000 members in 76 countries. No source counts the events or countries of International Networking Week itself.",
    ],
    /** The timeline, oldest first; an entry whose `when` names a year from 2007 links to its page. */
    timeline: [
      {
        when: "November 2006",
        title: "The idea",
        text: "The idea came up at BNI's international directors' conference in Long Beach, California: a week with one official networking day. A BNI director who was there wrote that the week would take place in the first full week of February from then on, and credited Geoff Kirkwood, BNI's national director for Australia, with sparking the idea.",
      },
      {
        when: "February 2007",
        title: "The first week",
        text: "The first International Networking Week ran 5–9 February 2007, with 6 February as the official networking day. In London it was marked with a “BNI Big Breakfast”. Misner later wrote that he had helped BNI launch it that year.",
      },
      {
        when: "February 2009",
        title: "Israel",
        text: "BNI Israel held an International Networking Week conference in Petah Tikva on 4 February 2009, attended by more than 300 people.",
      },
      {
        when: "February 2010",
        title: "An official events list",
        text: "An official website listed the week's events, and an event like the 2007 “BNI Big Breakfast” was planned in London, with about 400 people expected. 1 February was a Monday, and the week ran 1–5 February.",
      },
      {
        when: "February 2020",
        title: "One million thank-yous",
        text: "BNI's theme for the week was “One Million Thank You's”, and its posts for the week ran as “A Week of One Million Thank You's”: stories from BNI leaders in several countries. In Australia, BNI Australia's national director used it to thank, among others, the donors to BNI Foundation Australia's bushfire fundraising; in Italy, the week opened in Abruzzo on 1 February, and the proceeds of that opening day went to school projects.",
      },
      {
        when: "February 2021",
        title: "Meeting online",
        text: "BNI chapters had moved their meetings online in March 2020, and hybrid meetings came back at different times in different countries (in the UK, from 1 October 2021), so for many chapters the 2021 week fell in their online period.",
      },
    ],
    yearLink: "{year} in detail",
    todayWhen: "Every February",
    todayTitle: "The week today",
    today:
      "Observance calendars give dates for 2022 to 2025 that still fall in the first full week of February. In 2023 Misner wrote that the week began as a way for business leaders around the world to connect and build their networking skills together, and that its aim is to recognise the power of networking.",
    datesLink: "Every year's dates",
  },

  themes: {
    heading: "Themes",
    lead: "Some years of International Networking Week had a theme. These are the ones we could find a source for, each with its source and how certain it is.",
    statuses: {
      /**
       * `sentence` gives a year's theme on its page and under its row in the dates table, with
       * `{year}` and `{theme}` (the title quoted, then on the year page its translation); a
       * theme not from BNI is always attributed, never stated as fact.
       */
      confirmed: {
        label: "Confirmed by BNI",
        sentence: "The {year} theme, confirmed by BNI, was {theme}.",
      },
      /** Given by one observance calendar only, never by BNI: always attributed to it. */
      reported: {
        label: "One observance calendar only; not confirmed by BNI",
        sentence:
          "One observance calendar gives {theme} as the {year} theme; BNI has not confirmed it.",
      },
    },
    /**
     * A translation shown beside a theme's original title, keyed by that title; none in English.
     * `translations` stands on its own line on the themes page, title-cased as the language
     * writes a title; `translationsInSentence` is the same inside a sentence, in the language's
     * sentence case (the year page's "({translation})"), as the prose of these files writes it.
     */
    translations: {} as Partial<Record<string, string>>,
    translationsInSentence: {} as Partial<Record<string, string>>,
    source: "Source:",
    mixUpHeading: "The 2020 mix-up",
    mixUp:
      "One observance calendar, the one that gives the 2019 theme, gives “Dreaming Big” as the theme of 2020. BNI's own source gives another: in the words of BNI Australia's national director, the 2020 theme was “One Million Thank You's”, and BNI's posts for the week ran as “A Week of One Million Thank You's”. “Dream Big” was the motto of BNI's Global Convention in Warsaw in November 2019, a separate event, and is the likely origin of the mix-up.",
    otherYearsHeading: "Other years",
    otherYears:
      "No theme is known here for any year since {firstYear} other than {knownYears}. If a year had one, it has not been found in a source we can cite, so this site does not guess.",
  },

  observe: {
    heading: "Ways to observe",
    lead: "Taking part doesn't require an organised event. Here are ideas for one person, a group and a company, drawn from how the week has been marked and from networking advice.",
    hashtagLabel: "The week's hashtag",
    copyHashtag: "Copy hashtag",
    ways: [
      {
        heading: "On your own",
        items: [
          "Get back in touch with people you've lost sight of, and meet someone new.",
          "Thank the people who helped you or referred business to you, as BNI did in 2020 with its “One Million Thank You's” theme.",
          "Go to an event, a seminar, a talk or a mixer.",
          "Use {hashtag} to post about what networking has done for you.",
        ],
      },
      {
        heading: "As a group",
        items: [
          "Hold a networking breakfast, as BNI did in London with its “BNI Big Breakfast” in 2007; a similar London event was planned for 2010.",
          "Hold a visitors' day: invite friends, family, colleagues or clients to a meeting, and send the invitations about two weeks ahead (BNI New Zealand's advice for its own national networking week, in March 2015).",
          "Invite guest speakers: during that week in New Zealand, a BNI group in Dunedin had speakers such as the chief executive of the local Chamber of Commerce and the mayor, and around 40 visitors.",
          "Invite another group to a joint event, so networks network with each other.",
          "Tie the week to a cause: in 2020 BNI Australia's national director used the week's theme to thank donors to BNI Foundation Australia's bushfire fundraising, and in Italy the opening day's proceeds went to school projects.",
        ],
      },
      {
        heading: "At work",
        items: [
          "Host a small networking get-together at your workplace.",
          "Organise a seminar or a talk on networking, or a fundraiser or a mixer.",
        ],
      },
    ],
    tipsHeading: "Ivan Misner's networking tips",
    tipsIntro:
      "BNI's founder offers this as general networking advice, not advice for the week in particular, but it suits the week well:",
    tips: [
      "Call your clients just to check in, without asking for referrals.",
      "Call everyone who has referred business to you.",
      "List 50 people you want to stay in touch with this year.",
      "At an event, introduce yourself to the person standing alone, open with questions, and don't sell in a first conversation.",
    ],
  },

  /**
   * The questions page. Answers state only what ../shared/facts/README.md supports; `{rule}`,
   * `{feed}` and `{sources}`-style placeholders become links, and the week's `{year}`, `{whole}`
   * and `{business}` are kept current by the browser script.
   */
  faq: {
    heading: "Questions and answers",
    lead: "Short answers to what people ask about International Networking Week, from the sources listed at the foot of the page.",
    /** The next or ongoing week. */
    whenQuestion: "When is International Networking Week {year}?",
    whenAnswer:
      "International Networking Week {year} runs {whole}, Monday to Sunday; its business days are {business}. The week starts on the first Monday of February, the rule that every dated source since 2007 follows; no BNI source gives dates for the years to come, so these are computed from {rule}.",
    ruleLink: "the rule",
    /** The week after it. Each question names the week: search engines read it on its own. */
    nextQuestion: "When is International Networking Week {year}?",
    nextAnswer:
      "In {year}, International Networking Week runs {whole}; its business days are {business}. These dates too are computed from the rule.",
    whatQuestion: "What is International Networking Week?",
    whatAnswer:
      "A yearly week that BNI launched in 2007 to celebrate the part networking plays in the development and success of businesses around the world. It falls in the first full week of February; groups mark it with events and networking breakfasts, and anyone can take part by getting back in touch with the people in their network.",
    dayQuestion: "Is there an International Networking Day?",
    dayAnswer:
      "The week began with one: in its first edition, 5–9 February 2007, Tuesday 6 February was the official networking day. The sources found give no official networking day for a later year. International Networking Day®, like the week's name, is a trademark of BNI Global, LLC, according to BNI's 2019 leadership team manual.",
    holidayQuestion: "Is International Networking Week a public holiday?",
    holidayAnswer:
      "No source says so. It is a business observance launched by BNI, a networking organisation.",
    organiserQuestion: "Who organises International Networking Week?",
    organiserAnswer:
      "BNI (Business Network International), which launched the week in 2007. Dr. Ivan Misner founded BNI in 1985, and its first group held its official kick-off on 8 January 1985. BNI's groups and national organisations mark the week with their own events, such as BNI Israel's conference in Petah Tikva in 2009.",
    memberQuestion: "Do I have to be a BNI member to take part in International Networking Week?",
    memberAnswer:
      "No source limits it to BNI members. The ways to observe it that the sources describe, such as getting back in touch with old contacts, making new ones or holding an event at work, are open to anyone. BNI's 2011 social-media guidelines ask members who want to use BNI's marks online to get their local director's approval first.",
    /** Whether the next or ongoing week has a theme; with one, the theme's sentence answers. */
    themeQuestion: "Is there a theme for International Networking Week {year}?",
    noThemeAnswer:
      "No theme for {year} has been found in a source. BNI confirmed one for 2020, “One Million Thank You's”, and one observance calendar gives “A New World of Opportunity” for 2019, which BNI has not confirmed; no other year's theme is known.",
    hashtagQuestion: "What is the hashtag for International Networking Week?",
    hashtagAnswer: "{hashtag}: the one hashtag the sources give for the week.",
    differentDatesQuestion:
      "Why might some pages give other dates for International Networking Week?",
    differentDatesAnswer:
      "“The first full week of February” can be misread when 1 February is a Monday or a Sunday. When it is a Monday (as in 2021, 2027 and 2038), the week that starts that day is already full, so it is the first: in 2010, when 1 February was a Monday, the week ran 1–5 February. When it is a Sunday (as in 2026 and 2032), the first full Monday-to-Sunday week starts the next day; no source uses a Sunday-to-Saturday week.",
    calendarQuestion: "How do I add International Networking Week to my calendar?",
    calendarAnswer:
      "Subscribe to {feed}: one event for the week's business days that repeats on the first Monday of February, so your calendar stays right without updates. Each year's page also has that year's calendar file and a Google Calendar link.",
    feedLink: "the calendar feed",
  },

  notFound: {
    heading: "Page not found",
    lead: "There is no page at this address. It may have moved, or the link may be wrong.",
    datesHint:
      "Looking for the dates? {dates} are on one page, and each year has its own, at an address such as {example}.",
    datesLink: "Every year's dates",
    elsewhereHeading: "Try one of these",
    links: {
      home: "Home",
      dates: "Dates for every year",
      history: "History",
      themes: "Themes",
      observe: "Ways to observe",
      faq: "Questions and answers",
    },
  },

  /** The toolkit page (/toolkit/) and the files it offers, and the links to it from other pages. */
  toolkit: {
    /** The menu's label, and the breadcrumb's. */
    nav: "Toolkit",
    /** `{year}` is the featured week's year. */
    title: "International Networking Week {year} toolkit: posts, images, poster",
    description:
      "Everything to spread the word about International Networking Week {year}: texts to post, images, a poster to print, an invitation, a plan and a badge for your website.",
    heading: "The {year} toolkit",
    /** `{dates}`: the featured week, such as "1–7 February 2027". */
    lead: "Everything you need to spread the word about International Networking Week, {dates}, in a few minutes: texts to post, images, a poster, an invitation, a plan and a badge for your website. No account and nothing to install: every file is made by this site.",
    contents: "On this page",
    /** The link from the home page, the observe page and each year page. */
    linkName: "The {year} toolkit",
    linkSummary:
      "Ready-made posts, images, a poster to print, an invitation and a badge for your website.",
    posts: {
      heading: "Posts, ready to copy",
      intro:
        "These texts are this site's suggestions: change them as you like. Each gives the week's dates, the hashtag and a link to the week's page.",
      linkedin: {
        heading: "For LinkedIn",
        text: "International Networking Week is {dates}: a week launched by BNI in 2007 for celebrating what networking does for businesses.\n\nThis year I want to use it to say thank you. Much of my work has come to me through people who took the time to introduce me, recommend me or share what they know. To all of you: thank you.\n\nAnd an invitation: if we haven't spoken in a while, let's catch up this week. If we have never met, I would be glad to.\n\nWhat has networking done for you?\n\n{hashtag}\n{url}",
        copy: "Copy the LinkedIn text",
        note: "LinkedIn's share link carries only the page's address, not a text. So, in this order:",
        stepCopy: "copy the text with the button above (or select it);",
        stepShare: "then {link}, and paste the text into the post.",
        share: "share on LinkedIn",
      },
      x: {
        heading: "For X",
        text: "International Networking Week: {dates}. A good week to thank the people who helped you, and to get back in touch with someone you've lost sight of. Who will you thank? {hashtag} {url}",
        copy: "Copy the X text",
        /** `{count}`: the text's length as X counts it. */
        length: "{count} of X's 280 characters, the link counted as 23, as X counts it.",
        post: "Post it on X",
      },
      short: {
        heading: "For Facebook, Instagram or WhatsApp",
        text: "It's International Networking Week, {dates}! Who will you thank this week? {hashtag} {url}",
        copy: "Copy the short text",
        facebook: "Share on Facebook",
        facebookNote:
          "(like LinkedIn's, Facebook's share link carries only the address: paste the text into the post)",
        whatsapp: "Send on WhatsApp",
      },
    },
    images: {
      heading: "Images to download",
      intro:
        "For {year}, with the week's name, dates and hashtag, readable on a phone. Each comes with a text to paste as its description (alt text) for people who cannot see it.",
      formats: {
        square: "Square, for feeds",
        story: "Story, for Instagram and WhatsApp status",
        landscape: "Landscape, for LinkedIn and Facebook",
      },
      /** `{size}`: the file's size, such as "48 kB". */
      download: "Download the PNG ({width}×{height}, {size})",
      altLabel: "Alt text",
      alt: "International Networking Week, {dates}, the first full week of February. {hashtag}",
      copyAlt: "Copy the alt text",
    },
    poster: {
      heading: "A poster to print",
      intro:
        "One page with the week's name and dates, a line on what it is, and room to write in your event: what, where and when.",
      a4: "Poster, A4 (PDF, {size})",
      letter: "Poster, US Letter (PDF, {size})",
      /** The poster's own words: its document title, the heading above the lines, and their labels. */
      documentTitle: "International Networking Week {year}: poster",
      invitation: "Join us",
      what: "What",
      where: "Where",
      when: "When",
    },
    invitation: {
      heading: "An invitation",
      intro:
        "An e-mail for a visitors' day or a networking breakfast, from this site's suggestions: fill in the parts in square brackets.",
      subjectLabel: "Subject",
      bodyLabel: "Message",
      subject:
        "Invitation: [a visitors' day / a networking breakfast] for International Networking Week, {dates}",
      body: "Hello [name],\n\nInternational Networking Week is {dates}, and to mark it [our group] is holding [a visitors' day / a networking breakfast]. I would be glad to have you there as my guest.\n\nWhen: [day and time]\nWhere: [place]\nWhat: [the programme: introductions, a guest speaker, time to talk]\n\nIt is a relaxed way to meet local business people, hear what they do and tell them about your work. Just let me know by [date] if you can come, and feel free to bring a colleague.\n\nBest regards,\n[your name]\n[your phone number]",
      copySubject: "Copy the subject",
      copyBody: "Copy the message",
      open: "Open it in your mail program",
    },
    plan: {
      heading: "A plan",
      /** `{source}` in a step is a link to where that advice comes from. */
      intro: "This site's suggestion, step by step; where a step comes from a source, it names it.",
      /** `{date}`: the Monday that starts each period. */
      steps: [
        {
          when: "Three weeks before, from {date}",
          items: [
            "Choose what to hold (a visitors' day, a networking breakfast, a joint event with another group), set the day and book the place.",
            "Invite a guest speaker. For BNI New Zealand's own national networking week in March 2015, a group in Dunedin had speakers such as the chief executive of the local Chamber of Commerce and the mayor ({source}).",
          ],
        },
        {
          when: "Two weeks before, from {date}",
          items: [
            "Send the invitation above. BNI New Zealand's advice for its own national networking week in March 2015 was to send visitor invites about two weeks ahead ({source}).",
            "Print the poster and put it up, and add the badge to your website.",
          ],
        },
        {
          when: "One week before, from {date}",
          items: [
            "Post the LinkedIn text with an image, and remind the people you invited.",
            "Confirm the speaker, the place and the programme.",
          ],
        },
        {
          when: "During the week, {date}",
          items: [
            "Hold your event and welcome each visitor in person.",
            "Post the short text with the story image, and get back in touch with someone you have lost sight of.",
          ],
        },
        {
          when: "The week after, from {date}",
          items: [
            "The thank-you round: thank your guests, your speaker and the people who referred business to you, as BNI did in 2020 with its “One Million Thank You's” theme ({source}).",
            "Follow up with each visitor.",
          ],
        },
      ],
      bniMembers:
        "For BNI members: BNI's social-media guidelines ask members to get their Director's approval before using BNI's marks online ({source}).",
    },
    badge: {
      heading: "A badge for your website",
      intro:
        "A small image with the next week's dates, for a chapter's or a company's website. It is redrawn with this site every day, so it always shows the coming week. Paste this code into your page:",
      /** The badge's alt text in the code to paste: the same every year, as the image changes. */
      alt: "International Networking Week: the dates of the next week",
      code: "Code for your website",
      copy: "Copy the code",
    },
  },
};

export type SiteStrings = typeof en;
export default en;
