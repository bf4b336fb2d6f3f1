import type { CommandContext } from "./context";
export interface ProgressImportOptions {
  dryRun?: boolean;
  force?: boolean;
  format?: string;
}
export async function progressImportCommand(_ctx: CommandContext, _files: string[], _opts: ProgressImportOptions): Promise<number> {
  return 2;
}
