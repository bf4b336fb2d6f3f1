// A js-yaml schema that resolves plain scalars exactly as the yaml package's YAML 1.2 core schema does
// (js-yaml's own CORE_SCHEMA differs on "-.5", "0b101", "!!float 1" and more): js-yaml must give the
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

// js-yaml tries every implicit type on every plain scalar, and most of a plan's plain scalars are text: each type
// first looks at the scalar's first character, so that text is refused without running an expression.
/** A digit or a sign: what an integer or a float (but .5, .inf, .nan) begins with. */
const numberStart = (c: number): boolean => (c >= 48 && c <= 57) || c === 45 || c === 43;

const nullType = new jsyaml.Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (s: string | null) => {
    if (s === null || s === "") return true;
    const c = s.charCodeAt(0);
    return (c === 126 || c === 110 || c === 78) && NULL.test(s);
  },
  construct: () => null,
});

const boolType = new jsyaml.Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (s: string | null) => {
    if (s === null) return false;
    const c = s.charCodeAt(0);
    return (c === 116 || c === 84 || c === 102 || c === 70) && BOOL.test(s);
  },
  construct: (s: string) => s[0] === "t" || s[0] === "T",
});

const intType = new jsyaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (s: string | null) => s !== null && numberStart(s.charCodeAt(0)) && (INT_DEC.test(s) || INT_OCT.test(s) || INT_HEX.test(s)),
  construct: (s: string) => (INT_OCT.test(s) ? parseInt(s.slice(2), 8) : INT_HEX.test(s) ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});

const floatType = new jsyaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (s: string | null) => {
    if (s === null) return false;
    const c = s.charCodeAt(0);
    return (numberStart(c) || c === 46) && (FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s));
  },
  construct: (s: string) => {
    if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity;
    return parseFloat(s);
  },
});

/** YAML 1.2 core schema, as the yaml package resolves it. */
export const YAML_CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });
