/**
 * Every source the site cites, once. Pages refer to them by key, so a URL is written in one
 * place. Each comes from ../shared/facts/README.md.
 */
import type { SiteStrings } from "../i18n/en";

export interface Source {
  /** The source's own title, in its own language; without one, the publisher names the link. */
  title?: string;
  publisher: string;
  url: string;
  /** What the source is, when its title does not say: each language words it (src/i18n). */
  kind?: SourceKind;
  /** When it was published, `YYYY-MM`, or only `year` when the month is not known. */
  month?: string;
  year?: string;
}

type SourceKind = keyof SiteStrings["sources"]["kinds"];

export const SOURCES = {
  irisCollections: {
    title: "International Networking Day",
    publisher: "Iris Collections",
    kind: "bniDirectorBlog",
    url: "https://iris-collections.blogspot.com/2006/11/international-networking-day.html",
    month: "2006-11",
  },
  networkingAndReferrals2010: {
    title: "International Networking Week 2010",
    publisher: "Networking and Referrals",
    kind: "blog",
    url: "https://networkingandreferrals.blogspot.com/2010/01/international-networking-week-2010-lets.html",
    month: "2010-01",
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
    title: "BNI chapter",
    kind: "tagArchive",
    publisher: "Ivan Misner",
    url: "https://ivanmisner.com/tag/bni-chapter/",
    month: "2023-02",
  },
  ruthLudlam2009: {
    title: "International Networking Week",
    publisher: "Ruth Ludlam",
    kind: "blog",
    url: "https://ruthludlam.blogspot.com/2009/02/international-networking-week.html",
    month: "2009-02",
  },
  abruzzoNews2020: {
    title: "Business Voices nel progetto Adotta una scuola",
    publisher: "Abruzzo News",
    url: "https://abruzzonews.eu/business-voices-nel-progetto-adotta-una-scuola-cinque-istituti-abruzzesi-583938.html",
    month: "2020-02",
  },
  bniHeartlandOnline: {
    title: "BNI Online: it's a thing, and it's our thing",
    publisher: "BNI Heartland",
    kind: "blog",
    url: "https://blog.bniheartland.com/2020/06/bni-online-its-thing-and-its-our-thing.html",
    month: "2020-06",
  },
  businessMondaysHybrid: {
    title: "BNI launches hybrid meetings",
    publisher: "Business Mondays",
    url: "https://businessmondays.co.uk/bni-launches-hybrid-meetings/",
  },
  wdtn2023: {
    kind: "newsReport",
    publisher: "WDTN",
    url: "https://wdtn.com/living-dayton/international-networking-week-with-bni-miami-valley/",
    month: "2023-02",
  },
  halifaxCourier2023: {
    kind: "newsReport",
    publisher: "Halifax Courier",
    url: "https://halifaxcourier.co.uk/business/calderdale-business-group-aims-to-set-world-record-next-month-4375231",
    month: "2023-10",
  },
  misnerInw2020: {
    title: "BNIINW20",
    kind: "tagArchive",
    publisher: "Ivan Misner",
    url: "https://ivanmisner.com/tag/bniinw20/",
    year: "2020",
  },
  dirkEckartConvention: {
    title: "Die erste BNI Global Convention in Europa",
    publisher: "Dirk Eckart",
    url: "https://dirk-eckart.de/2019-12/die-erste-bni-global-convention-in-europa",
    month: "2019-12",
  },
  bniHeartlandDreamBig: {
    title: "Dream Big: 2019 BNI Global Convention",
    publisher: "BNI Heartland",
    kind: "blog",
    url: "https://blog.bniheartland.com/2019/11/dream-big-2019-bni-global-convention.html",
    month: "2019-11",
  },
  bniNewZealandBlog: {
    kind: "blogPost",
    publisher: "BNI New Zealand",
    url: "https://bniblog.co.nz/?p=5203",
  },
  bniNewZealandLarnach: {
    title: "40 visitors: massive turnout for NZ Networking Week at BNI Larnach",
    kind: "blogPost",
    publisher: "BNI New Zealand",
    url: "https://bniblog.co.nz/be-inspired/40-visitors-massive-turnout-for-nz-networking-week-at-bni-larnach",
    year: "2015",
  },
  bniSocialMediaGuidelines: {
    title: "BNI Social Media and Web Content Guidelines",
    publisher: "BNI",
    url: "https://issuu.com/bnitrustedprofessionalsofsarasota/docs/bni_social_media_and_web_content_gu",
    year: "2011",
  },
  misnerRelationshipsAreCurrency: {
    title: "Relationships Are Currency",
    publisher: "Ivan Misner",
    url: "https://ivanmisner.com/2010/02/",
    month: "2010-02",
  },
  b2bnnMisner: {
    title: "Inside the mind of Ivan Misner",
    publisher: "B2BNN",
    url: "https://b2bnn.com/2018/07/inside-the-mind-of-ivan-misner/",
    month: "2018-07",
  },
  bniCom: {
    publisher: "BNI",
    kind: "website",
    url: "https://bni.com/",
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
