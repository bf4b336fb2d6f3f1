// Bộ từ ngữ tiếng Việt của các kết quả, theo phần (mỗi báo cáo một phần); src/i18n/words.ts chọn theo ngôn ngữ.
import type { Catalogue } from "../en";
import { diffVi } from "./diff";
import { exportVi } from "./export";
import { listVi } from "./list";
import { siteVi } from "./site";
import { statusVi } from "./status";

export const vi: Catalogue = { list: listVi, status: statusVi, export: exportVi, diff: diffVi, site: siteVi };
