/** Every word of the Portuguese site; the shape and the facts are en.ts's. */
import type { SiteStrings } from "./en";

const pt: SiteStrings = {
  dates: {
    longDate: "{weekday}, {day} de {month} de {year}",
    dayRange: "{firstDay}–{lastDay} de {month} de {year}",
    dayRangeWithoutYear: "{firstDay}–{lastDay} de {month}",
    shortDayRange: "{firstDay}–{lastDay} {monthShort}",
    shortDate: "{day} {monthShort}",
    firstOfMonth: "1º",
    monthOfYear: "{month} de {year}",
    dayOfYear: "{day} de {month} de {year}",
    upcomingTomorrow: "Começa amanhã",
    upcoming: { other: "Começa daqui a {count} dias" },
    ongoing: "Em curso: dia {day} de 7",
    endedYesterday: "Terminou ontem",
    ended: { other: "Terminou há {count} dias" },
    endedLongAgo: "Edição passada",
    startsLater: "Começa na {date}",
    nextWeekBadge: { upcoming: "Próxima", ongoing: "Em curso" },
  },

  site: {
    description:
      "Quando é a International Networking Week, ano após ano: datas, história, temas e formas de participar, com fontes.",
    skipLink: "Ir para o conteúdo",
    mainNavigation: "Principal",
    languageNavigation: "Idioma",
    breadcrumb: "Navegação estrutural",
    nav: {
      home: "Início",
      dates: "Datas",
      history: "História",
      themes: "Temas",
      observe: "Participar",
    },
    footer: {
      independent:
        "Site independente, não afiliado ao BNI nem aprovado por ele. International Networking Week é uma marca registada do BNI (Business Network International), como {link}.",
      independentLink: "refere Ivan Misner",
      computed:
        "Cada página indica as fontes do que afirma. As datas são calculadas segundo {rule} e estão também disponíveis em {json}.",
      ruleLink: "a regra",
      jsonLink: "JSON",
      noTracking: "Sem anúncios, sem rastreadores, sem cookies.",
    },
    asOf: "Datas e contagens de dias à data de {date}.",
    imageFooter: "Primeira semana completa de fevereiro · desde 2007",
    quoted: "«{text}»",
  },

  pages: {
    home: {
      title: "International Networking Week: datas, história e como participar",
      description:
        "Quando é a International Networking Week este ano e em todos os anos, com a sua história, os seus temas e formas de participar, tudo com fontes.",
    },
    dates: {
      title: "Datas da International Networking Week, ano a ano",
      description:
        "As datas da International Networking Week em cada ano desde 2007: a primeira segunda-feira de fevereiro, os dias úteis e a semana completa.",
    },
    history: {
      title: "História da International Networking Week",
      description:
        "Como o BNI lançou a International Networking Week em 2007 e como tem sido assinalada desde então, dos pequenos-almoços em Londres à semana de agradecimentos de 2020.",
    },
    themes: {
      title: "Temas da International Networking Week por ano",
      description:
        "Os temas anuais conhecidos da International Networking Week, cada um com a sua fonte e o seu grau de confirmação, e a confusão de 2020 explicada.",
    },
    observe: {
      title: "Como assinalar a International Networking Week",
      description:
        "Formas de assinalar a International Networking Week individualmente, em grupo ou numa empresa, de dias de visitantes a telefonemas de agradecimento.",
    },
    year: {
      title: "International Networking Week {year}: {days}",
      description:
        "International Networking Week {year}: de segunda a domingo, {whole}; dias úteis: {business}. A situação da semana, o tema e links para o calendário.",
      imageBusinessDays: "De segunda a sexta: {business}",
      imageWholeWeek: "Semana completa: {whole}",
    },
    notFound: {
      title: "Página não encontrada: International Networking Week",
      description:
        "Esta página não existe. Encontre as datas, a história, os temas e formas de participar.",
    },
  },

  share: {
    heading: "Partilhar",
    networks: {
      linkedin: "Partilhar no LinkedIn",
      x: "Partilhar no X",
      facebook: "Partilhar no Facebook",
      email: "Partilhar por e-mail",
    },
    pageLink: "Link para esta página",
    copyLink: "Copiar link",
    more: "Mais…",
    copied: "Copiado para a área de transferência.",
    copyFailed: "Não foi possível copiar: selecione o texto e copie-o manualmente.",
    homeText:
      "International Networking Week: quando é este ano e em todos os anos, com a sua história e formas de participar",
  },

  calendar: {
    subscribe: "Subscrever no seu calendário",
    file: "Ficheiro de calendário (.ics)",
    hint: "Um único evento que se repete na primeira segunda-feira de fevereiro, de segunda a sexta, para que o seu calendário esteja certo todos os anos sem precisar de atualizações.",
    google: "Adicionar ao Google Calendar",
    feedDescription:
      "A International Networking Week decorre de segunda a sexta-feira da primeira semana completa de fevereiro: a semana começa na primeira segunda-feira de fevereiro. Datas de todos os anos: {siteUrl}",
    yearDescription:
      "A International Networking Week {year} decorre de segunda a sexta-feira, {business}: a semana começa na primeira segunda-feira de fevereiro. Mais informações: {pageUrl}",
    googleDetails:
      "A International Networking Week decorre de segunda a sexta-feira da primeira semana completa de fevereiro. Mais informações: {pageUrl}",
  },

  sources: {
    heading: "Fontes",
    kinds: {
      blog: "blog",
      bniDirectorBlog: "blog de um diretor do BNI",
      blogPost: "artigo de blog",
      newsReport: "notícia",
      tagArchive: "publicações com esta etiqueta",
      website: "site",
    },
  },

  week: {
    starts: "Início",
    businessDays: "Dias úteis",
    wholeWeek: "Semana completa",
    fromTo: "de {start} a {end}",
    featuredDetail: "Começa na {date}; dias úteis: {days}.",
    featuredName: "International Networking Week",
    featuredLink: "A semana de {year}",
    allYears: "Datas de todos os anos",
    yearLink: "Tudo sobre {year}",
  },

  home: {
    eyebrow: "A primeira semana completa de fevereiro, desde 2007",
    lead: "Uma semana anual, lançada pelo BNI em 2007, para celebrar o que o networking faz pelas empresas.",
    whenHeading: "Quando é?",
    whenIntro:
      "A semana começa na primeira segunda-feira de fevereiro e termina no domingo; os dias úteis vão de segunda a sexta.",
    occurrences: { last: "Ano passado", this: "Este ano", next: "Próximo ano" },
    calendarHeading: "No seu calendário",
    whatHeading: "O que é",
    what: [
      "A International Networking Week® foi lançada em 2007 pelo BNI (Business Network International), fundado em 1985 pelo Dr. Ivan Misner. A ideia foi anunciada na conferência internacional de diretores do BNI, em novembro de 2006, e a iniciativa decorre na primeira semana completa de fevereiro.",
      "O BNI apresenta a semana como uma celebração do que o networking faz pelas empresas em todo o mundo. Os grupos assinalam-na com eventos, seminários e pequenos-almoços de networking, e qualquer pessoa pode participar voltando a falar com as pessoas da sua rede de contactos.",
    ],
    whyHeading: "Qual a sua importância",
    why: "Misner descreve a abordagem do BNI como «relationship networking» (networking baseado em relações): criar relações de longo prazo que beneficiam ambas as partes.",
    exploreHeading: "Explorar",
    sections: {
      dates: "Todos os anos desde 2007 e os próximos dez, com a regra e as provas que a sustentam.",
      history:
        "De uma ideia apresentada numa conferência do BNI em 2006 a eventos em Londres, Israel, Itália e Austrália.",
      themes:
        "Os temas anuais que se conhecem, com as respetivas fontes, e um equívoco sobre 2020.",
      observe:
        "Ideias para pessoas, grupos e empresas, de pequenos-almoços a telefonemas de agradecimento.",
    },
  },

  datesPage: {
    heading: "Datas de todos os anos",
    lead: "As datas que a regra dá para cada ano, desde a primeira edição, em 2007, até daqui a dez anos. Cada semana começa na primeira segunda-feira de fevereiro.",
    caption: "Datas da International Networking Week por ano",
    columns: {
      year: "Ano",
      monday: "Segunda-feira",
      business: "Dias úteis",
      whole: "Semana completa",
    },
    thisYearBadge: "Este ano",
    themeRow: "Tema de {year}: {quotedTheme}, {status}.",
    aboutThemes: "Sobre os temas",
    ruleHeading: "A regra",
    rule: "A International Networking Week começa na primeira segunda-feira de fevereiro e termina no domingo seguinte: é a primeira semana completa do mês, de segunda a domingo. Os dias úteis são de segunda a sexta; muitos calendários mostram os sete dias. Quando o dia 1 de fevereiro é uma segunda-feira, a semana começa nesse mesmo dia.",
    evidenceHeading: "As provas",
    evidence: [
      {
        label: "2007:",
        text: "O dia 1 de fevereiro foi uma quinta-feira, e a primeira edição decorreu de segunda-feira, 5, a sexta-feira, 9 de fevereiro. Em novembro de 2006, um diretor do BNI escreveu que, a partir de então, a semana se realizaria na primeira semana completa de fevereiro.",
      },
      {
        label: "2010:",
        text: "O dia 1 de fevereiro foi uma segunda-feira, e a semana decorreu de 1 a 5 de fevereiro.",
      },
      {
        label: "2022 a 2025:",
        text: "as datas publicadas (7 de fevereiro de 2022, 6 de fevereiro de 2023, 5 de fevereiro de 2024 e 3 a 9 de fevereiro de 2025) começam todas na primeira segunda-feira de fevereiro.",
      },
    ],
    noSundayWeek: "Nenhuma fonte usa uma semana de domingo a sábado.",
    trickyHeading: "Anos em que alguns calendários se enganam",
    tricky:
      "«A primeira semana completa de fevereiro» é uma regra fácil de aplicar mal. Quando o dia 1 de fevereiro é uma segunda-feira (como em 2021, 2027 e 2038), essa semana já está completa e, por isso, é a primeira: a semana começa no dia 1, e não uma semana depois. Quando o dia 1 de fevereiro é um domingo (como em 2026), a primeira semana completa de segunda a domingo começa no dia seguinte, segunda-feira, 2 de fevereiro. Também nesses anos, este site segue a regra. Em 2023, um canal de televisão escreveu «second full week» (segunda semana completa), o que contradiz todas as outras fontes e a data da sua própria emissão.",
  },

  yearPage: {
    heading: "International Networking Week {year}",
    imageAlt: "International Networking Week {year}: {whole}",
    shareText: "International Networking Week {year}: {whole}",
    themeHeading: "Tema",
    theme: "O tema de {year} foi {theme}, {status}.",
    noTheme: "Não se conhece nenhum tema para {year}. {link} indica os que se conhecem.",
    themesPageLink: "A página dos temas",
    aboutThemes: "Sobre os temas",
    aboutHeading: "Sobre {year}",
    mondayFirstPast:
      "O dia 1 de fevereiro de {year} foi uma segunda-feira, por isso a semana começou nesse mesmo dia.",
    mondayFirstFuture:
      "O dia 1 de fevereiro de {year} é uma segunda-feira, por isso a semana começa nesse mesmo dia.",
    sundayFirstPast:
      "O dia 1 de fevereiro de {year} foi um domingo, por isso a primeira semana completa de segunda a domingo começou no dia seguinte, {monday}.",
    sundayFirstFuture:
      "O dia 1 de fevereiro de {year} é um domingo, por isso a primeira semana completa de segunda a domingo começa no dia seguinte, {monday}.",
    someCalendarsWrong: "Alguns calendários indicam datas erradas para este ano.",
    otherYears: "Outros anos",
    everyYear: "Todos os anos",
  },

  yearNotes: {
    2007: [
      "A primeira edição decorreu de segunda-feira, 5, a sexta-feira, 9 de fevereiro de 2007, e a terça-feira, 6 de fevereiro, foi o dia oficial de networking.",
      "O BNI tinha anunciado a ideia na sua conferência internacional de diretores, em novembro de 2006. Um diretor do BNI escreveu que, a partir de então, a semana se realizaria na primeira semana completa de fevereiro, e atribuiu a Geoff Kirkwood, diretor nacional do BNI para a Austrália, o mérito de ter estado na origem da ideia.",
      "Em Londres, o BNI assinalou a semana com um «BNI Big Breakfast» (um grande pequeno-almoço do BNI).",
    ],
    2009: [
      "O BNI Israel organizou uma conferência da International Networking Week em Petah Tikva, no dia 4 de fevereiro de 2009, com mais de 300 participantes.",
    ],
    2010: [
      "Um site oficial listava os eventos da semana, e o pequeno-almoço de Londres previa receber cerca de 400 pessoas.",
    ],
    2020: [
      "Na Austrália, a semana foi associada à recolha de fundos da BNI Foundation Australia ligada aos incêndios florestais.",
      "Os eventos italianos começaram mais cedo, no sábado, 1 de fevereiro de 2020, na região de Abruzzo, e seguiram-se seminários por toda a Itália nessa semana, com as receitas destinadas a projetos escolares.",
    ],
    2021: [
      "A semana de 2021 coincidiu com o período em que as reuniões do BNI se realizavam online: os grupos passaram para o formato online em março de 2020, e as reuniões híbridas começaram no final de 2021.",
    ],
    2025: ["O National Today indicou as datas de 3 a 9 de fevereiro para a semana de 2025."],
  },

  history: {
    heading: "História",
    lead: "Como uma iniciativa do BNI anunciada em 2006 se tornou uma semana assinalada em fevereiro, segundo o que as fontes registam.",
    bniHeading: "BNI",
    bni: [
      "A International Networking Week® é uma iniciativa do BNI: Business Network International (e não «Business Networking International», um erro frequente no nome). O Dr. Ivan Misner fundou o BNI em 1985. Misner descreve a sua abordagem como «relationship networking» (networking baseado em relações): relações de longo prazo que beneficiam ambas as partes.",
      "A dimensão do BNI, segundo os números divulgados em cada data: em fevereiro de 2023, Misner contava mais de 10 900 grupos do BNI; no mesmo mês, o canal de televisão WDTN noticiou quase 11 000 grupos e 300 000 membros; e, em outubro de 2023, o Halifax Courier referiu mais de 300 000 membros em setenta e sete países. Nenhuma fonte contabiliza os eventos ou os países da própria International Networking Week.",
    ],
    timeline: [
      {
        when: "Novembro de 2006",
        title: "A ideia",
        text: "O BNI anunciou a ideia na sua conferência internacional de diretores. Um diretor do BNI escreveu que, a partir de então, a iniciativa se realizaria na primeira semana completa de fevereiro, e atribuiu a Geoff Kirkwood, diretor nacional do BNI para a Austrália, o mérito de ter estado na origem da ideia.",
      },
      {
        when: "Fevereiro de 2007",
        title: "A primeira semana",
        text: "A primeira International Networking Week decorreu de 5 a 9 de fevereiro de 2007, e o dia 6 de fevereiro foi o dia oficial de networking. Em Londres, foi assinalada com um «BNI Big Breakfast» (um grande pequeno-almoço do BNI). Mais tarde, Misner escreveu que tinha ajudado o BNI a lançá-la nesse ano.",
      },
      {
        when: "Fevereiro de 2009",
        title: "Israel",
        text: "O BNI Israel organizou uma conferência da International Networking Week em Petah Tikva, no dia 4 de fevereiro de 2009, com mais de 300 participantes.",
      },
      {
        when: "Fevereiro de 2010",
        title: "Uma lista oficial de eventos",
        text: "Um site oficial listava os eventos da semana, e o pequeno-almoço de Londres previa receber cerca de 400 pessoas. O dia 1 de fevereiro foi uma segunda-feira, e a semana decorreu de 1 a 5 de fevereiro.",
      },
      {
        when: "Fevereiro de 2020",
        title: "Um milhão de agradecimentos",
        text: "O tema do BNI para a semana foi «One Million Thank You's» (um milhão de agradecimentos). Na Austrália, a semana foi associada à recolha de fundos da BNI Foundation Australia ligada aos incêndios florestais; os eventos italianos começaram na região de Abruzzo no dia 1 de fevereiro, com seminários por todo o país e receitas destinadas a projetos escolares.",
      },
      {
        when: "Fevereiro de 2021",
        title: "Reuniões online do BNI",
        text: "Os grupos do BNI tinham passado as suas reuniões para o formato online em março de 2020, e as reuniões híbridas só começaram no final de 2021; assim, a semana de 2021 coincidiu com o período em que as reuniões do BNI eram apenas online.",
      },
    ],
    yearLink: "{year} em detalhe",
    todayWhen: "Todos os anos, em fevereiro",
    todayTitle: "A semana hoje",
    today:
      "As datas publicadas de 2022 a 2025 ainda coincidem com a primeira semana completa de fevereiro e, em 2023, Misner descreveu o propósito da semana em termos muito semelhantes aos de 2010: uma celebração do que o networking faz pelas empresas em todo o mundo.",
    datesLink: "Datas de todos os anos",
  },

  themes: {
    heading: "Temas",
    lead: "Em alguns anos, a International Networking Week teve um tema. Apresentamos aqueles para os quais foi possível encontrar uma fonte, cada um com essa fonte e o respetivo grau de certeza.",
    statuses: {
      confirmed: { label: "Confirmado pelo BNI", inSentence: "confirmado pelo BNI" },
      reported: {
        label: "Apenas indicado por terceiros",
        inSentence: "indicado apenas por terceiros",
      },
    },
    translations: {
      "A New World of Opportunity": "Um novo mundo de oportunidades",
      "One Million Thank You's": "Um milhão de agradecimentos",
    },
    source: "Fonte:",
    mixUpHeading: "A confusão de 2020",
    mixUp:
      "Um calendário de datas comemorativas indica «Dreaming Big» (sonhar em grande) como tema de 2020. Não foi: «Dream Big» (sonhe em grande) foi o lema da Convenção Global do BNI em Varsóvia, em novembro de 2019, um evento distinto. O tema do próprio BNI para a semana de 2020, nas palavras do diretor nacional do BNI Australia, foi «One Million Thank You's»: uma semana de um milhão de agradecimentos.",
    otherYearsHeading: "Outros anos",
    otherYears:
      "Este site não conhece tema para nenhum ano desde {firstYear} além de {knownYears}. Se algum outro ano teve tema, ele não aparece em nenhuma fonte que possamos citar, por isso o site não tenta adivinhar.",
  },

  observe: {
    heading: "Formas de assinalar a semana",
    lead: "Para participar, não é preciso um evento organizado. Eis algumas ideias para uma pessoa, um grupo e uma empresa, inspiradas na forma como a semana tem sido assinalada e em conselhos de networking.",
    hashtagLabel: "A hashtag da semana",
    copyHashtag: "Copiar hashtag",
    ways: [
      {
        heading: "Individualmente",
        items: [
          "Volte a falar com pessoas que perdeu de vista e conheça alguém novo.",
          "Agradeça a quem lhe deu apoio ou lhe passou referências de negócio, como o BNI fez em 2020 com o tema «One Million Thank You's» (um milhão de agradecimentos).",
          "Participe num evento, num seminário, numa palestra ou num encontro informal, presencial ou online.",
          "Conte, numa publicação com {hashtag}, o que o networking já lhe trouxe.",
        ],
      },
      {
        heading: "Em grupo",
        items: [
          "Organize um pequeno-almoço de networking, como o BNI fez em Londres com o «BNI Big Breakfast» em 2007 e em 2010.",
          "Promova um dia de visitantes: convide amigos, familiares, colegas ou clientes para uma reunião (um conselho do BNI New Zealand para a sua própria semana nacional de networking).",
          "Convide outro grupo para um evento conjunto, para que as redes façam networking entre si.",
          "Faça uma sessão online de speed networking.",
          "Associe a semana a uma causa: em 2020, a BNI Foundation Australia promoveu uma recolha de fundos ligada aos incêndios florestais, e os eventos italianos destinaram as receitas a projetos escolares.",
        ],
      },
      {
        heading: "No trabalho",
        items: [
          "Acolha no seu local de trabalho um pequeno encontro de networking.",
          "Organize um seminário ou uma palestra sobre networking, uma recolha de fundos ou um encontro informal.",
        ],
      },
    ],
    tipsHeading: "Os conselhos de networking de Ivan Misner",
    tipsIntro:
      "O fundador do BNI dá estes conselhos sobre networking em geral, e não especificamente para esta semana, mas são muito adequados a ela:",
    tips: [
      "Telefone aos seus clientes só para saber como estão, sem pedir referências.",
      "Telefone a todas as pessoas que lhe passaram referências de negócio.",
      "Faça uma lista de 50 pessoas com quem quer manter o contacto este ano.",
      "Num evento, apresente-se à pessoa que está sozinha, comece por fazer perguntas e não tente vender numa primeira conversa.",
    ],
  },

  notFound: {
    heading: "Página não encontrada",
    lead: "Não há nenhuma página neste endereço. Pode ter sido movida, ou o link pode estar errado.",
    datesHint:
      "Procura as datas? {dates} estão numa só página, e cada ano tem a sua, num endereço como {example}.",
    datesLink: "As datas de todos os anos",
    elsewhereHeading: "Experimente uma destas páginas",
    links: {
      home: "Início",
      dates: "Datas de todos os anos",
      history: "História",
      themes: "Temas",
      observe: "Formas de participar",
    },
  },
};

export default pt;
