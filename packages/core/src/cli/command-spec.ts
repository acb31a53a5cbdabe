/**
 * The definition of one `destseg` command: its flags (with the help text `--help` prints) and what it runs.
 * program.ts turns each definition into a commander command, so parsing and help come from this one table.
 */

/** A flag: `value` names its argument (`--out DIR`); a flag without one is a switch (`--resume`). */
export interface FlagSpec {
  readonly value?: string;
  readonly help: string;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

/** The parsed flags, keyed by their names: a string (or undefined when absent) per value flag, a boolean per switch. */
export type FlagValues<F extends FlagSpecs> = {
  -readonly [K in keyof F]: F[K] extends { readonly value: string } ? string | undefined : boolean;
};

export interface CommandSpec<F extends FlagSpecs = FlagSpecs> {
  readonly name: string;
  /** One line for the command list of `destseg --help`. */
  readonly summary: string;
  /** Positional arguments (`IMAGE...`), when the command takes any. */
  readonly positionals?: { readonly name: string; readonly help: string };
  readonly flags: F;
  run(values: FlagValues<F>, positionals: string[]): Promise<void>;
}

/** Keeps the flag names' literal types, so `run` sees exactly the flags the table declares. */
export function defineCommand<const F extends FlagSpecs>(spec: CommandSpec<F>): CommandSpec<F> {
  return spec;
}
