/**
 * Reads a terminal command's arguments from one description of its flags, so
 * the usage line, `--help` and the parser can never disagree.
 */
import { parseArgs } from "node:util";
import { fail } from "../runtime/fail.ts";

/** One flag of a command. */
export interface Flag {
  type: "string" | "boolean";
  /** The value's placeholder in the usage line (`DIR`, `N`); string flags only. */
  value?: string;
  /** Flags shown as `[--x]` in the usage line are optional; required ones are shown bare. */
  required?: boolean;
  description: string;
}

/** What a command takes and how to describe it. */
export interface CommandSpec {
  /** The npm script that runs it (`ask`, `import`). */
  script: string;
  /** One sentence on what it does. */
  summary: string;
  /** The positional arguments as the usage line shows them (`"question"`, `RAW.txt`). */
  operands: string;
  flags: Record<string, Flag>;
  /** Further paragraphs of `--help`, each a heading line and its items. */
  details?: readonly { heading: string; items: readonly string[] }[];
  /** Lines shown under "examples:" in `--help`. */
  examples: readonly string[];
}

/** Spaces between the longest flag and its description in `--help`. */
const FLAG_COLUMN_GAP = 2;

/** `npm run --silent NAME --`: the prefix that keeps npm's banner out of the output. */
export function npmRun(script: string): string {
  return `npm run --silent ${script} --`;
}

/** The one-line usage, listing every flag. */
export function usageLine(spec: CommandSpec): string {
  const flags = Object.entries(spec.flags).map(([name, flag]) => {
    const shown = flag.type === "string" ? `--${name} ${flag.value ?? "VALUE"}` : `--${name}`;
    return flag.required ? shown : `[${shown}]`;
  });
  return ["usage:", npmRun(spec.script), ...flags, spec.operands].join(" ");
}

/** The full `--help` text: usage, what the command does, every flag, examples. */
export function helpText(spec: CommandSpec): string {
  const rows: [string, string][] = Object.entries(spec.flags).map(([name, flag]) => [
    flag.type === "string" ? `--${name} ${flag.value ?? "VALUE"}` : `--${name}`,
    flag.description,
  ]);
  rows.push(["-h, --help", "show this help"]);
  const width = Math.max(...rows.map(([shown]) => shown.length)) + FLAG_COLUMN_GAP;
  const flagLines = rows.map(([shown, description]) => `  ${shown.padEnd(width)}${description}`);
  return [
    usageLine(spec),
    "",
    spec.summary,
    "",
    "options:",
    ...flagLines,
    ...(spec.details ?? []).flatMap(({ heading, items }) => [
      "",
      heading,
      ...items.map((item) => `  - ${item}`),
    ]),
    "",
    "examples:",
    ...spec.examples.map((example) => `  ${example}`),
  ].join("\n");
}

/**
 * Parses `args` against `spec`. `--help`/`-h` prints the help and exits 0; a
 * malformed command line ends the program with one line naming the problem
 * and pointing at `--help`.
 */
export function parseCommandLine(spec: CommandSpec, args: string[] = process.argv.slice(2)) {
  const options = Object.fromEntries(
    Object.entries(spec.flags).map(([name, flag]) => [name, { type: flag.type }]),
  );
  const seeHelp = `see ${npmRun(spec.script)} --help`;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: withNegativeValues(spec, args),
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    fail(`${describeParseError(error)}; ${seeHelp}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${helpText(spec)}\n`);
    process.exit(0);
  }
  const { values, positionals } = parsed;
  return {
    positionals,
    /** The value of a string flag, or undefined when it was not given. */
    text: (name: string): string | undefined => {
      const value = values[name];
      return typeof value === "string" ? value : undefined;
    },
    /** Whether a boolean flag was given. */
    isSet: (name: string): boolean => values[name] === true,
  };
}

/**
 * `args` with a string flag's value that looks like a negative number
 * (`--limit -1`) joined to its flag (`--limit=-1`): no flag is named by a
 * digit, so it is the value, which the command then checks like any other.
 */
function withNegativeValues(spec: CommandSpec, args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    const next = args[index + 1];
    const flag = spec.flags[arg.replace(/^--/, "")];
    if (
      arg.startsWith("--") &&
      flag?.type === "string" &&
      next !== undefined &&
      /^-\d/.test(next)
    ) {
      joined.push(`${arg}=${next}`);
      index += 1;
    } else joined.push(arg);
  }
  return joined;
}

/** Node's parse errors, shortened to what the user typed wrong, on one line. */
function describeParseError(error: unknown): string {
  const { code, message = "" } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return option ? `unknown option ${option}` : "unknown option";
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    if (/does not take an argument/.test(message)) return `${option} takes no value`;
    if (/ambiguous/.test(message))
      return `${option} needs a value; write ${option}=VALUE for one that starts with "-"`;
    return `${option} needs a value`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return "unexpected argument";
  return message.split("\n")[0] ?? String(error);
}
