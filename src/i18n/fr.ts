/** Every word of the French site; the shape and the facts are en.ts's. */
import type { SiteStrings } from "./en";

const fr: SiteStrings = {
  dates: {
    longDate: "{weekday} {day} {month} {year}",
    dayRange: "{firstDay}–{lastDay} {month} {year}",
    dayRangeWithoutYear: "{firstDay}–{lastDay} {month}",
    shortDayRange: "{firstDay}–{lastDay} {monthShort}",
    shortDate: "{day} {monthShort}",
    firstOfMonth: "1er",
    monthOfYear: "{month} {year}",
    dayOfYear: "{day} {month} {year}",
    upcomingTomorrow: "Commence demain",
    upcoming: { other: "Commence dans {count} jours" },
    ongoing: "En cours : jour {day} sur 7",
    endedYesterday: "Terminée hier",
    ended: { other: "Terminée il y a {count} jours" },
    endedLongAgo: "Édition passée",
    startsLater: "Commence le {date}",
    nextWeekBadge: { upcoming: "À venir", ongoing: "En cours" },
  },

  site: {
    description:
      "Quand a lieu l’International Networking Week, chaque année : ses dates, son histoire, ses thèmes et des façons d’y participer, sources à l’appui.",
    skipLink: "Aller au contenu",
    mainNavigation: "Menu principal",
    languageNavigation: "Langue",
    breadcrumb: "Fil d’Ariane",
    nav: {
      home: "Accueil",
      dates: "Dates",
      history: "Histoire",
      themes: "Thèmes",
      observe: "Participer",
      faq: "FAQ",
    },
    footer: {
      independent:
        "Site indépendant, qui n’est ni affilié à BNI ni approuvé par ce réseau. International Networking Week® et International Networking Day® sont des marques de BNI Global, LLC, d’après {link}.",
      independentLink: "le manuel de l’équipe de direction de BNI (2019)",
      computed:
        "Chaque page indique les sources des faits qu’elle avance. Les dates sont calculées d’après {rule} et sont aussi disponibles au format {json}.",
      ruleLink: "la règle",
      jsonLink: "JSON",
      noTracking: "Ni publicité, ni traceurs, ni cookies.",
    },
    asOf: "Dates et comptes à rebours à la date du {date}.",
    builtOn: "Page mise à jour pour la dernière fois le {date}.",
    imageFooter: "Première semaine complète de février · depuis 2007",
    quoted: "« {text} »",
  },

  pages: {
    home: {
      title: "International Networking Week : dates, histoire, participation",
      description:
        "Quand a lieu l’International Networking Week cette année et chaque année, avec son histoire, ses thèmes et des façons d’y participer, le tout sources à l’appui.",
    },
    dates: {
      title: "Les dates de l’International Networking Week, année par année",
      description:
        "Les dates de l’International Networking Week pour chaque année depuis 2007 : le premier lundi de février, les jours ouvrés et la semaine complète.",
    },
    history: {
      title: "Histoire de l’International Networking Week",
      description:
        "Comment BNI a lancé l’International Networking Week en 2007 et comment elle a été célébrée depuis, du petit-déjeuner londonien de la première édition à la semaine des remerciements de 2020.",
    },
    themes: {
      title: "Les thèmes de l’International Networking Week, année par année",
      description:
        "Les thèmes annuels connus de l’International Networking Week, chacun avec sa source et son statut, et l’explication de la confusion de 2020.",
    },
    observe: {
      title: "Comment participer à l’International Networking Week",
      description:
        "Des façons de participer à l’International Networking Week, seul, en groupe ou en entreprise, des journées visiteurs aux appels de remerciement.",
    },
    year: {
      title: "International Networking Week {year} : {days}",
      description:
        "International Networking Week {year} : la semaine complète, du lundi au dimanche, {whole}, et les jours ouvrés, {business}. Son thème et des liens pour votre agenda.",
      imageBusinessDays: "Du lundi au vendredi : {business}",
      imageWholeWeek: "Semaine complète : {whole}",
    },
    faq: {
      title: "International Networking Week : questions et réponses",
      description:
        "Quand a lieu l’International Networking Week cette année et l’an prochain, s’il existe une journée du networking ou un thème, qui l’organise, son hashtag et comment l’ajouter à votre agenda.",
    },
    notFound: {
      title: "Page introuvable : International Networking Week",
      description:
        "Cette page n’existe pas. Retrouvez les dates, l’histoire, les thèmes et des façons de participer.",
    },
  },

  share: {
    heading: "Partager",
    networks: {
      linkedin: "Partager sur LinkedIn",
      x: "Partager sur X",
      facebook: "Partager sur Facebook",
      email: "Partager par e-mail",
    },
    pageLink: "Lien vers cette page",
    copyLink: "Copier le lien",
    more: "Plus…",
    copied: "Copié dans le presse-papiers.",
    copyFailed: "Impossible de copier : sélectionnez le texte et copiez-le vous-même.",
    shareFailed: "Impossible de partager : utilisez plutôt l’un des liens ci-dessus.",
    homeText:
      "International Networking Week : ses dates cette année et chaque année, son histoire et des idées pour y participer",
  },

  calendar: {
    subscribe: "S’abonner au calendrier",
    file: "Fichier d’agenda (.ics)",
    hint: "Un événement pour les jours ouvrés de la semaine (du lundi au vendredi), qui revient chaque année le premier lundi de février : votre agenda reste à jour sans que vous ayez rien à faire.",
    google: "Ajouter à Google Agenda",
    feedDescription:
      "L’International Networking Week est la première semaine complète de février : elle commence le premier lundi de février et se termine le dimanche suivant. Cet événement en couvre les jours ouvrés, du lundi au vendredi. Les dates de chaque année : {siteUrl}",
    yearDescription:
      "L’International Networking Week {year} commence le premier lundi de février et se termine le dimanche suivant. Cet événement en couvre les jours ouvrés : {business}. En savoir plus : {pageUrl}",
    googleDetails:
      "L’International Networking Week est la première semaine complète de février, du lundi au dimanche. Cet événement en couvre les jours ouvrés, du lundi au vendredi. En savoir plus : {pageUrl}",
  },

  sources: {
    heading: "Sources",
    kinds: {
      blog: "blog",
      bniDirectorBlog: "blog d’un directeur de BNI",
      blogPost: "billet de blog",
      newsReport: "article d’actualité",
      tagArchive: "articles portant ce mot-clé",
      monthArchive: "billet figurant dans les archives mensuelles du blog",
      observanceCalendar: "calendrier de journées thématiques",
      socialMediaGuidelines: "charte d’utilisation des réseaux sociaux",
    },
  },

  week: {
    starts: "Début",
    businessDays: "Jours ouvrés",
    wholeWeek: "Semaine complète",
    fromTo: "du {start} au {end}",
    featuredDetail: "Commence le {date} ; jours ouvrés : {days}.",
    featuredName: "International Networking Week",
    featuredLink: "L’édition {year}",
    allYears: "Les dates de chaque année",
    yearLink: "Tout sur {year}",
  },

  home: {
    eyebrow: "La première semaine complète de février, depuis 2007",
    lead: "Une semaine annuelle, lancée par BNI en 2007, pour célébrer ce que le networking apporte aux entreprises.",
    whenHeading: "Quand a-t-elle lieu ?",
    whenIntro:
      "La semaine commence le premier lundi de février et se termine le dimanche suivant ; ses jours ouvrés vont du lundi au vendredi.",
    occurrences: { last: "L’an dernier", this: "Cette année", next: "L’an prochain" },
    calendarHeading: "Dans votre agenda",
    whatHeading: "De quoi s’agit-il ?",
    what: [
      "L’International Networking Week® a été lancée en 2007 par BNI (Business Network International), fondé en 1985 par le Dr Ivan Misner. L’idée est née lors de la conférence internationale des directeurs de BNI à Long Beach (Californie), en novembre 2006, et l’événement a lieu chaque année la première semaine complète de février.",
      "En 2010, BNI la décrivait comme une célébration de ce que le networking apporte aux entreprises du monde entier. Des groupes y organisent des événements, des séminaires et des petits-déjeuners de networking, et chacun peut y participer en reprenant contact avec les personnes de son réseau.",
    ],
    whyHeading: "Pourquoi c’est important",
    why: "Misner qualifie l’approche de BNI de « {en:relationship networking} » (networking relationnel) : bâtir des relations à long terme dont les deux parties tirent profit.",
    exploreHeading: "À découvrir",
    sections: {
      dates:
        "Chaque année depuis 2007 et les dix années à venir, avec la règle et ce qui l’atteste.",
      history:
        "D’une idée présentée lors d’une conférence BNI en 2006 à des événements à Londres, en Israël et en Italie, et à une semaine de remerciements en 2020.",
      themes: "Les thèmes annuels connus, avec leurs sources, et une confusion autour de 2020.",
      observe:
        "Des idées pour chacun, pour les groupes et pour les entreprises, des petits-déjeuners aux appels de remerciement.",
      faq: "De courtes réponses aux questions courantes : les dates de cette année, la journée du networking, les thèmes, le hashtag.",
    },
  },

  datesPage: {
    heading: "Les dates de chaque année",
    lead: "Les dates que donne la règle pour chaque année, de la première édition, en 2007, aux dix années à venir. Chaque année, la semaine commence le premier lundi de février.",
    caption: "Dates de l’International Networking Week par année",
    columns: {
      year: "Année",
      monday: "Lundi",
      business: "Jours ouvrés",
      whole: "Semaine complète",
    },
    basis: { published: "Publiées", computed: "Calculées" },
    basisNote:
      "Publiées : une source a donné les dates de cette année-là, et la page de l’année la cite. Calculées : aucune des sources trouvées ne les donne ; elles sont donc déduites de la règle. Aucune source de BNI ne donne de dates pour les années à venir.",
    thisYearBadge: "Cette année",
    aboutThemes: "À propos des thèmes",
    ruleHeading: "La règle",
    rule: "L’International Networking Week commence le premier lundi de février et se termine le dimanche suivant : c’est la première semaine complète du mois, du lundi au dimanche. Ses jours ouvrés vont du lundi au vendredi ; de nombreux calendriers affichent les sept jours. Lorsque le 1er février tombe un lundi, la semaine commence ce jour-là.",
    evidenceHeading: "Les preuves",
    evidence: [
      {
        label: "2007 :",
        text: "le 1er février était un jeudi, et la première édition s’est déroulée du lundi 5 au vendredi 9 février. Un directeur de BNI a écrit en novembre 2006 que la semaine se tiendrait désormais la première semaine complète de février.",
      },
      {
        label: "2010 :",
        text: "le 1er février était un lundi, et la semaine s’est tenue du 1er au 5 février.",
      },
      {
        label: "2018 et de 2022 à 2025 :",
        text: "des calendriers de journées thématiques ont donné les dates suivantes : du 5 au 9 février 2018, le 7 février 2022, le 6 février 2023, le 5 février 2024 et du 3 au 9 février 2025, qui commencent toutes le premier lundi de février. Ces calendriers appliquent la même règle : ils concordent donc avec elle sans la prouver. Un reportage télévisé consacré à la semaine a été diffusé le 8 février 2023, pendant l’édition de cette année-là.",
      },
    ],
    noSundayWeek: "Aucune source n’utilise une semaine allant du dimanche au samedi.",
    trickyHeading: "Les années qui prêtent à confusion",
    tricky:
      "« La première semaine complète de février » peut être mal comprise les années où le 1er février tombe un lundi (2021, 2027, 2038) ou un dimanche (2026, 2032). Quand il tombe un lundi, la semaine qui commence ce jour-là est déjà complète, c’est donc la première : en 2010, quand le 1er février était un lundi, la semaine s’est tenue du 1er au 5 février, et non une semaine plus tard. Quand il tombe un dimanche, la première semaine complète du lundi au dimanche commence le lendemain, lundi 2 février. Ce site applique la règle ces années-là aussi. Une chaîne de télévision a écrit « {en:second full week} » (deuxième semaine complète) en 2023, ce qui contredit toutes les autres sources, ainsi que la date de diffusion de son propre reportage.",
  },

  yearPage: {
    heading: "International Networking Week {year}",
    imageAlt: "International Networking Week {year} : {whole}",
    shareText: "International Networking Week {year} : {whole}",
    themeHeading: "Thème",
    noTheme: "Aucun thème n’est connu pour {year}. {link} recense ceux qui le sont.",
    themesPageLink: "La page des thèmes",
    aboutThemes: "À propos des thèmes",
    aboutHeading: "À propos de {year}",
    mondayFirstPast:
      "Le 1er février {year} était un lundi : la semaine a donc commencé le jour même.",
    mondayFirstFuture:
      "Le 1er février {year} est un lundi : la semaine commence donc le jour même.",
    sundayFirstPast:
      "Le 1er février {year} était un dimanche : la première semaine complète du lundi au dimanche a donc commencé le lendemain, {monday}.",
    sundayFirstFuture:
      "Le 1er février {year} est un dimanche : la première semaine complète du lundi au dimanche commence donc le lendemain, {monday}.",
    misreadMonday:
      "« La première semaine complète de février » peut, une telle année, être comprise à tort comme la semaine suivante ; en 2010, quand le 1er février était aussi un lundi, la semaine s’est tenue du 1er au 5 février.",
    misreadSunday:
      "« La première semaine complète de février » peut, une telle année, être comprise à tort comme commençant le dimanche 1er ; aucune source n’utilise une semaine allant du dimanche au samedi.",
    otherYears: "Autres années",
    everyYear: "Toutes les années",
    datesHeading: "D’où viennent ces dates",
    publishedIndependently: "Ces dates ont été données à l’époque par {sources}.",
    publishedByCalendars:
      "La date de début de cette semaine a été publiée par {sources}. Les calendriers de journées thématiques appliquent la même règle : ils concordent donc avec elle sans la prouver.",
    reportAired:
      "Un reportage télévisé de WDTN consacré à la semaine a été diffusé le {date}, pendant la semaine elle-même.",
    computedPast:
      "Aucune des sources trouvées ne donne les dates de {year} : elles sont calculées d’après {rule}.",
    computedFuture:
      "BNI n’a pas publié de dates pour {year} : elles sont calculées d’après {rule}, que suit chacune des dates publiées de 2007 à 2025.",
    ruleLink: "la règle",
  },

  yearNotes: {
    2007: [
      "La première édition s’est déroulée du lundi 5 au vendredi 9 février 2007, le mardi 6 février étant la journée officielle du networking.",
      "L’idée était née lors de la conférence internationale des directeurs de BNI à Long Beach (Californie), en novembre 2006. Un directeur de BNI qui y assistait a écrit que la semaine se tiendrait désormais la première semaine complète de février, en attribuant l’origine de l’idée à Geoff Kirkwood, directeur national de BNI pour l’Australie.",
      "À Londres, BNI a marqué la semaine par un « {en:BNI Big Breakfast} » (grand petit-déjeuner BNI).",
    ],
    2009: [
      "BNI Israel a tenu une conférence consacrée à l’International Networking Week à Petah Tikva le 4 février 2009, avec plus de 300 participants.",
    ],
    2010: [
      "Un site officiel recensait les événements de la semaine, et un événement semblable au « {en:BNI Big Breakfast} » de 2007 était prévu à Londres, avec environ 400 personnes attendues.",
    ],
    2020: [
      "En Australie, le directeur national de BNI Australia s’est servi du thème de la semaine pour remercier, entre autres, les donateurs de la collecte de fonds de BNI Foundation Australia liée aux feux de brousse.",
      "En Italie, la semaine s’est ouverte à Francavilla al Mare, dans les Abruzzes, le samedi 1er février 2020, deux jours avant le lundi où elle commençait ; les recettes de cette journée d’ouverture ont été reversées aux projets scolaires « {en:Business Voices} » de BNI.",
    ],
    2021: [
      "Pour de nombreux groupes, la semaine de 2021 a eu lieu pendant la période où BNI se réunissait en ligne : les groupes étaient passés en ligne en mars 2020, et les réunions hybrides ont repris à des dates différentes selon les pays (au Royaume-Uni, à partir du 1er octobre 2021).",
    ],
    2025: ["National Today situait la semaine de 2025 du 3 au 9 février."],
  },

  history: {
    heading: "Histoire",
    lead: "Comment une idée née lors d’une conférence de BNI en 2006 est devenue une semaine célébrée en février, dans la mesure où les sources en gardent la trace.",
    bniHeading: "BNI",
    bni: [
      "L’International Networking Week® est une initiative de BNI : Business Network International (et non « Business Networking International », une erreur fréquente). Le Dr Ivan Misner a fondé BNI en 1985, et son premier groupe a officiellement été lancé le 8 janvier 1985. Misner qualifie l’approche de BNI de « {en:relationship networking} » (networking relationnel) : des relations à long terme, bénéfiques pour les deux parties.",
      "La taille de BNI, selon les chiffres publiés à l’époque : en février 2023, Misner faisait état de plus de 10 900 groupes BNI ; le même mois, la chaîne de télévision WDTN en annonçait près de 11 000, avec 300 000 membres ; en octobre 2023, le Halifax Courier évoquait plus de 300 000 membres dans soixante-dix-sept pays ; en juin 2025, Il Giorno recensait plus de 11 200 groupes dans 76 pays ; et en janvier 2026, Prabhat Khabar dénombrait plus de 11 645 groupes et plus de 356 000 membres dans 76 pays. Aucune source ne recense les événements ni les pays de l’International Networking Week elle-même.",
    ],
    timeline: [
      {
        when: "Novembre 2006",
        title: "L’idée",
        text: "L’idée d’une semaine comprenant une journée officielle du networking est née lors de la conférence internationale des directeurs de BNI à Long Beach (Californie). Un directeur de BNI qui y assistait a écrit que la semaine aurait désormais lieu la première semaine complète de février, en attribuant l’origine de l’idée à Geoff Kirkwood, directeur national de BNI pour l’Australie.",
      },
      {
        when: "Février 2007",
        title: "La première semaine",
        text: "La première International Networking Week s’est déroulée du 5 au 9 février 2007, le 6 février étant la journée officielle du networking. À Londres, elle a été marquée par un « {en:BNI Big Breakfast} ». Misner a écrit plus tard avoir aidé BNI à la lancer cette année-là.",
      },
      {
        when: "Février 2009",
        title: "Israël",
        text: "BNI Israel a tenu une conférence consacrée à l’International Networking Week à Petah Tikva le 4 février 2009, en présence de plus de 300 personnes.",
      },
      {
        when: "Février 2010",
        title: "Une liste officielle des événements",
        text: "Un site officiel recensait les événements de la semaine, et un événement semblable au « {en:BNI Big Breakfast} » de 2007 était prévu à Londres, avec environ 400 personnes attendues. Le 1er février tombait un lundi, et la semaine s’est tenue du 1er au 5 février.",
      },
      {
        when: "Février 2020",
        title: "Un million de mercis",
        text: "Le thème de BNI pour la semaine était « {en:One Million Thank You's} » (un million de mercis), et ses publications pour la semaine s’intitulaient « {en:A Week of One Million Thank You's} » : des témoignages de responsables de BNI de plusieurs pays. En Australie, le directeur national de BNI Australia s’en est servi pour remercier, entre autres, les donateurs de la collecte de fonds de BNI Foundation Australia liée aux feux de brousse ; en Italie, la semaine s’est ouverte dans les Abruzzes le 1er février, et les recettes de cette journée d’ouverture ont été reversées à des projets scolaires.",
      },
      {
        when: "Février 2021",
        title: "Des réunions en ligne",
        text: "Les groupes BNI étaient passés aux réunions en ligne en mars 2020, et les réunions hybrides ont repris à des dates différentes selon les pays (au Royaume-Uni, à partir du 1er octobre 2021) : pour de nombreux groupes, la semaine de 2021 s’est donc déroulée alors qu’ils se réunissaient encore en ligne.",
      },
    ],
    yearLink: "{year} en détail",
    todayWhen: "Chaque année en février",
    todayTitle: "La semaine aujourd’hui",
    today:
      "Pour 2022 à 2025, les calendriers de journées thématiques donnent des dates qui tombent toujours la première semaine complète de février. En 2023, Misner écrivait que la semaine était née pour aider les dirigeants d’entreprise du monde entier à se rencontrer et à développer ensemble leurs compétences en networking, et que son but est de reconnaître la force du networking.",
    datesLink: "Les dates de chaque année",
  },

  themes: {
    heading: "Thèmes",
    lead: "Certaines années, l’International Networking Week a eu un thème. Voici ceux qu’une source permet d’attester, avec, pour chacun, cette source et son degré de certitude.",
    statuses: {
      confirmed: {
        label: "Confirmé par BNI",
        sentence: "Le thème de {year}, confirmé par BNI, était {theme}.",
      },
      reported: {
        label: "Un seul calendrier de journées thématiques ; non confirmé par BNI",
        sentence:
          "Un calendrier de journées thématiques donne {theme} comme thème de {year} ; BNI ne l’a pas confirmé.",
      },
    },
    translations: {
      "A New World of Opportunity": "Un nouveau monde de possibilités",
      "One Million Thank You's": "Un million de mercis",
    },
    translationsInSentence: {
      "A New World of Opportunity": "un nouveau monde de possibilités",
      "One Million Thank You's": "un million de mercis",
    },
    source: "Source :",
    mixUpHeading: "La confusion de 2020",
    mixUp:
      "Un calendrier de journées thématiques, celui qui indique le thème de 2019, donne « {en:Dreaming Big} » (voir grand) comme thème de 2020. Une source de BNI en donne un autre : pour reprendre les termes du directeur national de BNI Australia, le thème de 2020 était « {en:One Million Thank You's} » (un million de mercis), et les publications de BNI pour la semaine s’intitulaient « {en:A Week of One Million Thank You's} ». « {en:Dream Big} » (voyez grand) était la devise de la Global Convention de BNI, un événement distinct, tenu à Varsovie en novembre 2019 : c’est sans doute de là que vient la confusion.",
    otherYearsHeading: "Autres années",
    otherYears:
      "En dehors de {knownYears}, on ne connaît le thème d’aucune année depuis {firstYear}. Si d’autres années en ont eu un, aucune source que nous puissions citer ne le mentionne : ce site préfère ne pas deviner.",
  },

  observe: {
    heading: "Façons de participer",
    lead: "Nul besoin d’un événement organisé pour participer. Voici des idées à mettre en œuvre seul, en groupe ou en entreprise, inspirées de la façon dont la semaine a été célébrée et de conseils de networking.",
    hashtagLabel: "Le hashtag de la semaine",
    copyHashtag: "Copier le hashtag",
    ways: [
      {
        heading: "À titre individuel",
        items: [
          "Reprenez contact avec des personnes que vous avez perdues de vue, et faites une nouvelle rencontre.",
          "Remerciez les personnes qui vous ont aidé ou vous ont transmis des recommandations, comme BNI l’a fait en 2020 avec son thème « {en:One Million Thank You's} » (un million de mercis).",
          "Participez à un événement, un séminaire, une conférence ou une soirée de networking.",
          "Publiez un message sur ce que le networking vous a apporté, avec le hashtag {hashtag}.",
        ],
      },
      {
        heading: "En groupe",
        items: [
          "Organisez un petit-déjeuner de networking, comme BNI à Londres avec son « {en:BNI Big Breakfast} » en 2007 ; un événement semblable était prévu à Londres pour 2010.",
          "Organisez une journée visiteurs : invitez des amis, des proches, des collègues ou des clients à une réunion, en envoyant les invitations environ deux semaines à l’avance (c’est le conseil que donnait BNI New Zealand pour sa propre semaine nationale du networking, en mars 2015).",
          "Invitez des intervenants extérieurs : lors de cette semaine, en Nouvelle-Zélande, un groupe BNI de Dunedin a fait venir, entre autres, le directeur général de la chambre de commerce locale et le maire, et a accueilli une quarantaine de visiteurs.",
          "Invitez un autre groupe à un événement commun, pour que les réseaux fassent du networking entre eux.",
          "Associez la semaine à une cause : en 2020, le directeur national de BNI Australia s’est servi du thème de la semaine pour remercier les donateurs de la collecte de fonds de BNI Foundation Australia liée aux feux de brousse, et en Italie, les recettes de la journée d’ouverture ont été reversées à des projets scolaires.",
        ],
      },
      {
        heading: "Au travail",
        items: [
          "Organisez une petite rencontre de networking sur votre lieu de travail.",
          "Mettez sur pied un séminaire ou une conférence sur le networking, ou encore une collecte de fonds ou une soirée de networking.",
        ],
      },
    ],
    tipsHeading: "Les conseils de networking d’Ivan Misner",
    tipsIntro:
      "Le fondateur de BNI les donne comme des conseils de networking généraux, et non propres à la semaine, mais ils s’y prêtent bien :",
    tips: [
      "Appelez vos clients simplement pour prendre de leurs nouvelles, sans leur demander de recommandations.",
      "Appelez toutes les personnes qui vous ont transmis des recommandations.",
      "Dressez la liste de 50 personnes avec qui vous voulez rester en contact cette année.",
      "Lors d’un événement, allez vous présenter à la personne qui se tient seule, engagez la conversation par des questions, et ne cherchez pas à vendre dès le premier échange.",
    ],
  },

  faq: {
    heading: "Questions et réponses",
    lead: "De courtes réponses aux questions que l’on se pose sur l’International Networking Week, tirées des sources citées en bas de page.",
    whenQuestion: "Quand a lieu l’International Networking Week {year} ?",
    whenAnswer:
      "L’International Networking Week {year} se déroule du lundi au dimanche, {whole} (jours ouvrés : {business}). La semaine commence le premier lundi de février, règle que suivent depuis 2007 toutes les sources qui en précisent les dates ; aucune source de BNI ne donnant de dates pour les années à venir, celles-ci sont calculées d’après {rule}.",
    ruleLink: "la règle",
    nextQuestion: "Quand a lieu l’International Networking Week {year} ?",
    nextAnswer:
      "En {year}, l’International Networking Week se déroule du lundi au dimanche, {whole} (jours ouvrés : {business}). Ces dates sont elles aussi calculées d’après la règle.",
    whatQuestion: "Qu’est-ce que l’International Networking Week ?",
    whatAnswer:
      "Une semaine annuelle lancée par BNI en 2007 pour célébrer le rôle que joue le networking dans le développement et la réussite des entreprises du monde entier. Elle a lieu la première semaine complète de février ; des groupes la marquent par des événements et des petits-déjeuners de networking, et chacun peut y participer en reprenant contact avec les personnes de son réseau.",
    dayQuestion: "Existe-t-il une International Networking Day ?",
    dayAnswer:
      "La semaine en comportait une à ses débuts : lors de sa première édition, du 5 au 9 février 2007, le mardi 6 février était la journée officielle du networking. Les sources trouvées ne donnent aucune journée officielle du networking pour les années suivantes. Le nom International Networking Day® est, comme celui de la semaine, une marque de BNI Global, LLC, selon le manuel de l’équipe de direction de BNI (2019).",
    holidayQuestion: "Les jours de l’International Networking Week sont-ils fériés ?",
    holidayAnswer:
      "Aucune source ne le dit. Il s’agit d’une célébration du monde des affaires, lancée par BNI, une organisation de networking.",
    organiserQuestion: "Qui organise l’International Networking Week ?",
    organiserAnswer:
      "BNI (Business Network International), qui a lancé la semaine en 2007. Le Dr Ivan Misner a fondé BNI en 1985, et son premier groupe a officiellement été lancé le 8 janvier 1985. Les groupes et les organisations nationales de BNI marquent la semaine par leurs propres événements, comme la conférence de BNI Israel à Petah Tikva en 2009.",
    memberQuestion:
      "Faut-il être membre de BNI pour participer à l’International Networking Week ?",
    memberAnswer:
      "Aucune source ne réserve la participation aux membres de BNI. Les façons d’y participer que décrivent les sources, comme renouer avec d’anciens contacts, en nouer de nouveaux ou organiser un événement sur son lieu de travail, sont ouvertes à tous. Les règles de BNI pour les réseaux sociaux (2011) demandent aux membres qui souhaitent utiliser les marques de BNI en ligne d’obtenir au préalable l’accord de leur directeur local.",
    themeQuestion: "L’International Networking Week {year} a-t-elle un thème ?",
    noThemeAnswer:
      "Aucun thème n’a été trouvé pour {year} dans les sources. BNI en a confirmé un pour 2020, « {en:One Million Thank You's} » (un million de mercis), et un calendrier de journées thématiques donne « {en:A New World of Opportunity} » (un nouveau monde de possibilités) pour 2019, thème que BNI n’a pas confirmé ; on ne connaît le thème d’aucune autre année.",
    hashtagQuestion: "Quel est le hashtag de l’International Networking Week ?",
    hashtagAnswer: "{hashtag} : le seul hashtag que donnent les sources pour la semaine.",
    differentDatesQuestion:
      "Pourquoi certaines pages pourraient-elles donner d’autres dates pour l’International Networking Week ?",
    differentDatesAnswer:
      "« La première semaine complète de février » peut être mal comprise quand le 1er février tombe un lundi ou un dimanche. Quand il tombe un lundi (comme en 2021, 2027 et 2038), la semaine qui commence ce jour-là est déjà complète, c’est donc la première : en 2010, quand le 1er février était un lundi, la semaine s’est tenue du 1er au 5 février. Quand il tombe un dimanche (comme en 2026 et 2032), la première semaine complète du lundi au dimanche commence le lendemain ; aucune source n’utilise une semaine allant du dimanche au samedi.",
    calendarQuestion: "Comment ajouter l’International Networking Week à mon agenda ?",
    calendarAnswer:
      "Abonnez-vous à {feed} : un seul événement couvrant les jours ouvrés de la semaine, qui revient chaque année le premier lundi de février ; votre agenda reste ainsi à jour sans que vous ayez rien à faire. La page de chaque année propose aussi le fichier d’agenda de cette année-là et un lien vers Google Agenda.",
    feedLink: "l’agenda du site",
  },

  notFound: {
    heading: "Page introuvable",
    lead: "Il n’y a aucune page à cette adresse. La page a peut-être été déplacée, ou le lien est erroné.",
    datesHint:
      "Vous cherchez les dates ? {dates} figurent sur une seule page, et chaque année a la sienne, à une adresse comme {example}.",
    datesLink: "Les dates de chaque année",
    elsewhereHeading: "Essayez plutôt l’une de ces pages",
    links: {
      home: "Accueil",
      dates: "Les dates de chaque année",
      history: "Histoire",
      themes: "Thèmes",
      observe: "Façons de participer",
      faq: "Questions et réponses",
    },
  },

  toolkit: {
    nav: "Kit",
    title: "Kit de l’International Networking Week {year} : textes et images",
    description:
      "Tout pour faire connaître l’International Networking Week {year} : des textes à publier, des images, une affiche à imprimer, une invitation, un plan et un badge pour votre site.",
    heading: "Le kit {year}",
    lead: "Tout ce qu’il vous faut pour faire connaître l’International Networking Week, {dates}, en quelques minutes : des textes à publier, des images, une affiche, une invitation, un plan et un badge pour votre site. Sans compte et sans rien installer : ce site produit lui-même chaque fichier.",
    contents: "Sur cette page",
    linkName: "Le kit {year}",
    linkSummary:
      "Des publications prêtes à l’emploi, des images, une affiche à imprimer, une invitation et un badge pour votre site.",
    posts: {
      heading: "Des publications prêtes à copier",
      intro:
        "Ces textes sont des suggestions de ce site : modifiez-les à votre guise. Chacun donne les dates de la semaine, le hashtag et un lien vers la page de la semaine.",
      linkedin: {
        heading: "Pour LinkedIn",
        text: "International Networking Week, {dates} : une semaine lancée par BNI en 2007 pour célébrer ce que le networking apporte aux entreprises.\n\nCette année, j’ai envie d’en profiter pour dire merci. Une grande partie de mon activité m’est venue de personnes qui ont pris le temps de me présenter, de me recommander ou de partager ce qu’elles savent. À vous toutes et tous : merci.\n\nEt une invitation : si nous ne nous sommes pas parlé depuis longtemps, prenons des nouvelles cette semaine. Et si nous ne nous connaissons pas encore, ce sera avec plaisir.\n\nQu’est-ce que le networking vous a apporté ?\n\n{hashtag}\n{url}",
        copy: "Copier le texte pour LinkedIn",
        note: "Le lien de partage de LinkedIn ne transmet que l’adresse de la page, pas de texte. Donc, dans cet ordre :",
        stepCopy: "copiez le texte avec le bouton ci-dessus (ou sélectionnez-le) ;",
        stepShare: "puis {link}, et collez le texte dans la publication.",
        share: "partagez sur LinkedIn",
      },
      x: {
        heading: "Pour X",
        text: "International Networking Week : {dates}. Une bonne semaine pour remercier celles et ceux qui vous ont aidé, et reprendre contact avec quelqu’un de perdu de vue. Qui allez-vous remercier ? {hashtag} {url}",
        copy: "Copier le texte pour X",
        length: "{count} des 280 caractères de X, le lien compté pour 23, comme X le compte.",
        post: "Le publier sur X",
      },
      short: {
        heading: "Pour Facebook, Instagram ou WhatsApp",
        text: "C’est l’International Networking Week, {dates} ! Qui allez-vous remercier cette semaine ? {hashtag} {url}",
        copy: "Copier le texte court",
        facebook: "Partager sur Facebook",
        facebookNote:
          "(comme celui de LinkedIn, le lien de partage de Facebook ne transmet que l’adresse : collez le texte dans la publication)",
        whatsapp: "Envoyer sur WhatsApp",
      },
    },
    images: {
      heading: "Des images à télécharger",
      intro:
        "Pour {year}, avec le nom, les dates et le hashtag de la semaine, lisibles sur un téléphone. Chacune est accompagnée d’un texte à coller comme description (texte alternatif) pour les personnes qui ne peuvent pas la voir.",
      formats: {
        square: "Carrée, pour le fil d’actualité",
        story: "Story, pour Instagram et le statut WhatsApp",
        landscape: "Paysage, pour LinkedIn et Facebook",
      },
      download: "Télécharger le PNG ({width}×{height}, {size})",
      altLabel: "Texte alternatif",
      alt: "International Networking Week, {dates}, la première semaine complète de février. {hashtag}",
      copyAlt: "Copier le texte alternatif",
    },
    poster: {
      heading: "Une affiche à imprimer",
      intro:
        "Une page avec le nom et les dates de la semaine, une phrase qui la présente, et de la place pour écrire votre événement : quoi, où et quand.",
      a4: "Affiche, A4 (PDF, {size})",
      letter: "Affiche, format Letter américain (PDF, {size})",
      documentTitle: "International Networking Week {year} : affiche",
      invitation: "Rejoignez-nous",
      what: "Quoi",
      where: "Où",
      when: "Quand",
    },
    invitation: {
      heading: "Une invitation",
      intro:
        "Un e-mail pour une journée visiteurs ou un petit-déjeuner de networking, suggéré par ce site : complétez les passages entre crochets.",
      subjectLabel: "Objet",
      bodyLabel: "Texte de l’e-mail",
      subject:
        "Invitation : [journée visiteurs / petit-déjeuner de networking] pour l’International Networking Week, {dates}",
      body: "Bonjour [prénom],\n\nÀ l’occasion de l’International Networking Week ({dates}), [notre groupe] organise [une journée visiteurs / un petit-déjeuner de networking], et ce serait un plaisir de vous y accueillir.\n\nQuand : [jour et heure]\nOù : [lieu]\nQuoi : [le programme : tour de table, une intervention invitée, du temps pour échanger]\n\nC’est une façon conviviale de rencontrer des professionnels de la région, de découvrir leur activité et de leur présenter la vôtre. Dites-moi simplement d’ici le [date] si vous pouvez venir ; n’hésitez pas à venir avec un collègue.\n\nBien cordialement,\n[votre nom]\n[votre numéro de téléphone]",
      copySubject: "Copier l’objet",
      copyBody: "Copier le texte",
      open: "L’ouvrir dans votre messagerie",
    },
    plan: {
      heading: "Un plan",
      intro:
        "Une suggestion de ce site, étape par étape ; quand une étape vient d’une source, elle la cite.",
      steps: [
        {
          when: "Trois semaines avant, à partir du {date}",
          items: [
            "Choisissez ce que vous organisez (une journée visiteurs, un petit-déjeuner de networking, un événement commun avec un autre groupe), fixez le jour et réservez le lieu.",
            "Invitez quelqu’un à intervenir. Pour la semaine nationale du networking de BNI New Zealand, en mars 2015, un groupe de Dunedin a reçu des intervenants comme le directeur général de la chambre de commerce locale et le maire ({source}).",
          ],
        },
        {
          when: "Deux semaines avant, à partir du {date}",
          items: [
            "Envoyez l’invitation ci-dessus. Pour sa propre semaine nationale du networking, en mars 2015, BNI New Zealand conseillait d’envoyer les invitations aux visiteurs environ deux semaines à l’avance ({source}).",
            "Imprimez l’affiche et placez-la bien en vue, et ajoutez le badge à votre site.",
          ],
        },
        {
          when: "Une semaine avant, à partir du {date}",
          items: [
            "Publiez le texte pour LinkedIn avec une image, et relancez les personnes invitées.",
            "Confirmez l’intervention, le lieu et le programme.",
          ],
        },
        {
          when: "Pendant la semaine, {date}",
          items: [
            "Tenez votre événement et accueillez personnellement chaque visiteur.",
            "Publiez le texte court avec l’image story, et reprenez contact avec quelqu’un de perdu de vue.",
          ],
        },
        {
          when: "La semaine suivante, à partir du {date}",
          items: [
            "La tournée des remerciements : remerciez vos invités, la personne qui est intervenue et celles qui vous ont transmis des recommandations, comme BNI l’a fait en 2020 avec son thème « {en:One Million Thank You's} » ({source}).",
            "Recontactez chaque visiteur.",
          ],
        },
      ],
      bniMembers:
        "Pour les membres de BNI : les règles de BNI pour les réseaux sociaux demandent aux membres d’obtenir l’accord de leur directeur avant d’utiliser les marques de BNI en ligne ({source}).",
    },
    badge: {
      heading: "Un badge pour votre site",
      intro:
        "Une petite image avec les dates de la prochaine semaine, pour le site d’un groupe ou d’une entreprise. Elle est redessinée chaque jour avec ce site, et montre donc toujours la prochaine édition. Collez ce code dans votre page :",
      alt: "International Networking Week : les dates de la prochaine édition",
      code: "Code pour votre site",
      copy: "Copier le code",
    },
  },
};

export default fr;
