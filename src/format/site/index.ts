// `par site` as files: the shared style sheet and script, then every page of each language (Vietnamese at the root,
// English under en/). The downloads are rendered by the command (they are the export's formats) and only linked here.
import type { Lang } from "../../i18n/types";
import type { SiteReport } from "../../report/site";
import { SITE_CSS, SITE_JS } from "./assets";
import { sitePages, type SiteDownload, type SiteFile } from "./pages";
import { ASSET } from "./paths";

export type { SiteDownload, SiteFile } from "./pages";
export { downloadPath } from "./paths";

/** The site's text files, in a stable order: the same data gives the same files. */
export function siteFiles(site: SiteReport, downloads: Readonly<Record<Lang, readonly SiteDownload[]>>): SiteFile[] {
  return [
    { path: ASSET.css, text: SITE_CSS },
    { path: ASSET.js, text: SITE_JS },
    ...sitePages(site, "vi", downloads.vi),
    ...sitePages(site, "en", downloads.en),
  ];
}
