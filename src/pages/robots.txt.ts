import type { APIRoute } from "astro";

export const GET: APIRoute = ({ locals: { absolute } }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute("/sitemap-index.xml")}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
