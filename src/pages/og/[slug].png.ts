import type { APIRoute, GetStaticPaths } from "astro";
import { BUILD_TODAY } from "../../consts";
import { weeksListedOn } from "../../lib/dates";
import {
  describeCharacters,
  glyphsMissingFromFont,
  renderPreviewImage,
} from "../../lib/preview-image";
import { SECTION_PAGES, yearPage, type PageInfo } from "../../lib/site-pages";

export const getStaticPaths = (() => {
  const pages: PageInfo[] = [
    ...Object.values(SECTION_PAGES),
    ...weeksListedOn(BUILD_TODAY).map((week) => yearPage(week.year)),
  ];
  return pages.map((page) => ({ params: { slug: page.imageSlug }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: PageInfo }> = async ({ props: { page } }) => {
  const lines = page.imageLines ?? [];
  // Satori leaves out characters its fonts lack without a word: stop the build instead.
  const missing = glyphsMissingFromFont([page.title, ...lines].join(""));
  if (missing.length > 0) {
    throw new Error(
      `The preview image of ${page.path} (og/${page.imageSlug}.png) cannot be drawn: its fonts lack ${describeCharacters(missing)}. Reword the title or image lines, or add a font subset that has them in src/lib/preview-image.ts.`,
    );
  }
  const png = await renderPreviewImage({ title: page.title, lines });
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
