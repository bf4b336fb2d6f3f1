// The English catalogue of the outputs, in sections (one per report); src/i18n/words.ts selects a language's.
import { diffEn } from "./diff";
import { exportEn } from "./export";
import { listEn } from "./list";
import { siteEn } from "./site";
import { statusEn } from "./status";

export const en = { list: listEn, status: statusEn, export: exportEn, diff: diffEn, site: siteEn };

/** The shape every language's catalogue has (the English one's). */
export type Catalogue = typeof en;
