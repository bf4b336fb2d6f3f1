// SARIF 2.1.0, for code-scanning tools.
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../../model/diagnostic";
import { describeCode, type Lang } from "../../i18n";
import type { LintFormatter } from "./types";

/** A SARIF rule (reportingDescriptor) from the registry of codes, in the run's language. */
function rule(id: DiagnosticCode, lang: Lang) {
  const d = describeCode(id, lang);
  return {
    id,
    name: id,
    shortDescription: { text: d.description },
    fullDescription: { text: d.hint ? `${d.description} ${d.hint}` : d.description },
    defaultConfiguration: { level: d.severity },
  };
}

/** A SARIF 2.1.0 log with one run; rules are the diagnostic codes that occur, described from the registry. */
export const sarif: LintFormatter = (report, options) => {
  const used = [...new Set(report.diagnostics.map((d) => d.code))].sort((a, b) => DIAGNOSTIC_CODES.indexOf(a) - DIAGNOSTIC_CODES.indexOf(b));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "par",
            version: options.version,
            rules: used.map((id) => rule(id, options.lang)),
          },
        },
        results: report.diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: used.indexOf(d.code),
          level: d.severity,
          message: { text: `${d.message} ${d.hint}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(d.file), uriBaseId: "%SRCROOT%" },
                region: {
                  startLine: d.line,
                  startColumn: d.column,
                  endLine: d.endLine ?? d.line,
                  endColumn: d.endColumn ?? d.column + 1,
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
