// dependency-cruiser: the layers of src/ and what each may import. Run by `npm run lint` (depcruise src).
//
//   cli.ts → commands/ → report/, format/ → workspace/ → validate/, load/ → model/
//   i18n/ (the words) is read by cli, commands, report and format; it reads only model/.
//   report/ reads of workspace/ only its errors (workspace/errors.ts): reports are given their data.
//
// A module may import its own layer and the layers below it, never one above. model/ imports no Node module.
// No formatter touches the file system. No cycles, no orphans.
// Violations that exist today and that the redesign removes are listed in .dependency-cruiser-known-violations.json
// (`npm run lint:deps:baseline` rewrites it); `npm run lint` fails on any other.
/** @type {import('dependency-cruiser').IConfiguration} */
const WORKSPACE = "^src/(load|validate|workspace)/";
const BELOW_WORKSPACE = "^src/(load|validate)/";
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Import cycles make the layers meaningless and the load order fragile.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-orphans",
      severity: "error",
      comment: "A module nothing imports is dead code (or a missing import).",
      from: { orphan: true, pathNot: ["\\.d\\.c?ts$", "^src/cli\\.ts$", "^src/generated/"] },
      to: {},
    },
    { name: "not-to-unresolvable", severity: "error", comment: "An import that resolves to nothing.", from: {}, to: { couldNotResolve: true } },
    {
      name: "not-to-dev-dep",
      severity: "error",
      comment: "src/ is bundled and shipped: it may use only packages listed in dependencies.",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-non-package-json",
      severity: "error",
      comment: "A package that package.json does not list.",
      from: {},
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },

    // The layers.
    {
      name: "model-is-pure",
      severity: "error",
      comment: "model/ is plain data and arithmetic: no Node module.",
      from: { path: "^src/model/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "model-imports-model",
      severity: "error",
      comment: "model/ is the bottom layer: it imports nothing else from src/.",
      from: { path: "^src/model/" },
      to: { path: "^src/", pathNot: "^src/model/" },
    },
    {
      name: "i18n-imports-model",
      severity: "error",
      comment: "The catalogues hold words; they may read model/ types and nothing above.",
      from: { path: "^src/i18n/" },
      to: { path: "^src/", pathNot: "^src/(i18n|model)/" },
    },
    {
      name: "workspace-below-reports",
      severity: "error",
      comment: "load/, validate/ (the workspace) read files and give data with diagnostics as codes: no words, no reports, formats or commands.",
      from: { path: WORKSPACE },
      to: { path: "^src/(i18n|report|format|commands)/|^src/cli\\.ts$" },
    },
    {
      name: "load-validate-below-workspace",
      severity: "error",
      comment: "load/ and validate/ read and check files; the workspace (choosing a plan, opening it, its progress) is built on them, not the other way.",
      from: { path: BELOW_WORKSPACE },
      to: { path: "^src/workspace/" },
    },
    {
      name: "validate-only-checks",
      severity: "error",
      comment: "validate/ holds checks: it reads what load/ gives and never the file system itself.",
      from: { path: "^src/validate/" },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|child_process)$" },
    },
    {
      name: "report-given-its-data",
      severity: "error",
      comment: "report/ does not open the workspace; it may throw the workspace's typed errors (workspace/errors.ts).",
      from: { path: "^src/report/" },
      to: { path: "^src/workspace/", pathNot: "^src/workspace/errors\\.ts$" },
    },
    {
      name: "cli-imports-commands",
      severity: "error",
      comment: "cli.ts wires commander to the commands: it reaches the layers below only through commands/ (and the words, i18n/).",
      from: { path: "^src/cli\\.ts$" },
      to: { path: "^src/", pathNot: "^src/(commands|i18n)/" },
    },
    {
      name: "report-below-commands",
      severity: "error",
      comment: "report/ turns a plan into data; it does not format, run commands or read files.",
      from: { path: "^src/report/" },
      to: { path: "^src/(format|commands|load)/|^src/cli\\.ts$" },
    },
    {
      name: "report-no-words",
      severity: "error",
      comment: "report/ returns numbers, dates, ids and enums; the words are chosen by format/ from i18n/ (types only here).",
      from: { path: "^src/report/" },
      to: { path: "^src/i18n/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "report-no-fs",
      severity: "error",
      comment: "report/ is given its data: no file system.",
      from: { path: "^src/report/" },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|child_process)$" },
    },
    {
      name: "format-below-commands",
      severity: "error",
      comment: "format/ renders a report: it does not read the workspace or run commands.",
      from: { path: "^src/format/" },
      to: { path: "^src/(load|validate|workspace|commands)/|^src/cli\\.ts$" },
    },
    {
      name: "format-no-fs",
      severity: "error",
      comment: "No formatter touches the file system: the command writes what a formatter returns (writeFileAtomic).",
      from: { path: "^src/format/" },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|child_process)$" },
    },
    { name: "commands-below-cli", severity: "error", comment: "Only the entry point imports cli.ts.", from: { path: "^src/" }, to: { path: "^src/cli\\.ts$" } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/validators\\.cjs$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
