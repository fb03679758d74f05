/** Every word of the Italian site; the shape and the facts are en.ts's. */
import type { SiteStrings } from "./en";

const it: SiteStrings = {
  dates: {
    longDate: "{weekday} {day} {month} {year}",
    dayRange: "{firstDay}–{lastDay} {month} {year}",
    dayRangeWithoutYear: "{firstDay}–{lastDay} {month}",
    shortDayRange: "{firstDay}–{lastDay} {monthShort}.",
    shortDate: "{day} {monthShort}.",
    firstOfMonth: "1º",
    monthOfYear: "{month} {year}",
    dayOfYear: "{day} {month} {year}",
    upcomingTomorrow: "Inizia domani",
    upcoming: { other: "Inizia tra {count} giorni" },
    ongoing: "In corso: giorno {day} su 7",
    endedYesterday: "Conclusa ieri",
    ended: { other: "Conclusa {count} giorni fa" },
    endedLongAgo: "Edizione passata",
    startsLater: "Inizia {date}",
    nextWeekBadge: { upcoming: "Prossima edizione", ongoing: "In corso" },
  },

  site: {
    description:
      "Quando cade l’International Networking Week, anno per anno: date, storia, temi e modi per celebrarla, con le fonti.",
    skipLink: "Vai al contenuto",
    mainNavigation: "Principale",
    languageNavigation: "Lingua",
    breadcrumb: "Percorso di navigazione",
    nav: {
      home: "Home",
      dates: "Date",
      history: "Storia",
      themes: "Temi",
      observe: "Partecipa",
      faq: "FAQ",
    },
    footer: {
      independent:
        "Sito indipendente, non affiliato a BNI né da essa approvato. International Networking Week® e International Networking Day® sono marchi di BNI Global, LLC, secondo {link}.",
      independentLink: "il manuale di BNI del 2019 per il Leadership Team",
      computed:
        "Ogni pagina elenca le fonti dei fatti che riporta. Le date sono calcolate secondo {rule} e sono disponibili anche in formato {json}.",
      ruleLink: "la regola",
      jsonLink: "JSON",
      noTracking: "Niente pubblicità, niente tracciamento, niente cookie.",
    },
    asOf: "Date e conti alla rovescia aggiornati al {date}.",
    builtOn: "Pagina aggiornata l’ultima volta il {date}.",
    imageFooter: "Prima settimana completa di febbraio · dal 2007",
    quoted: "«{text}»",
  },

  pages: {
    home: {
      title: "International Networking Week: date, storia e come celebrarla",
      description:
        "Quando cade l’International Networking Week quest’anno e negli altri anni, con storia, temi e modi per celebrarla, tutto con le fonti.",
    },
    dates: {
      title: "Le date dell’International Networking Week, anno per anno",
      description:
        "Le date dell’International Networking Week per ogni anno dal 2007: il primo lunedì di febbraio, i giorni lavorativi e la settimana intera.",
    },
    history: {
      title: "Storia dell’International Networking Week",
      description:
        "Come BNI ha lanciato l’International Networking Week nel 2007 e come è stata celebrata da allora, dalla colazione londinese del primo anno alla settimana dei ringraziamenti del 2020.",
    },
    themes: {
      title: "I temi dell’International Networking Week, anno per anno",
      description:
        "I temi annuali noti dell’International Networking Week, ciascuno con la sua fonte e il suo stato, e la spiegazione dell’equivoco del 2020.",
    },
    observe: {
      title: "Come partecipare all’International Networking Week",
      description:
        "Modi per partecipare all’International Networking Week da soli, in gruppo o in azienda, dalle giornate aperte agli ospiti alle telefonate di ringraziamento.",
    },
    year: {
      title: "International Networking Week {year}: {days}",
      description:
        "International Networking Week {year}: da lunedì a domenica, {whole}; giorni lavorativi: {business}. Stato, tema e link per il calendario.",
      imageBusinessDays: "Da lunedì a venerdì: {business}",
      imageWholeWeek: "Settimana intera: {whole}",
    },
    faq: {
      title: "International Networking Week: domande e risposte",
      description:
        "Quando cade l’International Networking Week quest’anno e il prossimo, se esiste una giornata del networking o un tema, chi la organizza, l’hashtag e come aggiungerla al calendario.",
    },
    notFound: {
      title: "Pagina non trovata: International Networking Week",
      description:
        "Questa pagina non esiste. Qui trovi le date, la storia, i temi e i modi per celebrare la settimana.",
    },
  },

  share: {
    heading: "Condividi",
    networks: {
      linkedin: "Condividi su LinkedIn",
      x: "Condividi su X",
      facebook: "Condividi su Facebook",
      email: "Condividi via email",
    },
    pageLink: "Link a questa pagina",
    copyLink: "Copia link",
    more: "Altro…",
    copied: "Copiato negli appunti.",
    copyFailed: "Impossibile copiare: seleziona il testo e copialo a mano.",
    shareFailed: "Impossibile condividere: usa uno dei link qui sopra.",
    homeText:
      "International Networking Week: quando cade quest’anno e negli altri anni, con la sua storia e i modi per celebrarla",
  },

  calendar: {
    subscribe: "Iscriviti al calendario",
    file: "File di calendario (.ics)",
    hint: "Un unico evento per i giorni lavorativi della settimana, da lunedì a venerdì, che si ripete ogni anno il primo lunedì di febbraio: così il tuo calendario resta sempre corretto, senza bisogno di aggiornarlo.",
    google: "Aggiungi a Google Calendar",
    feedDescription:
      "L’International Networking Week è la prima settimana completa di febbraio: inizia il primo lunedì di febbraio e termina la domenica. Questo evento ne copre i giorni lavorativi, da lunedì a venerdì. Le date di ogni anno: {siteUrl}",
    yearDescription:
      "L’International Networking Week {year} inizia il primo lunedì di febbraio e termina la domenica. Questo evento ne copre i giorni lavorativi, {business}. Maggiori informazioni: {pageUrl}",
    googleDetails:
      "L’International Networking Week è la prima settimana completa di febbraio, da lunedì a domenica. Questo evento ne copre i giorni lavorativi, da lunedì a venerdì. Maggiori informazioni: {pageUrl}",
  },

  sources: {
    heading: "Fonti",
    kinds: {
      blog: "blog",
      bniDirectorBlog: "blog di un direttore BNI",
      blogPost: "articolo di blog",
      newsReport: "servizio giornalistico",
      tagArchive: "articoli con questo tag",
      monthArchive: "articolo nell’archivio mensile del blog",
      observanceCalendar: "calendario di ricorrenze",
      socialMediaGuidelines: "linee guida per i social media",
    },
  },

  week: {
    starts: "Inizio",
    businessDays: "Giorni lavorativi",
    wholeWeek: "Settimana intera",
    fromTo: "da {start} a {end}",
    featuredDetail: "Inizia {date}; giorni lavorativi: {days}.",
    featuredName: "International Networking Week",
    featuredLink: "La settimana del {year}",
    allYears: "Le date di ogni anno",
    yearLink: "Tutto sul {year}",
  },

  home: {
    eyebrow: "La prima settimana completa di febbraio, dal 2007",
    lead: "Una settimana annuale, lanciata da BNI nel 2007, per celebrare ciò che il networking fa per le imprese.",
    whenHeading: "Quando cade?",
    whenIntro:
      "La settimana inizia il primo lunedì di febbraio e termina la domenica; i giorni lavorativi vanno da lunedì a venerdì.",
    occurrences: { last: "L’anno scorso", this: "Quest’anno", next: "L’anno prossimo" },
    calendarHeading: "Nel tuo calendario",
    whatHeading: "Che cos’è",
    what: [
      "L’International Networking Week® è stata lanciata nel 2007 da BNI (Business Network International), fondata dal dott. Ivan Misner nel 1985. L’idea è nata alla conferenza internazionale dei direttori BNI a Long Beach, in California, nel novembre 2006, e da allora l’iniziativa si tiene nella prima settimana completa di febbraio.",
      "Nel 2010 BNI ha descritto la settimana come una celebrazione di ciò che il networking fa per le imprese di tutto il mondo. I gruppi la festeggiano con eventi, seminari e colazioni di networking, e chiunque può partecipare riprendendo i contatti con le persone della propria rete.",
    ],
    whyHeading: "Perché conta",
    why: "Misner definisce l’approccio di BNI «{en:relationship networking}» (networking basato sulle relazioni): costruire relazioni di lungo periodo da cui entrambe le parti traggono vantaggio.",
    exploreHeading: "Esplora",
    sections: {
      dates:
        "Tutti gli anni dal 2007 ai prossimi dieci, con la regola e le prove che la sostengono.",
      history:
        "Da un’idea nata a una conferenza BNI nel 2006 agli eventi a Londra, in Israele e in Italia, fino a una settimana di ringraziamenti nel 2020.",
      themes: "I temi annuali noti, con le loro fonti, e un equivoco del 2020.",
      observe:
        "Idee per singoli, gruppi e aziende, dalle colazioni alle telefonate di ringraziamento.",
      faq: "Risposte brevi alle domande più comuni: le date di quest’anno, la giornata del networking, i temi, l’hashtag.",
    },
  },

  datesPage: {
    heading: "Le date di ogni anno",
    lead: "Le date che la regola indica per ogni anno, dalla prima edizione del 2007 fino ai prossimi dieci anni. Ogni edizione inizia il primo lunedì di febbraio.",
    caption: "Date dell’International Networking Week per anno",
    columns: {
      year: "Anno",
      monday: "Lunedì",
      business: "Giorni lavorativi",
      whole: "Settimana intera",
    },
    basis: { published: "Pubblicate", computed: "Calcolate" },
    basisNote:
      "Pubblicate: una fonte ha indicato le date di quell’anno, e la pagina dell’anno la cita. Calcolate: nessuna delle fonti trovate le indica, quindi si ricavano dalla regola; nessuna fonte di BNI indica le date degli anni a venire.",
    thisYearBadge: "Quest’anno",
    aboutThemes: "Informazioni sui temi",
    ruleHeading: "La regola",
    rule: "L’International Networking Week inizia il primo lunedì di febbraio e prosegue fino alla domenica successiva: è la prima settimana completa del mese, da lunedì a domenica. I giorni lavorativi vanno da lunedì a venerdì; molti calendari mostrano tutti e sette i giorni. Quando il 1º febbraio cade di lunedì, la settimana inizia proprio quel giorno.",
    evidenceHeading: "Le prove",
    evidence: [
      {
        label: "2007:",
        text: "il 1º febbraio era un giovedì e la prima edizione si è svolta da lunedì 5 a venerdì 9 febbraio. Nel novembre 2006 un direttore BNI ha scritto che da allora in poi l’iniziativa si sarebbe tenuta nella prima settimana completa di febbraio.",
      },
      {
        label: "2010:",
        text: "il 1º febbraio era un lunedì e la settimana si è svolta dal 1º al 5 febbraio.",
      },
      {
        label: "2018 e dal 2022 al 2025:",
        text: "i calendari di ricorrenze hanno indicato queste date: dal 5 al 9 febbraio 2018, il 7 febbraio 2022, il 6 febbraio 2023, il 5 febbraio 2024 e dal 3 al 9 febbraio 2025; tutte iniziano il primo lunedì di febbraio. Questi calendari applicano la stessa regola, quindi concordano con essa senza dimostrarla; un servizio televisivo sulla settimana è andato in onda l’8 febbraio 2023, durante la settimana di quell’anno.",
      },
    ],
    noSundayWeek: "Nessuna fonte usa una settimana da domenica a sabato.",
    trickyHeading: "Gli anni che si prestano a equivoci",
    tricky:
      "«La prima settimana completa di febbraio» si può fraintendere negli anni in cui il 1º febbraio cade di lunedì (2021, 2027, 2038) o di domenica (2026, 2032). Quando cade di lunedì, la settimana che inizia quel giorno è già completa, quindi è la prima: nel 2010, quando il 1º febbraio cadeva di lunedì, la settimana si è svolta dal 1º al 5 febbraio, non una settimana dopo. Quando cade di domenica, la prima settimana completa da lunedì a domenica inizia il giorno dopo, lunedì 2 febbraio. Anche in quegli anni questo sito segue la regola. Nel 2023 un’emittente televisiva ha scritto «{en:second full week}» (seconda settimana completa), in contraddizione con tutte le altre fonti e con la data stessa in cui il servizio è andato in onda.",
  },

  yearPage: {
    heading: "International Networking Week {year}",
    imageAlt: "International Networking Week {year}: {whole}",
    shareText: "International Networking Week {year}: {whole}",
    themeHeading: "Tema",
    noTheme: "Per il {year} non è noto alcun tema. {link} elenca quelli noti.",
    themesPageLink: "La pagina dei temi",
    aboutThemes: "Informazioni sui temi",
    aboutHeading: "Informazioni sul {year}",
    mondayFirstPast:
      "Il 1º febbraio {year} cadeva di lunedì, quindi la settimana è iniziata proprio quel giorno.",
    mondayFirstFuture:
      "Il 1º febbraio {year} cade di lunedì, quindi la settimana inizia proprio quel giorno.",
    sundayFirstPast:
      "Il 1º febbraio {year} cadeva di domenica, quindi la prima settimana completa da lunedì a domenica è iniziata il giorno dopo, {monday}.",
    sundayFirstFuture:
      "Il 1º febbraio {year} cade di domenica, quindi la prima settimana completa da lunedì a domenica inizia il giorno dopo, {monday}.",
    misreadMonday:
      "In un anno come questo, «la prima settimana completa di febbraio» si può fraintendere come la settimana successiva; nel 2010, quando il 1º febbraio cadeva anch’esso di lunedì, la settimana si è svolta dal 1º al 5 febbraio.",
    misreadSunday:
      "In un anno come questo, «la prima settimana completa di febbraio» si può fraintendere come se iniziasse domenica 1º febbraio; nessuna fonte usa una settimana da domenica a sabato.",
    otherYears: "Altri anni",
    everyYear: "Tutti gli anni",
    datesHeading: "Da dove vengono queste date",
    publishedIndependently: "Queste date sono state indicate all’epoca da {sources}.",
    publishedByCalendars:
      "La data di inizio di questa settimana è stata pubblicata da {sources}. I calendari di ricorrenze applicano la stessa regola, quindi concordano con essa senza dimostrarla.",
    reportAired:
      "Un servizio televisivo di WDTN sulla settimana è andato in onda l’{date}, quindi in una di queste date.",
    computedPast:
      "Nessuna delle fonti trovate indica le date del {year}: sono calcolate secondo {rule}.",
    computedFuture:
      "BNI non ha pubblicato le date del {year}: sono calcolate secondo {rule}, rispettata da ogni data pubblicata dal 2007 al 2025.",
    ruleLink: "la regola",
  },

  yearNotes: {
    2007: [
      "La prima edizione si è svolta da lunedì 5 a venerdì 9 febbraio 2007, con martedì 6 febbraio come giornata ufficiale del networking.",
      "L’idea era nata alla conferenza internazionale dei direttori BNI a Long Beach, in California, nel novembre 2006. Un direttore BNI che era presente ha scritto che da allora in poi l’iniziativa si sarebbe tenuta nella prima settimana completa di febbraio e ha attribuito a Geoff Kirkwood, direttore nazionale di BNI per l’Australia, il merito di aver dato lo spunto all’iniziativa.",
      "A Londra BNI ha celebrato la settimana con una «{en:BNI Big Breakfast}» (grande colazione BNI).",
    ],
    2009: [
      "BNI Israel ha organizzato una conferenza dell’International Networking Week a Petah Tikva il 4 febbraio 2009, con oltre 300 partecipanti.",
    ],
    2010: [
      "Un sito ufficiale elencava gli eventi della settimana e a Londra era in programma un evento simile alla «{en:BNI Big Breakfast}» (grande colazione BNI) del 2007, con circa 400 persone attese.",
    ],
    2020: [
      "In Australia il direttore nazionale di BNI Australia ha usato il tema della settimana per ringraziare, tra gli altri, chi aveva fatto donazioni alla raccolta fondi di BNI Foundation Australia per gli incendi boschivi.",
      "In Italia la settimana si è aperta a Francavilla al Mare, in Abruzzo, sabato 1º febbraio 2020, due giorni prima del lunedì in cui cominciava; il ricavato di quella giornata inaugurale è andato ai progetti scolastici «{en:Business Voices}» di BNI.",
    ],
    2021: [
      "Per molti capitoli, la settimana del 2021 è caduta nel periodo in cui BNI si riuniva online: i capitoli sono passati all’online nel marzo 2020 e le riunioni ibride sono tornate in momenti diversi nei diversi Paesi (nel Regno Unito dal 1º ottobre 2021).",
    ],
    2025: ["National Today ha indicato per il 2025 la settimana dal 3 al 9 febbraio."],
  },

  history: {
    heading: "Storia",
    lead: "Come un’idea nata a una conferenza BNI nel 2006 è diventata una settimana celebrata a febbraio, per quanto risulta dalle fonti.",
    bniHeading: "BNI",
    bni: [
      "L’International Networking Week® è un’iniziativa di BNI: Business Network International (non «Business Networking International», un errore frequente). Il dott. Ivan Misner ha fondato BNI nel 1985, e il primo gruppo BNI ha preso ufficialmente il via l’8 gennaio 1985. Misner definisce l’approccio di BNI «{en:relationship networking}» (networking basato sulle relazioni): relazioni di lungo periodo vantaggiose per entrambe le parti.",
      "Le dimensioni di BNI, come riportate all’epoca: nel febbraio 2023 Misner parlava di oltre 10.900 capitoli BNI; lo stesso mese WDTN, un’emittente televisiva, riportava quasi 11.000 capitoli e 300.000 membri; nell’ottobre 2023 il giornale Halifax Courier indicava oltre 300.000 membri in 77 Paesi; nel giugno 2025 Il Giorno riportava oltre 11.200 capitoli in 76 Paesi; e nel gennaio 2026 il giornale Prabhat Khabar indicava oltre 11.645 capitoli e oltre 356.000 membri in 76 Paesi. Nessuna fonte conta gli eventi o i Paesi dell’International Networking Week in quanto tale.",
    ],
    timeline: [
      {
        when: "Novembre 2006",
        title: "L’idea",
        text: "L’idea è nata alla conferenza internazionale dei direttori BNI a Long Beach, in California: una settimana con una giornata ufficiale del networking. Un direttore BNI che era presente ha scritto che da allora in poi l’iniziativa si sarebbe svolta nella prima settimana completa di febbraio e ha attribuito a Geoff Kirkwood, direttore nazionale di BNI per l’Australia, il merito di aver dato lo spunto all’iniziativa.",
      },
      {
        when: "Febbraio 2007",
        title: "La prima settimana",
        text: "La prima International Networking Week si è svolta dal 5 al 9 febbraio 2007, con il 6 febbraio come giornata ufficiale del networking. A Londra è stata celebrata con una «{en:BNI Big Breakfast}» (grande colazione BNI). In seguito Misner ha scritto di aver aiutato BNI a lanciarla quell’anno.",
      },
      {
        when: "Febbraio 2009",
        title: "Israele",
        text: "BNI Israel ha organizzato una conferenza dell’International Networking Week a Petah Tikva il 4 febbraio 2009, con oltre 300 partecipanti.",
      },
      {
        when: "Febbraio 2010",
        title: "Un elenco ufficiale degli eventi",
        text: "Un sito ufficiale elencava gli eventi della settimana e a Londra era in programma un evento simile alla «{en:BNI Big Breakfast}» del 2007, con circa 400 persone attese. Il 1º febbraio cadeva di lunedì e la settimana si è svolta dal 1º al 5 febbraio.",
      },
      {
        when: "Febbraio 2020",
        title: "Un milione di grazie",
        text: "Il tema scelto da BNI per la settimana era «{en:One Million Thank You's}» (un milione di grazie), e i post che BNI le ha dedicato erano intitolati «{en:A Week of One Million Thank You's}»: storie di leader BNI di diversi Paesi. In Australia il direttore nazionale di BNI Australia ha usato il tema per ringraziare, tra gli altri, chi aveva fatto donazioni alla raccolta fondi di BNI Foundation Australia per gli incendi boschivi; in Italia la settimana si è aperta in Abruzzo il 1º febbraio e il ricavato di quella giornata inaugurale è andato a progetti scolastici.",
      },
      {
        when: "Febbraio 2021",
        title: "Riunioni online",
        text: "I capitoli BNI hanno spostato le riunioni online nel marzo 2020 e le riunioni ibride sono tornate in momenti diversi nei diversi Paesi (nel Regno Unito dal 1º ottobre 2021): per molti capitoli la settimana del 2021 è quindi caduta nel periodo delle riunioni online.",
      },
    ],
    yearLink: "Il {year} nel dettaglio",
    todayWhen: "Ogni febbraio",
    todayTitle: "La settimana oggi",
    today:
      "Le date indicate dai calendari di ricorrenze per gli anni dal 2022 al 2025 cadono ancora nella prima settimana completa di febbraio. Nel 2023 Misner ha scritto che la settimana è nata per aiutare i leader d’impresa di tutto il mondo a entrare in contatto tra loro e a sviluppare insieme le proprie capacità di networking, e che il suo obiettivo è riconoscere il potere del networking.",
    datesLink: "Le date di ogni anno",
  },

  themes: {
    heading: "Temi",
    lead: "In alcuni anni l’International Networking Week ha avuto un tema. Ecco quelli che siamo riusciti a documentare, ciascuno con la sua fonte e il suo grado di certezza.",
    statuses: {
      confirmed: {
        label: "Confermato da BNI",
        sentence: "Il tema del {year}, confermato da BNI, è stato {theme}.",
      },
      reported: {
        label: "Un solo calendario di ricorrenze; non confermato da BNI",
        sentence:
          "Un calendario di ricorrenze indica {theme} come tema del {year}; BNI non l’ha confermato.",
      },
    },
    translations: {
      "A New World of Opportunity": "Un nuovo mondo di opportunità",
      "One Million Thank You's": "Un milione di grazie",
    },
    translationsInSentence: {
      "A New World of Opportunity": "un nuovo mondo di opportunità",
      "One Million Thank You's": "un milione di grazie",
    },
    source: "Fonte:",
    mixUpHeading: "L’equivoco del 2020",
    mixUp:
      "Un calendario di ricorrenze, quello che riporta il tema del 2019, indica «{en:Dreaming Big}» (sognare in grande) come tema del 2020. Una fonte della stessa BNI ne indica un altro: come ha scritto il direttore nazionale di BNI Australia, il tema del 2020 era «{en:One Million Thank You's}» (un milione di grazie), e i post di BNI per la settimana erano intitolati «{en:A Week of One Million Thank You's}». «{en:Dream Big}» (sogna in grande) era invece il motto della Global Convention di BNI tenutasi a Varsavia nel novembre 2019, un evento diverso, ed è probabilmente da lì che nasce l’equivoco.",
    otherYearsHeading: "Altri anni",
    otherYears:
      "Per gli anni dal {firstYear} in poi non conosciamo altri temi oltre a quelli degli anni {knownYears}. Se un anno ne ha avuto uno, non l’abbiamo trovato in una fonte citabile, quindi non facciamo supposizioni.",
  },

  observe: {
    heading: "Come partecipare",
    lead: "Per partecipare non serve un evento organizzato. Ecco alcune idee per chi vuole farlo da solo, per i gruppi e per le aziende, tratte da come è stata celebrata la settimana e dai consigli sul networking.",
    hashtagLabel: "L’hashtag della settimana",
    copyHashtag: "Copia l’hashtag",
    ways: [
      {
        heading: "Per conto tuo",
        items: [
          "Riprendi i contatti con le persone che hai perso di vista e conosci qualcuno di nuovo.",
          "Ringrazia chi ti ha aiutato o ti ha passato referenze, come ha fatto BNI nel 2020 con il tema «{en:One Million Thank You's}» (un milione di grazie).",
          "Partecipa a un evento, a un seminario, a un talk o a un incontro informale di networking.",
          "Usa {hashtag} per raccontare in un post ciò che il networking ha fatto per te.",
        ],
      },
      {
        heading: "In gruppo",
        items: [
          "Organizza una colazione di networking, come ha fatto BNI a Londra con la sua «{en:BNI Big Breakfast}» nel 2007; per il 2010 era in programma a Londra un evento simile.",
          "Proponi una giornata aperta agli ospiti: invita amici, familiari, colleghi o clienti a una riunione e manda gli inviti circa due settimane prima (il consiglio di BNI New Zealand per la propria settimana nazionale del networking, nel marzo 2015).",
          "Invita dei relatori esterni: durante quella settimana in Nuova Zelanda, un gruppo BNI di Dunedin ha ospitato relatori come il direttore generale della Camera di commercio locale e il sindaco, oltre a circa 40 visitatori.",
          "Invita un altro gruppo a un evento congiunto, perché le reti facciano networking tra loro.",
          "Lega la settimana a una causa: nel 2020 il direttore nazionale di BNI Australia ha usato il tema della settimana per ringraziare chi aveva fatto donazioni alla raccolta fondi di BNI Foundation Australia per gli incendi boschivi, e in Italia il ricavato della giornata inaugurale è andato a progetti scolastici.",
        ],
      },
      {
        heading: "In azienda",
        items: [
          "Ospita un piccolo incontro di networking nel tuo luogo di lavoro.",
          "Organizza un seminario o un talk sul networking, oppure una raccolta fondi o un incontro informale.",
        ],
      },
    ],
    tipsHeading: "I consigli di networking di Ivan Misner",
    tipsIntro:
      "Il fondatore di BNI li propone come consigli generali di networking, non specifici per la settimana, ma si adattano bene a questa occasione:",
    tips: [
      "Chiama i tuoi clienti solo per sentire come stanno, senza chiedere referenze.",
      "Chiama tutte le persone che ti hanno passato referenze.",
      "Fai un elenco di 50 persone con cui vuoi restare in contatto quest’anno.",
      "A un evento, presentati a chi è da solo, apri la conversazione con delle domande e non cercare di vendere al primo incontro.",
    ],
  },

  faq: {
    heading: "Domande e risposte",
    lead: "Risposte brevi alle domande più comuni sull’International Networking Week, tratte dalle fonti elencate in fondo alla pagina.",
    whenQuestion: "Quando cade l’International Networking Week {year}?",
    whenAnswer:
      "L’International Networking Week {year} si svolge da lunedì a domenica, {whole}; giorni lavorativi: {business}. La settimana inizia il primo lunedì di febbraio, regola seguita dal 2007 da tutte le fonti che ne indicano le date; nessuna fonte di BNI indica le date degli anni a venire, quindi queste sono calcolate secondo {rule}.",
    ruleLink: "la regola",
    nextQuestion: "Quando cade l’International Networking Week {year}?",
    nextAnswer:
      "Nel {year} l’International Networking Week si svolge nei giorni {whole}; giorni lavorativi: {business}. Anche queste date sono calcolate secondo la regola.",
    whatQuestion: "Che cos’è l’International Networking Week?",
    whatAnswer:
      "Una settimana annuale lanciata da BNI nel 2007 per celebrare il ruolo che il networking svolge nello sviluppo e nel successo delle imprese di tutto il mondo. Cade nella prima settimana completa di febbraio; i gruppi la festeggiano con eventi e colazioni di networking, e chiunque può partecipare riprendendo i contatti con le persone della propria rete.",
    dayQuestion: "Esiste un International Networking Day?",
    dayAnswer:
      "All’inizio sì: nella prima edizione, dal 5 al 9 febbraio 2007, martedì 6 febbraio era la giornata ufficiale del networking. Per gli anni successivi le fonti trovate non indicano nessuna giornata ufficiale del networking. L’International Networking Day®, come il nome della settimana, è un marchio di BNI Global, LLC, secondo il manuale di BNI del 2019 per il Leadership Team.",
    holidayQuestion: "L’International Networking Week è una festività ufficiale?",
    holidayAnswer:
      "Nessuna fonte lo dice. È una ricorrenza del mondo delle imprese, lanciata da BNI, un’organizzazione di networking.",
    organiserQuestion: "Chi organizza l’International Networking Week?",
    organiserAnswer:
      "BNI (Business Network International), che ha lanciato la settimana nel 2007. Il dott. Ivan Misner ha fondato BNI nel 1985, e il primo gruppo BNI ha preso ufficialmente il via l’8 gennaio 1985. I gruppi e le organizzazioni nazionali di BNI celebrano la settimana con eventi propri, come la conferenza di BNI Israel a Petah Tikva nel 2009.",
    memberQuestion:
      "Bisogna essere membri di BNI per partecipare all’International Networking Week?",
    memberAnswer:
      "Nessuna fonte riserva la partecipazione ai membri di BNI. I modi di partecipare descritti dalle fonti, come riprendere i vecchi contatti, crearne di nuovi od organizzare un evento sul posto di lavoro, sono aperti a tutti. Le linee guida del 2011 di BNI sui social media chiedono ai membri che vogliono usare online i marchi di BNI di ottenere prima l’approvazione del proprio direttore locale.",
    themeQuestion: "L’International Networking Week {year} ha un tema?",
    noThemeAnswer:
      "Per il {year} non è stato trovato alcun tema nelle fonti. BNI ne ha confermato uno per il 2020, «{en:One Million Thank You's}» (un milione di grazie), e un calendario di ricorrenze indica «{en:A New World of Opportunity}» (un nuovo mondo di opportunità) per il 2019, che BNI non ha confermato; non si conoscono temi di altri anni.",
    hashtagQuestion: "Qual è l’hashtag dell’International Networking Week?",
    hashtagAnswer: "{hashtag}: l’unico hashtag che le fonti indicano per la settimana.",
    differentDatesQuestion:
      "Perché alcune pagine potrebbero indicare date diverse per l’International Networking Week?",
    differentDatesAnswer:
      "«La prima settimana completa di febbraio» si può fraintendere quando il 1º febbraio cade di lunedì o di domenica. Quando cade di lunedì (come nel 2021, nel 2027 e nel 2038), la settimana che inizia quel giorno è già completa, quindi è la prima: nel 2010, quando il 1º febbraio cadeva di lunedì, la settimana si è svolta dal 1º al 5 febbraio. Quando cade di domenica (come nel 2026 e nel 2032), la prima settimana completa da lunedì a domenica inizia il giorno dopo; nessuna fonte usa una settimana da domenica a sabato.",
    calendarQuestion: "Come posso aggiungere l’International Networking Week al mio calendario?",
    calendarAnswer:
      "Iscriviti al {feed}: un unico evento per i giorni lavorativi della settimana, che si ripete il primo lunedì di febbraio, così il tuo calendario resta sempre corretto senza bisogno di aggiornarlo. La pagina di ogni anno offre anche il file di calendario di quell’anno e un link per Google Calendar.",
    feedLink: "feed del calendario",
  },

  notFound: {
    heading: "Pagina non trovata",
    lead: "A questo indirizzo non c’è nessuna pagina. Potrebbe essere stata spostata, oppure il link potrebbe essere errato.",
    datesHint:
      "Cerchi le date? {dates} sono raccolte in un’unica pagina, e ogni anno ha la sua, a un indirizzo come {example}.",
    datesLink: "Le date di ogni anno",
    elsewhereHeading: "Prova una di queste pagine",
    links: {
      home: "Home",
      dates: "Date di ogni anno",
      history: "Storia",
      themes: "Temi",
      observe: "Come partecipare",
      faq: "Domande e risposte",
    },
  },

  toolkit: {
    nav: "Kit",
    title: "Kit dell’International Networking Week {year}: post e immagini",
    description:
      "Tutto per far conoscere l’International Networking Week {year}: testi da pubblicare, immagini, un poster da stampare, un invito, un piano e un badge per il tuo sito.",
    heading: "Il kit del {year}",
    lead: "Tutto ciò che ti serve per far conoscere l’International Networking Week, {dates}, in pochi minuti: testi da pubblicare, immagini, un poster, un invito, un piano e un badge per il tuo sito. Senza account e senza installare nulla: ogni file è creato da questo sito.",
    contents: "In questa pagina",
    linkName: "Il kit del {year}",
    linkSummary:
      "Post pronti, immagini, un poster da stampare, un invito e un badge per il tuo sito.",
    posts: {
      heading: "Post pronti da copiare",
      intro:
        "Questi testi sono suggerimenti di questo sito: modificali come vuoi. Ognuno riporta le date della settimana, l’hashtag e un link alla pagina della settimana.",
      linkedin: {
        heading: "Per LinkedIn",
        text: "International Networking Week, {dates}: una settimana lanciata da BNI nel 2007 per celebrare ciò che il networking fa per le imprese.\n\nQuest’anno voglio approfittarne per dire grazie. Gran parte del mio lavoro mi è arrivata da persone che si sono prese il tempo di presentarmi, raccomandarmi o condividere ciò che sanno. A tutte voi: grazie.\n\nE un invito: se non ci sentiamo da un po’, aggiorniamoci questa settimana. E se non ci conosciamo ancora, sarò felice di conoscerti.\n\nChe cosa ha fatto il networking per te?\n\n{hashtag}\n{url}",
        copy: "Copia il testo per LinkedIn",
        note: "Il link di condivisione di LinkedIn porta solo l’indirizzo della pagina, non un testo. Quindi, in quest’ordine:",
        stepCopy: "copia il testo con il pulsante qui sopra (o selezionalo);",
        stepShare: "poi {link} e incolla il testo nel post.",
        share: "condividi su LinkedIn",
      },
      x: {
        heading: "Per X",
        text: "International Networking Week: {dates}. Una buona settimana per ringraziare chi ti ha aiutato e rimetterti in contatto con qualcuno che hai perso di vista. Chi ringrazierai? {hashtag} {url}",
        copy: "Copia il testo per X",
        length: "{count} dei 280 caratteri di X, con il link contato come 23, come lo conta X.",
        post: "Pubblicalo su X",
      },
      short: {
        heading: "Per Facebook, Instagram o WhatsApp",
        text: "È l’International Networking Week, {dates}! Chi ringrazierai questa settimana? {hashtag} {url}",
        copy: "Copia il testo breve",
        facebook: "Condividi su Facebook",
        facebookNote:
          "(come quello di LinkedIn, il link di condivisione di Facebook porta solo l’indirizzo: incolla il testo nel post)",
        whatsapp: "Invia su WhatsApp",
      },
    },
    images: {
      heading: "Immagini da scaricare",
      intro:
        "Per il {year}, con il nome, le date e l’hashtag della settimana, leggibili sul telefono. Ognuna ha un testo da incollare come descrizione (testo alternativo) per chi non può vederla.",
      formats: {
        square: "Quadrata, per il feed",
        story: "Storia, per Instagram e lo stato di WhatsApp",
        landscape: "Orizzontale, per LinkedIn e Facebook",
      },
      download: "Scarica il PNG ({width}×{height}, {size})",
      altLabel: "Testo alternativo",
      alt: "International Networking Week, {dates}, la prima settimana completa di febbraio. {hashtag}",
      copyAlt: "Copia il testo alternativo",
    },
    poster: {
      heading: "Un poster da stampare",
      intro:
        "Una pagina con il nome e le date della settimana, una riga su che cos’è e lo spazio per scrivere il tuo evento: che cosa, dove e quando.",
      a4: "Poster in formato A4 (PDF, {size})",
      letter: "Poster in formato Letter USA (PDF, {size})",
      documentTitle: "International Networking Week {year}: poster da stampare",
      invitation: "Partecipa con noi",
      what: "Che cosa",
      where: "Dove",
      when: "Quando",
    },
    invitation: {
      heading: "Un invito",
      intro:
        "Un’email per una giornata aperta agli ospiti o una colazione di networking, suggerita da questo sito: completa le parti tra parentesi quadre.",
      subjectLabel: "Oggetto",
      bodyLabel: "Messaggio",
      subject:
        "Invito: [giornata aperta agli ospiti / colazione di networking] per l’International Networking Week, {dates}",
      body: "Ciao [nome],\n\nin occasione dell’International Networking Week ({dates}), [il nostro gruppo] organizza [una giornata aperta agli ospiti / una colazione di networking] e mi farebbe piacere averti con noi.\n\nQuando: [giorno e ora]\nDove: [luogo]\nChe cosa: [il programma: presentazioni, un intervento ospite, tempo per parlare]\n\nÈ un modo informale per conoscere imprenditori e professionisti della zona, scoprire di cosa si occupano e raccontare il tuo lavoro. Fammi sapere entro il [data] se puoi venire; se vuoi, porta pure un collega.\n\nA presto,\n[il tuo nome]\n[il tuo numero di telefono]",
      copySubject: "Copia l’oggetto",
      copyBody: "Copia il messaggio",
      open: "Aprilo nel tuo programma di posta",
    },
    plan: {
      heading: "Un piano",
      intro:
        "Un suggerimento di questo sito, passo per passo; quando un passo viene da una fonte, la indica.",
      steps: [
        {
          when: "Tre settimane prima: da lunedì {date}",
          items: [
            "Scegli che cosa organizzare (una giornata aperta agli ospiti, una colazione di networking, un evento insieme a un altro gruppo), fissa il giorno e prenota il luogo.",
            "Invita qualcuno a tenere un intervento. Per la settimana nazionale del networking di BNI New Zealand, a marzo 2015, un gruppo di Dunedin ha avuto relatori come l’amministratore delegato della Camera di commercio locale e il sindaco ({source}).",
          ],
        },
        {
          when: "Due settimane prima: da lunedì {date}",
          items: [
            "Invia l’invito qui sopra. Per la propria settimana nazionale del networking, a marzo 2015, BNI New Zealand consigliava di inviare gli inviti agli ospiti circa due settimane prima ({source}).",
            "Stampa il poster e appendilo, e aggiungi il badge al tuo sito.",
          ],
        },
        {
          when: "Una settimana prima: da lunedì {date}",
          items: [
            "Pubblica il testo per LinkedIn con un’immagine e ricorda l’evento alle persone che hai invitato.",
            "Conferma l’intervento, il luogo e il programma.",
          ],
        },
        {
          when: "Durante la settimana: {date}",
          items: [
            "Tieni il tuo evento e accogli di persona ogni ospite.",
            "Pubblica il testo breve con l’immagine per le storie e rimettiti in contatto con qualcuno che hai perso di vista.",
          ],
        },
        {
          when: "La settimana dopo: da lunedì {date}",
          items: [
            "Il giro dei ringraziamenti: ringrazia gli ospiti, chi ha tenuto l’intervento e chi ti ha passato referenze, come ha fatto BNI nel 2020 con il tema «{en:One Million Thank You's}» ({source}).",
            "Ricontatta ogni ospite.",
          ],
        },
      ],
      bniMembers:
        "Per i membri di BNI: le linee guida di BNI sui social media chiedono ai membri di ottenere l’approvazione del proprio direttore prima di usare online i marchi di BNI ({source}).",
    },
    badge: {
      heading: "Un badge per il tuo sito",
      intro:
        "Una piccola immagine con le date della prossima settimana, per il sito di un capitolo o di un’azienda. Viene ricreata ogni giorno insieme a questo sito, quindi mostra sempre la prossima edizione. Incolla questo codice nella tua pagina:",
      alt: "International Networking Week: le date della prossima edizione",
      code: "Codice per il tuo sito",
      copy: "Copia il codice",
    },
  },
};

export default it;
