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
    nav: {
      home: "首頁",
      dates: "日期",
      history: "歷史",
      themes: "主題",
      observe: "參與",
      faq: "常見問題",
    },
    footer: {
      independent:
        "本站為獨立網站，與BNI無隸屬關係，亦未獲BNI背書。根據{link}，International Networking Week®與International Networking Day®是BNI Global, LLC的商標。",
      independentLink: "BNI的2019年領導團隊手冊",
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
    faq: {
      title: "International Networking Week：常見問題",
      description:
        "International Networking Week今年和明年何時舉行、有沒有人脈交流日或主題、由誰主辦、主題標籤是什麼，以及如何加入行事曆。",
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
      monthArchive: "部落格當月彙整中的文章",
      observanceCalendar: "紀念日行事曆",
      socialMediaGuidelines: "社群媒體使用準則",
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
      "2010年，BNI形容這一週是在慶祝人脈交流為全球企業帶來的價值。各團體以活動、研討會和人脈交流早餐會來響應，而任何人都能參與，只要與自己人脈中的人重新聯繫即可。",
    ],
    whyHeading: "為什麼重要",
    why: "Misner把BNI的做法稱為「{en:relationship networking}」（關係型人脈經營）：建立長期、雙方都能受益的關係。",
    exploreHeading: "深入瀏覽",
    sections: {
      dates: "2007年以來的每一年，以及未來十年，附上規則與依據。",
      history: "從2006年BNI會議上的一個構想，到倫敦、以色列和義大利的活動，以及2020年的感謝週。",
      themes: "已知的年度主題與其資料來源，以及2020年的一次混淆。",
      observe: "給個人、團體和公司的點子，從早餐會到致謝電話。",
      faq: "簡短回答大家常問的問題：今年的日期、人脈交流日、主題、主題標籤。",
    },
  },

  datesPage: {
    heading: "各年日期",
    lead: "依規則推算的每年日期，從2007年的第一屆到未來十年。每一週都從二月的第一個星期一開始。",
    caption: "International Networking Week各年日期",
    columns: { year: "年份", monday: "星期一", business: "工作日", whole: "整週" },
    basis: { published: "已公布", computed: "推算" },
    basisNote:
      "已公布：有資料來源提供了該年的日期，該年的網頁會列出這個來源。推算：目前找到的資料來源都沒有提供該年的日期，因此依規則推算；沒有任何BNI資料來源提供未來年份的日期。",
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
        label: "2018年及2022年至2025年：",
        text: "紀念日行事曆列出的日期為2018年2月5日至9日、2022年2月7日、2023年2月6日、2024年2月5日及2025年2月3日至9日，每個日期都從二月的第一個星期一開始。這些行事曆採用的是同一個規則，所以它們與規則相符，卻無法證明規則；一則關於這一週的電視報導在2023年2月8日播出，正落在當年的活動週之內。",
      },
    ],
    noSundayWeek: "沒有任何資料來源以星期日至星期六為一週。",
    trickyHeading: "容易誤解的年份",
    tricky:
      "在2月1日是星期一（2021、2027、2038年）或星期日（2026、2032年）的年份，「二月的第一個完整週」可能被誤解。若是星期一，從當天開始的那一週已經是完整的一週，所以就是第一週：2010年2月1日是星期一，這一週在2月1日至5日舉行，而不是晚一週。若是星期日，第一個從星期一到星期日的完整週則從隔天（2月2日星期一）開始。本站在這些年份同樣依照這個規則。有一家電視台在2023年寫了「{en:second full week}」（第二個完整週），這與其他所有資料來源以及它自己的播出日期都互相矛盾。",
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
    datesHeading: "這些日期從何而來",
    publishedIndependently: "{sources}在當時就提供了這些日期。",
    publishedByCalendars:
      "{sources}公布了這一週的開始日期。紀念日行事曆採用的是同一個規則，所以它們與規則相符，卻無法證明規則。",
    reportAired: "WDTN一則關於這一週的電視報導在{date}播出，正落在這些日期之內。",
    computedPast: "目前找到的資料來源都沒有提供{year}年的日期：這些日期是依據{rule}推算的。",
    computedFuture:
      "BNI並未公布{year}年的日期：這些日期是依據{rule}推算的，而2007年至2025年公布的每一個日期都符合這個規則。",
    ruleLink: "規則",
  },

  yearNotes: {
    2007: [
      "第一屆於2007年2月5日星期一至2月9日星期五舉行，2月6日星期二是官方的人脈交流日。",
      "這個構想是在2006年11月BNI於加州長灘舉行的國際執行董事會議上提出的。一位與會的BNI執行董事寫道，此後每年都會在二月的第一個完整週舉行，並將這個構想歸功於BNI澳洲國家執行董事Geoff Kirkwood。",
      "在倫敦，BNI以一場「{en:BNI Big Breakfast}」（BNI大型早餐會）慶祝這一週。",
    ],
    2009: [
      "BNI Israel於2009年2月4日在佩塔提克瓦（Petah Tikva）舉行International Networking Week會議，超過300人出席。",
    ],
    2010: [
      "一個官方網站列出了這一週的活動，倫敦也規劃了一場類似2007年「{en:BNI Big Breakfast}」的活動，預計約有400人參加。",
    ],
    2020: [
      "在澳洲，BNI Australia的國家執行董事藉這一週的主題表達感謝，感謝的對象包括曾為BNI Foundation Australia森林大火募款活動捐款的人。",
      "在義大利，這一週於2020年2月1日星期六在阿布魯佐大區的弗蘭卡維拉阿爾馬雷（Francavilla al Mare）開幕，比活動週的星期一早了兩天；開幕當天的收益用於BNI的「{en:Business Voices}」校園計畫。",
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
      "International Networking Week®是BNI的倡議。BNI的全名是Business Network International（而不是常見的誤稱「Business Networking International」）。Ivan Misner博士於1985年創立BNI，第一個分會於1985年1月8日正式啟動。Misner把BNI的做法稱為「{en:relationship networking}」（關係型人脈經營）：雙方都能受益的長期關係。",
      "BNI的規模，依當時的報導：2023年2月，Misner指出BNI有超過10,900個分會；同月，電視台WDTN報導有將近11,000個分會和30萬名會員；2023年10月，《Halifax Courier》報導BNI在77個國家有超過30萬名會員；2025年6月，《Il Giorno》報導BNI在76個國家有超過11,200個分會；2026年1月，《Prabhat Khabar》報導BNI在76個國家有超過11,645個分會和超過35.6萬名會員。沒有任何資料來源統計International Networking Week本身的活動或參與國家數量。",
    ],
    timeline: [
      {
        when: "2006年11月",
        title: "構想",
        text: "這個構想是在BNI於加州長灘舉行的國際執行董事會議上提出的：一個包含一天官方人脈交流日的活動週。一位與會的BNI執行董事寫道，此後每年都會在二月的第一個完整週舉行，並將這個構想歸功於BNI澳洲國家執行董事Geoff Kirkwood。",
      },
      {
        when: "2007年2月",
        title: "第一屆",
        text: "第一屆International Networking Week於2007年2月5日至9日舉行，2月6日是官方的人脈交流日。倫敦以一場「{en:BNI Big Breakfast}」響應。Misner後來寫道，他在那一年協助BNI推出了這個活動週。",
      },
      {
        when: "2009年2月",
        title: "以色列",
        text: "BNI Israel於2009年2月4日在佩塔提克瓦（Petah Tikva）舉行International Networking Week會議，超過300人出席。",
      },
      {
        when: "2010年2月",
        title: "官方活動清單",
        text: "一個官方網站列出了這一週的活動，倫敦也規劃了一場類似2007年「{en:BNI Big Breakfast}」的活動，預計約有400人參加。2月1日是星期一，這一週在2月1日至5日舉行。",
      },
      {
        when: "2020年2月",
        title: "一百萬個感謝",
        text: "BNI為這一週訂的主題是「{en:One Million Thank You's}」（一百萬個感謝），這一週發布的文章也以「{en:A Week of One Million Thank You's}」為題，分享多個國家BNI領導人的故事。在澳洲，BNI Australia的國家執行董事藉此表達感謝，感謝的對象包括BNI Foundation Australia森林大火募款活動的捐款人；在義大利，這一週於2月1日在阿布魯佐開幕，開幕當天的收益用於校園計畫。",
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
      "紀念日行事曆列出的2022年至2025年日期，仍然落在二月的第一個完整週。Misner在2023年寫道，這一週最初是為了讓世界各地的企業領袖彼此連結、一起培養人脈經營的技巧，而它的目標是肯定人脈交流的力量。",
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
        label: "僅見於一個紀念日行事曆，未經BNI確認",
        sentence: "有一個紀念日行事曆稱{year}年的主題是{theme}；BNI並未確認。",
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
      "有一個紀念日行事曆（也就是列出2019年主題的那一個）把「{en:Dreaming Big}」（勇於夢想）列為2020年的主題。BNI自己的資料來源則給出另一個主題：根據BNI Australia國家執行董事的說法，2020年的主題是「{en:One Million Thank You's}」（一百萬個感謝），BNI為這一週發布的文章也以「{en:A Week of One Million Thank You's}」為題。「{en:Dream Big}」是2019年11月在華沙舉行的BNI全球大會（Global Convention）的口號，那是另一個活動，很可能就是混淆的來源。",
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
          "感謝幫助過您或為您引薦生意的人，就像BNI在2020年以「{en:One Million Thank You's}」（一百萬個感謝）為主題所做的那樣。",
          "參加一場活動、研討會、講座或交流聚會。",
          "使用{hashtag}分享人脈為您帶來的收穫。",
        ],
      },
      {
        heading: "團體",
        items: [
          "舉辦人脈交流早餐會，就像BNI在2007年於倫敦舉辦的「{en:BNI Big Breakfast}」；2010年倫敦也規劃了一場類似的活動。",
          "舉辦來賓日：邀請朋友、家人、同事或客戶參加例會，並在大約兩週前寄出邀請（BNI New Zealand在2015年3月為自家全國人脈交流週提出的建議）。",
          "邀請客座講者：在紐西蘭的那次人脈交流週期間，但尼丁（Dunedin）的一個BNI分會請來了當地商會執行長和市長等講者，並有大約40位來賓出席。",
          "邀請另一個團體參加聯合活動，讓不同的人脈圈彼此交流。",
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

  faq: {
    heading: "常見問題",
    lead: "這裡簡短回答大家對International Networking Week常有的疑問，內容依據頁尾列出的資料來源。",
    whenQuestion: "International Networking Week {year}何時舉行？",
    whenAnswer:
      "International Networking Week {year}的日期為{whole}，星期一至星期日；工作日為{business}。這一週從二月的第一個星期一開始，自2007年以來所有載有日期的資料來源都依循這項規則；沒有任何BNI資料來源提供未來年份的日期，因此這些日期是依據{rule}推算的。",
    ruleLink: "規則",
    nextQuestion: "International Networking Week {year}何時舉行？",
    nextAnswer:
      "{year}年的International Networking Week日期為{whole}；工作日為{business}。這些日期同樣是依據規則推算的。",
    whatQuestion: "International Networking Week是什麼？",
    whatAnswer:
      "這是BNI於2007年發起的年度活動週，目的是慶祝人脈交流在全球企業的發展與成功中所扮演的角色。它在二月的第一個完整週舉行；各團體以活動和人脈交流早餐會來響應，而任何人都能參與，只要與自己人脈中的人重新聯繫即可。",
    dayQuestion: "有International Networking Day嗎？",
    dayAnswer:
      "活動週剛開始時有：第一屆於2007年2月5日至9日舉行，2月6日星期二是官方的人脈交流日。目前找到的資料來源都沒有提到之後任何一年有官方的人脈交流日。根據BNI的2019年領導團隊手冊，International Networking Day®和這一週的名稱一樣，都是BNI Global, LLC的商標。",
    holidayQuestion: "International Networking Week是國定假日嗎？",
    holidayAnswer: "沒有任何資料來源這麼說。它是由人脈交流組織BNI發起的商業紀念活動。",
    organiserQuestion: "International Networking Week由誰主辦？",
    organiserAnswer:
      "BNI（Business Network International），這一週就是由BNI在2007年發起的。Ivan Misner博士於1985年創立BNI，第一個分會於1985年1月8日正式啟動。BNI的分會和各國組織會以自己的活動響應這一週，例如BNI Israel於2009年在佩塔提克瓦（Petah Tikva）舉行的會議。",
    memberQuestion: "一定要是BNI會員才能參與International Networking Week嗎？",
    memberAnswer:
      "沒有任何資料來源規定只有BNI會員才能參與。資料來源所描述的參與方式，例如與舊識重新聯繫、認識新朋友，或在工作場所舉辦活動，任何人都可以做。BNI的2011年社群媒體使用準則請想在網路上使用BNI商標的會員，事先取得當地執行董事的同意。",
    themeQuestion: "International Networking Week {year}有主題嗎？",
    noThemeAnswer:
      "目前在資料來源中找不到{year}年的主題。BNI確認過2020年的主題「{en:One Million Thank You's}」（一百萬個感謝），另有一個紀念日行事曆列出2019年的主題為「{en:A New World of Opportunity}」（充滿機會的新世界），但BNI並未確認；其他年份的主題都不得而知。",
    hashtagQuestion: "International Networking Week的主題標籤是什麼？",
    hashtagAnswer: "{hashtag}：這是資料來源為這一週提到的唯一主題標籤。",
    differentDatesQuestion: "為什麼有些網頁列出的International Networking Week日期可能不一樣？",
    differentDatesAnswer:
      "在2月1日是星期一或星期日的年份，「二月的第一個完整週」可能被誤解。若是星期一（例如2021、2027和2038年），從當天開始的那一週已經是完整的一週，所以就是第一週：2010年2月1日是星期一，這一週在2月1日至5日舉行。若是星期日（例如2026和2032年），第一個從星期一到星期日的完整週則從隔天開始；沒有任何資料來源以星期日至星期六為一週。",
    calendarQuestion: "如何把International Networking Week加入我的行事曆？",
    calendarAnswer:
      "訂閱{feed}：其中只有一個涵蓋該週工作日的活動，每年在二月的第一個星期一重複，因此您的行事曆不必更新也會一直正確。每一年的網頁也提供該年的行事曆檔案和Google日曆連結。",
    feedLink: "本站的行事曆",
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
      faq: "常見問題",
    },
  },

  toolkit: {
    nav: "宣傳工具包",
    title: "International Networking Week {year}宣傳工具包：貼文、圖片、海報",
    description:
      "宣傳International Networking Week {year}所需的一切：可直接發布的貼文、圖片、可列印的海報、邀請函、行動計畫，以及放在您網站上的徽章。",
    heading: "{year}年宣傳工具包",
    lead: "只要幾分鐘，就能宣傳International Networking Week（{dates}），需要的都在這裡：可直接發布的貼文、圖片、海報、邀請函、行動計畫，以及放在您網站上的徽章。不需要帳號，也不用安裝任何東西：每個檔案都由本站製作。",
    contents: "本頁內容",
    linkName: "{year}年宣傳工具包",
    linkSummary: "現成的貼文、圖片、可列印的海報、邀請函，以及放在您網站上的徽章。",
    posts: {
      heading: "現成貼文，複製即可使用",
      intro:
        "這些文字是本站的建議：您可以隨意修改。每一則都附上這一週的日期、主題標籤，以及這一週網頁的連結。",
      linkedin: {
        heading: "適用於LinkedIn",
        text: "International Networking Week（{dates}）是BNI在2007年發起的活動週，用來慶祝人脈交流為企業帶來的價值。\n\n今年，我想藉這個機會說聲謝謝。我的許多工作機會，都來自願意花時間為我牽線、推薦我，或與我分享經驗和知識的人。謝謝你們每一位。\n\n另外也想邀請大家：如果我們有一陣子沒聊了，這週就找時間聊聊吧；如果我們還不認識，我也很樂意認識你。\n\n人脈為你帶來了哪些收穫？\n\n{hashtag}\n{url}",
        copy: "複製LinkedIn貼文",
        note: "LinkedIn的分享連結只會帶入網頁網址，不會帶入文字。所以請依照以下順序：",
        stepCopy: "用上方的按鈕複製文字（或自行選取）；",
        stepShare: "接著{link}，再把文字貼到貼文中。",
        share: "分享到LinkedIn",
      },
      x: {
        heading: "適用於X",
        text: "International Networking Week：{dates}。這一週正是感謝曾幫助過你的人、與失聯的朋友重新聯繫的好時機。你想感謝誰？{hashtag} {url}",
        copy: "複製X貼文",
        length: "依X的計算方式為{count}個字元，上限280個，連結算作23個。",
        post: "發布到X",
      },
      short: {
        heading: "適用於Facebook、Instagram或WhatsApp",
        text: "International Networking Week來了，{dates}！這週你想感謝誰？{hashtag} {url}",
        copy: "複製短貼文",
        facebook: "分享到Facebook",
        facebookNote: "（和LinkedIn一樣，Facebook的分享連結只會帶入網址：請把文字貼到貼文中）",
        whatsapp: "透過WhatsApp傳送",
      },
    },
    images: {
      heading: "可下載的圖片",
      intro:
        "{year}年版，圖上有這一週的名稱、日期和主題標籤，在手機上也清楚易讀。每張圖片都附有一段文字，可貼作圖片說明（替代文字），讓看不到圖片的人也能了解內容。",
      formats: {
        square: "正方形，適用於動態消息",
        story: "限時動態，適用於Instagram和WhatsApp狀態",
        landscape: "橫式，適用於LinkedIn和Facebook",
      },
      download: "下載PNG（{width}×{height}，{size}）",
      altLabel: "替代文字",
      alt: "International Networking Week，{dates}，二月的第一個完整週。{hashtag}",
      copyAlt: "複製替代文字",
    },
    poster: {
      heading: "可列印的海報",
      intro:
        "一頁海報，印有這一週的名稱和日期，以及一句簡介，並留有空白讓您填寫自己的活動：內容、地點和時間。",
      a4: "海報，A4（PDF，{size}）",
      letter: "海報，美式Letter（PDF，{size}）",
      documentTitle: "International Networking Week {year}：海報",
      invitation: "歡迎一起參加",
      what: "內容",
      where: "地點",
      when: "時間",
    },
    invitation: {
      heading: "邀請函",
      intro:
        "本站建議的電子郵件範本，用來邀請對方參加來賓日或人脈交流早餐會：請填寫方括號中的部分。",
      subjectLabel: "主旨",
      bodyLabel: "內文",
      subject: "邀請函：International Networking Week（{dates}）的[來賓日／人脈交流早餐會]",
      body: "[姓名]您好：\n\n{dates}是International Networking Week，為了響應這一週，[我們的團體]將舉辦[來賓日／人脈交流早餐會]。誠摯邀請您以我的來賓身分參加。\n\n時間：[日期與時間]\n地點：[地點]\n內容：[活動流程：自我介紹、客座講者、交流時間]\n\n這是認識在地企業主的輕鬆機會，可以聽聽他們在做什麼，也能介紹您自己的工作。如果您能出席，請在[日期]前告訴我；也歡迎帶一位同事一起來。\n\n敬祝 商祺\n[您的姓名]\n[您的電話]",
      copySubject: "複製主旨",
      copyBody: "複製內文",
      open: "在您的電子郵件程式中開啟",
    },
    plan: {
      heading: "行動計畫",
      intro: "本站建議的步驟；若某個步驟出自資料來源，會註明出處。",
      steps: [
        {
          when: "三週前，{date}起",
          items: [
            "決定要舉辦什麼活動（來賓日、人脈交流早餐會，或與另一個團體的聯合活動），訂好日期並預約場地。",
            "邀請一位客座講者。在BNI New Zealand於2015年3月舉辦的自家全國人脈交流週期間，但尼丁（Dunedin）的一個分會請來了當地商會執行長和市長等講者（{source}）。",
          ],
        },
        {
          when: "兩週前，{date}起",
          items: [
            "寄出上方的邀請函。BNI New Zealand在2015年3月為自家全國人脈交流週提出的建議，是在大約兩週前寄出來賓邀請（{source}）。",
            "印出海報並張貼，再把徽章加到您的網站上。",
          ],
        },
        {
          when: "一週前，{date}起",
          items: [
            "發布LinkedIn貼文並搭配一張圖片，也提醒您邀請過的人。",
            "確認講者、場地和活動流程。",
          ],
        },
        {
          when: "活動週期間，{date}",
          items: [
            "舉辦您的活動，親自歡迎每一位來賓。",
            "發布短貼文並搭配限時動態圖片，也與一位失聯已久的人重新聯繫。",
          ],
        },
        {
          when: "活動週結束後的一週，{date}起",
          items: [
            "致謝時間：感謝您的來賓、講者，以及為您引薦生意的人，就像BNI在2020年以「{en:One Million Thank You's}」（一百萬個感謝）為主題所做的那樣（{source}）。",
            "與每一位來賓後續聯繫。",
          ],
        },
      ],
      bniMembers:
        "給BNI會員：BNI的社群媒體使用準則請會員在網路上使用BNI商標前，先取得當地執行董事的同意（{source}）。",
    },
    badge: {
      heading: "放在您網站上的徽章",
      intro:
        "一張顯示下一屆日期的小圖片，適合放在分會或公司的網站上。它每天都會隨本站重新產生，所以永遠顯示即將到來的那一屆。請把這段程式碼貼到您的網頁中：",
      alt: "International Networking Week：下一屆的日期",
      code: "網站用程式碼",
      copy: "複製程式碼",
    },
  },
};

export default zhHant;
