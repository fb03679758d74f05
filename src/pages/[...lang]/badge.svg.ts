import type { APIRoute } from "astro";
import { BUILD_TODAY } from "@/consts";
import { badgeSvg } from "@/lib/badge";
import { featuredToolkit } from "@/lib/toolkit";
import { languageParams } from "@/i18n/languages";

export const getStaticPaths = () => languageParams().map((params) => ({ params }));

// The featured week's badge, for other websites to embed: /badge.svg, /de/badge.svg. Redrawn by
// every build; public/_headers keeps it an hour in caches.
export const GET: APIRoute = ({ locals: { language, url } }) => {
  const { text } = featuredToolkit(language, BUILD_TODAY, url);
  return new Response(badgeSvg(text.badge), { headers: { "Content-Type": "image/svg+xml" } });
};
