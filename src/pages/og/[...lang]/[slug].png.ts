import type { APIRoute, GetStaticPaths } from "astro";
import { BUILD_TODAY } from "@/consts";
import { describeCharacters, glyphsMissingFromFont, renderPreviewImage } from "@/lib/preview-image";
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
  const lines = page.imageLines ?? [];
  // Satori leaves out characters its fonts lack without a word: stop the build instead.
  const missing = glyphsMissingFromFont([page.title, ...lines, footer].join(""));
  if (missing.length > 0) {
    throw new Error(
      `The ${language} preview image of ${page.path} (${previewImagePath(language, page.imageSlug)}) cannot be drawn: its fonts lack ${describeCharacters(missing)}. Reword the title, image lines or footer, or add a font subset that has them in src/lib/preview-image.ts.`,
    );
  }
  const png = await renderPreviewImage({ title: page.title, lines, footer });
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
