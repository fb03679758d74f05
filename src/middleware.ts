import { defineMiddleware } from "astro:middleware";
import { pageContext } from "./i18n/context";

/**
 * Gives every page, component and endpoint its language's context as `Astro.locals` (language,
 * strings, date words, links), as Starlight does, so none of them works it out again.
 */
export const onRequest = defineMiddleware((context, next) => {
  Object.assign(
    context.locals,
    pageContext(context.currentLocale, context.site!.origin, import.meta.env.BASE_URL),
  );
  return next();
});
