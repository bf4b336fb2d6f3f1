// GitHub Actions workflow commands: each problem becomes an annotation on its line of the pull request.
import { escapeGithubData, escapeGithubProperty } from "../escape";
import type { LintFormatter } from "./types";

/** One `::error file=…,line=…::message` line per problem (paths must already be relative to the repository). */
export const github: LintFormatter = (report) => {
  const lines = report.diagnostics.map((d) => {
    const props = [
      `file=${escapeGithubProperty(d.file)}`,
      `line=${d.line}`,
      `col=${d.column}`,
      ...(d.endLine !== undefined ? [`endLine=${d.endLine}`] : []),
      ...(d.endColumn !== undefined && (d.endLine === undefined || d.endLine === d.line) ? [`endColumn=${d.endColumn}`] : []),
      `title=${escapeGithubProperty(`par ${d.code}`)}`,
    ];
    return `::${d.severity} ${props.join(",")}::${escapeGithubData(`${d.message}\n${d.hint}`)}`;
  });
  return lines.length ? lines.join("\n") + "\n" : "";
};
