/** Every word of the Portuguese site, in Brazilian Portuguese (pt-BR); the shape and the facts are en.ts's. */
import type { SiteStrings } from "./en";

const pt: SiteStrings = {
  dates: {
    longDate: "{weekday}, {day} de {month} de {year}",
    dayRange: "{firstDay}–{lastDay} de {month} de {year}",
    dayRangeWithoutYear: "{firstDay}–{lastDay} de {month}",
    shortDayRange: "{firstDay}–{lastDay} {monthShort}.",
    shortDate: "{day} {monthShort}.",
    firstOfMonth: "1º",
    monthOfYear: "{month} de {year}",
    dayOfYear: "{day} de {month} de {year}",
    upcomingTomorrow: "Começa amanhã",
    upcoming: { other: "Começa em {count} dias" },
    ongoing: "Em andamento: dia {day} de 7",
    endedYesterday: "Terminou ontem",
    ended: { other: "Terminou há {count} dias" },
    endedLongAgo: "Edição passada",
    startsLater: "Começa na {date}",
    nextWeekBadge: { upcoming: "Próxima edição", ongoing: "Em andamento" },
  },

  site: {
    description:
      "Quando é a International Networking Week, ano a ano: datas, história, temas e formas de participar, com fontes.",
    skipLink: "Pular para o conteúdo",
    mainNavigation: "Principal",
    languageNavigation: "Idioma",
    breadcrumb: "Trilha de navegação",
    nav: {
      home: "Início",
      dates: "Datas",
      history: "História",
      themes: "Temas",
      observe: "Participar",
      faq: "Perguntas frequentes",
    },
    footer: {
      independent:
        "Site independente, não afiliado ao BNI nem endossado por ele. Os nomes International Networking Week® e International Networking Day® são marcas registradas da BNI Global, LLC, segundo {link}.",
      independentLink: "o manual de 2019 da equipe de liderança do BNI",
      computed:
        "Cada página indica as fontes do que afirma. As datas são calculadas segundo {rule} e também estão disponíveis em {json}.",
      ruleLink: "a regra",
      jsonLink: "JSON",
      noTracking: "Sem anúncios, sem rastreadores, sem cookies.",
    },
    asOf: "Datas e contagens regressivas atualizadas em {date}.",
    builtOn: "Esta página foi atualizada pela última vez em {date}.",
    imageFooter: "Primeira semana completa de fevereiro · desde 2007",
    quoted: "“{text}”",
  },

  pages: {
    home: {
      title: "International Networking Week: datas, história e como participar",
      description:
        "Quando é a International Networking Week este ano e em todos os anos, com sua história, seus temas e formas de participar, tudo com fontes.",
    },
    dates: {
      title: "Datas da International Networking Week, ano a ano",
      description:
        "As datas da International Networking Week em cada ano desde 2007: a primeira segunda-feira de fevereiro, os dias úteis e a semana completa.",
    },
    history: {
      title: "História da International Networking Week",
      description:
        "Como o BNI lançou a International Networking Week em 2007 e como ela vem sendo celebrada desde então, do café da manhã em Londres no primeiro ano à semana de agradecimentos de 2020.",
    },
    themes: {
      title: "Temas da International Networking Week por ano",
      description:
        "Os temas anuais conhecidos da International Networking Week, cada um com sua fonte e seu grau de confirmação, e a confusão de 2020 explicada.",
    },
    observe: {
      title: "Como participar da International Networking Week",
      description:
        "Formas de participar da International Networking Week individualmente, em grupo ou na empresa, de dias de visitantes a telefonemas de agradecimento.",
    },
    year: {
      title: "International Networking Week {year}: {days}",
      description:
        "International Networking Week {year}: de segunda a domingo, {whole}; dias úteis: {business}. Status da edição, tema e links para adicionar à agenda.",
      imageBusinessDays: "De segunda a sexta: {business}",
      imageWholeWeek: "Semana completa: {whole}",
    },
    faq: {
      title: "International Networking Week: perguntas e respostas",
      description:
        "Quando é a International Networking Week este ano e no próximo, se há um dia do networking ou um tema, quem a organiza, qual é a hashtag e como adicionar a semana à sua agenda.",
    },
    notFound: {
      title: "Página não encontrada: International Networking Week",
      description:
        "Esta página não existe. Encontre as datas, a história, os temas e formas de participar.",
    },
  },

  share: {
    heading: "Compartilhar",
    networks: {
      linkedin: "Compartilhar no LinkedIn",
      x: "Compartilhar no X",
      facebook: "Compartilhar no Facebook",
      email: "Compartilhar por e-mail",
    },
    pageLink: "Link para esta página",
    copyLink: "Copiar link",
    more: "Mais…",
    copied: "Copiado para a área de transferência.",
    copyFailed: "Não foi possível copiar: selecione o texto e copie manualmente.",
    shareFailed: "Não foi possível compartilhar: use um dos links acima.",
    homeText:
      "International Networking Week: quando é este ano e em todos os anos, com sua história e formas de participar",
  },

  calendar: {
    subscribe: "Assinar no seu app de agenda",
    file: "Arquivo de calendário (.ics)",
    hint: "Um único evento para os dias úteis da semana, de segunda a sexta, que se repete todo ano na primeira segunda-feira de fevereiro, para que sua agenda esteja sempre correta, sem precisar de atualizações.",
    google: "Adicionar ao Google Agenda",
    feedDescription:
      "A International Networking Week é a primeira semana completa de fevereiro: começa na primeira segunda-feira de fevereiro e vai até o domingo. Este evento abrange os dias úteis da semana, de segunda a sexta. Datas de todos os anos: {siteUrl}",
    yearDescription:
      "A International Networking Week {year} começa na primeira segunda-feira de fevereiro e vai até o domingo. Este evento abrange os dias úteis da semana: {business}. Mais informações: {pageUrl}",
    googleDetails:
      "A International Networking Week é a primeira semana completa de fevereiro, de segunda a domingo. Este evento abrange os dias úteis da semana, de segunda a sexta. Mais informações: {pageUrl}",
  },

  sources: {
    heading: "Fontes",
    kinds: {
      blog: "blog",
      bniDirectorBlog: "blog de um diretor do BNI",
      blogPost: "post de blog",
      newsReport: "reportagem",
      tagArchive: "posts com esta tag",
      monthArchive: "post no arquivo mensal do blog",
      observanceCalendar: "calendário de datas comemorativas",
      socialMediaGuidelines: "diretrizes para redes sociais",
    },
  },

  week: {
    starts: "Começa",
    businessDays: "Dias úteis",
    wholeWeek: "Semana completa",
    fromTo: "de {start}, a {end}",
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
      "A semana começa na primeira segunda-feira de fevereiro e vai até o domingo; os dias úteis são de segunda a sexta.",
    occurrences: { last: "Ano passado", this: "Este ano", next: "Próximo ano" },
    calendarHeading: "Na sua agenda",
    whatHeading: "O que é",
    what: [
      "A International Networking Week® (em português, Semana Internacional de Networking) foi lançada em 2007 pelo BNI (Business Network International), fundado em 1985 pelo Dr. Ivan Misner. A ideia surgiu na conferência internacional de diretores do BNI em Long Beach, na Califórnia, em novembro de 2006, e a iniciativa é realizada na primeira semana completa de fevereiro.",
      "Em 2010, o BNI descreveu a semana como uma celebração do que o networking faz pelas empresas no mundo todo. Os grupos a comemoram com eventos, seminários e cafés da manhã de networking, e qualquer pessoa pode participar retomando o contato com as pessoas da sua rede.",
    ],
    whyHeading: "Por que é importante",
    why: "Misner chama a abordagem do BNI de “{en:relationship networking}” (networking de relacionamento): construir relacionamentos de longo prazo em que os dois lados saem ganhando.",
    exploreHeading: "Explorar",
    sections: {
      dates: "Todos os anos desde 2007 e os próximos dez, com a regra e as provas que a sustentam.",
      history:
        "De uma ideia apresentada em uma conferência do BNI em 2006 a eventos em Londres, Israel e Itália e a uma semana de agradecimentos em 2020.",
      themes: "Os temas anuais conhecidos, com suas fontes, e uma confusão sobre 2020.",
      observe:
        "Ideias para pessoas, grupos e empresas, de cafés da manhã a telefonemas de agradecimento.",
      faq: "Respostas curtas às perguntas mais comuns: as datas deste ano, o dia do networking, os temas, a hashtag.",
    },
  },

  datesPage: {
    heading: "Datas de todos os anos",
    lead: "As datas que a regra dá para cada ano, da primeira edição, em 2007, até daqui a dez anos. Cada edição começa na primeira segunda-feira de fevereiro.",
    caption: "Datas da International Networking Week por ano",
    columns: {
      year: "Ano",
      monday: "Segunda-feira",
      business: "Dias úteis",
      whole: "Semana completa",
    },
    basis: { published: "Publicadas", computed: "Calculadas" },
    basisNote:
      "Publicadas: uma fonte informou as datas daquele ano, e a página do ano cita essa fonte. Calculadas: nenhuma das fontes encontradas informa essas datas, por isso elas são deduzidas da regra; nenhuma fonte do BNI informa datas para os próximos anos.",
    thisYearBadge: "Este ano",
    aboutThemes: "Sobre os temas",
    ruleHeading: "A regra",
    rule: "A International Networking Week começa na primeira segunda-feira de fevereiro e vai até o domingo seguinte: é a primeira semana completa do mês, de segunda a domingo. Os dias úteis são de segunda a sexta; muitos calendários mostram os sete dias. Quando o dia 1º de fevereiro cai em uma segunda-feira, a semana começa nesse mesmo dia.",
    evidenceHeading: "As provas",
    evidence: [
      {
        label: "2007:",
        text: "o dia 1º de fevereiro caiu em uma quinta-feira, e a primeira edição aconteceu de segunda-feira, 5, a sexta-feira, 9 de fevereiro. Em novembro de 2006, um diretor do BNI escreveu que, a partir de então, a semana seria realizada na primeira semana completa de fevereiro.",
      },
      {
        label: "2010:",
        text: "o dia 1º de fevereiro caiu em uma segunda-feira, e a semana foi de 1º a 5 de fevereiro.",
      },
      {
        label: "2018 e de 2022 a 2025:",
        text: "calendários de datas comemorativas indicaram de 5 a 9 de fevereiro de 2018, 7 de fevereiro de 2022, 6 de fevereiro de 2023, 5 de fevereiro de 2024 e de 3 a 9 de fevereiro de 2025, todas começando na primeira segunda-feira de fevereiro. Como esses calendários aplicam a mesma regra, eles concordam com ela sem comprová-la; uma reportagem de TV sobre a semana foi ao ar em 8 de fevereiro de 2023, dentro da semana daquele ano.",
      },
    ],
    noSundayWeek: "Nenhuma fonte usa uma semana de domingo a sábado.",
    trickyHeading: "Anos que podem gerar confusão",
    tricky:
      "“A primeira semana completa de fevereiro” é fácil de interpretar mal nos anos em que o dia 1º de fevereiro cai em uma segunda-feira (2021, 2027, 2038) ou em um domingo (2026, 2032). Quando cai em uma segunda-feira, a semana que começa nesse dia já está completa e, portanto, é a primeira: em 2010, quando o dia 1º de fevereiro caiu em uma segunda-feira, a semana foi de 1º a 5 de fevereiro, e não uma semana depois. Quando cai em um domingo, a primeira semana completa de segunda a domingo começa no dia seguinte, segunda-feira, 2 de fevereiro. Este site segue a regra também nesses anos. Em 2023, uma emissora de TV escreveu “{en:second full week}” (segunda semana completa), o que contradiz todas as outras fontes e a data em que a própria reportagem foi ao ar.",
  },

  yearPage: {
    heading: "International Networking Week {year}",
    imageAlt: "International Networking Week {year}: {whole}",
    shareText: "International Networking Week {year}: {whole}",
    themeHeading: "Tema",
    noTheme: "Não há tema conhecido para {year}. {link} lista os temas conhecidos.",
    themesPageLink: "A página de temas",
    aboutThemes: "Sobre os temas",
    aboutHeading: "Sobre {year}",
    mondayFirstPast:
      "O dia 1º de fevereiro de {year} caiu em uma segunda-feira, então a semana começou nesse mesmo dia.",
    mondayFirstFuture:
      "O dia 1º de fevereiro de {year} cai em uma segunda-feira, então a semana começa nesse mesmo dia.",
    sundayFirstPast:
      "O dia 1º de fevereiro de {year} caiu em um domingo, então a primeira semana completa de segunda a domingo começou no dia seguinte, {monday}.",
    sundayFirstFuture:
      "O dia 1º de fevereiro de {year} cai em um domingo, então a primeira semana completa de segunda a domingo começa no dia seguinte, {monday}.",
    misreadMonday:
      "Em um ano assim, “a primeira semana completa de fevereiro” pode ser mal interpretada como a semana seguinte; em 2010, quando o dia 1º de fevereiro também caiu em uma segunda-feira, a semana foi de 1º a 5 de fevereiro.",
    misreadSunday:
      "Em um ano assim, “a primeira semana completa de fevereiro” pode ser mal interpretada como se começasse no domingo, dia 1º; nenhuma fonte usa uma semana de domingo a sábado.",
    otherYears: "Outros anos",
    everyYear: "Todos os anos",
    datesHeading: "De onde vêm estas datas",
    publishedIndependently: "Estas datas foram indicadas na época por {sources}.",
    publishedByCalendars:
      "A data de início desta semana foi publicada por {sources}. Os calendários de datas comemorativas aplicam a mesma regra, por isso concordam com ela sem comprová-la.",
    reportAired:
      "Uma reportagem de TV da WDTN sobre a semana foi ao ar em {date}, dentro destas datas.",
    computedPast:
      "Nenhuma das fontes encontradas informa as datas de {year}: elas foram calculadas segundo {rule}.",
    computedFuture:
      "O BNI não publicou datas para {year}: elas foram calculadas segundo {rule}, à qual obedece cada uma das datas publicadas de 2007 a 2025.",
    ruleLink: "a regra",
  },

  yearNotes: {
    2007: [
      "A primeira edição aconteceu de segunda-feira, 5, a sexta-feira, 9 de fevereiro de 2007, e a terça-feira, 6 de fevereiro, foi o dia oficial do networking.",
      "A ideia tinha surgido na conferência internacional de diretores do BNI em Long Beach, na Califórnia, em novembro de 2006. Um diretor do BNI que estava presente escreveu que, a partir de então, a semana seria realizada na primeira semana completa de fevereiro, e atribuiu a Geoff Kirkwood, diretor nacional do BNI na Austrália, o impulso inicial da ideia.",
      "Em Londres, o BNI celebrou a semana com um “{en:BNI Big Breakfast}” (um grande café da manhã do BNI).",
    ],
    2009: [
      "O BNI Israel organizou uma conferência da International Networking Week em Petah Tikva, em 4 de fevereiro de 2009, com mais de 300 participantes.",
    ],
    2010: [
      "Um site oficial listava os eventos da semana, e em Londres estava previsto um evento nos moldes do “{en:BNI Big Breakfast}” de 2007, para o qual eram esperadas cerca de 400 pessoas.",
    ],
    2020: [
      "Na Austrália, o diretor nacional do BNI Australia usou o tema da semana para agradecer, entre outros, às pessoas que tinham feito doações para a arrecadação de fundos da BNI Foundation Australia ligada aos incêndios florestais.",
      "Na Itália, a semana foi aberta em Francavilla al Mare, na região de Abruzzo, no sábado, 1º de fevereiro de 2020, dois dias antes da segunda-feira em que começava; a renda desse dia de abertura foi revertida para os projetos escolares “{en:Business Voices}”, do BNI.",
    ],
    2021: [
      "Para muitos grupos, a semana de 2021 coincidiu com o período em que o BNI se reunia on-line: os grupos passaram a se reunir on-line em março de 2020, e as reuniões híbridas voltaram em momentos diferentes em cada país (no Reino Unido, a partir de 1º de outubro de 2021).",
    ],
    2025: ["O National Today indicou de 3 a 9 de fevereiro como as datas da semana de 2025."],
  },

  history: {
    heading: "História",
    lead: "Como uma ideia surgida em uma conferência do BNI em 2006 se tornou uma semana celebrada em fevereiro, segundo o que as fontes registram.",
    bniHeading: "BNI",
    bni: [
      "A International Networking Week® (em português, Semana Internacional de Networking) é uma iniciativa do BNI: Business Network International (e não “Business Networking International”, um erro comum no nome). O Dr. Ivan Misner fundou o BNI em 1985, e o primeiro grupo do BNI teve seu lançamento oficial em 8 de janeiro de 1985. Misner chama a abordagem do BNI de “{en:relationship networking}” (networking de relacionamento): relacionamentos de longo prazo que beneficiam os dois lados.",
      "O tamanho do BNI, segundo os números divulgados na época: em fevereiro de 2023, Misner citava mais de 10.900 grupos do BNI; no mesmo mês, a emissora de TV WDTN falou em quase 11.000 grupos e 300.000 membros; em outubro de 2023, o Halifax Courier mencionou mais de 300.000 membros em setenta e sete países; em junho de 2025, o jornal Il Giorno noticiou mais de 11.200 grupos em 76 países; e, em janeiro de 2026, o Prabhat Khabar noticiou mais de 11.645 grupos e mais de 356.000 membros em 76 países. Nenhuma fonte contabiliza os eventos ou os países da própria International Networking Week.",
    ],
    timeline: [
      {
        when: "Novembro de 2006",
        title: "A ideia",
        text: "A ideia surgiu na conferência internacional de diretores do BNI em Long Beach, na Califórnia: uma semana com um dia oficial do networking. Um diretor do BNI que estava presente escreveu que, a partir de então, a semana seria realizada na primeira semana completa de fevereiro, e atribuiu a Geoff Kirkwood, diretor nacional do BNI na Austrália, o impulso inicial da ideia.",
      },
      {
        when: "Fevereiro de 2007",
        title: "A primeira semana",
        text: "A primeira International Networking Week aconteceu de 5 a 9 de fevereiro de 2007, e o dia 6 de fevereiro foi o dia oficial do networking. Em Londres, ela foi celebrada com um “{en:BNI Big Breakfast}” (um grande café da manhã do BNI). Mais tarde, Misner escreveu que tinha ajudado o BNI a lançá-la naquele ano.",
      },
      {
        when: "Fevereiro de 2009",
        title: "Israel",
        text: "O BNI Israel organizou uma conferência da International Networking Week em Petah Tikva, em 4 de fevereiro de 2009, com mais de 300 participantes.",
      },
      {
        when: "Fevereiro de 2010",
        title: "Uma lista oficial de eventos",
        text: "Um site oficial listava os eventos da semana, e em Londres estava previsto um evento nos moldes do “{en:BNI Big Breakfast}” de 2007, para o qual eram esperadas cerca de 400 pessoas. O dia 1º de fevereiro caiu em uma segunda-feira, e a semana foi de 1º a 5 de fevereiro.",
      },
      {
        when: "Fevereiro de 2020",
        title: "Um milhão de agradecimentos",
        text: "O tema do BNI para a semana foi “{en:One Million Thank You's}” (um milhão de agradecimentos), e os posts do BNI sobre a semana saíram com o título “{en:A Week of One Million Thank You's}”: histórias de líderes do BNI em vários países. Na Austrália, o diretor nacional do BNI Australia usou o tema para agradecer, entre outros, a quem tinha doado para a arrecadação de fundos da BNI Foundation Australia ligada aos incêndios florestais; na Itália, a semana foi aberta na região de Abruzzo em 1º de fevereiro, e a renda desse dia de abertura foi revertida para projetos escolares.",
      },
      {
        when: "Fevereiro de 2021",
        title: "Reuniões on-line",
        text: "Os grupos do BNI tinham levado suas reuniões para o ambiente on-line em março de 2020, e as reuniões híbridas voltaram em momentos diferentes em cada país (no Reino Unido, a partir de 1º de outubro de 2021); assim, para muitos grupos, a semana de 2021 coincidiu com esse período on-line.",
      },
    ],
    yearLink: "{year} em detalhes",
    todayWhen: "Todo ano, em fevereiro",
    todayTitle: "A semana hoje",
    today:
      "As datas indicadas pelos calendários de datas comemorativas para 2022 a 2025 ainda caem na primeira semana completa de fevereiro. Em 2023, Misner escreveu que a semana nasceu como uma forma de ajudar líderes empresariais do mundo todo a se conectar e a desenvolver juntos suas habilidades de networking, e que seu objetivo é reconhecer o poder do networking.",
    datesLink: "Datas de todos os anos",
  },

  themes: {
    heading: "Temas",
    lead: "Em alguns anos, a International Networking Week teve um tema. Listamos aqui os que encontramos em alguma fonte, cada um com a fonte e o grau de certeza.",
    statuses: {
      confirmed: {
        label: "Confirmado pelo BNI",
        sentence: "O tema de {year}, confirmado pelo BNI, foi {theme}.",
      },
      reported: {
        label: "Apenas um calendário de datas comemorativas; não confirmado pelo BNI",
        sentence:
          "Um calendário de datas comemorativas aponta {theme} como o tema de {year}; o BNI não o confirmou.",
      },
    },
    translations: {
      "A New World of Opportunity": "Um novo mundo de oportunidades",
      "One Million Thank You's": "Um milhão de agradecimentos",
    },
    translationsInSentence: {
      "A New World of Opportunity": "um novo mundo de oportunidades",
      "One Million Thank You's": "um milhão de agradecimentos",
    },
    source: "Fonte:",
    mixUpHeading: "A confusão de 2020",
    mixUp:
      "Um calendário de datas comemorativas, o que traz o tema de 2019, aponta “{en:Dreaming Big}” (sonhando grande) como tema de 2020. Uma fonte do próprio BNI indica outro: nas palavras do diretor nacional do BNI Australia, o tema de 2020 foi “{en:One Million Thank You's}” (um milhão de agradecimentos), e os posts do BNI sobre a semana saíram com o título “{en:A Week of One Million Thank You's}”. “{en:Dream Big}” (sonhe grande) foi o lema da Convenção Global do BNI em Varsóvia, em novembro de 2019, um evento à parte, e é a provável origem da confusão.",
    otherYearsHeading: "Outros anos",
    otherYears:
      "Desde {firstYear}, não conhecemos tema para nenhum ano além de {knownYears}. Se algum outro ano teve tema, ele não aparece em nenhuma fonte que possamos citar, por isso o site não tenta adivinhar.",
  },

  observe: {
    heading: "Formas de participar",
    lead: "Para participar, não é preciso um evento organizado. Veja algumas ideias para quem participa sozinho, em grupo ou na empresa, inspiradas na forma como a semana tem sido celebrada e em conselhos de networking.",
    hashtagLabel: "A hashtag da semana",
    copyHashtag: "Copiar hashtag",
    ways: [
      {
        heading: "Por conta própria",
        items: [
          "Retome o contato com pessoas que você perdeu de vista e conheça alguém novo.",
          "Agradeça a quem ajudou você ou passou referências para você, como o BNI fez em 2020 com o tema “{en:One Million Thank You's}” (um milhão de agradecimentos).",
          "Participe de um evento, um seminário, uma palestra ou um encontro informal.",
          "Use {hashtag} para contar o que o networking já fez por você.",
        ],
      },
      {
        heading: "Em grupo",
        items: [
          "Organize um café da manhã de networking, como o BNI fez em Londres com o “{en:BNI Big Breakfast}” em 2007; um evento parecido em Londres estava previsto para 2010.",
          "Promova um dia de visitantes: convide amigos, familiares, colegas ou clientes para uma reunião e envie os convites com cerca de duas semanas de antecedência (um conselho do BNI New Zealand para a sua própria semana nacional de networking, em março de 2015).",
          "Convide palestrantes: durante essa semana na Nova Zelândia, um grupo do BNI em Dunedin recebeu palestrantes como o diretor executivo da Câmara de Comércio local e o prefeito, além de cerca de 40 visitantes.",
          "Convide outro grupo para um evento conjunto, para que as redes façam networking entre si.",
          "Associe a semana a uma causa: em 2020, o diretor nacional do BNI Australia usou o tema da semana para agradecer a quem tinha doado para a arrecadação de fundos da BNI Foundation Australia ligada aos incêndios florestais e, na Itália, a renda do dia de abertura foi revertida para projetos escolares.",
        ],
      },
      {
        heading: "No trabalho",
        items: [
          "Promova um pequeno encontro de networking no seu local de trabalho.",
          "Organize um seminário ou uma palestra sobre networking, uma arrecadação de fundos ou um encontro informal.",
        ],
      },
    ],
    tipsHeading: "Os conselhos de networking de Ivan Misner",
    tipsIntro:
      "O fundador do BNI dá estes conselhos sobre networking em geral, e não especificamente para esta semana, mas eles combinam muito bem com ela:",
    tips: [
      "Ligue para seus clientes só para saber como eles estão, sem pedir referências.",
      "Ligue para todas as pessoas que já passaram referências para você.",
      "Faça uma lista de 50 pessoas com quem você quer manter contato este ano.",
      "Em um evento, apresente-se à pessoa que está sozinha, comece com perguntas e não tente vender logo na primeira conversa.",
    ],
  },

  faq: {
    heading: "Perguntas e respostas",
    lead: "Respostas curtas às perguntas mais comuns sobre a International Networking Week, com base nas fontes listadas no fim da página.",
    whenQuestion: "Quando é a International Networking Week {year}?",
    whenAnswer:
      "A International Networking Week {year} vai de segunda a domingo, {whole}, e seus dias úteis são {business}. A semana começa na primeira segunda-feira de fevereiro, regra seguida por todas as fontes que trazem datas desde 2007; nenhuma fonte do BNI informa as datas dos próximos anos, por isso estas datas foram calculadas segundo {rule}.",
    ruleLink: "a regra",
    nextQuestion: "Quando será a International Networking Week {year}?",
    nextAnswer:
      "Em {year}, as datas da International Networking Week são {whole}, e os dias úteis, {business}. Essas datas também foram calculadas segundo a regra.",
    whatQuestion: "O que é a International Networking Week?",
    whatAnswer:
      "É uma semana anual (em português, Semana Internacional de Networking) lançada pelo BNI em 2007 para celebrar o papel do networking no desenvolvimento e no sucesso das empresas no mundo todo. Ela acontece na primeira semana completa de fevereiro; os grupos a comemoram com eventos e cafés da manhã de networking, e qualquer pessoa pode participar retomando o contato com as pessoas da sua rede.",
    dayQuestion: "Existe um International Networking Day?",
    dayAnswer:
      "No começo, sim: na primeira edição, de 5 a 9 de fevereiro de 2007, a terça-feira, 6 de fevereiro, foi o dia oficial do networking. As fontes encontradas não indicam nenhum dia oficial do networking nos anos seguintes. O nome International Networking Day®, assim como o da semana, é uma marca registrada da BNI Global, LLC, segundo o manual de 2019 da equipe de liderança do BNI.",
    holidayQuestion: "A International Networking Week é feriado?",
    holidayAnswer:
      "Nenhuma fonte diz isso. É uma data comemorativa do mundo dos negócios, lançada pelo BNI, uma organização de networking.",
    organiserQuestion: "Quem organiza a International Networking Week?",
    organiserAnswer:
      "O BNI (Business Network International), que lançou a semana em 2007. O Dr. Ivan Misner fundou o BNI em 1985, e o primeiro grupo do BNI teve seu lançamento oficial em 8 de janeiro de 1985. Os grupos e as organizações nacionais do BNI celebram a semana com seus próprios eventos, como a conferência do BNI Israel em Petah Tikva, em 2009.",
    memberQuestion: "Preciso ser membro do BNI para participar da International Networking Week?",
    memberAnswer:
      "Nenhuma fonte restringe a participação aos membros do BNI. As formas de participar descritas nas fontes, como retomar antigos contatos, fazer novos ou organizar um evento no trabalho, estão abertas a qualquer pessoa. As diretrizes do BNI para redes sociais, de 2011, pedem que os membros que quiserem usar as marcas do BNI na internet obtenham antes a aprovação do seu diretor local.",
    themeQuestion: "A International Networking Week {year} tem um tema?",
    noThemeAnswer:
      "Nenhuma fonte encontrada indica um tema para {year}. O BNI confirmou um tema para 2020, “{en:One Million Thank You's}” (um milhão de agradecimentos), e um calendário de datas comemorativas aponta “{en:A New World of Opportunity}” (um novo mundo de oportunidades) para 2019, tema que o BNI não confirmou; não se conhece o tema de nenhum outro ano.",
    hashtagQuestion: "Qual é a hashtag da International Networking Week?",
    hashtagAnswer: "{hashtag}: a única hashtag que as fontes indicam para a semana.",
    differentDatesQuestion:
      "Por que algumas páginas podem indicar outras datas para a International Networking Week?",
    differentDatesAnswer:
      "“A primeira semana completa de fevereiro” pode ser mal interpretada quando o dia 1º de fevereiro cai em uma segunda-feira ou em um domingo. Quando cai em uma segunda-feira (como em 2021, 2027 e 2038), a semana que começa nesse dia já está completa e, portanto, é a primeira: em 2010, quando o dia 1º de fevereiro caiu em uma segunda-feira, a semana foi de 1º a 5 de fevereiro. Quando cai em um domingo (como em 2026 e 2032), a primeira semana completa de segunda a domingo começa no dia seguinte; nenhuma fonte usa uma semana de domingo a sábado.",
    calendarQuestion: "Como adiciono a International Networking Week à minha agenda?",
    calendarAnswer:
      "Assine {feed}: um único evento para os dias úteis da semana, que se repete na primeira segunda-feira de fevereiro, para que sua agenda esteja sempre correta, sem precisar de atualizações. A página de cada ano também traz o arquivo de calendário daquele ano e um link para o Google Agenda.",
    feedLink: "o feed de calendário",
  },

  notFound: {
    heading: "Página não encontrada",
    lead: "Não há nenhuma página neste endereço. Ela pode ter sido movida ou o link pode estar errado.",
    datesHint:
      "Procurando as datas? {dates} estão em uma só página, e cada ano tem a sua, em um endereço como {example}.",
    datesLink: "As datas de todos os anos",
    elsewhereHeading: "Tente uma destas páginas",
    links: {
      home: "Início",
      dates: "Datas de todos os anos",
      history: "História",
      themes: "Temas",
      observe: "Formas de participar",
      faq: "Perguntas e respostas",
    },
  },

  toolkit: {
    nav: "Kit",
    title: "Kit da International Networking Week {year}: posts, imagens, cartaz",
    description:
      "Tudo para divulgar a International Networking Week {year}: textos para postar, imagens, um cartaz para imprimir, um convite, um plano e um selo para o seu site.",
    heading: "O kit de {year}",
    lead: "Tudo o que você precisa para divulgar a International Networking Week, {dates}, em poucos minutos: textos para postar, imagens, um cartaz, um convite, um plano e um selo para o seu site. Sem conta e sem instalar nada: todos os arquivos são gerados por este site.",
    contents: "Nesta página",
    linkName: "O kit de {year}",
    linkSummary:
      "Posts prontos, imagens, um cartaz para imprimir, um convite e um selo para o seu site.",
    posts: {
      heading: "Posts prontos para copiar",
      intro:
        "Estes textos são sugestões deste site: mude o que quiser. Cada um traz as datas da semana, a hashtag e um link para a página da semana.",
      linkedin: {
        heading: "Para o LinkedIn",
        text: "International Networking Week (Semana Internacional de Networking), {dates}: uma semana lançada pelo BNI em 2007 para celebrar o que o networking faz pelas empresas.\n\nEste ano, quero aproveitá-la para agradecer. Boa parte do meu trabalho chegou até mim por meio de pessoas que dedicaram seu tempo a me apresentar, me recomendar ou compartilhar o que sabem. A todas essas pessoas: meu muito obrigado.\n\nE um convite: se faz tempo que a gente não conversa, vamos colocar o papo em dia esta semana. E, se ainda não nos conhecemos, vou gostar muito de conhecer você.\n\nO que o networking já fez por você?\n\n{hashtag}\n{url}",
        copy: "Copiar o texto para o LinkedIn",
        note: "O link de compartilhamento do LinkedIn leva só o endereço da página, não um texto. Então, nesta ordem:",
        stepCopy: "copie o texto com o botão acima (ou selecione-o);",
        stepShare: "depois, {link} e cole o texto no post.",
        share: "compartilhe no LinkedIn",
      },
      x: {
        heading: "Para o X",
        text: "International Networking Week: {dates}. Uma boa semana para agradecer a quem ajudou você e retomar o contato com alguém que você perdeu de vista. A quem você vai agradecer? {hashtag} {url}",
        copy: "Copiar o texto para o X",
        length: "{count} dos 280 caracteres do X, com o link contado como 23, como o X conta.",
        post: "Postar no X",
      },
      short: {
        heading: "Para Facebook, Instagram ou WhatsApp",
        text: "É a International Networking Week, {dates}! A quem você vai agradecer esta semana? {hashtag} {url}",
        copy: "Copiar o texto curto",
        facebook: "Compartilhar no Facebook",
        facebookNote:
          "(como o do LinkedIn, o link de compartilhamento do Facebook leva só o endereço: cole o texto no post)",
        whatsapp: "Enviar pelo WhatsApp",
      },
    },
    images: {
      heading: "Imagens para baixar",
      intro:
        "Para {year}, com o nome, as datas e a hashtag da semana, legíveis no celular. Cada uma vem com um texto para colar como descrição (texto alternativo) para quem não pode vê-la.",
      formats: {
        square: "Quadrada, para o feed",
        story: "Story, para Instagram e status do WhatsApp",
        landscape: "Horizontal, para LinkedIn e Facebook",
      },
      download: "Baixar o PNG ({width}×{height}, {size})",
      altLabel: "Texto alternativo",
      alt: "International Networking Week, {dates}, a primeira semana completa de fevereiro. {hashtag}",
      copyAlt: "Copiar o texto alternativo",
    },
    poster: {
      heading: "Um cartaz para imprimir",
      intro:
        "Uma página com o nome e as datas da semana, uma frase sobre o que ela é e espaço para escrever o seu evento: o quê, onde e quando.",
      a4: "Cartaz, A4 (PDF, {size})",
      letter: "Cartaz, tamanho Carta (PDF, {size})",
      documentTitle: "International Networking Week {year}: cartaz",
      invitation: "Participe",
      what: "O quê",
      where: "Onde",
      when: "Quando",
    },
    invitation: {
      heading: "Um convite",
      intro:
        "Um e-mail para um dia de visitantes ou um café da manhã de networking, sugerido por este site: preencha as partes entre colchetes.",
      subjectLabel: "Assunto",
      bodyLabel: "Mensagem",
      subject:
        "Convite: [dia de visitantes / café da manhã de networking] na International Networking Week, {dates}",
      body: "Olá, [nome],\n\nPor ocasião da International Networking Week ({dates}), [nosso grupo] vai promover [um dia de visitantes / um café da manhã de networking], e eu adoraria contar com a sua presença.\n\nQuando: [dia e horário]\nOnde: [local]\nO quê: [a programação: apresentações, uma palestra convidada, tempo para conversar]\n\nÉ uma forma descontraída de conhecer empresários e profissionais da região, saber o que eles fazem e contar sobre o seu trabalho. É só me avisar até [data] se você puder vir; e, se quiser, traga um colega.\n\nUm abraço,\n[seu nome]\n[seu telefone]",
      copySubject: "Copiar o assunto",
      copyBody: "Copiar a mensagem",
      open: "Abrir no seu programa de e-mail",
    },
    plan: {
      heading: "Um plano",
      intro:
        "Uma sugestão deste site, passo a passo; quando um passo vem de uma fonte, ela é citada.",
      steps: [
        {
          when: "Três semanas antes, a partir de {date}",
          items: [
            "Escolha o que fazer (um dia de visitantes, um café da manhã de networking, um evento em conjunto com outro grupo), defina o dia e reserve o local.",
            "Convide alguém para uma palestra. Na semana nacional de networking do BNI New Zealand, em março de 2015, um grupo de Dunedin teve palestrantes como o diretor executivo da Câmara de Comércio local e o prefeito ({source}).",
          ],
        },
        {
          when: "Duas semanas antes, a partir de {date}",
          items: [
            "Envie o convite acima. Para a sua própria semana nacional de networking, em março de 2015, o BNI New Zealand aconselhava enviar os convites aos visitantes cerca de duas semanas antes ({source}).",
            "Imprima o cartaz e afixe-o, e coloque o selo no seu site.",
          ],
        },
        {
          when: "Uma semana antes, a partir de {date}",
          items: [
            "Publique o texto para o LinkedIn com uma imagem e lembre as pessoas que você convidou.",
            "Confirme a palestra, o local e a programação.",
          ],
        },
        {
          when: "Durante a semana, {date}",
          items: [
            "Realize o seu evento e receba pessoalmente cada visitante.",
            "Publique o texto curto com a imagem de story e retome o contato com alguém que você perdeu de vista.",
          ],
        },
        {
          when: "Na semana seguinte, a partir de {date}",
          items: [
            "A rodada de agradecimentos: agradeça aos convidados, a quem deu a palestra e a quem passou referências para você, como o BNI fez em 2020 com o tema “{en:One Million Thank You's}” ({source}).",
            "Entre em contato de novo com cada visitante.",
          ],
        },
      ],
      bniMembers:
        "Para membros do BNI: as diretrizes do BNI para redes sociais pedem que os membros obtenham a aprovação do seu diretor antes de usar as marcas do BNI na internet ({source}).",
    },
    badge: {
      heading: "Um selo para o seu site",
      intro:
        "Uma pequena imagem com as datas da próxima semana, para o site de um grupo ou de uma empresa. Ela é gerada de novo com este site todos os dias, então sempre mostra a próxima edição. Cole este código na sua página:",
      alt: "International Networking Week: as datas da próxima edição",
      code: "Código para o seu site",
      copy: "Copiar o código",
    },
  },
};

export default pt;
