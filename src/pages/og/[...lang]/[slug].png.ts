import type { APIRoute, GetStaticPaths } from "astro";
import { BUILD_TODAY } from "@/consts";
import { renderPreviewImage } from "@/lib/preview-image";
import { previewImagePath, sitePages, type PageInfo } from "@/lib/site-pages";
import { LANGUAGE_CODES, langParam, stringsOf, type Language } from "@/i18n/languages";

export const getStaticPaths = (() =>
  LANGUAGE_CODES.flatMap((language) =>
    sitePages(language, BUILD_TODAY).map((page) => ({
      params: { lang: langParam(language), slug: page.imageSlug },
      props: { page, language, footer: stringsOf(language).site.imageFooter },
    })),
  )) satisfies GetStaticPaths;

interface Props {
  page: PageInfo;
  language: Language;
  footer: string;
}

// Under /og/ in every language (/og/2027.png, /og/de/2027.png), so one cache rule covers them.
export const GET: APIRoute<Props> = async ({ props: { page, language, footer } }) => {
  try {
    const png = await renderPreviewImage({
      language,
      title: page.title,
      lines: page.imageLines,
      footer,
    });
    return new Response(png, { headers: { "Content-Type": "image/png" } });
  } catch (error) {
    // The renderer knows the card's text only: say which language and page stopped the build.
    throw new Error(
      `Could not draw the ${language} preview image of ${page.path} (${previewImagePath(language, page.imageSlug)}).`,
      { cause: error },
    );
  }
};
