// One agency's quarterly return form as an .xlsx workbook (exceljs): an instructions sheet, and a report sheet with a
// row per task: the plan's words and last quarter's report (grey, locked), the cells to fill (pale yellow, unlocked,
// with drop-downs and date and number validation), and hidden machine columns (plan, task, agency, period, form
// version, target ids) by which `par progress import` knows each row after people sort, insert or re-save.
// A4 landscape, header rows repeated on every page, Times New Roman.
//
// exceljs is required inside the function and left out of the bundle (external in bin/build.mjs), like docx.
import type * as ExcelJS from "exceljs";
import type { Lang } from "../../i18n";
import { formsEn } from "../../i18n/en/forms";
import { formsVi } from "../../i18n/vi/forms";
import { targetPhrase } from "../../i18n/phrases";
import { INPUT_KEYS, MACHINE_KEYS, milestoneKey, milestoneOfKey, targetKey } from "../../model/form";
import { PROGRESS_STATES } from "../../model/progress";
import type { FormRow, ProgressForm } from "../../report/progress-form";
import { formatViDate } from "../../model/dates";

const FONT = "Times New Roman";
const GREY = "FFEDEDED";
const INPUT = "FFFFF2CC";
const HEAD = "FFD9E1F2";
/** The row of column keys (hidden) and the first data row. */
export const KEY_ROW = 5;
const FIRST_ROW = KEY_ROW + 1;

/** The words of the form in a language. */
export function formWords(lang: Lang): typeof formsEn {
  return lang === "vi" ? formsVi : formsEn;
}

/** An ISO date as exceljs takes it: a Date at midnight UTC (exceljs writes dates as UTC serials). */
function dateOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

interface Column {
  key: string;
  header: string;
  width: number;
  input: boolean;
  hidden?: boolean;
}

function columnsOf(form: ProgressForm, lang: Lang): Column[] {
  const w = formWords(lang).header;
  const machine: Column[] = MACHINE_KEYS.map((key) => ({ key, header: key, width: 10, input: false, hidden: true }));
  const context: Column[] = [
    { key: "task-label", header: w.task, width: 6, input: false },
    { key: "area", header: w.area, width: 12, input: false },
    { key: "text", header: w.text, width: 42, input: false },
    { key: "deadline", header: w.deadline, width: 11, input: false },
    { key: "role", header: w.role, width: 12, input: false },
    { key: "targets-text", header: w.targets, width: 20, input: false },
    { key: "last", header: w.last(form.previous), width: 22, input: false },
  ];
  const widths: Record<(typeof INPUT_KEYS)[number], number> = {
    state: 14,
    completed: 12,
    result: 28,
    "evidence-number": 14,
    "evidence-date": 12,
    obstacles: 16,
    proposals: 16,
  };
  const input: Column[] = [];
  for (const key of INPUT_KEYS) {
    if (key === "evidence-number") for (let n = 1; n <= form.targetColumns; n++) input.push({ key: targetKey(n), header: w.target(n), width: 8, input: true });
    const header = {
      state: w.state,
      completed: w.completed,
      result: w.result,
      "evidence-number": w.evidenceNumber,
      "evidence-date": w.evidenceDate,
      obstacles: w.obstacles,
      proposals: w.proposals,
    }[key];
    input.push({ key, header, width: widths[key], input: true });
    if (key === "completed")
      for (let n = 1; n <= form.milestoneColumns; n++) input.push({ key: milestoneKey(n), header: w.milestone(n), width: 12, input: true });
  }
  return [...machine, ...context, ...input];
}

function contextValue(key: string, row: FormRow, form: ProgressForm, lang: Lang): string {
  const w = formWords(lang);
  const t = row.task;
  switch (key) {
    case "plan":
      return form.plan.id;
    case "task":
    case "task-label":
      return t.id;
    case "agency":
      return form.agency.id;
    case "period":
      return form.period;
    case "form":
      return form.version;
    case "targets":
      return row.targets.map((x) => x.id).join(",");
    case "area":
      return `${t.area}. ${row.areaName}`;
    case "text":
      return [t.text ?? "", ...t.items.map((i) => `${t.bullet} ${i}`)].filter(Boolean).join("\n");
    case "deadline":
      return t.deadline.text;
    case "role":
      return w.role[row.role] + (row.via ? `\n(${w.via(row.via.name)})` : "");
    case "targets-text":
      return row.targets.map((x, i) => `(${i + 1}) ${x.metric}: ${targetPhrase(x, lang, { unit: "always", equals: false })}`).join("\n");
    case "last": {
      if (!row.last) return w.noLast;
      const l = row.last;
      const values = row.targets
        .filter((x) => l.targets[x.id] !== undefined)
        .map((x, i) => `(${i + 1}) ${String(l.targets[x.id]).replace(".", lang === "vi" ? "," : ".")}`);
      const met = l.milestones.map((m) => w.milestoneMet(row.milestones[m.index]?.label ?? String(m.index + 1), m.completed)).join("; ");
      return [w.lastText(l.state, l.completed, l.result, w.states), met, values.join("; ")].filter(Boolean).join("\n");
    }
    default:
      return "";
  }
}

/** The form as the bytes of an .xlsx file. */
export async function progressFormXlsx(form: ProgressForm, lang: Lang): Promise<Uint8Array> {
  const Excel = require("exceljs") as typeof ExcelJS;
  const w = formWords(lang);
  const wb = new Excel.Workbook();
  wb.creator = "par";
  // Fixed dates: the same form twice is the same workbook (but for the zip's own timestamps).
  wb.created = dateOf(form.window.end);
  wb.modified = dateOf(form.window.end);
  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 10, ...extra });
  const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
  const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
  const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

  // The instructions.
  const info = wb.addWorksheet(w.sheets.instructions, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: margins() },
  });
  info.getColumn(1).width = 28;
  info.getColumn(2).width = 110;
  const line = (a: string, b = "", bold = false) => {
    const r = info.addRow([a, b]);
    r.eachCell((c) => {
      c.font = font(bold ? { bold: true } : {});
      c.alignment = { wrapText: true, vertical: "top" };
    });
  };
  line(w.title(form.period), "", true);
  info.mergeCells(1, 1, 1, 2);
  line(w.planLine(form.plan.title));
  info.mergeCells(2, 1, 2, 2);
  info.getRow(2).height = 32;
  for (const text of [
    w.forAgency(form.agency.name),
    w.periodLine(form.period, form.window.start, form.window.end, true),
    w.cutoffLine(form.window.end),
    w.dueLine(form.due),
  ]) {
    line(text);
    info.mergeCells(info.rowCount, 1, info.rowCount, 2);
  }
  line("");
  line(w.howTitle, "", true);
  const wide = (text: string) => {
    line(text);
    info.mergeCells(info.rowCount, 1, info.rowCount, 2);
  };
  for (const h of w.how) wide(`• ${h}`);
  line("");
  line(w.columnsTitle, "", true);
  // The milestone columns' line after the completion date's (the second), as the columns stand on the report sheet.
  const columns = form.milestoneColumns > 0 ? [...w.columns.slice(0, 2), w.milestoneColumn, ...w.columns.slice(2)] : w.columns;
  for (const [name, how] of columns) line(name, how);
  line("");
  line(w.statesTitle, "", true);
  for (const s of PROGRESS_STATES) line(w.states[s], s);
  line("");
  wide(w.footer(form.version));
  await info.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  // The report.
  const cols = columnsOf(form, lang);
  const ws = wb.addWorksheet(w.sheets.report, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `4:${KEY_ROW}`,
      margins: margins(),
    },
    views: [{ state: "frozen", xSplit: MACHINE_KEYS.length + 1, ySplit: KEY_ROW }],
  });
  cols.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  const firstVisible = MACHINE_KEYS.length + 1;
  const titleRow = (r: number, text: string, bold: boolean) => {
    const cell = ws.getCell(r, firstVisible);
    cell.value = text;
    cell.font = font(bold ? { bold: true, size: 13 } : {});
    cell.alignment = { vertical: "middle" };
    ws.mergeCells(r, firstVisible, r, cols.length);
  };
  titleRow(1, w.title(form.period), true);
  titleRow(2, `${w.forAgency(form.agency.name)}. ${w.periodLine(form.period, form.window.start, form.window.end, true)}`, false);
  titleRow(3, `${w.cutoffLine(form.window.end)} ${w.dueLine(form.due)}`, false);
  const header = ws.getRow(4);
  const keys = ws.getRow(KEY_ROW);
  cols.forEach((c, i) => {
    const h = header.getCell(i + 1);
    h.value = c.header;
    h.font = font({ bold: true });
    h.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    h.fill = fill(c.input ? INPUT : HEAD);
    h.border = border;
    keys.getCell(i + 1).value = c.key;
  });
  header.height = 45;
  keys.hidden = true;

  const stateList = `"${PROGRESS_STATES.map((s) => w.states[s]).join(",")}"`;
  const dateRule: ExcelJS.DataValidation = {
    type: "date",
    operator: "between",
    allowBlank: true,
    formulae: [dateOf(form.dates.min), dateOf(form.dates.max)],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: w.validation.dateTitle,
    error: w.validation.date(form.dates.min, form.dates.max),
    showInputMessage: true,
    promptTitle: w.validation.dateTitle,
    prompt: `dd/mm/yyyy: ${formatViDate(form.dates.min)} – ${formatViDate(form.dates.max)}`,
  };
  form.rows.forEach((row, k) => {
    const r = ws.getRow(FIRST_ROW + k);
    // Spreadsheets do not grow a row to its wrapped text on opening (LibreOffice keeps the default height): set it.
    // Times New Roman 10 pt fits about 1,5 characters per width unit; 0,7 leaves room for long words wrapping early.
    let lines = 2;
    cols.forEach((c) => {
      if (c.hidden || c.input) return;
      const text = contextValue(c.key, row, form, lang);
      const n = text.split("\n").reduce((sum, para) => sum + Math.max(1, Math.ceil((para.length * 0.7) / c.width)), 0);
      lines = Math.max(lines, n);
    });
    r.height = Math.min(400, lines * 13 + 4);
    cols.forEach((c, i) => {
      const cell = r.getCell(i + 1);
      cell.font = font();
      cell.border = border;
      cell.alignment = { wrapText: true, vertical: "top" };
      const target = /^target-(\d+)$/.exec(c.key);
      const milestone = milestoneOfKey(c.key);
      const usable = c.input && (!target || Number(target[1]) <= row.targets.length) && (milestone === undefined || milestone <= row.milestones.length);
      if (!usable) {
        cell.value = c.input ? null : contextValue(c.key, row, form, lang);
        cell.fill = fill(GREY);
        cell.protection = { locked: true };
        return;
      }
      cell.fill = fill(INPUT);
      cell.protection = { locked: false };
      if (c.key === "state") {
        cell.dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [stateList],
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: w.validation.stateTitle,
          error: w.validation.state,
        };
      } else if (c.key === "completed") {
        cell.numFmt = "dd/mm/yyyy";
        cell.dataValidation = dateRule;
      } else if (milestone !== undefined) {
        // The milestone's label and due date as the cell's prompt (Excel shows at most 32 and 255 characters).
        const m = row.milestones[milestone - 1]!;
        cell.numFmt = "dd/mm/yyyy";
        cell.dataValidation = { ...dateRule, promptTitle: m.label.slice(0, 32), prompt: w.validation.milestone(m.label, m.date).slice(0, 255) };
      } else if (target) {
        cell.numFmt = "0.##";
        cell.dataValidation = {
          type: "decimal",
          operator: "between",
          allowBlank: true,
          formulae: [-1e9, 1e9],
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: w.validation.numberTitle,
          error: w.validation.number,
        };
      } else if (c.key === "evidence-date") {
        // Several documents' dates may be written as text (15/11/2024; 20/11/2024): a warning, not a stop.
        cell.numFmt = "dd/mm/yyyy";
        cell.dataValidation = { ...dateRule, errorStyle: "warning" };
      } else {
        cell.numFmt = "@";
      }
    });
  });
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: false,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: "visible" }];
  // Deflate level 1: a third of the time of the default level for a file a few kilobytes larger.
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } });
  return new Uint8Array(buffer);
}

function margins(): ExcelJS.Margins {
  return { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
}
