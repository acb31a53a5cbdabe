/**
 * `--help` lists everything the parser accepts: every command in `destseg --help`, and every flag (with its
 * value name) and positional in `destseg <command> --help`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CommanderError } from 'commander';
import { buildProgram, COMMANDS } from '../../src/cli/program.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** What `destseg ...args` prints on stdout and the status commander ends with, parsed in this process. */
async function parse(args: string[]): Promise<{ stdout: string; exitCode: number }> {
  let stdout = '';
  const program = buildProgram();
  program.configureOutput({ writeOut: (text) => (stdout += text), writeErr: () => {} });
  for (const command of program.commands) {
    command.configureOutput({ writeOut: (text) => (stdout += text), writeErr: () => {} });
  }
  try {
    await program.parseAsync(args, { from: 'user' });
    return { stdout, exitCode: 0 };
  } catch (error) {
    assert.ok(error instanceof CommanderError, String(error));
    return { stdout, exitCode: error.exitCode };
  }
}

test('destseg --help (the real command line) lists every command and exits 0', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', MAIN, '--help']);
  for (const spec of COMMANDS) assert.match(stdout, new RegExp(`^  ${spec.name} `, 'm'), spec.name);
});

for (const spec of COMMANDS) {
  test(`destseg ${spec.name} --help lists every flag the parser accepts`, async () => {
    const { stdout, exitCode } = await parse([spec.name, '--help']);
    assert.equal(exitCode, 0);
    const command = buildProgram().commands.find((c) => c.name() === spec.name);
    assert.ok(command, `no parser for ${spec.name}`);
    const accepted = command.options.map((option) => option.flags);
    // The parser accepts exactly the definition's flags (besides --help), each shown with its value name.
    assert.deepEqual(
      accepted.map((flags) => flags.split(' ')[0]).sort(),
      Object.keys(spec.flags)
        .map((name) => `--${name}`)
        .sort(),
    );
    for (const flags of accepted) assert.ok(stdout.includes(flags), `${flags} missing from:\n${stdout}`);
    for (const argument of command.registeredArguments) {
      assert.ok(stdout.includes(argument.name()), `${argument.name()} missing from:\n${stdout}`);
    }
  });
}

test('a flag the help does not list is refused with status 1', async () => {
  assert.equal((await parse(['synth', '--no-such-flag'])).exitCode, 1);
});
