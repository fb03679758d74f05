/**
 * Every source the site cites, once. Pages refer to them by key, so a URL is written in one
 * place. Each comes from ../shared/facts/README.md.
 */
export interface Source {
  title: string;
  publisher: string;
  url: string;
  /** When it was published, as precisely as known. */
  date?: string;
}

export const SOURCES = {
  irisCollections: {
    title: "International Networking Day",
    publisher: "Iris Collections (blog of a BNI director)",
    url: "https://iris-collections.blogspot.com/2006/11/international-networking-day.html",
    date: "November 2006",
  },
  networkingAndReferrals2010: {
    title: "International Networking Week 2010",
    publisher: "Networking and Referrals (blog)",
    url: "https://networkingandreferrals.blogspot.com/2010/01/international-networking-week-2010-lets.html",
    date: "January 2010",
  },
  holidaysCalendar: {
    title: "International Networking Week",
    publisher: "Holidays Calendar",
    url: "https://holidayscalendar.com/event/international-networking-week/",
  },
  nationalToday: {
    title: "International Networking Week",
    publisher: "National Today",
    url: "https://nationaltoday.com/international-networking-week/",
  },
  handwikiBni: {
    title: "Organization: BNI",
    publisher: "HandWiki",
    url: "https://handwiki.org/wiki/Organization:BNI",
  },
  misnerBniChapter: {
    title: "Posts tagged BNI chapter",
    publisher: "Ivan Misner",
    url: "https://ivanmisner.com/tag/bni-chapter/",
    date: "February 2023",
  },
  ruthLudlam2009: {
    title: "International Networking Week",
    publisher: "Ruth Ludlam (blog)",
    url: "https://ruthludlam.blogspot.com/2009/02/international-networking-week.html",
    date: "February 2009",
  },
  abruzzoNews2020: {
    title: "Business Voices nel progetto Adotta una scuola",
    publisher: "Abruzzo News",
    url: "https://abruzzonews.eu/business-voices-nel-progetto-adotta-una-scuola-cinque-istituti-abruzzesi-583938.html",
    date: "February 2020",
  },
  bniHeartlandOnline: {
    title: "BNI Online: it's a thing, and it's our thing",
    publisher: "BNI Heartland blog",
    url: "https://blog.bniheartland.com/2020/06/bni-online-its-thing-and-its-our-thing.html",
    date: "June 2020",
  },
  businessMondaysHybrid: {
    title: "BNI launches hybrid meetings",
    publisher: "Business Mondays",
    url: "https://businessmondays.co.uk/bni-launches-hybrid-meetings/",
  },
  wdtn2023: {
    title: "WDTN report",
    publisher: "WDTN",
    url: "https://wdtn.com/",
    date: "February 2023",
  },
  halifaxCourier2023: {
    title: "Halifax Courier report",
    publisher: "Halifax Courier",
    url: "https://halifaxcourier.co.uk/",
    date: "October 2023",
  },
  misnerInw2020: {
    title: "Posts tagged BNIINW20",
    publisher: "Ivan Misner",
    url: "https://ivanmisner.com/tag/bniinw20/",
    date: "2020",
  },
  dirkEckartConvention: {
    title: "Die erste BNI Global Convention in Europa",
    publisher: "Dirk Eckart",
    url: "https://dirk-eckart.de/2019-12/die-erste-bni-global-convention-in-europa",
    date: "December 2019",
  },
  bniHeartlandDreamBig: {
    title: "Dream Big: 2019 BNI Global Convention",
    publisher: "BNI Heartland blog",
    url: "https://blog.bniheartland.com/2019/11/dream-big-2019-bni-global-convention.html",
    date: "November 2019",
  },
  bniNewZealandBlog: {
    title: "BNI New Zealand blog post",
    publisher: "BNI New Zealand",
    url: "https://bniblog.co.nz/?p=5203",
  },
  misnerRelationshipsAreCurrency: {
    title: "Relationships Are Currency",
    publisher: "Ivan Misner",
    url: "https://ivanmisner.com/2010/02/",
    date: "February 2010",
  },
  b2bnnMisner: {
    title: "Inside the mind of Ivan Misner",
    publisher: "B2BNN",
    url: "https://b2bnn.com/2018/07/inside-the-mind-of-ivan-misner/",
    date: "July 2018",
  },
  bniCom: {
    title: "BNI",
    publisher: "BNI",
    url: "https://bni.com/",
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
