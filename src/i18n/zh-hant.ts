/**
 * Every word of the Traditional Chinese site, as Taiwan writes it; the shape and the facts are
 * en.ts's. Dates as date-fns' `zh-TW` writes them ("2027年2月1日 星期一"), ranges with "至";
 * full-width punctuation and 「」 quotation marks. BNI Taiwan's own words: 分會 (chapter),
 * 引薦 (referral), 來賓 (visitor), 例會 (chapter meeting), 執行董事 / 國家執行董事 (director /
 * national director). Networking: 人脈交流 for events, 人脈經營 for the skill and advice.
 * "Every year's dates" is 各年日期 (歷年 would mean past years only; the table runs ten years
 * ahead). Names and titles in Latin letters stay as they are.
 */
import type { SiteStrings } from "./en";

const zhHant: SiteStrings = {
  dates: {
    longDate: "{year}年{monthShort}{day}日 {weekday}",
    dayRange: "{year}年{monthShort}{firstDay}日至{lastDay}日",
    dayRangeWithoutYear: "{monthShort}{firstDay}日至{lastDay}日",
    shortDayRange: "{monthShort}{firstDay}日至{lastDay}日",
    shortDate: "{monthShort}{day}日",
    firstOfMonth: "1",
    monthOfYear: "{year}年{monthShort}",
    dayOfYear: "{year}年{monthShort}{day}日",
    upcomingTomorrow: "明天開始",
    upcoming: { other: "{count}天後開始" },
    ongoing: "進行中：第{day}天（共7天）",
    endedYesterday: "昨天結束",
    ended: { other: "{count}天前結束" },
    endedLongAgo: "往屆",
    startsLater: "開始日期：{date}",
    nextWeekBadge: { upcoming: "下一屆", ongoing: "進行中" },
  },

  site: {
    description:
      "International Networking Week每年何時舉行：日期、歷史、主題與參與方式，並附上資料來源。",
    skipLink: "跳至主要內容",
    mainNavigation: "主選單",
    languageNavigation: "語言",
    breadcrumb: "導覽路徑",
    nav: { home: "首頁", dates: "日期", history: "歷史", themes: "主題", observe: "參與" },
    footer: {
      independent:
        "本站為獨立網站，與BNI無隸屬關係，亦未獲BNI背書。International Networking Week是BNI（Business Network International）的註冊商標，{link}。",
      independentLink: "Ivan Misner曾如此說明",
      computed: "每一頁都列出所述事實的資料來源。日期依據{rule}計算，也提供{json}格式。",
      ruleLink: "規則",
      jsonLink: "JSON",
      noTracking: "沒有廣告、沒有追蹤器、沒有Cookie。",
    },
    asOf: "日期與倒數以{date}為準。",
    builtOn: "本頁最後更新於{date}。",
    imageFooter: "二月的第一個完整週 · 始於2007年",
    quoted: "「{text}」",
  },

  pages: {
    home: {
      title: "International Networking Week：日期、歷史與參與方式",
      description:
        "International Networking Week今年及每年何時舉行，以及它的歷史、主題與參與方式，全部附上資料來源。",
    },
    dates: {
      title: "International Networking Week各年日期一覽",
      description:
        "International Networking Week自2007年以來每年的日期：二月的第一個星期一、工作日與整週。",
    },
    history: {
      title: "International Networking Week的歷史",
      description:
        "BNI如何在2007年推出International Networking Week，以及此後各地如何響應：從第一年在倫敦的早餐會，到2020年的感謝週。",
    },
    themes: {
      title: "International Networking Week歷年主題",
      description:
        "International Networking Week已知的年度主題，各附資料來源與確認狀態，並說明2020年的主題混淆。",
    },
    observe: {
      title: "如何參與International Networking Week",
      description: "個人、團體或公司參與International Networking Week的方式，從來賓日到致謝電話。",
    },
    year: {
      title: "International Networking Week {year}：{days}",
      description:
        "International Networking Week {year}：星期一至星期日，{whole}；工作日為{business}。並提供活動狀態、主題與行事曆連結。",
      imageBusinessDays: "星期一至星期五：{business}",
      imageWholeWeek: "整週：{whole}",
    },
    notFound: {
      title: "找不到網頁：International Networking Week",
      description: "您要找的網頁不存在。請查看日期、歷史、主題與參與方式。",
    },
  },

  share: {
    heading: "分享",
    networks: {
      linkedin: "分享到LinkedIn",
      x: "分享到X",
      facebook: "分享到Facebook",
      email: "以電子郵件分享",
    },
    pageLink: "本頁連結",
    copyLink: "複製連結",
    more: "更多…",
    copied: "已複製到剪貼簿。",
    copyFailed: "無法複製：請選取文字後自行複製。",
    shareFailed: "無法分享：請改用上方的連結。",
    homeText: "International Networking Week：今年及每年何時舉行，以及它的歷史與參與方式",
  },

  calendar: {
    subscribe: "訂閱至行事曆",
    file: "行事曆檔案（.ics）",
    hint: "只有一個活動，涵蓋該週的工作日（星期一至星期五），每年在二月的第一個星期一重複，因此您的行事曆無需更新也會一直正確。",
    google: "加入Google日曆",
    feedDescription:
      "International Networking Week是二月的第一個完整週：從二月的第一個星期一開始，到星期日結束。此活動涵蓋其工作日（星期一至星期五）。各年日期：{siteUrl}",
    yearDescription:
      "International Networking Week {year}從二月的第一個星期一開始，到星期日結束。此活動涵蓋其工作日：{business}。詳情：{pageUrl}",
    googleDetails:
      "International Networking Week是二月的第一個完整週，星期一至星期日。此活動涵蓋其工作日（星期一至星期五）。詳情：{pageUrl}",
  },

  sources: {
    heading: "資料來源",
    kinds: {
      blog: "部落格",
      bniDirectorBlog: "一位BNI執行董事的部落格",
      blogPost: "部落格文章",
      newsReport: "新聞報導",
      tagArchive: "此標籤下的文章",
      website: "網站",
    },
  },

  week: {
    starts: "開始",
    businessDays: "工作日",
    wholeWeek: "整週",
    fromTo: "{start}至{end}",
    featuredDetail: "{date}開始；工作日為{days}。",
    featuredName: "International Networking Week",
    featuredLink: "{year}年活動週",
    allYears: "各年日期",
    yearLink: "{year}年詳情",
  },

  home: {
    eyebrow: "二月的第一個完整週，始於2007年",
    lead: "BNI於2007年發起的年度活動週，慶祝人脈交流為企業帶來的價值。",
    whenHeading: "何時舉行？",
    whenIntro: "這一週從二月的第一個星期一開始，到星期日結束；星期一至星期五是工作日。",
    occurrences: { last: "去年", this: "今年", next: "明年" },
    calendarHeading: "加入您的行事曆",
    whatHeading: "這是什麼",
    what: [
      "International Networking Week®由BNI（Business Network International）於2007年發起；BNI由Ivan Misner博士於1985年創立。這個構想是在2006年11月BNI於加州長灘舉行的國際執行董事會議上提出的，活動週則在二月的第一個完整週舉行。",
      "BNI將這一週定位為慶祝人脈交流為全球企業帶來的價值。各團體以活動、研討會和人脈交流早餐會來響應，而任何人都能參與，只要與自己人脈中的人重新聯繫即可。",
    ],
    whyHeading: "為什麼重要",
    why: "Misner把BNI的做法稱為「relationship networking」（關係型人脈經營）：建立長期、雙方都能受益的關係。",
    exploreHeading: "深入瀏覽",
    sections: {
      dates: "2007年以來的每一年，以及未來十年，附上規則與依據。",
      history: "從2006年BNI會議上的一個構想，到倫敦、以色列和義大利的活動，以及2020年的感謝週。",
      themes: "已知的年度主題與其資料來源，以及2020年的一次混淆。",
      observe: "給個人、團體和公司的點子，從早餐會到致謝電話。",
    },
  },

  datesPage: {
    heading: "各年日期",
    lead: "依規則推算的每年日期，從2007年的第一屆到未來十年。每一週都從二月的第一個星期一開始。",
    caption: "International Networking Week各年日期",
    columns: { year: "年份", monday: "星期一", business: "工作日", whole: "整週" },
    thisYearBadge: "今年",
    aboutThemes: "關於主題",
    ruleHeading: "規則",
    rule: "International Networking Week從二月的第一個星期一開始，到隨後的星期日結束，也就是該月第一個從星期一到星期日的完整週。星期一至星期五是工作日；許多行事曆會顯示全部七天。若2月1日本身是星期一，這一週就從當天開始。",
    evidenceHeading: "依據",
    evidence: [
      {
        label: "2007年：",
        text: "2月1日是星期四，第一屆於2月5日星期一至2月9日星期五舉行。一位BNI執行董事在2006年11月寫道，此後每年都會在二月的第一個完整週舉行。",
      },
      { label: "2010年：", text: "2月1日是星期一，這一週在2月1日至5日舉行。" },
      {
        label: "2022年至2025年：",
        text: "已公布的日期（2022年2月7日、2023年2月6日、2024年2月5日，以及2025年2月3日至9日）都從二月的第一個星期一開始。",
      },
    ],
    noSundayWeek: "沒有任何資料來源以星期日至星期六為一週。",
    trickyHeading: "容易誤解的年份",
    tricky:
      "在2月1日是星期一（2021、2027、2038年）或星期日（2026、2032年）的年份，「二月的第一個完整週」可能被誤解。若是星期一，從當天開始的那一週已經是完整的一週，所以就是第一週：2010年2月1日是星期一，這一週在2月1日至5日舉行，而不是晚一週。若是星期日，第一個從星期一到星期日的完整週則從隔天（2月2日星期一）開始。本站在這些年份同樣依照這個規則。有一家電視台在2023年寫了「second full week」（第二個完整週），這與其他所有資料來源以及它自己的播出日期都互相矛盾。",
  },

  yearPage: {
    heading: "International Networking Week {year}",
    imageAlt: "International Networking Week {year}：{whole}",
    shareText: "International Networking Week {year}：{whole}",
    themeHeading: "主題",
    noTheme: "{year}年沒有已知的主題。{link}列出了已知的主題。",
    themesPageLink: "主題頁面",
    aboutThemes: "關於主題",
    aboutHeading: "關於{year}年",
    mondayFirstPast: "{year}年2月1日是星期一，所以這一週當天就開始了。",
    mondayFirstFuture: "{year}年2月1日是星期一，所以這一週就從當天開始。",
    sundayFirstPast:
      "{year}年2月1日是星期日，所以第一個從星期一到星期日的完整週從隔天（{monday}）開始。",
    sundayFirstFuture:
      "{year}年2月1日是星期日，所以第一個從星期一到星期日的完整週將從隔天（{monday}）開始。",
    misreadMonday:
      "在這樣的年份，「二月的第一個完整週」可能被誤解為下一週；2010年2月1日同樣是星期一，當年這一週在2月1日至5日舉行。",
    misreadSunday:
      "在這樣的年份，「二月的第一個完整週」可能被誤解為從1日星期日開始；但沒有任何資料來源以星期日至星期六為一週。",
    otherYears: "其他年份",
    everyYear: "所有年份",
  },

  yearNotes: {
    2007: [
      "第一屆於2007年2月5日星期一至2月9日星期五舉行，2月6日星期二是官方的人脈交流日。",
      "這個構想是在2006年11月BNI於加州長灘舉行的國際執行董事會議上提出的。一位與會的BNI執行董事寫道，此後每年都會在二月的第一個完整週舉行，並將這個構想歸功於BNI澳洲國家執行董事Geoff Kirkwood。",
      "在倫敦，BNI以一場「BNI Big Breakfast」（BNI大型早餐會）慶祝這一週。",
    ],
    2009: [
      "BNI Israel於2009年2月4日在佩塔提克瓦（Petah Tikva）舉行International Networking Week會議，超過300人出席。",
    ],
    2010: ["一個官方網站列出了這一週的活動，倫敦也規劃了一場人脈交流早餐會，預計約有400人參加。"],
    2020: [
      "在澳洲，BNI Australia的國家執行董事藉這一週的主題表達感謝，感謝的對象包括曾為BNI Foundation Australia森林大火募款活動捐款的人。",
      "在義大利，這一週於2020年2月1日星期六在阿布魯佐大區的弗蘭卡維拉阿爾馬雷（Francavilla al Mare）開幕；開幕當天的收益用於BNI的「Business Voices」校園計畫。",
    ],
    2021: [
      "對許多分會來說，2021年的這一週正值BNI以線上方式開會的時期：各分會在2020年3月把例會移到線上，而實體與線上並行的混合例會在不同國家於不同時間恢復（英國自2021年10月1日起）。",
    ],
    2025: ["National Today列出的2025年日期為2月3日至9日。"],
  },

  history: {
    heading: "歷史",
    lead: "一個在2006年BNI會議上提出的構想，如何成為每年二月的活動週——以資料來源的記載為限。",
    bniHeading: "BNI",
    bni: [
      "International Networking Week®是BNI的倡議。BNI的全名是Business Network International（而不是常見的誤稱「Business Networking International」）。Ivan Misner博士於1985年創立BNI。Misner把BNI的做法稱為「relationship networking」（關係型人脈經營）：雙方都能受益的長期關係。",
      "BNI的規模，依當時的報導：2023年2月，Misner指出BNI有超過10,900個分會；同月，電視台WDTN報導有將近11,000個分會和30萬名會員；2023年10月，《Halifax Courier》報導BNI在77個國家有超過30萬名會員。沒有任何資料來源統計International Networking Week本身的活動或參與國家數量。",
    ],
    timeline: [
      {
        when: "2006年11月",
        title: "構想",
        text: "這個構想是在BNI於加州長灘舉行的國際執行董事會議上提出的。一位與會的BNI執行董事寫道，此後每年都會在二月的第一個完整週舉行，並將這個構想歸功於BNI澳洲國家執行董事Geoff Kirkwood。",
      },
      {
        when: "2007年2月",
        title: "第一屆",
        text: "第一屆International Networking Week於2007年2月5日至9日舉行，2月6日是官方的人脈交流日。倫敦以一場「BNI Big Breakfast」響應。Misner後來寫道，他在那一年協助BNI推出了這個活動週。",
      },
      {
        when: "2009年2月",
        title: "以色列",
        text: "BNI Israel於2009年2月4日在佩塔提克瓦（Petah Tikva）舉行International Networking Week會議，超過300人出席。",
      },
      {
        when: "2010年2月",
        title: "官方活動清單",
        text: "一個官方網站列出了這一週的活動，倫敦也規劃了一場人脈交流早餐會，預計約有400人參加。2月1日是星期一，這一週在2月1日至5日舉行。",
      },
      {
        when: "2020年2月",
        title: "一百萬個感謝",
        text: "BNI為這一週訂的主題是「One Million Thank You's」（一百萬個感謝）。在澳洲，BNI Australia的國家執行董事藉此表達感謝，感謝的對象包括BNI Foundation Australia森林大火募款活動的捐款人；在義大利，這一週於2月1日在阿布魯佐開幕，開幕當天的收益用於校園計畫。",
      },
      {
        when: "2021年2月",
        title: "例會移到線上",
        text: "BNI各分會在2020年3月把例會移到線上，而混合例會在不同國家於不同時間恢復（英國自2021年10月1日起），所以對許多分會來說，2021年的這一週正值其線上開會的時期。",
      },
    ],
    yearLink: "{year}年詳情",
    todayWhen: "每年二月",
    todayTitle: "活動週的現況",
    today:
      "2022年至2025年公布的日期仍然落在二月的第一個完整週。Misner在2023年寫道，這一週最初是為了讓世界各地的企業領袖彼此連結、一起培養人脈經營的技巧，而它的目標是肯定人脈交流的力量。",
    datesLink: "各年日期",
  },

  themes: {
    heading: "主題",
    lead: "International Networking Week有些年份設有主題。以下是我們找得到資料來源的主題，各附來源與可信程度。",
    statuses: {
      confirmed: {
        label: "經BNI確認",
        sentence: "{year}年的主題為{theme}，已獲BNI確認。",
      },
      reported: {
        label: "僅由第三方報導",
        sentence: "一個BNI以外的資料來源稱{year}年的主題是{theme}；BNI並未確認。",
      },
    },
    translations: {
      "A New World of Opportunity": "充滿機會的新世界",
      "One Million Thank You's": "一百萬個感謝",
    },
    translationsInSentence: {
      "A New World of Opportunity": "充滿機會的新世界",
      "One Million Thank You's": "一百萬個感謝",
    },
    source: "資料來源：",
    mixUpHeading: "2020年的混淆",
    mixUp:
      "有一個紀念日行事曆把「Dreaming Big」（勇於夢想）列為2020年的主題。BNI自己的資料來源則給出另一個主題：根據BNI Australia國家執行董事的說法，2020年的主題是「One Million Thank You's」（一百萬個感謝），BNI為這一週發布的文章也以「A Week of One Million Thank You's」為題。「Dream Big」是2019年11月在華沙舉行的BNI全球大會（Global Convention）的口號，那是另一個活動，很可能就是混淆的來源。",
    otherYearsHeading: "其他年份",
    otherYears:
      "自{firstYear}年以來，除了{knownYears}年之外，本站未掌握任何一年的主題。即使某一年曾有主題，我們也未能在可引用的資料來源中找到，因此本站不做猜測。",
  },

  observe: {
    heading: "參與方式",
    lead: "不一定要參加正式活動才能參與。以下是給個人、團體和公司的點子，來自這一週過去的慶祝方式與人脈經營的建議。",
    hashtagLabel: "這一週的主題標籤",
    copyHashtag: "複製主題標籤",
    ways: [
      {
        heading: "個人",
        items: [
          "重新聯繫失聯已久的人，也認識一位新朋友。",
          "感謝幫助過您或為您引薦生意的人，就像BNI在2020年以「One Million Thank You's」（一百萬個感謝）為主題所做的那樣。",
          "參加一場活動、研討會、講座或交流聚會，實體或線上皆可。",
          "使用{hashtag}分享人脈為您帶來的收穫。",
        ],
      },
      {
        heading: "團體",
        items: [
          "舉辦人脈交流早餐會，就像BNI在2007年於倫敦舉辦的「BNI Big Breakfast」；2010年倫敦也規劃了另一場早餐會。",
          "舉辦來賓日：邀請朋友、家人、同事或客戶參加例會（BNI New Zealand為自家全國人脈交流週提出的建議）。",
          "邀請另一個團體參加聯合活動，讓不同的人脈圈彼此交流。",
          "依照BNI的建議，一起參加線上的快速人脈交流（speed networking）活動。",
          "把這一週和公益結合：2020年，BNI Australia的國家執行董事藉這一週的主題感謝BNI Foundation Australia森林大火募款活動的捐款人；在義大利，開幕當天的收益用於校園計畫。",
        ],
      },
      {
        heading: "在職場",
        items: [
          "在工作場所舉辦一場小型的人脈交流聚會。",
          "籌辦一場關於人脈經營的研討會或講座，或是募款活動、交流聚會。",
        ],
      },
    ],
    tipsHeading: "Ivan Misner的人脈經營建議",
    tipsIntro: "以下是BNI創辦人提出的一般人脈經營建議，並非專為這一週而寫，但很適合在這一週實踐：",
    tips: [
      "打電話給客戶，單純問候近況，不開口要求引薦。",
      "打電話給每一位曾為您引薦生意的人。",
      "列出今年想保持聯繫的50個人。",
      "在活動中，主動向獨自站著的人自我介紹，以提問開啟對話，初次交談時不要推銷。",
    ],
  },

  notFound: {
    heading: "找不到網頁",
    lead: "這個網址沒有對應的網頁。網頁可能已經搬移，或是連結有誤。",
    datesHint: "在找日期嗎？{dates}都在同一頁，每一年也有自己的網頁，網址例如{example}。",
    datesLink: "各年日期",
    elsewhereHeading: "試試以下頁面",
    links: {
      home: "首頁",
      dates: "各年日期",
      history: "歷史",
      themes: "主題",
      observe: "參與方式",
    },
  },
};

export default zhHant;
