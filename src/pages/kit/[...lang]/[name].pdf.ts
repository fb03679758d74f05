import type { APIRoute, GetStaticPaths } from "astro";
import { BUILD_TODAY } from "@/consts";
import { featuredOn } from "@/lib/dates";
import { PAPERS, renderPoster, type Paper } from "@/lib/poster";
import { featuredToolkit, kitFileName } from "@/lib/toolkit";
import { LANGUAGE_CODES, langParam, type Language } from "@/i18n/languages";

// The featured week's posters in every language, in each paper size:
// /kit/international-networking-week-2027-poster-a4.pdf, /kit/de/...-poster-letter.pdf.
export const getStaticPaths = (() => {
  const { week } = featuredOn(BUILD_TODAY);
  return LANGUAGE_CODES.flatMap((language) =>
    PAPERS.map((paper) => ({
      params: { lang: langParam(language), name: kitFileName(week.year, `poster-${paper}`) },
      props: { language, paper },
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  language: Language;
  paper: Paper;
}

export const GET: APIRoute<Props> = async ({ props: { language, paper }, locals: { url } }) => {
  const { text } = featuredToolkit(language, BUILD_TODAY, url);
  const pdf = await renderPoster(text.poster, paper);
  return new Response(pdf, { headers: { "Content-Type": "application/pdf" } });
};
