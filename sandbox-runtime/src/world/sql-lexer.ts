// A small SQLite lexer: just enough to know, without trusting a regex over raw text, what a
// statement's first keyword is, whether a second statement follows, and where its
// placeholders are. Strings, quoted identifiers and comments are skipped as units, so a `;`
// or `$1` inside them is never mistaken for syntax. SQLite itself parses the statement
// afterwards; this only decides what we refuse up front and rewrites pg-style `$1` to `?1`.
import { WorldError } from "./types.ts";

export interface AnalyzedSql {
  /** The statement with `$N` rewritten to `?N`; everything else byte for byte. */
  sql: string;
  /** The first word of the statement, upper-cased ("SELECT", "WITH", "BEGIN", ...). */
  firstKeyword: string;
  /** How many parameters the statement needs: the highest `$N` / `?N`, or the number of `?`. */
  paramCount: number;
}

/** The highest placeholder number accepted (SQLite's classic SQLITE_MAX_VARIABLE_NUMBER). */
export const MAX_PLACEHOLDER = 999;

const isDigit = (c: string) => c >= "0" && c <= "9";
const isWordChar = (c: string) => /[A-Za-z0-9_\u0080-\uffff]/.test(c);

/** Index just past a quoted run that ends with `close` (a doubled `close` is an escape). */
function skipQuoted(sql: string, start: number, close: string, doubling: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      if (doubling && sql[i + 1] === close) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  throw new WorldError("unterminated quoted string or identifier in SQL");
}

function skipDigits(sql: string, start: number): number {
  let i = start;
  while (i < sql.length && isDigit(sql[i]!)) i++;
  return i;
}

export function analyzeSql(input: string): AnalyzedSql {
  let out = "";
  let firstKeyword = "";
  let sawStatementEnd = false;
  // CREATE TRIGGER ... BEGIN stmt; stmt; END holds `;` inside its body: track the body's depth
  // (BEGIN and CASE open, END closes) so those `;` do not end the statement.
  const leadingWords: string[] = [];
  let triggerDepth = 0;
  let numbered = 0;
  let anonymous = 0;
  let i = 0;
  const n = input.length;
  const code = (from: number, to: number) => {
    if (sawStatementEnd) {
      throw new WorldError("one statement per query: remove the text after the first ';'");
    }
    out += input.slice(from, to);
  };
  while (i < n) {
    const c = input[i]!;
    const next = input[i + 1];
    if (c === "-" && next === "-") {
      const end = input.indexOf("\n", i);
      const stop = end === -1 ? n : end;
      out += input.slice(i, stop);
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = input.indexOf("*/", i + 2);
      const stop = end === -1 ? n : end + 2;
      out += input.slice(i, stop);
      i = stop;
    } else if (/\s/.test(c)) {
      out += c;
      i++;
    } else if (c === ";") {
      if (triggerDepth > 0) out += c;
      else sawStatementEnd = true;
      i++;
    } else if (c === "'" || c === '"' || c === "`") {
      const end = skipQuoted(input, i, c, true);
      code(i, end);
      i = end;
    } else if (c === "[") {
      const end = skipQuoted(input, i, "]", false);
      code(i, end);
      i = end;
    } else if (c === "$" && next !== undefined && isDigit(next)) {
      const end = skipDigits(input, i + 1);
      const index = Number(input.slice(i + 1, end));
      if (index < 1 || index > MAX_PLACEHOLDER) {
        throw new WorldError(`placeholder $${index} is out of range ($1 to $${MAX_PLACEHOLDER})`);
      }
      code(i, i); // copies nothing: refuses a placeholder in a second statement
      out += `?${index}`;
      numbered = Math.max(numbered, index);
      i = end;
    } else if (c === "?") {
      const end = skipDigits(input, i + 1);
      code(i, end);
      if (end === i + 1) {
        anonymous++;
      } else {
        const index = Number(input.slice(i + 1, end));
        if (index < 1 || index > MAX_PLACEHOLDER) {
          throw new WorldError(`placeholder ?${index} is out of range`);
        }
        numbered = Math.max(numbered, index);
      }
      i = end;
    } else if (c === "$" || c === ":" || c === "@") {
      throw new WorldError(
        `named parameters (${c}name) are not supported: use $1, $2, ... and pass an array`,
      );
    } else if (isWordChar(c)) {
      let end = i + 1;
      // SQLite allows `$` inside an identifier (a$b), never at its start.
      while (end < n && (isWordChar(input[end]!) || input[end] === "$")) end++;
      code(i, end);
      const word = input.slice(i, end).toUpperCase();
      if (firstKeyword === "") firstKeyword = word;
      if (leadingWords.length < 4) leadingWords.push(word);
      const [w0, w1, w2] = leadingWords;
      const isTrigger =
        w0 === "CREATE" &&
        (w1 === "TRIGGER" || ((w1 === "TEMP" || w1 === "TEMPORARY") && w2 === "TRIGGER"));
      if (isTrigger && (word === "BEGIN" || (triggerDepth > 0 && word === "CASE"))) triggerDepth++;
      else if (isTrigger && triggerDepth > 0 && word === "END") triggerDepth--;
      i = end;
    } else {
      code(i, i + 1);
      i++;
    }
  }
  if (firstKeyword === "") throw new WorldError("empty query: no SQL statement");
  if (numbered > 0 && anonymous > 0) {
    throw new WorldError("do not mix ? with numbered placeholders ($1, $2, ...) in one statement");
  }
  return { sql: out, firstKeyword, paramCount: numbered > 0 ? numbered : anonymous };
}
