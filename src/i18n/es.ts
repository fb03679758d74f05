/** Every word of the Spanish site; the shape and the facts are en.ts's. */
import type { SiteStrings } from "./en";

const es: SiteStrings = {
  dates: {
    longDate: "{weekday} {day} de {month} de {year}",
    dayRange: "{firstDay}–{lastDay} de {month} de {year}",
    dayRangeWithoutYear: "{firstDay}–{lastDay} de {month}",
    shortDayRange: "{firstDay}–{lastDay} {monthShort}.",
    shortDate: "{day} {monthShort}.",
    firstOfMonth: "1",
    monthOfYear: "{month} de {year}",
    dayOfYear: "{day} de {month} de {year}",
    upcomingTomorrow: "Empieza mañana",
    upcoming: { other: "Empieza en {count} días" },
    ongoing: "En curso: día {day} de 7",
    endedYesterday: "Terminó ayer",
    ended: { other: "Terminó hace {count} días" },
    endedLongAgo: "Edición pasada",
    startsLater: "Empieza el {date}",
    nextWeekBadge: { upcoming: "Próxima edición", ongoing: "En curso" },
  },

  site: {
    description:
      "Cuándo es la International Networking Week cada año: sus fechas, su historia, sus temas y formas de participar, con fuentes.",
    skipLink: "Ir al contenido",
    mainNavigation: "Principal",
    languageNavigation: "Idioma",
    breadcrumb: "Ruta de navegación",
    nav: {
      home: "Inicio",
      dates: "Fechas",
      history: "Historia",
      themes: "Temas",
      observe: "Participar",
      faq: "Preguntas frecuentes",
    },
    footer: {
      independent:
        "Sitio independiente, no afiliado a BNI ni avalado por esta organización. International Networking Week® e International Networking Day® son marcas comerciales de BNI Global, LLC, según {link}.",
      independentLink: "el manual del equipo de liderazgo de BNI de 2019",
      computed:
        "Cada página indica las fuentes de los datos que presenta. Las fechas se calculan según {rule} y también están disponibles en {json}.",
      ruleLink: "la regla",
      jsonLink: "JSON",
      noTracking: "Sin anuncios, sin rastreadores, sin cookies.",
    },
    asOf: "Fechas y días restantes, actualizados al {date}.",
    builtOn: "Esta página se actualizó por última vez el {date}.",
    imageFooter: "Primera semana completa de febrero · desde 2007",
    quoted: "«{text}»",
  },

  pages: {
    home: {
      title: "International Networking Week: fechas, historia y formas de participar",
      description:
        "Cuándo es la International Networking Week este año y todos los años, con su historia, sus temas y formas de participar, todo con fuentes.",
    },
    dates: {
      title: "Fechas de la International Networking Week de todos los años",
      description:
        "Las fechas de la International Networking Week de cada año desde 2007: el primer lunes de febrero, los días laborables y la semana completa.",
    },
    history: {
      title: "Historia de la International Networking Week",
      description:
        "Cómo BNI lanzó la International Networking Week en 2007 y cómo se ha celebrado desde entonces, del desayuno de Londres de su primer año a la semana de los agradecimientos de 2020.",
    },
    themes: {
      title: "Temas de la International Networking Week por año",
      description:
        "Los temas anuales conocidos de la International Networking Week, cada uno con su fuente y su estado, y la explicación de la confusión de 2020.",
    },
    observe: {
      title: "Cómo participar en la International Networking Week",
      description:
        "Formas de participar en la International Networking Week a título individual, en grupo o como empresa, desde jornadas de visitantes hasta llamadas para dar las gracias.",
    },
    year: {
      title: "International Networking Week {year}: {days}",
      description:
        "International Networking Week {year}: de lunes a domingo, {whole}; días laborables, {business}. Con su tema y enlaces para el calendario.",
      imageBusinessDays: "De lunes a viernes: {business}",
      imageWholeWeek: "Semana completa: {whole}",
    },
    faq: {
      title: "International Networking Week: preguntas y respuestas",
      description:
        "Cuándo es la International Networking Week este año y el próximo, si hay un día de networking o un tema, quién la organiza, cuál es el hashtag y cómo agregarla a tu calendario.",
    },
    notFound: {
      title: "Página no encontrada: International Networking Week",
      description:
        "Esta página no existe. Consulta las fechas, la historia, los temas y las formas de participar.",
    },
  },

  share: {
    heading: "Compartir",
    networks: {
      linkedin: "Compartir en LinkedIn",
      x: "Compartir en X",
      facebook: "Compartir en Facebook",
      email: "Compartir por correo electrónico",
    },
    pageLink: "Enlace a esta página",
    copyLink: "Copiar enlace",
    more: "Más…",
    copied: "Copiado al portapapeles.",
    copyFailed: "No se pudo copiar: selecciona el texto y cópialo manualmente.",
    shareFailed: "No se pudo compartir: usa uno de los enlaces de arriba.",
    homeText:
      "International Networking Week: cuándo es este año y todos los años, con su historia y formas de participar",
  },

  calendar: {
    subscribe: "Suscribirse al calendario",
    file: "Archivo de calendario (.ics)",
    hint: "Un único evento para los días laborables de la semana, de lunes a viernes, que se repite cada año el primer lunes de febrero, para que tu calendario esté siempre al día sin tener que actualizarlo.",
    google: "Agregar a Google Calendar",
    feedDescription:
      "La International Networking Week es la primera semana completa de febrero: empieza el primer lunes de febrero y dura hasta el domingo. Este evento abarca sus días laborables, de lunes a viernes. Fechas de todos los años: {siteUrl}",
    yearDescription:
      "La International Networking Week {year} empieza el primer lunes de febrero y dura hasta el domingo. Este evento abarca sus días laborables: {business}. Más información: {pageUrl}",
    googleDetails:
      "La International Networking Week es la primera semana completa de febrero, de lunes a domingo. Este evento abarca sus días laborables, de lunes a viernes. Más información: {pageUrl}",
  },

  sources: {
    heading: "Fuentes",
    kinds: {
      blog: "blog",
      bniDirectorBlog: "blog de un director de BNI",
      blogPost: "entrada de blog",
      newsReport: "noticia",
      tagArchive: "entradas con esta etiqueta",
      monthArchive: "entrada del archivo mensual del blog",
      observanceCalendar: "calendario de días conmemorativos",
      socialMediaGuidelines: "pautas para redes sociales",
    },
  },

  week: {
    starts: "Empieza",
    businessDays: "Días laborables",
    wholeWeek: "Semana completa",
    fromTo: "del {start} al {end}",
    featuredDetail: "Empieza el {date}; días laborables: {days}.",
    featuredName: "International Networking Week",
    featuredLink: "La semana de {year}",
    allYears: "Fechas de todos los años",
    yearLink: "Todo sobre {year}",
  },

  home: {
    eyebrow: "La primera semana completa de febrero, desde 2007",
    lead: "Una semana anual, lanzada por BNI en 2007, para celebrar lo que el networking aporta a las empresas.",
    whenHeading: "¿Cuándo es?",
    whenIntro:
      "La semana empieza el primer lunes de febrero y dura hasta el domingo; sus días laborables son de lunes a viernes.",
    occurrences: { last: "El año pasado", this: "Este año", next: "El próximo año" },
    calendarHeading: "En tu calendario",
    whatHeading: "Qué es",
    what: [
      "BNI (Business Network International), la organización que el Dr. Ivan Misner fundó en 1985, lanzó la International Networking Week® en 2007. La idea surgió en la conferencia internacional de directores de BNI celebrada en Long Beach (California) en noviembre de 2006, y la iniciativa tiene lugar la primera semana completa de febrero.",
      "En 2010, BNI describió la semana como una celebración de lo que el networking aporta a las empresas de todo el mundo. Los grupos organizan eventos, seminarios y desayunos de networking para la ocasión, y cualquiera puede participar retomando el contacto con las personas de su red.",
    ],
    whyHeading: "Por qué importa",
    why: "Misner llama al enfoque de BNI «{en:relationship networking}» (networking de relaciones): construir relaciones a largo plazo en las que ambas partes salen beneficiadas.",
    exploreHeading: "Explorar",
    sections: {
      dates:
        "Todos los años desde 2007 hasta dentro de diez años, con la regla y las pruebas que la respaldan.",
      history:
        "De una idea presentada en una conferencia de BNI en 2006 a eventos en Londres, Israel e Italia, y una semana de agradecimientos en 2020.",
      themes:
        "Los temas anuales que se conocen, con sus fuentes, y la confusión sobre el tema de 2020.",
      observe:
        "Ideas para personas, grupos y empresas, desde desayunos hasta llamadas para dar las gracias.",
      faq: "Respuestas breves a lo que más se pregunta: las fechas de este año, el día de networking, los temas, el hashtag.",
    },
  },

  datesPage: {
    heading: "Fechas de todos los años",
    lead: "Las fechas que da la regla para cada año, desde la primera edición en 2007 hasta dentro de diez años. Cada edición empieza el primer lunes de febrero.",
    caption: "Fechas de la International Networking Week por año",
    columns: {
      year: "Año",
      monday: "Lunes",
      business: "Días laborables",
      whole: "Semana completa",
    },
    basis: { published: "Publicadas", computed: "Calculadas" },
    basisNote:
      "Publicadas: una fuente dio las fechas de ese año, y la página del año la cita. Calculadas: no hemos encontrado ninguna fuente que las dé, así que se obtienen de la regla; ninguna fuente de BNI da fechas para los próximos años.",
    thisYearBadge: "Este año",
    aboutThemes: "Sobre los temas",
    ruleHeading: "La regla",
    rule: "La International Networking Week empieza el primer lunes de febrero y dura hasta el domingo siguiente: es la primera semana completa de lunes a domingo del mes. Sus días laborables son de lunes a viernes; muchos calendarios muestran los siete días. Cuando el 1 de febrero cae en lunes, la semana empieza ese mismo día.",
    evidenceHeading: "Las pruebas",
    evidence: [
      {
        label: "2007:",
        text: "el 1 de febrero fue jueves, y la primera edición tuvo lugar del lunes 5 al viernes 9 de febrero. En noviembre de 2006, un director de BNI escribió que, a partir de entonces, la semana se celebraría la primera semana completa de febrero.",
      },
      {
        label: "2010:",
        text: "el 1 de febrero fue lunes, y la semana fue del 1 al 5 de febrero.",
      },
      {
        label: "2018 y de 2022 a 2025:",
        text: "los calendarios de días conmemorativos dieron estas fechas: del 5 al 9 de febrero de 2018, el 7 de febrero de 2022, el 6 de febrero de 2023, el 5 de febrero de 2024 y del 3 al 9 de febrero de 2025; en todos los casos, la semana empieza el primer lunes de febrero. Esos calendarios calculan las fechas con la misma regla, así que coinciden con ella sin demostrarla; un reportaje de televisión sobre la semana se emitió el 8 de febrero de 2023, dentro de la semana de ese año.",
      },
    ],
    noSundayWeek: "Ninguna fuente usa una semana de domingo a sábado.",
    trickyHeading: "Años que se prestan a confusión",
    tricky:
      "«La primera semana completa de febrero» puede malinterpretarse en los años en que el 1 de febrero cae en lunes (2021, 2027, 2038) o en domingo (2026, 2032). Cuando cae en lunes, la semana que empieza ese día ya está completa, así que es la primera: en 2010, cuando el 1 de febrero cayó en lunes, la semana fue del 1 al 5 de febrero, no una semana después. Cuando cae en domingo, la primera semana completa de lunes a domingo empieza al día siguiente, el lunes 2 de febrero. Este sitio sigue la regla también en esos años. En 2023, un canal de televisión escribió «{en:second full week}» (segunda semana completa), lo que contradice todas las demás fuentes y la fecha de emisión de su propio reportaje.",
  },

  yearPage: {
    heading: "International Networking Week {year}",
    imageAlt: "International Networking Week {year}: {whole}",
    shareText: "International Networking Week {year}: {whole}",
    themeHeading: "Tema",
    noTheme: "No se conoce ningún tema para {year}. {link} recoge los que sí se conocen.",
    themesPageLink: "La página de temas",
    aboutThemes: "Sobre los temas",
    aboutHeading: "Sobre {year}",
    mondayFirstPast:
      "El 1 de febrero de {year} cayó en lunes, así que la semana empezó ese mismo día.",
    mondayFirstFuture:
      "El 1 de febrero de {year} cae en lunes, así que la semana empieza ese mismo día.",
    sundayFirstPast:
      "El 1 de febrero de {year} cayó en domingo, así que la primera semana completa de lunes a domingo empezó al día siguiente, el {monday}.",
    sundayFirstFuture:
      "El 1 de febrero de {year} cae en domingo, así que la primera semana completa de lunes a domingo empieza al día siguiente, el {monday}.",
    misreadMonday:
      "En un año así, «la primera semana completa de febrero» puede malinterpretarse como la semana siguiente; en 2010, cuando el 1 de febrero también cayó en lunes, la semana fue del 1 al 5 de febrero.",
    misreadSunday:
      "En un año así, «la primera semana completa de febrero» puede malinterpretarse como si empezara el domingo 1 de febrero; ninguna fuente usa una semana de domingo a sábado.",
    otherYears: "Otros años",
    everyYear: "Todos los años",
    datesHeading: "De dónde provienen estas fechas",
    publishedIndependently: "Estas fechas se publicaron en su momento en {sources}.",
    publishedByCalendars:
      "La fecha de inicio de esta semana se publicó en {sources}. Los calendarios de días conmemorativos calculan las fechas con la misma regla, así que coinciden con ella sin demostrarla.",
    reportAired:
      "Un reportaje de televisión de WDTN sobre la semana se emitió el {date}, dentro de estas fechas.",
    computedPast:
      "No hemos encontrado ninguna fuente que dé las fechas de {year}: se calculan según {rule}.",
    computedFuture:
      "BNI no ha publicado fechas para {year}: se calculan según {rule}, a la que se ajusta cada una de las fechas publicadas de 2007 a 2025.",
    ruleLink: "la regla",
  },

  yearNotes: {
    2007: [
      "La primera edición tuvo lugar del lunes 5 al viernes 9 de febrero de 2007, y el martes 6 de febrero fue el día oficial de networking.",
      "La idea había surgido en la conferencia internacional de directores de BNI celebrada en Long Beach (California) en noviembre de 2006. Un director de BNI que asistió escribió que, a partir de entonces, la semana se celebraría la primera semana completa de febrero, y atribuyó a Geoff Kirkwood, director nacional de BNI para Australia, el mérito de haber sido la chispa de la iniciativa.",
      "En Londres, BNI celebró la semana con un «{en:BNI Big Breakfast}» (gran desayuno de BNI).",
    ],
    2009: [
      "BNI Israel organizó una conferencia de la International Networking Week en Petah Tikva el 4 de febrero de 2009, con más de 300 asistentes.",
    ],
    2010: [
      "Un sitio web oficial recogía los eventos de la semana, y en Londres se preparaba un evento similar al «{en:BNI Big Breakfast}» (gran desayuno de BNI) de 2007, al que se esperaba a unas 400 personas.",
    ],
    2020: [
      "En Australia, el director nacional de BNI Australia aprovechó el tema de la semana para dar las gracias, entre otros, a quienes habían donado a la recaudación de fondos de BNI Foundation Australia con motivo de los incendios forestales.",
      "En Italia, la semana se inauguró en Francavilla al Mare, en los Abruzos, el sábado 1 de febrero de 2020, dos días antes del lunes en que empezaba; lo recaudado en esa jornada inaugural se destinó a los proyectos escolares «{en:Business Voices}» de BNI.",
    ],
    2021: [
      "Para muchos capítulos, la semana de 2021 coincidió con el periodo en que BNI se reunía en línea: los capítulos pasaron a reunirse en línea en marzo de 2020, y las reuniones híbridas volvieron en distintos momentos según el país (en el Reino Unido, a partir del 1 de octubre de 2021).",
    ],
    2025: ["Según National Today, la semana de 2025 fue del 3 al 9 de febrero."],
  },

  history: {
    heading: "Historia",
    lead: "Cómo una idea surgida en una conferencia de BNI en 2006 se convirtió en una semana que se celebra en febrero, hasta donde lo registran las fuentes.",
    bniHeading: "BNI",
    bni: [
      "La International Networking Week® es una iniciativa de BNI: Business Network International (no «Business Networking International», un error frecuente en el nombre). El Dr. Ivan Misner fundó BNI en 1985, y su primer grupo se puso en marcha oficialmente el 8 de enero de 1985. Misner llama al enfoque de BNI «{en:relationship networking}» (networking de relaciones): relaciones a largo plazo que benefician a ambas partes.",
      "El tamaño de BNI, según los datos publicados en cada momento: en febrero de 2023, Misner cifraba en más de 10 900 los capítulos de BNI; ese mismo mes, el canal de televisión WDTN dio la cifra de casi 11 000 capítulos y 300 000 miembros; en octubre de 2023, el Halifax Courier habló de más de 300 000 miembros en setenta y siete países; en junio de 2025, Il Giorno informó de más de 11 200 capítulos en 76 países, y en enero de 2026, Prabhat Khabar, de más de 11 645 capítulos y más de 356 000 miembros en 76 países. Ninguna fuente cuantifica los eventos ni los países de la propia International Networking Week.",
    ],
    timeline: [
      {
        when: "Noviembre de 2006",
        title: "La idea",
        text: "La idea surgió en la conferencia internacional de directores de BNI celebrada en Long Beach (California): una semana con un día oficial de networking. Un director de BNI que asistió escribió que, a partir de entonces, la semana se celebraría la primera semana completa de febrero, y atribuyó a Geoff Kirkwood, director nacional de BNI para Australia, el mérito de haber sido la chispa de la iniciativa.",
      },
      {
        when: "Febrero de 2007",
        title: "La primera semana",
        text: "La primera International Networking Week tuvo lugar del 5 al 9 de febrero de 2007, y el 6 de febrero fue el día oficial de networking. En Londres se celebró con un «{en:BNI Big Breakfast}» (gran desayuno de BNI). Misner escribió más tarde que había ayudado a BNI a lanzarla ese año.",
      },
      {
        when: "Febrero de 2009",
        title: "Israel",
        text: "BNI Israel organizó una conferencia de la International Networking Week en Petah Tikva el 4 de febrero de 2009, a la que asistieron más de 300 personas.",
      },
      {
        when: "Febrero de 2010",
        title: "Una lista oficial de eventos",
        text: "Un sitio web oficial recogía los eventos de la semana, y en Londres se preparaba un evento similar al «{en:BNI Big Breakfast}» (gran desayuno de BNI) de 2007, al que se esperaba a unas 400 personas. El 1 de febrero fue lunes, y la semana fue del 1 al 5 de febrero.",
      },
      {
        when: "Febrero de 2020",
        title: "Un millón de agradecimientos",
        text: "El tema de BNI para la semana fue «{en:One Million Thank You's}» (un millón de gracias), y las publicaciones de BNI sobre la semana llevaban el título «{en:A Week of One Million Thank You's}»: historias de líderes de BNI de varios países. En Australia, el director nacional de BNI Australia lo aprovechó para dar las gracias, entre otros, a quienes habían donado a la recaudación de fondos de BNI Foundation Australia con motivo de los incendios forestales; en Italia, la semana se inauguró en los Abruzos el 1 de febrero, y lo recaudado en esa jornada inaugural se destinó a proyectos escolares.",
      },
      {
        when: "Febrero de 2021",
        title: "Reuniones en línea",
        text: "Los capítulos de BNI habían trasladado sus reuniones a internet en marzo de 2020, y las reuniones híbridas volvieron en distintos momentos según el país (en el Reino Unido, a partir del 1 de octubre de 2021), así que, para muchos capítulos, la semana de 2021 coincidió con su etapa en línea.",
      },
    ],
    yearLink: "{year} en detalle",
    todayWhen: "Cada febrero",
    todayTitle: "La semana en la actualidad",
    today:
      "Las fechas que dan los calendarios de días conmemorativos para 2022 a 2025 siguen cayendo en la primera semana completa de febrero. En 2023, Misner escribió que la semana nació como una forma de que líderes empresariales de todo el mundo se conectaran y desarrollaran juntos sus habilidades de networking, y que su objetivo es reconocer el poder del networking.",
    datesLink: "Fechas de todos los años",
  },

  themes: {
    heading: "Temas",
    lead: "Algunos años, la International Networking Week tuvo un tema. Aquí figuran los que hemos podido documentar, cada uno con su fuente y su grado de certeza.",
    statuses: {
      confirmed: {
        label: "Confirmado por BNI",
        sentence: "El tema de {year}, confirmado por BNI, fue {theme}.",
      },
      reported: {
        label: "Solo un calendario de días conmemorativos; no confirmado por BNI",
        sentence:
          "Un calendario de días conmemorativos da {theme} como tema de {year}; BNI no lo ha confirmado.",
      },
    },
    translations: {
      "A New World of Opportunity": "Un nuevo mundo de oportunidades",
      "One Million Thank You's": "Un millón de gracias",
    },
    translationsInSentence: {
      "A New World of Opportunity": "un nuevo mundo de oportunidades",
      "One Million Thank You's": "un millón de gracias",
    },
    source: "Fuente:",
    mixUpHeading: "La confusión de 2020",
    mixUp:
      "Un calendario de días conmemorativos, el que da el tema de 2019, da «{en:Dreaming Big}» (soñar a lo grande) como tema de 2020. Una fuente de la propia BNI da otro: según el director nacional de BNI Australia, el tema de 2020 fue «{en:One Million Thank You's}» (un millón de gracias), y las publicaciones de BNI sobre la semana llevaban el título «{en:A Week of One Million Thank You's}». «{en:Dream Big}» (sueña a lo grande) era el lema de la Global Convention de BNI en Varsovia, en noviembre de 2019, un evento distinto, y es el origen probable de la confusión.",
    otherYearsHeading: "Otros años",
    otherYears:
      "Aparte de {knownYears}, no nos consta el tema de ningún año desde {firstYear}. Si algún año tuvo uno, no lo hemos encontrado en ninguna fuente que podamos citar, así que no hacemos conjeturas.",
  },

  observe: {
    heading: "Formas de participar",
    lead: "Para participar no hace falta un evento organizado. Aquí tienes ideas para hacerlo por tu cuenta, en grupo o desde tu empresa, basadas en cómo se ha celebrado la semana y en consejos de networking.",
    hashtagLabel: "El hashtag de la semana",
    copyHashtag: "Copiar hashtag",
    ways: [
      {
        heading: "Por tu cuenta",
        items: [
          "Retoma el contacto con personas a las que has perdido la pista y conoce a alguien nuevo.",
          "Da las gracias a quienes te han ayudado o te han pasado referencias, como hizo BNI en 2020 con su tema «{en:One Million Thank You's}» (un millón de gracias).",
          "Asiste a un evento, un seminario, una charla o un encuentro informal.",
          "Usa {hashtag} para contar lo que el networking ha hecho por ti.",
        ],
      },
      {
        heading: "En grupo",
        items: [
          "Celebra un desayuno de networking, como hizo BNI en Londres con su «{en:BNI Big Breakfast}» en 2007; para 2010 estaba previsto en Londres un evento similar.",
          "Prepara una jornada de visitantes: invita a amigos, familiares, colegas o clientes a una reunión y envía las invitaciones unas dos semanas antes (el consejo de BNI New Zealand para su propia semana nacional de networking, en marzo de 2015).",
          "Invita a oradores: durante esa semana en Nueva Zelanda, un grupo de BNI de Dunedin tuvo entre sus oradores al director ejecutivo de la Cámara de Comercio local y al alcalde, y recibió a unos 40 visitantes.",
          "Invita a otro grupo a un evento conjunto, para que las redes también hagan networking entre sí.",
          "Vincula la semana a una causa: en 2020, el director nacional de BNI Australia aprovechó el tema de la semana para dar las gracias a quienes habían donado a la recaudación de fondos de BNI Foundation Australia con motivo de los incendios forestales, y en Italia lo recaudado en la jornada inaugural se destinó a proyectos escolares.",
        ],
      },
      {
        heading: "En el trabajo",
        items: [
          "Organiza un pequeño encuentro de networking en tu lugar de trabajo.",
          "Prepara un seminario o una charla sobre networking, un evento para recaudar fondos o un encuentro informal.",
        ],
      },
    ],
    tipsHeading: "Consejos de networking de Ivan Misner",
    tipsIntro:
      "El fundador de BNI los ofrece como consejos generales de networking, no específicos de esta semana, pero encajan bien con ella:",
    tips: [
      "Llama a tus clientes solo para saber cómo están, sin pedirles referencias.",
      "Llama a todas las personas que te han pasado referencias.",
      "Haz una lista de 50 personas con las que quieras mantener el contacto este año.",
      "En un evento, preséntate a la persona que está sola, empieza con preguntas y no intentes vender en la primera conversación.",
    ],
  },

  faq: {
    heading: "Preguntas y respuestas",
    lead: "Respuestas breves a lo que más se pregunta sobre la International Networking Week, basadas en las fuentes que se indican al pie de la página.",
    whenQuestion: "¿Cuándo es la International Networking Week {year}?",
    whenAnswer:
      "La International Networking Week {year} se celebra de lunes a domingo, {whole}; días laborables: {business}. La semana empieza el primer lunes de febrero, la regla que siguen todas las fuentes que dan fechas desde 2007; ninguna fuente de BNI da las fechas de los próximos años, así que estas se calculan según {rule}.",
    ruleLink: "la regla",
    nextQuestion: "¿Cuándo es la International Networking Week {year}?",
    nextAnswer:
      "En {year}, la International Networking Week se celebra de lunes a domingo, {whole}; días laborables: {business}. Estas fechas también se calculan según la regla.",
    whatQuestion: "¿Qué es la International Networking Week?",
    whatAnswer:
      "Una semana anual que BNI lanzó en 2007 para celebrar el papel que desempeña el networking en el desarrollo y el éxito de las empresas de todo el mundo. Tiene lugar la primera semana completa de febrero; los grupos la celebran con eventos y desayunos de networking, y cualquiera puede participar retomando el contacto con las personas de su red.",
    dayQuestion: "¿Existe un International Networking Day?",
    dayAnswer:
      "La semana empezó con uno: en su primera edición, del 5 al 9 de febrero de 2007, el martes 6 de febrero fue el día oficial de networking. Las fuentes encontradas no indican ningún día oficial de networking en los años posteriores. El International Networking Day®, al igual que el nombre de la semana, es una marca comercial de BNI Global, LLC, según el manual del equipo de liderazgo de BNI de 2019.",
    holidayQuestion: "¿Los días de la International Networking Week son festivos oficiales?",
    holidayAnswer:
      "Ninguna fuente lo dice. La semana es una celebración del mundo empresarial lanzada por BNI, una organización de networking.",
    organiserQuestion: "¿Quién organiza la International Networking Week?",
    organiserAnswer:
      "BNI (Business Network International), que lanzó la semana en 2007. El Dr. Ivan Misner fundó BNI en 1985, y su primer grupo se puso en marcha oficialmente el 8 de enero de 1985. Los grupos y las organizaciones nacionales de BNI celebran la semana con sus propios eventos, como la conferencia de BNI Israel en Petah Tikva en 2009.",
    memberQuestion:
      "¿Hay que ser miembro de BNI para participar en la International Networking Week?",
    memberAnswer:
      "Ninguna fuente limita la participación a los miembros de BNI. Las formas de participar que describen las fuentes, como retomar el contacto con antiguos conocidos, hacer contactos nuevos u organizar un evento en el trabajo, están al alcance de cualquiera. Las directrices de BNI para redes sociales de 2011 piden a los miembros que quieran usar las marcas de BNI en línea que obtengan antes la aprobación de su director local.",
    themeQuestion: "¿Tiene un tema la International Networking Week {year}?",
    noThemeAnswer:
      "No se ha encontrado en ninguna fuente un tema para {year}. BNI confirmó uno para 2020, «{en:One Million Thank You's}» (un millón de gracias), y un calendario de días conmemorativos da «{en:A New World of Opportunity}» (un nuevo mundo de oportunidades) para 2019, que BNI no ha confirmado; no se conoce el tema de ningún otro año.",
    hashtagQuestion: "¿Cuál es el hashtag de la International Networking Week?",
    hashtagAnswer: "{hashtag}: el único hashtag que dan las fuentes para la semana.",
    differentDatesQuestion:
      "¿Por qué algunas páginas pueden dar otras fechas para la International Networking Week?",
    differentDatesAnswer:
      "«La primera semana completa de febrero» puede malinterpretarse cuando el 1 de febrero cae en lunes o en domingo. Cuando cae en lunes (como en 2021, 2027 y 2038), la semana que empieza ese día ya está completa, así que es la primera: en 2010, cuando el 1 de febrero cayó en lunes, la semana fue del 1 al 5 de febrero. Cuando cae en domingo (como en 2026 y 2032), la primera semana completa de lunes a domingo empieza al día siguiente; ninguna fuente usa una semana de domingo a sábado.",
    calendarQuestion: "¿Cómo agrego la International Networking Week a mi calendario?",
    calendarAnswer:
      "Suscríbete a {feed}: un único evento para los días laborables de la semana que se repite el primer lunes de febrero, para que tu calendario esté siempre al día sin tener que actualizarlo. La página de cada año también ofrece el archivo de calendario de ese año y un enlace para Google Calendar.",
    feedLink: "este calendario",
  },

  notFound: {
    heading: "Página no encontrada",
    lead: "No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace sea incorrecto.",
    datesHint:
      "¿Buscas las fechas? {dates} están en una sola página, y cada año tiene la suya, en una dirección como {example}.",
    datesLink: "Las fechas de todos los años",
    elsewhereHeading: "Prueba con alguna de estas páginas",
    links: {
      home: "Inicio",
      dates: "Fechas de todos los años",
      history: "Historia",
      themes: "Temas",
      observe: "Formas de participar",
      faq: "Preguntas y respuestas",
    },
  },

  toolkit: {
    nav: "Kit",
    title: "Kit de la International Networking Week {year}: textos e imágenes",
    description:
      "Todo para difundir la International Networking Week {year}: textos para publicar, imágenes, un cartel para imprimir, una invitación, un plan y una insignia para tu sitio web.",
    heading: "El kit de {year}",
    lead: "Todo lo que necesitas para difundir la International Networking Week, {dates}, en unos minutos: textos para publicar, imágenes, un cartel, una invitación, un plan y una insignia para tu sitio web. Sin cuenta y sin instalar nada: este sitio genera cada archivo.",
    contents: "En esta página",
    linkName: "El kit de {year}",
    linkSummary:
      "Publicaciones listas, imágenes, un cartel para imprimir, una invitación y una insignia para tu sitio web.",
    posts: {
      heading: "Publicaciones listas para copiar",
      intro:
        "Estos textos son sugerencias de este sitio: cámbialos como quieras. Cada uno lleva las fechas de la semana, el hashtag y un enlace a la página de la semana.",
      linkedin: {
        heading: "Para LinkedIn",
        text: "International Networking Week, {dates}: una semana que BNI lanzó en 2007 para celebrar lo que el networking aporta a las empresas.\n\nEste año quiero aprovecharla para dar las gracias. Gran parte de mi trabajo me ha llegado gracias a personas que se tomaron el tiempo de presentarme a alguien, recomendarme o compartir lo que saben. A todas ellas: gracias.\n\nY una invitación: si hace tiempo que no hablamos, pongámonos al día esta semana. Y si aún no nos conocemos, me encantará conocerte.\n\n¿Qué ha hecho el networking por ti?\n\n{hashtag}\n{url}",
        copy: "Copiar el texto para LinkedIn",
        note: "El enlace para compartir de LinkedIn solo lleva la dirección de la página, no un texto. Así que, en este orden:",
        stepCopy: "copia el texto con el botón de arriba (o selecciónalo);",
        stepShare: "después, {link} y pega el texto en la publicación.",
        share: "comparte en LinkedIn",
      },
      x: {
        heading: "Para X",
        text: "International Networking Week: {dates}. Una buena semana para dar las gracias a quienes te ayudaron y retomar el contacto con alguien a quien perdiste de vista. ¿A quién le darás las gracias? {hashtag} {url}",
        copy: "Copiar el texto para X",
        length:
          "{count} de los 280 caracteres de X, con el enlace contado como 23, como lo cuenta X.",
        post: "Publicarlo en X",
      },
      short: {
        heading: "Para Facebook, Instagram o WhatsApp",
        text: "¡Es la International Networking Week, {dates}! ¿A quién le darás las gracias esta semana? {hashtag} {url}",
        copy: "Copiar el texto breve",
        facebook: "Compartir en Facebook",
        facebookNote:
          "(como el de LinkedIn, el enlace para compartir de Facebook solo lleva la dirección: pega el texto en la publicación)",
        whatsapp: "Enviar por WhatsApp",
      },
    },
    images: {
      heading: "Imágenes para descargar",
      intro:
        "Para {year}, con el nombre, las fechas y el hashtag de la semana, legibles en un teléfono. Cada una viene con un texto para pegar como descripción (texto alternativo) para quienes no pueden verla.",
      formats: {
        square: "Cuadrada, para el feed",
        story: "Historia, para Instagram y el estado de WhatsApp",
        landscape: "Horizontal, para LinkedIn y Facebook",
      },
      download: "Descargar el PNG ({width}×{height}, {size})",
      altLabel: "Texto alternativo",
      alt: "International Networking Week, {dates}, la primera semana completa de febrero. {hashtag}",
      copyAlt: "Copiar el texto alternativo",
    },
    poster: {
      heading: "Un cartel para imprimir",
      intro:
        "Una página con el nombre y las fechas de la semana, una línea sobre qué es y espacio para escribir tu evento: qué, dónde y cuándo.",
      a4: "Cartel, A4 (PDF, {size})",
      letter: "Cartel, tamaño carta (PDF, {size})",
      documentTitle: "International Networking Week {year}: cartel",
      invitation: "Acompáñanos",
      what: "Qué",
      where: "Dónde",
      when: "Cuándo",
    },
    invitation: {
      heading: "Una invitación",
      intro:
        "Un correo electrónico para una jornada de visitantes o un desayuno de networking, sugerido por este sitio: completa las partes entre corchetes.",
      subjectLabel: "Asunto",
      bodyLabel: "Mensaje",
      subject:
        "Invitación: [jornada de visitantes / desayuno de networking] por la International Networking Week, {dates}",
      body: "Hola, [nombre]:\n\nCon motivo de la International Networking Week ({dates}), [nuestro grupo] organiza [una jornada de visitantes / un desayuno de networking], y me encantaría contar contigo.\n\nCuándo: [día y hora]\nDónde: [lugar]\nQué: [el programa: presentaciones, una charla invitada, tiempo para conversar]\n\nEs una forma relajada de conocer a gente de negocios de la zona, saber a qué se dedica y contarle sobre tu trabajo. Avísame antes del [fecha] si puedes venir; y si quieres, trae a un colega.\n\nSaludos cordiales,\n[tu nombre]\n[tu teléfono]",
      copySubject: "Copiar el asunto",
      copyBody: "Copiar el mensaje",
      open: "Abrirlo en tu programa de correo",
    },
    plan: {
      heading: "Un plan",
      intro:
        "Una sugerencia de este sitio, paso a paso; cuando un paso procede de una fuente, se indica cuál.",
      steps: [
        {
          when: "Tres semanas antes, desde el {date}",
          items: [
            "Elige qué organizar (una jornada de visitantes, un desayuno de networking, un evento conjunto con otro grupo), fija el día y reserva el lugar.",
            "Invita a alguien a dar una charla. Para la semana nacional de networking que BNI New Zealand celebró en marzo de 2015, un grupo de Dunedin contó con ponentes como el director ejecutivo de la Cámara de Comercio local y el alcalde ({source}).",
          ],
        },
        {
          when: "Dos semanas antes, desde el {date}",
          items: [
            "Envía la invitación de arriba. Para su propia semana nacional de networking de marzo de 2015, BNI New Zealand aconsejaba enviar las invitaciones a los visitantes unas dos semanas antes ({source}).",
            "Imprime el cartel y cuélgalo, y agrega la insignia a tu sitio web.",
          ],
        },
        {
          when: "Una semana antes, desde el {date}",
          items: [
            "Publica el texto para LinkedIn con una imagen y recuérdales el evento a las personas que invitaste.",
            "Confirma la charla, el lugar y el programa.",
          ],
        },
        {
          when: "Durante la semana, {date}",
          items: [
            "Celebra tu evento y recibe en persona a cada visitante.",
            "Publica el texto breve con la imagen de historia y retoma el contacto con alguien a quien perdiste de vista.",
          ],
        },
        {
          when: "La semana siguiente, desde el {date}",
          items: [
            "La ronda de agradecimientos: da las gracias a tus invitados, a quien dio la charla y a quienes te pasaron referencias, como hizo BNI en 2020 con su tema «{en:One Million Thank You's}» ({source}).",
            "Vuelve a ponerte en contacto con cada visitante.",
          ],
        },
      ],
      bniMembers:
        "Para miembros de BNI: las directrices de BNI para redes sociales piden a los miembros la aprobación de su director antes de usar las marcas de BNI en internet ({source}).",
    },
    badge: {
      heading: "Una insignia para tu sitio web",
      intro:
        "Una pequeña imagen con las fechas de la próxima semana, para el sitio web de un capítulo o de una empresa. Se vuelve a generar con este sitio cada día, así que siempre muestra la próxima edición. Pega este código en tu página:",
      alt: "International Networking Week: las fechas de la próxima edición",
      code: "Código para tu sitio web",
      copy: "Copiar el código",
    },
  },
};

export default es;
