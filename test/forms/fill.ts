// Filling a return form the way a person does, for the tests (invented values; nothing here is a real report):
// cells found by the form's hidden key row, values typed as text or entered as date cells, rows moved and inserted.
import ExcelJS from "exceljs";

export type Typed = string | number | Date | null;

export interface Filled {
  /** Task id → column key → what is typed. */
  rows: Record<string, Record<string, Typed>>;
  /** Swap the rows of these two tasks (a person re-sorting). */
  swap?: [string, string];
  /** Insert a blank row before the row of this task. */
  blankBefore?: string;
}

/** The report sheet's key row (hidden) and each task's row. */
export function layout(ws: ExcelJS.Worksheet): { keys: Map<string, number>; rowOf: Map<string, number> } {
  let keyRow = 0;
  const keys = new Map<string, number>();
  for (let r = 1; r <= 30 && !keyRow; r++) {
    ws.getRow(r).eachCell((c, n) => {
      if (c.value === "state") keyRow = r;
      if (typeof c.value === "string") keys.set(c.value, n);
    });
    if (!keyRow) keys.clear();
  }
  const rowOf = new Map<string, number>();
  for (let r = keyRow + 1; r <= ws.rowCount; r++) {
    const v = ws.getRow(r).getCell(keys.get("task")!).value;
    if (typeof v === "string" && v) rowOf.set(v, r);
  }
  return { keys, rowOf };
}

/** Fill a form's bytes; gives the filled workbook's bytes. */
export async function fillForm(bytes: Uint8Array, filled: Filled): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[1]!;
  const { keys } = layout(ws);
  let { rowOf } = layout(ws);
  for (const [task, cells] of Object.entries(filled.rows)) {
    const r = rowOf.get(task);
    if (!r) throw new Error(`no row for ${task}`);
    for (const [key, value] of Object.entries(cells)) {
      const c = keys.get(key);
      if (!c) throw new Error(`no column ${key}`);
      ws.getRow(r).getCell(c).value = value;
    }
  }
  if (filled.swap) {
    const [a, b] = filled.swap.map((t) => rowOf.get(t)!);
    const va = ws.getRow(a!).values as ExcelJS.CellValue[];
    const vb = ws.getRow(b!).values as ExcelJS.CellValue[];
    ws.getRow(a!).values = vb;
    ws.getRow(b!).values = va;
  }
  if (filled.blankBefore) {
    ({ rowOf } = layout(ws));
    ws.insertRow(rowOf.get(filled.blankBefore)!, []);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
