/**
 * The `destseg` command line as a commander program built from the commands' definitions: parsing and
 * `--help` (for the program and for each command) both come from the same flag tables.
 */
import { Command, Option } from 'commander';
// Inlined by the bundles (scripts/build.mjs, the device bundle), so no file is read at run time.
import pkg from '../../package.json' with { type: 'json' };
import type { CommandSpec, FlagValues } from './command-spec.ts';
import { benchCommand } from './commands/bench.ts';
import { evalCommand } from './commands/eval.ts';
import { exportCommand } from './commands/export.ts';
import { inspectCommand } from './commands/inspect.ts';
import { synthCommand } from './commands/synth.ts';
import { trainCommand } from './commands/train.ts';

export const COMMANDS: readonly CommandSpec[] = [
  synthCommand,
  trainCommand,
  inspectCommand,
  evalCommand,
  exportCommand,
  benchCommand,
];

const ENVIRONMENT = `
environment:
  DESTSEG_BACKEND           auto|tensorflow|webgpu|wasm|cpu
  DESTSEG_TEACHER           teacher weights path or URL
  DESTSEG_INFERENCE_ENGINE  ort|tfjs
  DESTSEG_ORT_THREADS       onnxruntime threads (default: cores)
  DESTSEG_ORT_SPINNING      on|off: idle onnxruntime threads spin (default off)
  DESTSEG_ORT_PROVIDER      cpu|cuda`;

/** The commander option of a flag: `--out <DIR>` for a value flag, `--resume` for a switch. */
function flagOption(name: string, value: string | undefined, help: string): Option {
  return new Option(value === undefined ? `--${name}` : `--${name} <${value}>`, help);
}

/**
 * The program; `onRun(name)` is told which command is about to run (for error messages). Commander throws
 * a CommanderError instead of exiting (exitOverride), so the caller decides the exit status.
 */
export function buildProgram(onRun: (name: string) => void = () => {}): Command {
  const program = new Command('destseg')
    .usage('<command> [flags]')
    .version(pkg.version)
    .exitOverride()
    .showHelpAfterError()
    .addHelpText('after', ENVIRONMENT);
  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(spec.summary).exitOverride().showHelpAfterError();
    if (spec.positionals) command.argument(`[${spec.positionals.name}]`, spec.positionals.help);
    const options = Object.entries(spec.flags).map(([name, flag]) => {
      const option = flagOption(name, flag.value, flag.help);
      command.addOption(option);
      return { name, option, isSwitch: flag.value === undefined };
    });
    command.action(async (...args: unknown[]) => {
      // commander passes the positionals (one variadic array here), then the options, then the command.
      const positionals = spec.positionals ? ((args[0] as string[] | undefined) ?? []) : [];
      const parsed = command.opts<Record<string, string | boolean | undefined>>();
      const values: Record<string, string | boolean | undefined> = {};
      for (const { name, option, isSwitch } of options) {
        const value = parsed[option.attributeName()];
        values[name] = isSwitch ? value === true : value;
      }
      onRun(spec.name);
      await spec.run(values as FlagValues<typeof spec.flags>, positionals);
    });
  }
  return program;
}
