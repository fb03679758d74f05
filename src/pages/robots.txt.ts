import type { APIRoute } from "astro";
import { absoluteUrl } from "@/lib/site-config";

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site!.origin, import.meta.env.BASE_URL, "/sitemap-index.xml")}\n`,
    { headers: { "Content-Type": "text/plain; charset=utf-8" } },
  );
