import type { APIRoute, GetStaticPaths } from "astro";
import { BUILD_TODAY } from "@/consts";
import { featuredOn } from "@/lib/dates";
import { KIT_IMAGE_FORMAT_NAMES, renderKitImage, type KitImageFormat } from "@/lib/kit-images";
import { featuredToolkit, kitFileName } from "@/lib/toolkit";
import { LANGUAGE_CODES, langParam, type Language } from "@/i18n/languages";

// The featured week's images in every language: /kit/international-networking-week-2027-square.png,
// /kit/de/international-networking-week-2027-square.png.
export const getStaticPaths = (() => {
  const { week } = featuredOn(BUILD_TODAY);
  return LANGUAGE_CODES.flatMap((language) =>
    KIT_IMAGE_FORMAT_NAMES.map((format) => ({
      params: { lang: langParam(language), name: kitFileName(week.year, format) },
      props: { language, format },
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  language: Language;
  format: KitImageFormat;
}

export const GET: APIRoute<Props> = async ({ props: { language, format }, locals: { url } }) => {
  const { text } = featuredToolkit(language, BUILD_TODAY, url);
  const png = await renderKitImage(text.image, format);
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
