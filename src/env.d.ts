import type { PageContext } from "./i18n/context";

declare global {
  namespace App {
    /** Set by src/middleware.ts for every route. */
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Locals extends PageContext {}
  }
}
