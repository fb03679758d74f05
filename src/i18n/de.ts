/** Every word of the German site; the shape and the facts are en.ts's. */
import type { SiteStrings } from "./en";

const de: SiteStrings = {
  dates: {
    longDate: "{weekday}, {day}. {month} {year}",
    dayRange: "{firstDay}.–{lastDay}. {month} {year}",
    dayRangeWithoutYear: "{firstDay}.–{lastDay}. {month}",
    shortDayRange: "{firstDay}.–{lastDay}. {monthShort}",
    shortDate: "{day}. {monthShort}",
    firstOfMonth: "1",
    monthOfYear: "{month} {year}",
    dayOfYear: "{day}. {month} {year}",
    upcomingTomorrow: "Beginnt morgen",
    upcoming: { other: "Beginnt in {count} Tagen" },
    ongoing: "Läuft gerade: Tag {day} von 7",
    endedYesterday: "Endete gestern",
    ended: { other: "Endete vor {count} Tagen" },
    endedLongAgo: "Frühere Ausgabe",
    startsLater: "Beginnt am {date}",
    nextWeekBadge: { upcoming: "Nächste Ausgabe", ongoing: "Läuft gerade" },
  },

  site: {
    description:
      "Wann die International Networking Week in jedem Jahr stattfindet – mit Terminen, Geschichte, Themen und Ideen zum Mitmachen, alles mit Quellen.",
    skipLink: "Zum Inhalt springen",
    mainNavigation: "Hauptnavigation",
    languageNavigation: "Sprache",
    breadcrumb: "Navigationspfad",
    nav: {
      home: "Startseite",
      dates: "Termine",
      history: "Geschichte",
      themes: "Themen",
      observe: "Mitmachen",
      faq: "FAQ",
    },
    footer: {
      independent:
        "Eine unabhängige Website, weder mit BNI verbunden noch von BNI befürwortet. International Networking Week® und International Networking Day® sind laut {link} Marken der BNI Global, LLC.",
      independentLink: "dem Leadership-Team-Handbuch von BNI aus dem Jahr 2019",
      computed:
        "Jede Seite nennt die Quellen der Fakten, die sie angibt. Die Termine werden nach {rule} berechnet und stehen auch als {json} bereit.",
      ruleLink: "der Regel",
      jsonLink: "JSON",
      noTracking: "Keine Werbung, keine Tracker, keine Cookies.",
    },
    asOf: "Stand der Termine und Countdowns: {date}.",
    builtOn: "Diese Seite wurde zuletzt am {date} aktualisiert.",
    imageFooter: "Erste volle Woche im Februar · seit 2007",
    quoted: "„{text}“",
  },

  pages: {
    home: {
      title: "International Networking Week: Termine, Geschichte, Mitmachen",
      description:
        "Wann die International Networking Week in diesem und in jedem anderen Jahr stattfindet, dazu ihre Geschichte, ihre Themen und Ideen zum Mitmachen – alles mit Quellen.",
    },
    dates: {
      title: "Termine der International Networking Week für jedes Jahr",
      description:
        "Die Termine der International Networking Week für jedes Jahr seit 2007: der erste Montag im Februar, die Arbeitstage und die ganze Woche.",
    },
    history: {
      title: "Geschichte der International Networking Week",
      description:
        "Wie BNI die International Networking Week 2007 ins Leben rief und wie sie seitdem begangen wird, vom Londoner Frühstückstreffen im ersten Jahr bis zur Woche des Dankeschöns 2020.",
    },
    themes: {
      title: "Themen der International Networking Week nach Jahr",
      description:
        "Die bekannten Jahresthemen der International Networking Week, jeweils mit Quelle und Status, und eine Erklärung der Verwechslung von 2020.",
    },
    observe: {
      title: "So machen Sie bei der International Networking Week mit",
      description:
        "Ideen, wie Sie als Einzelperson, Gruppe oder Unternehmen bei der International Networking Week mitmachen können, vom Besuchertag bis zum Dankesanruf.",
    },
    year: {
      title: "International Networking Week {year}: {days}",
      description:
        "International Networking Week {year}: Montag bis Sonntag, {whole}; Arbeitstage {business}. Mit Status, Thema und Kalenderlinks.",
      imageBusinessDays: "Montag bis Freitag: {business}",
      imageWholeWeek: "Ganze Woche: {whole}",
    },
    faq: {
      title: "International Networking Week: Fragen und Antworten",
      description:
        "Wann die International Networking Week in diesem und im nächsten Jahr stattfindet, ob es einen Networking-Tag oder ein Thema gibt, wer sie organisiert, welcher Hashtag dazugehört und wie Sie sie in Ihren Kalender eintragen.",
    },
    notFound: {
      title: "Seite nicht gefunden: International Networking Week",
      description:
        "Diese Seite gibt es nicht. Hier finden Sie Termine, Geschichte, Themen und Ideen zum Mitmachen.",
    },
  },

  share: {
    heading: "Teilen",
    networks: {
      linkedin: "Auf LinkedIn teilen",
      x: "Auf X teilen",
      facebook: "Auf Facebook teilen",
      email: "Per E-Mail teilen",
    },
    pageLink: "Link zu dieser Seite",
    copyLink: "Link kopieren",
    more: "Mehr …",
    copied: "In die Zwischenablage kopiert.",
    copyFailed:
      "Kopieren nicht möglich: Bitte markieren Sie den Text und kopieren Sie ihn manuell.",
    shareFailed: "Teilen nicht möglich: Bitte nutzen Sie einen der Links oben.",
    homeText:
      "International Networking Week: wann sie in diesem und in jedem anderen Jahr stattfindet, mit ihrer Geschichte und Ideen zum Mitmachen",
  },

  calendar: {
    subscribe: "In Ihrem Kalender abonnieren",
    file: "Kalenderdatei (.ics)",
    hint: "Ein jährlich wiederkehrender Termin für die Arbeitstage der Woche (Montag bis Freitag), jeweils ab dem ersten Montag im Februar – so bleibt Ihr Kalender aktuell, ohne dass Sie etwas tun müssen.",
    google: "Zu Google Kalender hinzufügen",
    feedDescription:
      "Die International Networking Week ist die erste volle Woche im Februar: Sie beginnt am ersten Montag im Februar und dauert bis zum Sonntag. Dieser Termin umfasst ihre Arbeitstage, Montag bis Freitag. Termine für jedes Jahr: {siteUrl}",
    yearDescription:
      "Die International Networking Week {year} beginnt am ersten Montag im Februar und dauert bis zum Sonntag. Dieser Termin umfasst ihre Arbeitstage ({business}). Mehr dazu: {pageUrl}",
    googleDetails:
      "Die International Networking Week ist die erste volle Woche im Februar, von Montag bis Sonntag. Dieser Termin umfasst ihre Arbeitstage, Montag bis Freitag. Mehr dazu: {pageUrl}",
  },

  sources: {
    heading: "Quellen",
    kinds: {
      blog: "Blog",
      bniDirectorBlog: "Blog eines BNI-Direktors",
      blogPost: "Blogbeitrag",
      newsReport: "Nachrichtenbericht",
      tagArchive: "Beiträge mit diesem Schlagwort",
      monthArchive: "Beitrag im Monatsarchiv des Blogs",
      observanceCalendar: "Kalender für Aktionstage",
      socialMediaGuidelines: "Social-Media-Richtlinien",
    },
  },

  week: {
    starts: "Beginn",
    businessDays: "Arbeitstage",
    wholeWeek: "Ganze Woche",
    fromTo: "{start}, bis {end}",
    featuredDetail: "Beginnt am {date}; Arbeitstage: {days}.",
    featuredName: "International Networking Week",
    featuredLink: "Die Woche {year}",
    allYears: "Termine aller Jahre",
    yearLink: "Alles zu {year}",
  },

  home: {
    eyebrow: "Die erste volle Februarwoche – seit 2007",
    lead: "Eine jährliche Aktionswoche, 2007 von BNI ins Leben gerufen, um zu feiern, was Networking für Unternehmen leistet.",
    whenHeading: "Wann findet sie statt?",
    whenIntro:
      "Die Woche beginnt am ersten Montag im Februar und dauert bis zum Sonntag; Arbeitstage sind Montag bis Freitag.",
    occurrences: { last: "Letztes Jahr", this: "Dieses Jahr", next: "Nächstes Jahr" },
    calendarHeading: "In Ihrem Kalender",
    whatHeading: "Worum es geht",
    what: [
      "Die International Networking Week® wurde 2007 von BNI (Business Network International) ins Leben gerufen; BNI selbst wurde 1985 von Dr. Ivan Misner gegründet. Aufgekommen ist die Idee im November 2006 auf der internationalen Direktorenkonferenz von BNI in Long Beach, Kalifornien, und die Woche findet in der ersten vollen Februarwoche statt.",
      "2010 beschrieb BNI die Woche als Feier dessen, was Networking für Unternehmen weltweit leistet. Gruppen begehen sie mit Veranstaltungen, Seminaren und Networking-Frühstücken, und alle können mitmachen, indem sie sich wieder bei den Menschen in ihrem Netzwerk melden.",
    ],
    whyHeading: "Warum sie wichtig ist",
    why: "Misner nennt den Ansatz von BNI „{en:relationship networking}“ (beziehungsorientiertes Networking): langfristige Beziehungen aufbauen, von denen beide Seiten profitieren.",
    exploreHeading: "Mehr entdecken",
    sections: {
      dates: "Jedes Jahr seit 2007 und zehn Jahre im Voraus, mit der Regel und ihren Belegen.",
      history:
        "Von einer Idee auf einer BNI-Konferenz 2006 bis zu Veranstaltungen in London, Israel und Italien und einer Woche des Dankes 2020.",
      themes: "Die bekannten Jahresthemen mit ihren Quellen – und eine Verwechslung von 2020.",
      observe: "Ideen für Einzelne, Gruppen und Unternehmen, vom Frühstück bis zum Dankesanruf.",
      faq: "Kurze Antworten auf häufige Fragen: die Termine dieses Jahres, der Networking-Tag, die Themen, der Hashtag.",
    },
  },

  datesPage: {
    heading: "Termine für jedes Jahr",
    lead: "Hier stehen die Termine, die sich aus der Regel ergeben, für jedes Jahr von der ersten Ausgabe 2007 bis zehn Jahre im Voraus. Jede Ausgabe beginnt am ersten Montag im Februar.",
    caption: "Termine der International Networking Week nach Jahr",
    columns: {
      year: "Jahr",
      monday: "Montag",
      business: "Arbeitstage",
      whole: "Ganze Woche",
    },
    basis: { published: "Veröffentlicht", computed: "Berechnet" },
    basisNote:
      "Veröffentlicht: Eine Quelle nannte die Termine des Jahres, und die Seite zum Jahr führt diese Quelle an. Berechnet: Keine uns bekannte Quelle nennt die Termine, daher ergeben sie sich aus der Regel; keine Quelle von BNI nennt Termine für die kommenden Jahre.",
    thisYearBadge: "Dieses Jahr",
    aboutThemes: "Zu den Themen",
    ruleHeading: "Die Regel",
    rule: "Die International Networking Week beginnt am ersten Montag im Februar und dauert bis zum darauffolgenden Sonntag: Sie ist die erste volle Woche des Monats von Montag bis Sonntag. Montag bis Freitag sind ihre Arbeitstage; viele Kalender zeigen alle sieben Tage. Fällt der 1. Februar selbst auf einen Montag, beginnt die Woche an diesem Tag.",
    evidenceHeading: "Die Belege",
    evidence: [
      {
        label: "2007:",
        text: "Der 1. Februar war ein Donnerstag, und die erste Ausgabe fand von Montag, 5., bis Freitag, 9. Februar statt. Ein BNI-Direktor schrieb im November 2006, die Woche werde künftig in der ersten vollen Februarwoche stattfinden.",
      },
      {
        label: "2010:",
        text: "Der 1. Februar war ein Montag, und die Woche dauerte vom 1. bis 5. Februar.",
      },
      {
        label: "2018 sowie 2022 bis 2025:",
        text: "Kalender für Aktionstage nannten den 5.–9. Februar 2018, den 7. Februar 2022, den 6. Februar 2023, den 5. Februar 2024 und den 3.–9. Februar 2025, jeweils mit Beginn am ersten Montag im Februar. Diese Kalender wenden selbst dieselbe Regel an; sie stimmen daher mit ihr überein, ohne sie zu belegen. Ein Fernsehbericht über die Woche wurde am 8. Februar 2023 ausgestrahlt, also innerhalb der Woche dieses Jahres.",
      },
    ],
    noSundayWeek: "Keine Quelle verwendet eine Woche von Sonntag bis Samstag.",
    trickyHeading: "Jahre, die leicht missverstanden werden",
    tricky:
      "„Die erste volle Woche im Februar“ kann in Jahren missverstanden werden, in denen der 1. Februar auf einen Montag (2021, 2027, 2038) oder einen Sonntag (2026, 2032) fällt. Ist er ein Montag, ist die Woche, die an diesem Tag beginnt, bereits vollständig und damit die erste: 2010, als der 1. Februar ein Montag war, dauerte die Woche vom 1. bis 5. Februar und begann nicht erst eine Woche später. Ist er ein Sonntag, beginnt die erste volle Woche von Montag bis Sonntag am nächsten Tag, Montag, dem 2. Februar. Diese Website folgt der Regel auch in diesen Jahren. Ein Fernsehsender schrieb 2023 „{en:second full week}“ (zweite volle Woche); das widerspricht allen anderen Quellen und seinem eigenen Sendetermin.",
  },

  yearPage: {
    heading: "International Networking Week {year}",
    imageAlt: "International Networking Week {year}: {whole}",
    shareText: "International Networking Week {year}: {whole}",
    themeHeading: "Thema",
    noTheme: "Für {year} ist kein Thema bekannt. {link} führt die bekannten auf.",
    themesPageLink: "Die Themenseite",
    aboutThemes: "Zu den Themen",
    aboutHeading: "Zum Jahr {year}",
    mondayFirstPast:
      "Der 1. Februar {year} war ein Montag, daher begann die Woche genau an diesem Tag.",
    mondayFirstFuture:
      "Der 1. Februar {year} ist ein Montag, daher beginnt die Woche genau an diesem Tag.",
    sundayFirstPast:
      "Der 1. Februar {year} war ein Sonntag, daher begann die erste volle Woche von Montag bis Sonntag am nächsten Tag, {monday}.",
    sundayFirstFuture:
      "Der 1. Februar {year} ist ein Sonntag, daher beginnt die erste volle Woche von Montag bis Sonntag am nächsten Tag, {monday}.",
    misreadMonday:
      "„Die erste volle Woche im Februar“ kann in einem solchen Jahr als die Woche danach missverstanden werden; 2010, als der 1. Februar ebenfalls ein Montag war, dauerte die Woche vom 1. bis 5. Februar.",
    misreadSunday:
      "„Die erste volle Woche im Februar“ kann in einem solchen Jahr so missverstanden werden, als begänne sie am Sonntag, dem 1. Februar; keine Quelle verwendet eine Woche von Sonntag bis Samstag.",
    otherYears: "Andere Jahre",
    everyYear: "Alle Jahre",
    datesHeading: "Woher diese Termine stammen",
    publishedIndependently: "Diese Termine wurden bereits damals in {sources} genannt.",
    publishedByCalendars:
      "Der Beginn dieser Woche wurde bei {sources} veröffentlicht. Kalender für Aktionstage wenden selbst dieselbe Regel an; sie stimmen daher mit ihr überein, ohne sie zu belegen.",
    reportAired:
      "Ein Fernsehbericht von WDTN über die Woche wurde am {date} ausgestrahlt, also während dieser Woche.",
    computedPast:
      "Keine uns bekannte Quelle nennt die Termine für {year}: Sie sind nach {rule} berechnet.",
    computedFuture:
      "BNI hat für {year} keine Termine veröffentlicht: Sie sind nach {rule} berechnet, der jeder von 2007 bis 2025 veröffentlichte Termin folgt.",
    ruleLink: "der Regel",
  },

  yearNotes: {
    2007: [
      "Die erste Ausgabe fand von Montag, 5., bis Freitag, 9. Februar 2007 statt; Dienstag, der 6. Februar, war der offizielle Networking-Tag.",
      "Die Idee war im November 2006 auf der internationalen Direktorenkonferenz von BNI in Long Beach, Kalifornien, aufgekommen. Ein BNI-Direktor, der dabei war, schrieb, die Woche werde künftig in der ersten vollen Februarwoche stattfinden, und nannte Geoff Kirkwood, den nationalen Direktor von BNI Australia, als Impulsgeber der Idee.",
      "In London beging BNI die Woche mit einem „{en:BNI Big Breakfast}“, einem großen Networking-Frühstück.",
    ],
    2009: [
      "BNI Israel veranstaltete am 4. Februar 2009 in Petach Tikwa eine Konferenz zur International Networking Week; mehr als 300 Personen nahmen teil.",
    ],
    2010: [
      "Eine offizielle Website führte die Veranstaltungen der Woche auf, und in London war eine ähnliche Veranstaltung wie das „{en:BNI Big Breakfast}“ von 2007 geplant, zu der rund 400 Personen erwartet wurden.",
    ],
    2020: [
      "In Australien nutzte der nationale Direktor von BNI Australia das Thema der Woche, um unter anderem allen zu danken, die bei der Buschbrand-Spendenaktion der BNI Foundation Australia gespendet hatten.",
      "In Italien wurde die Woche am Samstag, dem 1. Februar 2020, zwei Tage vor ihrem Beginn am Montag, in Francavilla al Mare in den Abruzzen eröffnet; der Erlös dieses Eröffnungstags kam den Schulprojekten „{en:Business Voices}“ von BNI zugute.",
    ],
    2021: [
      "Für viele Chapter fiel die Woche 2021 in die Zeit, in der sich BNI online traf: Die Chapter hatten ihre Treffen im März 2020 ins Internet verlegt, und hybride Treffen gab es je nach Land ab unterschiedlichen Zeitpunkten wieder (im Vereinigten Königreich ab dem 1. Oktober 2021).",
    ],
    2025: ["National Today gab für die Woche 2025 den 3.–9. Februar an."],
  },

  history: {
    heading: "Geschichte",
    lead: "Wie aus einer Idee, die 2006 auf einer BNI-Konferenz aufkam, eine Woche wurde, die im Februar begangen wird – soweit die Quellen es belegen.",
    bniHeading: "BNI",
    bni: [
      "Die International Networking Week® ist eine Initiative von BNI: Business Network International (nicht „Business Networking International“, wie die Organisation häufig falsch genannt wird). Dr. Ivan Misner gründete BNI 1985; die erste BNI-Gruppe kam am 8. Januar 1985 zu ihrem offiziellen Auftakttreffen zusammen. Misner nennt den Ansatz von BNI „{en:relationship networking}“ (beziehungsorientiertes Networking): langfristige Beziehungen, von denen beide Seiten profitieren.",
      "Angaben zur Größe von BNI, jeweils mit ihrem Stand: Im Februar 2023 nannte Misner mehr als 10.900 BNI-Chapter; der Fernsehsender WDTN meldete im selben Monat fast 11.000 Chapter und 300.000 Mitglieder; im Oktober 2023 berichtete der Halifax Courier von über 300.000 Mitgliedern in 77 Ländern; im Juni 2025 meldete Il Giorno über 11.200 Chapter in 76 Ländern, und im Januar 2026 meldete Prabhat Khabar über 11.645 Chapter und über 356.000 Mitglieder in 76 Ländern. Keine Quelle zählt die Veranstaltungen oder Länder der International Networking Week selbst.",
    ],
    timeline: [
      {
        when: "November 2006",
        title: "Die Idee",
        text: "Die Idee kam auf der internationalen Direktorenkonferenz von BNI in Long Beach, Kalifornien, auf: eine Woche mit einem offiziellen Networking-Tag. Ein BNI-Direktor, der dabei war, schrieb, die Woche werde künftig in der ersten vollen Februarwoche stattfinden, und nannte Geoff Kirkwood, den nationalen Direktor von BNI Australia, als Impulsgeber der Idee.",
      },
      {
        when: "Februar 2007",
        title: "Die erste Woche",
        text: "Die erste International Networking Week fand vom 5. bis 9. Februar 2007 statt; der 6. Februar war der offizielle Networking-Tag. In London wurde sie mit einem „{en:BNI Big Breakfast}“ begangen. Misner schrieb später, er habe BNI in jenem Jahr geholfen, sie ins Leben zu rufen.",
      },
      {
        when: "Februar 2009",
        title: "Israel",
        text: "BNI Israel veranstaltete am 4. Februar 2009 in Petach Tikwa eine Konferenz zur International Networking Week, an der mehr als 300 Personen teilnahmen.",
      },
      {
        when: "Februar 2010",
        title: "Eine offizielle Veranstaltungsliste",
        text: "Eine offizielle Website führte die Veranstaltungen der Woche auf, und in London war eine ähnliche Veranstaltung wie das „{en:BNI Big Breakfast}“ von 2007 geplant, zu der rund 400 Personen erwartet wurden. Der 1. Februar war ein Montag, und die Woche dauerte vom 1. bis 5. Februar.",
      },
      {
        when: "Februar 2020",
        title: "Eine Million Mal Danke",
        text: "Das Thema von BNI für die Woche lautete „{en:One Million Thank You's}“ (eine Million Mal Danke), und die Beiträge von BNI zur Woche liefen unter dem Titel „{en:A Week of One Million Thank You's}“: Geschichten von BNI-Verantwortlichen aus mehreren Ländern. In Australien nutzte der nationale Direktor von BNI Australia das Thema, um unter anderem allen zu danken, die bei der Buschbrand-Spendenaktion der BNI Foundation Australia gespendet hatten; in Italien wurde die Woche am 1. Februar in den Abruzzen eröffnet, und der Erlös dieses Eröffnungstags kam Schulprojekten zugute.",
      },
      {
        when: "Februar 2021",
        title: "Treffen online",
        text: "Die BNI-Chapter hatten ihre Treffen im März 2020 ins Internet verlegt; hybride Treffen gab es je nach Land ab unterschiedlichen Zeitpunkten wieder (im Vereinigten Königreich ab dem 1. Oktober 2021). Für viele Chapter fiel die Woche 2021 also noch in die Zeit der Online-Treffen.",
      },
    ],
    yearLink: "{year} im Detail",
    todayWhen: "Jeden Februar",
    todayTitle: "Die Woche heute",
    today:
      "Die Termine, die Kalender für Aktionstage für 2022 bis 2025 nennen, liegen weiterhin in der ersten vollen Februarwoche. 2023 schrieb Misner, die Woche sei entstanden, um Führungskräften aus der Wirtschaft weltweit zu helfen, sich zu vernetzen und gemeinsam ihre Networking-Fähigkeiten auszubauen, und ihr Ziel sei es, die Kraft des Networkings anzuerkennen.",
    datesLink: "Termine aller Jahre",
  },

  themes: {
    heading: "Themen",
    lead: "Manche Ausgaben der International Networking Week hatten ein Thema. Hier stehen die Themen, die wir in einer Quelle gefunden haben, jeweils mit dieser Quelle und dem Hinweis, wie gut sie belegt sind.",
    statuses: {
      confirmed: {
        label: "Von BNI bestätigt",
        sentence: "Das von BNI bestätigte Thema des Jahres {year} lautete {theme}.",
      },
      reported: {
        label: "Nur ein Kalender für Aktionstage; nicht von BNI bestätigt",
        sentence:
          "Ein Kalender für Aktionstage nennt {theme} als Thema des Jahres {year}; BNI hat es nicht bestätigt.",
      },
    },
    translations: {
      "A New World of Opportunity": "Eine neue Welt voller Möglichkeiten",
      "One Million Thank You's": "Eine Million Mal Danke",
    },
    translationsInSentence: {
      "A New World of Opportunity": "eine neue Welt voller Möglichkeiten",
      "One Million Thank You's": "eine Million Mal Danke",
    },
    source: "Quelle:",
    mixUpHeading: "Die Verwechslung von 2020",
    mixUp:
      "Ein Kalender für Aktionstage – derjenige, der das Thema für 2019 angibt – nennt „{en:Dreaming Big}“ als Thema für 2020. Eine Quelle von BNI selbst nennt ein anderes: Nach den Worten des nationalen Direktors von BNI Australia lautete das Thema 2020 „{en:One Million Thank You's}“ (eine Million Mal Danke), und die Beiträge von BNI zur Woche liefen unter dem Titel „{en:A Week of One Million Thank You's}“. „{en:Dream Big}“ (etwa: groß träumen) war das Motto der Global Convention von BNI im November 2019 in Warschau, einer eigenständigen Veranstaltung – und ist wahrscheinlich der Ursprung der Verwechslung.",
    otherYearsHeading: "Andere Jahre",
    otherYears:
      "Außer für {knownYears} ist hier für kein Jahr seit {firstYear} ein Thema bekannt. Falls es in einem Jahr eines gab, haben wir es in keiner Quelle gefunden, die wir zitieren können; deshalb stellt diese Website keine Vermutungen an.",
  },

  observe: {
    heading: "Ideen zum Mitmachen",
    lead: "Um mitzumachen, braucht es keine organisierte Veranstaltung. Hier finden Sie Ideen für Einzelne, Gruppen und Unternehmen – angelehnt daran, wie die Woche bisher begangen wurde, und an Ratschläge zum Networking.",
    hashtagLabel: "Der Hashtag der Woche",
    copyHashtag: "Hashtag kopieren",
    ways: [
      {
        heading: "Als Einzelperson",
        items: [
          "Melden Sie sich wieder bei Menschen, die Sie aus den Augen verloren haben, und lernen Sie jemand Neues kennen.",
          "Bedanken Sie sich bei den Menschen, die Ihnen geholfen oder Aufträge vermittelt haben – so wie BNI 2020 mit dem Thema „{en:One Million Thank You's}“ (eine Million Mal Danke).",
          "Besuchen Sie eine Veranstaltung, ein Seminar, einen Vortrag oder ein zwangloses Networking-Treffen.",
          "Posten Sie mit {hashtag}, was Networking Ihnen gebracht hat.",
        ],
      },
      {
        heading: "Als Gruppe",
        items: [
          "Richten Sie ein Networking-Frühstück aus, wie BNI 2007 in London mit seinem „{en:BNI Big Breakfast}“; für 2010 war dort eine ähnliche Veranstaltung geplant.",
          "Veranstalten Sie einen Besuchertag: Laden Sie Freunde, Familie, Kollegen oder Kunden zu einem Treffen ein und verschicken Sie die Einladungen etwa zwei Wochen vorher (ein Rat von BNI New Zealand für seine eigene nationale Networking-Woche im März 2015).",
          "Laden Sie Gastredner ein: In jener Woche in Neuseeland hatte eine BNI-Gruppe in Dunedin Redner wie den Geschäftsführer der örtlichen Handelskammer und den Bürgermeister zu Gast, dazu rund 40 Besucher.",
          "Laden Sie eine andere Gruppe zu einer gemeinsamen Veranstaltung ein, damit sich auch Netzwerke untereinander vernetzen.",
          "Verbinden Sie die Woche mit einem guten Zweck: 2020 nutzte der nationale Direktor von BNI Australia das Thema der Woche, um allen zu danken, die bei der Buschbrand-Spendenaktion der BNI Foundation Australia gespendet hatten, und in Italien kam der Erlös des Eröffnungstags Schulprojekten zugute.",
        ],
      },
      {
        heading: "Im Unternehmen",
        items: [
          "Laden Sie zu einem kleinen Networking-Treffen in Ihrem Unternehmen ein.",
          "Organisieren Sie ein Seminar oder einen Vortrag zum Thema Networking, eine Spendenaktion oder ein zwangloses Treffen.",
        ],
      },
    ],
    tipsHeading: "Networking-Tipps von Ivan Misner",
    tipsIntro:
      "Der Gründer von BNI gibt diese Tipps als allgemeinen Networking-Rat, nicht speziell für die Woche – sie passen aber gut zu ihr:",
    tips: [
      "Rufen Sie Ihre Kunden einfach an, um zu hören, wie es ihnen geht – ohne um Empfehlungen zu bitten.",
      "Rufen Sie alle an, die Ihnen Aufträge vermittelt haben.",
      "Notieren Sie 50 Menschen, mit denen Sie dieses Jahr in Kontakt bleiben möchten.",
      "Stellen Sie sich bei einer Veranstaltung der Person vor, die allein dasteht, beginnen Sie mit Fragen, und verkaufen Sie im ersten Gespräch nichts.",
    ],
  },

  faq: {
    heading: "Fragen und Antworten",
    lead: "Kurze Antworten auf häufige Fragen zur International Networking Week, gestützt auf die Quellen am Ende der Seite.",
    whenQuestion: "Wann ist die International Networking Week {year}?",
    whenAnswer:
      "Die International Networking Week {year} fällt auf den {whole}, von Montag bis Sonntag; ihre Arbeitstage fallen auf den {business}. Die Woche beginnt am ersten Montag im Februar – nach dieser Regel richten sich alle Quellen, die seit 2007 Termine angeben; keine Quelle von BNI nennt Termine für die kommenden Jahre, daher sind diese nach {rule} berechnet.",
    ruleLink: "der Regel",
    nextQuestion: "Wann ist die International Networking Week {year}?",
    nextAnswer:
      "Im Jahr {year} fällt die International Networking Week auf den {whole}, ihre Arbeitstage auf den {business}. Auch diese Termine sind nach der Regel berechnet.",
    whatQuestion: "Was ist die International Networking Week?",
    whatAnswer:
      "Eine jährliche Aktionswoche, die BNI 2007 ins Leben gerufen hat, um zu feiern, welche Rolle Networking für die Entwicklung und den Erfolg von Unternehmen weltweit spielt. Sie findet in der ersten vollen Februarwoche statt; Gruppen begehen sie mit Veranstaltungen und Networking-Frühstücken, und alle können mitmachen, indem sie sich wieder bei den Menschen in ihrem Netzwerk melden.",
    dayQuestion: "Gibt es einen International Networking Day?",
    dayAnswer:
      "Anfangs gab es einen: Bei der ersten Ausgabe vom 5. bis 9. Februar 2007 war Dienstag, der 6. Februar, der offizielle Networking-Tag. Für spätere Jahre nennen die uns bekannten Quellen keinen offiziellen Networking-Tag. International Networking Day® ist, wie der Name der Woche, eine Marke der BNI Global, LLC, laut dem Leadership-Team-Handbuch von BNI aus dem Jahr 2019.",
    holidayQuestion: "Ist die International Networking Week ein gesetzlicher Feiertag?",
    holidayAnswer:
      "Davon ist in keiner Quelle die Rede. Die Woche ist eine Aktionswoche für Unternehmen, die BNI, eine Networking-Organisation, ins Leben gerufen hat.",
    organiserQuestion: "Wer organisiert die International Networking Week?",
    organiserAnswer:
      "BNI (Business Network International), das die Woche 2007 ins Leben gerufen hat. Dr. Ivan Misner gründete BNI 1985; die erste BNI-Gruppe kam am 8. Januar 1985 zu ihrem offiziellen Auftakttreffen zusammen. Die Gruppen und nationalen Organisationen von BNI begehen die Woche mit eigenen Veranstaltungen, so etwa BNI Israel 2009 mit einer Konferenz in Petach Tikwa.",
    memberQuestion:
      "Muss ich BNI-Mitglied sein, um bei der International Networking Week mitzumachen?",
    memberAnswer:
      "Keine Quelle beschränkt die Teilnahme auf BNI-Mitglieder. Was die Quellen zum Mitmachen beschreiben – etwa sich bei alten Kontakten wieder zu melden, neue zu knüpfen oder im Unternehmen eine Veranstaltung auszurichten –, steht allen offen. Die Social-Media-Richtlinien von BNI aus dem Jahr 2011 bitten Mitglieder, die die Marken von BNI online verwenden möchten, vorher die Zustimmung ihres örtlichen Direktors einzuholen.",
    themeQuestion: "Hat die International Networking Week {year} ein Thema?",
    noThemeAnswer:
      "Für {year} wurde in keiner Quelle ein Thema gefunden. Für 2020 bestätigte BNI eines, „{en:One Million Thank You's}“ (eine Million Mal Danke), und ein Kalender für Aktionstage nennt für 2019 „{en:A New World of Opportunity}“ (eine neue Welt voller Möglichkeiten), was BNI nicht bestätigt hat; für andere Jahre ist kein Thema bekannt.",
    hashtagQuestion: "Wie lautet der Hashtag der International Networking Week?",
    hashtagAnswer: "{hashtag}: der einzige Hashtag, den die Quellen für die Woche nennen.",
    differentDatesQuestion:
      "Warum könnten manche Seiten andere Termine für die International Networking Week angeben?",
    differentDatesAnswer:
      "„Die erste volle Woche im Februar“ kann missverstanden werden, wenn der 1. Februar auf einen Montag oder einen Sonntag fällt. Ist er ein Montag (wie 2021, 2027 und 2038), ist die Woche, die an diesem Tag beginnt, bereits vollständig und damit die erste: 2010, als der 1. Februar ein Montag war, dauerte die Woche vom 1. bis 5. Februar. Ist er ein Sonntag (wie 2026 und 2032), beginnt die erste volle Woche von Montag bis Sonntag am nächsten Tag; keine Quelle verwendet eine Woche von Sonntag bis Samstag.",
    calendarQuestion: "Wie trage ich die International Networking Week in meinen Kalender ein?",
    calendarAnswer:
      "Abonnieren Sie {feed}. Er enthält einen Termin für die Arbeitstage der Woche, der sich jedes Jahr am ersten Montag im Februar wiederholt – so bleibt Ihr Kalender aktuell, ohne dass Sie etwas tun müssen. Auf der Seite jedes Jahres finden Sie außerdem die Kalenderdatei für dieses Jahr und einen Link für Google Kalender.",
    feedLink: "den Kalender-Feed",
  },

  notFound: {
    heading: "Seite nicht gefunden",
    lead: "Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link ist fehlerhaft.",
    datesHint:
      "Sie suchen die Termine? {dates} stehen auf einer Seite, und jedes Jahr hat eine eigene, unter einer Adresse wie {example}.",
    datesLink: "Die Termine aller Jahre",
    elsewhereHeading: "Versuchen Sie es mit einer dieser Seiten",
    links: {
      home: "Startseite",
      dates: "Termine für jedes Jahr",
      history: "Geschichte",
      themes: "Themen",
      observe: "Ideen zum Mitmachen",
      faq: "Fragen und Antworten",
    },
  },

  toolkit: {
    nav: "Toolkit",
    title: "International Networking Week {year}: Toolkit mit Texten und Bildern",
    description:
      "Alles, um die International Networking Week {year} bekannt zu machen: Texte zum Posten, Bilder, ein Plakat zum Ausdrucken, eine Einladung, ein Plan und ein Badge für Ihre Website.",
    heading: "Das Toolkit für {year}",
    lead: "Alles, was Sie brauchen, um die International Networking Week, {dates}, in wenigen Minuten bekannt zu machen: Texte zum Posten, Bilder, ein Plakat, eine Einladung, einen Plan und ein Badge für Ihre Website. Ohne Konto und ohne Installation: Jede Datei erstellt diese Website selbst.",
    contents: "Auf dieser Seite",
    linkName: "Das Toolkit für {year}",
    linkSummary:
      "Fertige Beiträge, Bilder, ein Plakat zum Ausdrucken, eine Einladung und ein Badge für Ihre Website.",
    posts: {
      heading: "Beiträge zum Kopieren",
      intro:
        "Diese Texte sind Vorschläge dieser Website: Ändern Sie sie nach Belieben. Jeder nennt die Termine der Woche, den Hashtag und einen Link zur Seite der Woche.",
      linkedin: {
        heading: "Für LinkedIn",
        text: "International Networking Week, {dates}: eine Woche, die BNI 2007 ins Leben gerufen hat, um zu feiern, was Networking für Unternehmen leistet.\n\nIch möchte sie dieses Jahr nutzen, um Danke zu sagen. Viele meiner Aufträge sind über Menschen zu mir gekommen, die sich die Zeit genommen haben, mich vorzustellen, mich zu empfehlen oder ihr Wissen zu teilen. Ihnen allen: Danke.\n\nUnd eine Einladung: Wenn wir schon länger nicht gesprochen haben, lassen Sie uns diese Woche wieder voneinander hören. Und wenn wir uns noch nicht kennen, freue ich mich darauf.\n\nWas hat Networking für Sie bewirkt?\n\n{hashtag}\n{url}",
        copy: "LinkedIn-Text kopieren",
        note: "Der Teilen-Link von LinkedIn überträgt nur die Adresse der Seite, keinen Text. Also in dieser Reihenfolge:",
        stepCopy: "den Text mit der Schaltfläche oben kopieren (oder markieren);",
        stepShare: "dann {link} und den Text in den Beitrag einfügen.",
        share: "auf LinkedIn teilen",
      },
      x: {
        heading: "Für X",
        text: "International Networking Week: {dates}. Eine gute Woche, um den Menschen zu danken, die Ihnen geholfen haben, und sich bei jemandem zu melden, den Sie aus den Augen verloren haben. Wem danken Sie? {hashtag} {url}",
        copy: "X-Text kopieren",
        length: "{count} von 280 Zeichen auf X, der Link mit 23 gezählt, wie X zählt.",
        post: "Auf X posten",
      },
      short: {
        heading: "Für Facebook, Instagram oder WhatsApp",
        text: "Es ist International Networking Week, {dates}! Wem danken Sie diese Woche? {hashtag} {url}",
        copy: "Kurztext kopieren",
        facebook: "Auf Facebook teilen",
        facebookNote:
          "(wie bei LinkedIn überträgt der Teilen-Link von Facebook nur die Adresse: Fügen Sie den Text in den Beitrag ein)",
        whatsapp: "Per WhatsApp senden",
      },
    },
    images: {
      heading: "Bilder zum Herunterladen",
      intro:
        "Für {year}, mit Name, Terminen und Hashtag der Woche, auf dem Handy gut lesbar. Zu jedem gibt es einen Text, den Sie als Bildbeschreibung (Alternativtext) einfügen können, für Menschen, die das Bild nicht sehen.",
      formats: {
        square: "Quadratisch, für den Feed",
        story: "Story, für Instagram und den WhatsApp-Status",
        landscape: "Querformat, für LinkedIn und Facebook",
      },
      download: "PNG herunterladen ({width}×{height}, {size})",
      altLabel: "Alternativtext",
      alt: "International Networking Week, {dates}, die erste volle Woche im Februar. {hashtag}",
      copyAlt: "Alternativtext kopieren",
    },
    poster: {
      heading: "Ein Plakat zum Ausdrucken",
      intro:
        "Eine Seite mit Name und Terminen der Woche, einem Satz dazu, worum es geht, und Platz, um Ihre Veranstaltung einzutragen: was, wo und wann.",
      a4: "Plakat, A4 (PDF, {size})",
      letter: "Plakat, US-Letter (PDF, {size})",
      documentTitle: "International Networking Week {year}: Plakat",
      invitation: "Seien Sie dabei",
      what: "Was",
      where: "Wo",
      when: "Wann",
    },
    invitation: {
      heading: "Eine Einladung",
      intro:
        "Eine E-Mail für einen Besuchertag oder ein Networking-Frühstück, als Vorschlag dieser Website: Ergänzen Sie die Stellen in eckigen Klammern.",
      subjectLabel: "Betreff",
      bodyLabel: "Nachricht",
      subject:
        "Einladung: [Besuchertag / Networking-Frühstück] zur International Networking Week, {dates}",
      body: "Hallo [Name],\n\nanlässlich der International Networking Week ({dates}) veranstaltet [unsere Gruppe] [einen Besuchertag / ein Networking-Frühstück], und ich würde mich freuen, Sie dabeizuhaben.\n\nWann: [Tag und Uhrzeit]\nWo: [Ort]\nWas: [das Programm: Vorstellungsrunde, ein Gastvortrag, Zeit für Gespräche]\n\nEs ist eine entspannte Gelegenheit, Unternehmerinnen und Unternehmer aus der Region kennenzulernen, zu hören, was sie machen, und von Ihrer eigenen Arbeit zu erzählen. Geben Sie mir einfach bis [Datum] Bescheid, ob Sie kommen können; gern auch mit einer Kollegin oder einem Kollegen.\n\nViele Grüße\n[Ihr Name]\n[Ihre Telefonnummer]",
      copySubject: "Betreff kopieren",
      copyBody: "Nachricht kopieren",
      open: "Im E-Mail-Programm öffnen",
    },
    plan: {
      heading: "Ein Plan",
      intro:
        "Ein Vorschlag dieser Website, Schritt für Schritt; wo ein Schritt aus einer Quelle stammt, wird sie genannt.",
      steps: [
        {
          when: "Drei Wochen vorher, ab {date}",
          items: [
            "Legen Sie fest, was Sie veranstalten (einen Besuchertag, ein Networking-Frühstück, eine gemeinsame Veranstaltung mit einer anderen Gruppe), wählen Sie den Tag und reservieren Sie den Ort.",
            "Laden Sie jemanden zu einem Gastvortrag ein. Zur eigenen nationalen Networking-Woche von BNI New Zealand im März 2015 hatte eine Gruppe in Dunedin Redner wie den Geschäftsführer der örtlichen Handelskammer und den Bürgermeister zu Gast ({source}).",
          ],
        },
        {
          when: "Zwei Wochen vorher, ab {date}",
          items: [
            "Verschicken Sie die Einladung oben. BNI New Zealand riet für seine eigene nationale Networking-Woche im März 2015, die Einladungen an Besucher etwa zwei Wochen vorher zu verschicken ({source}).",
            "Drucken Sie das Plakat aus und hängen Sie es auf, und binden Sie das Badge in Ihre Website ein.",
          ],
        },
        {
          when: "Eine Woche vorher, ab {date}",
          items: [
            "Posten Sie den LinkedIn-Text mit einem Bild, und erinnern Sie die Eingeladenen an den Termin.",
            "Bestätigen Sie Vortrag, Ort und Programm.",
          ],
        },
        {
          when: "Während der Woche, {date}",
          items: [
            "Halten Sie Ihre Veranstaltung ab, und begrüßen Sie alle Gäste persönlich.",
            "Posten Sie den Kurztext mit dem Story-Bild, und melden Sie sich bei jemandem, den Sie aus den Augen verloren haben.",
          ],
        },
        {
          when: "In der Woche danach, ab {date}",
          items: [
            "Die Dankesrunde: Danken Sie Ihren Gästen, den Vortragenden und den Menschen, die Ihnen Aufträge vermittelt haben – so wie BNI 2020 mit dem Thema „{en:One Million Thank You's}“ ({source}).",
            "Melden Sie sich bei allen Gästen noch einmal.",
          ],
        },
      ],
      bniMembers:
        "Für BNI-Mitglieder: Die Social-Media-Richtlinien von BNI bitten Mitglieder, vor der Nutzung der BNI-Marken im Internet die Zustimmung ihres Direktors einzuholen ({source}).",
    },
    badge: {
      heading: "Ein Badge für Ihre Website",
      intro:
        "Ein kleines Bild mit den Terminen der nächsten Woche, für die Website eines Chapters oder eines Unternehmens. Es wird mit dieser Website täglich neu erstellt und zeigt deshalb immer die kommende Ausgabe. Fügen Sie diesen Code in Ihre Seite ein:",
      alt: "International Networking Week: die Termine der nächsten Ausgabe",
      code: "Code für Ihre Website",
      copy: "Code kopieren",
    },
  },
};

export default de;
