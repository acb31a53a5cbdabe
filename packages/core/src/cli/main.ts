/**
 * `destseg <command>`: synth, train, inspect, eval, export, bench (program.ts). Flags are the product's
 * contract (README). Errors of the engine print their code and message, never a stack trace, and exit 2;
 * command-line mistakes (unknown command or flag, missing flag value) print the help and exit 1.
 */
import { CommanderError } from 'commander';
import { isDestsegError } from '../errors.ts';
import { buildProgram } from './program.ts';

export async function main(argv: string[]): Promise<number> {
  let command = '';
  const program = buildProgram((name) => {
    command = name;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (isDestsegError(error)) {
      console.error(`destseg ${command}: ${error.code}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
