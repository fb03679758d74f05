/**
 * Every word of the Hebrew site; the shape and the facts are en.ts's. Dates are Gregorian, as
 * Hebrew writes them: "יום שני, 1 בפברואר 2027" (date-fns `he`, the month after "ב"). Names and
 * titles in Latin letters stay as they are; the pages isolate them where bidi would move their
 * punctuation, and a left-to-right mark (\u200e) keeps a Latin name's "®" and the "." of ".ics"
 * on the Latin side. BNI Israel calls a chapter "קבוצה" (bni.co.il) and spells the founder
 * "איוון מייזנר"; his name in Latin letters follows at its first mention on a page. Quotation
 * marks are straight ("…"), as Israeli web publishers write them; gershayim (״) and geresh (׳)
 * are their own Hebrew characters, as date-fns' "פבר׳" is.
 */
import type { SiteStrings } from "./en";

const he: SiteStrings = {
  dates: {
    longDate: "{weekday}, {day} ב{month} {year}",
    dayRange: "{firstDay}–{lastDay} ב{month} {year}",
    dayRangeWithoutYear: "{firstDay}–{lastDay} ב{month}",
    shortDayRange: "{firstDay}–{lastDay} ב{monthShort}",
    shortDate: "{day} ב{monthShort}",
    firstOfMonth: "1",
    monthOfYear: "{month} {year}",
    dayOfYear: "{day} ב{month} {year}",
    upcomingTomorrow: "מתחיל מחר",
    // Two days are "יומיים", one word, as Hebrew says it.
    upcoming: { two: "מתחיל בעוד יומיים", other: "מתחיל בעוד {count} ימים" },
    ongoing: "מתקיים עכשיו: יום {day} מתוך 7",
    endedYesterday: "הסתיים אתמול",
    ended: { two: "הסתיים לפני יומיים", other: "הסתיים לפני {count} ימים" },
    endedLongAgo: "התקיים בעבר",
    startsLater: "מתחיל ב{date}",
    nextWeekBadge: { upcoming: "הקרוב", ongoing: "מתקיים עכשיו" },
  },

  site: {
    description:
      "מתי מתקיים International Networking Week בכל שנה: התאריכים, ההיסטוריה, הנושאים ודרכים לציין אותו, עם מקורות.",
    skipLink: "דילוג לתוכן",
    mainNavigation: "ראשי",
    languageNavigation: "שפה",
    breadcrumb: "פירורי לחם",
    nav: {
      home: "בית",
      dates: "תאריכים",
      history: "היסטוריה",
      themes: "נושאים",
      observe: "השתתפות",
    },
    footer: {
      independent:
        "אתר עצמאי, שאינו קשור ל-BNI ואינו מאושר על ידה. International Networking Week הוא סימן מסחר רשום של BNI (Business Network International), כפי {link}.",
      independentLink: "שמציין איוון מייזנר",
      computed:
        "כל עמוד מפרט את המקורות של העובדות שהוא מציג. התאריכים מחושבים לפי {rule} וזמינים גם כ-{json}.",
      ruleLink: "הכלל",
      jsonLink: "JSON",
      noTracking: "בלי פרסומות, בלי מעקב, בלי עוגיות.",
    },
    asOf: "התאריכים והספירה לאחור נכונים ל-{date}.",
    builtOn: "העמוד עודכן לאחרונה ב-{date}.",
    imageFooter: "השבוע המלא הראשון של פברואר · מאז 2007",
    quoted: '"{text}"',
  },

  pages: {
    home: {
      title: "International Networking Week: תאריכים, היסטוריה ודרכים לציין אותו",
      description:
        "מתי מתקיים International Networking Week השנה ובכל שנה, עם ההיסטוריה שלו, הנושאים שלו ודרכים לציין אותו, הכול מגובה במקורות.",
    },
    dates: {
      title: "התאריכים של International Networking Week לכל שנה",
      description:
        "התאריכים של International Networking Week לכל שנה מאז 2007: יום שני הראשון של פברואר, ימי העבודה והשבוע כולו.",
    },
    history: {
      title: "ההיסטוריה של International Networking Week",
      description:
        "איך BNI השיקה את International Networking Week ב-2007 ואיך צוין מאז, מארוחת בוקר בלונדון בשנתו הראשונה ועד שבוע התודות של 2020.",
    },
    themes: {
      title: "הנושאים של International Networking Week לפי שנה",
      description:
        "הנושאים השנתיים הידועים של International Networking Week, כל אחד עם המקור שלו ומידת האימות שלו, והסבר על הבלבול של 2020.",
    },
    observe: {
      title: "איך לציין את International Networking Week",
      description:
        "דרכים לציין את International Networking Week באופן אישי, כקבוצה או כחברה, מימי אורחים ועד שיחות תודה.",
    },
    year: {
      title: "International Networking Week {year}: {days}",
      description:
        "International Networking Week {year}: משני עד ראשון, {whole}; ימי העבודה: {business}. הסטטוס שלו, הנושא וקישורים ליומן.",
      imageBusinessDays: "שני עד שישי: {business}",
      imageWholeWeek: "השבוע כולו: {whole}",
    },
    notFound: {
      title: "העמוד לא נמצא: International Networking Week",
      description:
        "העמוד הזה אינו קיים. כאן תמצאו את התאריכים, ההיסטוריה, הנושאים ודרכים לציין את השבוע.",
    },
  },

  share: {
    heading: "שיתוף",
    networks: {
      linkedin: "שיתוף ב-LinkedIn",
      x: "שיתוף ב-X",
      facebook: "שיתוף ב-Facebook",
      email: "שיתוף בדוא״ל",
    },
    pageLink: "קישור לעמוד הזה",
    copyLink: "העתקת הקישור",
    more: "עוד…",
    copied: "הועתק ללוח.",
    copyFailed: "ההעתקה נכשלה: סמנו את הטקסט והעתיקו אותו ידנית.",
    shareFailed: "השיתוף נכשל: השתמשו באחד הקישורים שלמעלה.",
    homeText:
      "International Networking Week: מתי הוא מתקיים השנה ובכל שנה, עם ההיסטוריה שלו ודרכים לציין אותו",
  },

  calendar: {
    subscribe: "הרשמה ליומן",
    file: "קובץ יומן (\u200e.ics)",
    hint: "אירוע אחד לימי העבודה של השבוע, שני עד שישי, שחוזר בכל שנה ביום שני הראשון של פברואר, כך שהיומן שלכם יישאר מדויק בלי צורך לעדכן אותו.",
    google: "הוספה ליומן Google",
    feedDescription:
      "International Networking Week הוא השבוע המלא הראשון של פברואר: הוא מתחיל ביום שני הראשון של פברואר ונמשך עד יום ראשון. האירוע הזה כולל את ימי העבודה שלו, שני עד שישי. התאריכים לכל שנה: {siteUrl}",
    yearDescription:
      "International Networking Week {year} מתחיל ביום שני הראשון של פברואר ונמשך עד יום ראשון. האירוע הזה כולל את ימי העבודה שלו, {business}. עוד: {pageUrl}",
    googleDetails:
      "International Networking Week הוא השבוע המלא הראשון של פברואר, משני עד ראשון. האירוע הזה כולל את ימי העבודה שלו, שני עד שישי. עוד: {pageUrl}",
  },

  sources: {
    heading: "מקורות",
    kinds: {
      blog: "בלוג",
      bniDirectorBlog: "בלוג של מנהל ב-BNI",
      blogPost: "רשומת בלוג",
      newsReport: "כתבה חדשותית",
      tagArchive: "רשומות עם התגית הזו",
      website: "אתר",
    },
  },

  week: {
    starts: "מתחיל",
    businessDays: "ימי עבודה",
    wholeWeek: "השבוע כולו",
    fromTo: "מ{start} עד {end}",
    featuredDetail: "מתחיל ב{date}; ימי העבודה: {days}.",
    featuredName: "International Networking Week",
    featuredLink: "השבוע של {year}",
    allYears: "התאריכים של כל השנים",
    yearLink: "הכול על {year}",
  },

  home: {
    eyebrow: "השבוע המלא הראשון של פברואר, מאז 2007",
    lead: "שבוע שנתי שהשיקה BNI ב-2007, כדי לחגוג את מה שהנטוורקינג תורם לעסקים.",
    whenHeading: "מתי השבוע מתקיים?",
    whenIntro:
      "השבוע מתחיל ביום שני הראשון של פברואר ונמשך עד יום ראשון; שני עד שישי הם ימי העבודה שלו.",
    occurrences: { last: "השנה שעברה", this: "השנה", next: "השנה הבאה" },
    calendarHeading: "ביומן שלכם",
    whatHeading: "במה מדובר",
    what: [
      "BNI (Business Network International), שייסד ד״ר איוון מייזנר (Ivan Misner) ב-1985, השיקה את International Networking Week®\u200e ב-2007. הרעיון עלה בכנס המנהלים הבין-לאומי של BNI בלונג ביץ׳, קליפורניה, בנובמבר 2006, והאירוע מתקיים בשבוע המלא הראשון של פברואר.",
      "BNI מציגה את השבוע כחגיגה של תרומת הנטוורקינג לעסקים ברחבי העולם. קבוצות מציינות אותו באירועים, בסמינרים ובארוחות בוקר של נטוורקינג, וכל אחד יכול להשתתף בכך שיחדש את הקשר עם האנשים שברשת הקשרים שלו.",
    ],
    whyHeading: "למה זה חשוב",
    why: 'מייזנר מכנה את הגישה של BNI "relationship networking" (נטוורקינג מבוסס מערכות יחסים): בניית קשרים ארוכי טווח ששני הצדדים מרוויחים מהם.',
    exploreHeading: "עוד באתר",
    sections: {
      dates: "כל שנה מאז 2007 ועשר שנים קדימה, עם הכלל והראיות התומכות בו.",
      history:
        "מרעיון בכנס של BNI ב-2006 ועד אירועים בלונדון, בישראל ובאיטליה, ושבוע של תודות ב-2020.",
      themes: "הנושאים השנתיים הידועים, עם המקורות שלהם, והבלבול של 2020.",
      observe: "רעיונות ליחידים, לקבוצות ולחברות, מארוחות בוקר ועד שיחות תודה.",
    },
  },

  datesPage: {
    heading: "התאריכים לכל שנה",
    lead: "התאריכים לפי הכלל לכל שנה, מ-2007, השנה הראשונה שבה צוין השבוע, ועד עשר שנים קדימה. כל שבוע מתחיל ביום שני הראשון של פברואר.",
    caption: "התאריכים של International Networking Week לפי שנה",
    columns: { year: "שנה", monday: "יום שני", business: "ימי עבודה", whole: "השבוע כולו" },
    thisYearBadge: "השנה",
    aboutThemes: "על הנושאים",
    ruleHeading: "הכלל",
    rule: "International Networking Week מתחיל ביום שני הראשון של פברואר ונמשך עד יום ראשון שאחריו: השבוע המלא הראשון של החודש, משני עד ראשון. שני עד שישי הם ימי העבודה שלו; יומנים רבים מציגים את כל שבעת הימים. כשה-1 בפברואר עצמו חל ביום שני, השבוע מתחיל באותו יום.",
    evidenceHeading: "הראיות",
    evidence: [
      {
        label: "2007:",
        text: "ה-1 בפברואר חל ביום חמישי, והשבוע צוין לראשונה מיום שני ה-5 עד יום שישי ה-9 בפברואר. מנהל ב-BNI כתב בנובמבר 2006 שמעתה השבוע יתקיים בשבוע המלא הראשון של פברואר.",
      },
      { label: "2010:", text: "ה-1 בפברואר חל ביום שני, והשבוע התקיים ב-1–5 בפברואר." },
      {
        label: "2022 עד 2025:",
        text: "התאריכים שפורסמו (7 בפברואר 2022, 6 בפברואר 2023, 5 בפברואר 2024 ו-3–9 בפברואר 2025) מתחילים כולם ביום שני הראשון של פברואר.",
      },
    ],
    noSundayWeek: "אף מקור אינו משתמש בשבוע שמתחיל ביום ראשון ומסתיים בשבת.",
    trickyHeading: "שנים שקל לטעות בהן",
    tricky:
      'את "השבוע המלא הראשון של פברואר" אפשר להבין לא נכון בשנים שבהן ה-1 בפברואר חל ביום שני (2021, 2027, 2038) או ביום ראשון (2026, 2032). כשהוא חל ביום שני, השבוע שמתחיל באותו יום כבר מלא, ולכן הוא הראשון: ב-2010, כשה-1 בפברואר חל ביום שני, השבוע התקיים ב-1–5 בפברואר, ולא שבוע אחר כך. כשהוא חל ביום ראשון, השבוע המלא הראשון משני עד ראשון מתחיל למחרת, ביום שני, 2 בפברואר. האתר הזה פועל לפי הכלל גם בשנים האלה. תחנת טלוויזיה אחת כתבה ב-2023 "second full week" (השבוע המלא השני), בניגוד לכל שאר המקורות ולתאריך השידור שלה עצמה.',
  },

  yearPage: {
    heading: "International Networking Week {year}",
    imageAlt: "International Networking Week {year}: {whole}",
    shareText: "International Networking Week {year}: {whole}",
    themeHeading: "נושא",
    noTheme: "לא ידוע נושא לשנת {year}. {link} מפרט את הנושאים הידועים.",
    themesPageLink: "עמוד הנושאים",
    aboutThemes: "על הנושאים",
    aboutHeading: "על {year}",
    mondayFirstPast: "ה-1 בפברואר {year} חל ביום שני, ולכן השבוע התחיל באותו יום עצמו.",
    mondayFirstFuture: "ה-1 בפברואר {year} חל ביום שני, ולכן השבוע מתחיל באותו יום עצמו.",
    sundayFirstPast:
      "ה-1 בפברואר {year} חל ביום ראשון, ולכן השבוע המלא הראשון משני עד ראשון התחיל למחרת, ב{monday}.",
    sundayFirstFuture:
      "ה-1 בפברואר {year} חל ביום ראשון, ולכן השבוע המלא הראשון משני עד ראשון מתחיל למחרת, ב{monday}.",
    misreadMonday:
      'בשנה כזו אפשר להבין בטעות את "השבוע המלא הראשון של פברואר" כשבוע שאחריו; ב-2010, כשה-1 בפברואר חל גם הוא ביום שני, השבוע התקיים ב-1–5 בפברואר.',
    misreadSunday:
      'בשנה כזו אפשר להבין בטעות את "השבוע המלא הראשון של פברואר" כשבוע שמתחיל ביום ראשון ה-1; אף מקור אינו משתמש בשבוע שמתחיל ביום ראשון ומסתיים בשבת.',
    otherYears: "שנים אחרות",
    everyYear: "כל השנים",
  },

  yearNotes: {
    2007: [
      "International Networking Week צוין לראשונה מיום שני ה-5 עד יום שישי ה-9 בפברואר 2007, ויום שלישי, 6 בפברואר, היה יום הנטוורקינג הרשמי.",
      "הרעיון עלה בכנס המנהלים הבין-לאומי של BNI בלונג ביץ׳, קליפורניה, בנובמבר 2006. מנהל ב-BNI שהיה שם כתב שמעתה השבוע יתקיים בשבוע המלא הראשון של פברואר, וציין את ג׳ף קירקווד, המנהל הארצי של BNI באוסטרליה, כמי שנתן את הניצוץ לרעיון.",
      'בלונדון ציינה BNI את השבוע ב-"BNI Big Breakfast" (ארוחת הבוקר הגדולה של BNI).',
    ],
    2009: [
      "BNI ישראל קיימה כנס של International Networking Week בפתח תקווה ב-4 בפברואר 2009, בהשתתפות יותר מ-300 איש.",
    ],
    2010: [
      "אתר רשמי פרסם רשימה של האירועים במסגרת השבוע, ובלונדון תוכננה ארוחת בוקר של נטוורקינג, שאליה היו צפויים להגיע כ-400 איש.",
    ],
    2020: [
      "באוסטרליה, המנהל הארצי של BNI Australia השתמש בנושא של השבוע באותה שנה כדי להודות, בין היתר, למי שתרמו למבצע ההתרמה של BNI Foundation Australia בעקבות שריפות היער.",
      'באיטליה נפתח השבוע באברוצו, בפרנקווילה אל מארה, ביום שבת, 1 בפברואר 2020; ההכנסות מיום הפתיחה הזה הועברו לפרויקטים "Business Voices" של BNI בבתי ספר.',
    ],
    2021: [
      "בקבוצות רבות, השבוע של 2021 חל בתקופה שבה פגישות BNI התקיימו ברשת: הקבוצות העבירו את הפגישות שלהן לרשת במרץ 2020, והפגישות חזרו במתכונת היברידית במועדים שונים במדינות שונות (בבריטניה, מה-1 באוקטובר 2021).",
    ],
    2025: ["לפי National Today, השבוע של 2025 התקיים ב-3–9 בפברואר."],
  },

  history: {
    heading: "היסטוריה",
    lead: "איך רעיון שעלה בכנס של BNI ב-2006 הפך לשבוע שמציינים בפברואר, ככל שהמקורות מתעדים זאת.",
    bniHeading: "BNI",
    bni: [
      'International Networking Week®\u200e הוא יוזמה של BNI: Business Network International (ולא "Business Networking International", טעות נפוצה בשם). ד״ר איוון מייזנר (Ivan Misner) ייסד את BNI ב-1985. מייזנר מכנה את הגישה של BNI "relationship networking" (נטוורקינג מבוסס מערכות יחסים): קשרים ארוכי טווח ששני הצדדים מרוויחים מהם.',
      "גודלה של BNI, כפי שדווח בזמנו: בפברואר 2023 מנה מייזנר יותר מ-10,900 קבוצות של BNI; תחנת הטלוויזיה WDTN דיווחה באותו חודש על כמעט 11,000 קבוצות ו-300,000 חברים; ובאוקטובר 2023 דיווח העיתון Halifax Courier על יותר מ-300,000 חברים בשבעים ושבע מדינות. אף מקור אינו מונה כמה אירועים נערכו במסגרת International Networking Week עצמו או בכמה מדינות.",
    ],
    timeline: [
      {
        when: "נובמבר 2006",
        title: "הרעיון",
        text: "הרעיון עלה בכנס המנהלים הבין-לאומי של BNI בלונג ביץ׳, קליפורניה. מנהל ב-BNI שהיה שם כתב שמעתה השבוע יתקיים בשבוע המלא הראשון של פברואר, וציין את ג׳ף קירקווד, המנהל הארצי של BNI באוסטרליה, כמי שנתן את הניצוץ לרעיון.",
      },
      {
        when: "פברואר 2007",
        title: "השבוע הראשון",
        text: 'International Networking Week צוין לראשונה ב-5–9 בפברואר 2007, ו-6 בפברואר היה יום הנטוורקינג הרשמי. בלונדון צוין השבוע ב-"BNI Big Breakfast". מייזנר כתב מאוחר יותר שעזר ל-BNI להשיק אותו באותה שנה.',
      },
      {
        when: "פברואר 2009",
        title: "ישראל",
        text: "BNI ישראל קיימה כנס של International Networking Week בפתח תקווה ב-4 בפברואר 2009, בהשתתפות יותר מ-300 איש.",
      },
      {
        when: "פברואר 2010",
        title: "רשימת אירועים רשמית",
        text: "אתר רשמי פרסם רשימה של האירועים במסגרת השבוע, ובלונדון תוכננה ארוחת בוקר של נטוורקינג, שאליה היו צפויים להגיע כ-400 איש. ה-1 בפברואר חל ביום שני, והשבוע התקיים ב-1–5 בפברואר.",
      },
      {
        when: "פברואר 2020",
        title: "מיליון תודות",
        text: 'הנושא של BNI לשבוע היה "One Million Thank You\'s" (מיליון תודות). באוסטרליה, המנהל הארצי של BNI Australia השתמש בו כדי להודות, בין היתר, למי שתרמו למבצע ההתרמה של BNI Foundation Australia בעקבות שריפות היער; באיטליה נפתח השבוע באברוצו ב-1 בפברואר, וההכנסות מיום הפתיחה הזה הועברו לפרויקטים בבתי ספר.',
      },
      {
        when: "פברואר 2021",
        title: "נפגשים ברשת",
        text: "קבוצות BNI העבירו את הפגישות שלהן לרשת במרץ 2020, והפגישות חזרו במתכונת היברידית במועדים שונים במדינות שונות (בבריטניה, מה-1 באוקטובר 2021), כך שבקבוצות רבות השבוע של 2021 חל בתקופה שבה נפגשו ברשת.",
      },
    ],
    yearLink: "עוד על {year}",
    todayWhen: "מדי פברואר",
    todayTitle: "השבוע כיום",
    today:
      "התאריכים שפורסמו ל-2022 עד 2025 עדיין חלים בשבוע המלא הראשון של פברואר. ב-2023 כתב מייזנר שהשבוע התחיל כדרך שבה אנשי עסקים ברחבי העולם יוכלו להתחבר ולפתח יחד את כישורי הנטוורקינג שלהם, ושמטרתו להכיר בכוחו של הנטוורקינג.",
    datesLink: "התאריכים של כל השנים",
  },

  themes: {
    heading: "נושאים",
    lead: "בחלק מהשנים היה ל-International Networking Week נושא. אלה הנושאים שמצאנו להם מקור, כל אחד עם המקור שלו ועם מידת הוודאות שלו.",
    statuses: {
      confirmed: {
        label: "מאושר על ידי BNI",
        sentence: "הנושא של {year}, שאושר על ידי BNI, היה {theme}.",
      },
      reported: {
        label: "מדווח על ידי צד שלישי בלבד",
        sentence: "לפי מקור מחוץ ל-BNI, הנושא של {year} היה {theme}; BNI לא אישרה זאת.",
      },
    },
    translations: {
      "A New World of Opportunity": "עולם חדש של הזדמנויות",
      "One Million Thank You's": "מיליון תודות",
    },
    translationsInSentence: {
      "A New World of Opportunity": "עולם חדש של הזדמנויות",
      "One Million Thank You's": "מיליון תודות",
    },
    source: "מקור:",
    mixUpHeading: "הבלבול של 2020",
    mixUp:
      'לפי לוח ימים מיוחדים אחד, הנושא של 2020 היה "Dreaming Big" (לחלום בגדול). מקור של BNI עצמה מציין נושא אחר: כדברי המנהל הארצי של BNI Australia, הנושא של 2020 היה "One Million Thank You\'s" (מיליון תודות), והרשומות של BNI לשבוע פורסמו תחת הכותרת "A Week of One Million Thank You\'s". "Dream Big" היה המוטו של הכנס העולמי של BNI (Global Convention) בוורשה בנובמבר 2019, אירוע נפרד, וכנראה ממנו נובע הבלבול.',
    otherYearsHeading: "שנים אחרות",
    otherYears:
      "לא ידוע כאן נושא לאף שנה מאז {firstYear} מלבד {knownYears}. אם לשנה כלשהי היה נושא, הוא לא נמצא במקור שאפשר לצטט, ולכן האתר הזה אינו מנחש.",
  },

  observe: {
    heading: "איך לציין את השבוע",
    lead: "כדי להשתתף לא צריך אירוע מאורגן. הנה רעיונות ליחידים, לקבוצות ולחברות, המבוססים על הדרכים שבהן צוין השבוע ועל עצות נטוורקינג.",
    hashtagLabel: "ההאשטאג של האירוע",
    copyHashtag: "העתקת ההאשטאג",
    ways: [
      {
        heading: "לבד",
        items: [
          "לחדש קשר עם אנשים שלא דיברתם איתם מזמן, ולהכיר מישהו חדש.",
          'להודות לאנשים שעזרו לכם או הפנו אליכם לקוחות, כפי ש-BNI עשתה ב-2020 עם הנושא "One Million Thank You\'s" (מיליון תודות).',
          "ללכת לאירוע, לסמינר, להרצאה או למפגש נטוורקינג, פנים אל פנים או ברשת.",
          "לפרסם פוסט עם {hashtag} ולספר מה הנטוורקינג עשה בשבילכם.",
        ],
      },
      {
        heading: "כקבוצה",
        items: [
          'לקיים ארוחת בוקר של נטוורקינג, כפי ש-BNI עשתה בלונדון עם "BNI Big Breakfast" ב-2007; ארוחת בוקר נוספת בלונדון תוכננה ל-2010.',
          "לקיים יום אורחים: להזמין חברים, בני משפחה, עמיתים או לקוחות לפגישת הקבוצה (העצה של BNI New Zealand לשבוע הנטוורקינג הלאומי שלה).",
          "להזמין קבוצה אחרת לאירוע משותף, כך שרשתות יתחברו זו לזו.",
          "להשתתף יחד באירוע ספיד נטוורקינג מקוון, כפי ש-BNI מציעה.",
          "לקשור את השבוע למטרה: ב-2020 השתמש המנהל הארצי של BNI Australia בנושא של השבוע באותה שנה כדי להודות למי שתרמו למבצע ההתרמה של BNI Foundation Australia בעקבות שריפות היער, ובאיטליה הועברו ההכנסות מיום הפתיחה לפרויקטים בבתי ספר.",
        ],
      },
      {
        heading: "בעבודה",
        items: [
          "לארח מפגש נטוורקינג קטן במקום העבודה.",
          "לארגן סמינר או הרצאה על נטוורקינג, או אירוע התרמה או מפגש חברתי.",
        ],
      },
    ],
    tipsHeading: "עצות הנטוורקינג של איוון מייזנר",
    tipsIntro:
      "מייסד BNI מציע אותן כעצות נטוורקינג כלליות, לא דווקא לשבוע הזה, אבל הן מתאימות לו היטב:",
    tips: [
      "להתקשר ללקוחות רק כדי לשמוע מה שלומם, בלי לבקש הפניות.",
      "להתקשר לכל מי שהפנה אליכם לקוחות.",
      "להכין רשימה של 50 אנשים שאתם רוצים לשמור איתם על קשר השנה.",
      "באירוע, להציג את עצמכם לאדם שעומד לבד, לפתוח בשאלות, ולא למכור בשיחה ראשונה.",
    ],
  },

  notFound: {
    heading: "העמוד לא נמצא",
    lead: "אין עמוד בכתובת הזו. ייתכן שהוא הועבר, או שהקישור שגוי.",
    datesHint:
      "מחפשים את התאריכים? {dates} נמצאים בעמוד אחד, ולכל שנה יש עמוד משלה, בכתובת כמו {example}.",
    datesLink: "התאריכים של כל השנים",
    elsewhereHeading: "נסו אחד מאלה",
    links: {
      home: "בית",
      dates: "התאריכים לכל שנה",
      history: "היסטוריה",
      themes: "נושאים",
      observe: "איך לציין את השבוע",
    },
  },
};

export default he;
