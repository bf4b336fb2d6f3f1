// A js-yaml schema that resolves plain scalars exactly as the yaml package's YAML 1.2 core schema does
// (js-yaml's own CORE_SCHEMA differs on "-.5", "0b101", "!!float 1" and more): the fast parse path must give the
// same values as yaml, whose regular expressions these are (yaml/dist/schema/core, common/null).
import * as jsyaml from "js-yaml";

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const nullType = new jsyaml.Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (s: string | null) => s === null || NULL.test(s),
  construct: () => null,
});

const boolType = new jsyaml.Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (s: string | null) => s !== null && BOOL.test(s),
  construct: (s: string) => s[0] === "t" || s[0] === "T",
});

const intType = new jsyaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (s: string | null) => s !== null && (INT_DEC.test(s) || INT_OCT.test(s) || INT_HEX.test(s)),
  construct: (s: string) => (INT_OCT.test(s) ? parseInt(s.slice(2), 8) : INT_HEX.test(s) ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});

const floatType = new jsyaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (s: string | null) => s !== null && (FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)),
  construct: (s: string) => {
    if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity;
    return parseFloat(s);
  },
});

/**
 * A plain (unquoted) scalar's value under the YAML 1.2 core schema, as yaml resolves it: null, a boolean, a number, or
 * the text itself. Used by the lean parser (lean-yaml.ts); the same rules as the js-yaml types above.
 */
export function resolvePlain(s: string): unknown {
  const n = s.length;
  if (n === 0) return null;
  const c = s.charCodeAt(0);
  // Only these can begin a null, a boolean or a number: anything else is text, without trying the expressions.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) return s;
  switch (s) {
    case "~": case "null": case "Null": case "NULL": return null;
    case "true": case "True": case "TRUE": return true;
    case "false": case "False": case "FALSE": return false;
  }
  // The usual number, a decimal integer (INT_DEC), by hand; then nothing with a blank, or a sign anywhere but at
  // the start or after an exponent's e (dates such as 2024-06-30), is a number. The expressions only for the rest.
  let i = c === 43 || c === 45 ? 1 : 0;
  while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === n && n > (c === 43 || c === 45 ? 1 : 0)) return parseInt(s, 10);
  for (let k = 1; k < n; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 32 || ((ch === 43 || ch === 45) && s.charCodeAt(k - 1) !== 101 && s.charCodeAt(k - 1) !== 69)) return s;
  }
  if (INT_OCT.test(s) || INT_HEX.test(s)) return intType.construct(s);
  if (FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)) return floatType.construct(s);
  return s;
}

/** YAML 1.2 core schema, as the yaml package resolves it. */
export const YAML_CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });
