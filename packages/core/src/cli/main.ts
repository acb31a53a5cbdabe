/**
 * `destseg <command>`: synth, train, inspect, eval, export, bench. Flags are the product's contract (README).
 * Errors of the engine print their code and message, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { isDestsegError } from '../errors.ts';
import { runBenchCommand } from './commands/bench.ts';
import { runEval } from './commands/eval.ts';
import { runExport } from './commands/export.ts';
import { runInspect } from './commands/inspect.ts';
import { runSynth } from './commands/synth.ts';
import { runTrain } from './commands/train.ts';

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  synth: runSynth,
  train: runTrain,
  inspect: runInspect,
  eval: runEval,
  export: runExport,
  bench: runBenchCommand,
};

const USAGE = `usage: destseg <command> [flags]

commands:
  synth   --out DIR [--seed N] [--size 256] [--train 60] [--test-good 20] [--test-bad 40]
  train   --data DIR --out DIR [--size 256] [--batch 32] [--steps 5000] [--stage1-steps 1000]
          [--seed 0] [--backend auto] [--teacher P] [--textures DIR] [--augmentation auto|none|slight|full]
          [--checkpoint-every 500] [--resume]
  inspect --model DIR IMAGE... [--out DIR] [--output seg|dest|fused] [--engine ort|tfjs] [--backend auto]
  eval    --model DIR --data DIR [--json FILE] [--engine ort|tfjs] [--backend auto]
          [--false-alarm-rate 0.01] [--quantile 0.99]
  export  --model DIR [--out FILE] [--threads N] [--backend auto]
  bench   [--backend auto] [--engine tfjs|ort] [--threads N] [--size 256] [--batch 32]
          [--modes train1,train2,infer] [--iters 10] [--json FILE] [--submit-batch N] [--kernels N]

environment: DESTSEG_BACKEND (auto|tensorflow|webgpu|wasm|cpu), DESTSEG_TEACHER (teacher weights path or URL),
  DESTSEG_INFERENCE_ENGINE (ort|tfjs), DESTSEG_ORT_THREADS (default: cores), DESTSEG_ORT_PROVIDER (cpu|cuda)`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (command === '--version') {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    console.log(pkg.version);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`destseg: unknown command '${command}'\n\n${USAGE}`);
    return 1;
  }
  try {
    await run(rest);
    return 0;
  } catch (error) {
    if (isDestsegError(error)) {
      console.error(`destseg ${command}: ${error.code}: ${error.message}`);
      return 2;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`destseg ${command}: ${error.message}\n\n${USAGE}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
