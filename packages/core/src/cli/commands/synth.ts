import { resolve } from 'node:path';
import { synthesizeCategory } from '../../synthetic/synth-dataset.ts';
import { defineCommand, type FlagSpecs, type FlagValues } from '../command-spec.ts';
import { SIZE_FLAG } from '../common-flags.ts';
import { intFlag, required } from './args.ts';

const SYNTH_FLAGS = {
  out: { value: 'DIR', help: 'the category folder to write (required)' },
  seed: { value: 'N', help: 'random seed (default 0)' },
  size: SIZE_FLAG,
  train: { value: 'N', help: 'good training images (default 60)' },
  'test-good': { value: 'N', help: 'good test images (default 20)' },
  'test-bad': { value: 'N', help: 'defective test images (default 40)' },
} as const satisfies FlagSpecs;

export const synthCommand = defineCommand({
  name: 'synth',
  summary:
    'writes a synthetic MVTec-layout category (brushed-metal surfaces; scratch, stain and hole defects with exact masks)',
  flags: SYNTH_FLAGS,
  run: runSynth,
});

async function runSynth(values: FlagValues<typeof SYNTH_FLAGS>): Promise<void> {
  const outDir = resolve(required(values.out, 'out'));
  const count = await synthesizeCategory({
    outDir,
    seed: intFlag(values.seed, 'seed') ?? 0,
    size: intFlag(values.size, 'size') ?? 256,
    train: intFlag(values.train, 'train') ?? 60,
    testGood: intFlag(values['test-good'], 'test-good') ?? 20,
    testBad: intFlag(values['test-bad'], 'test-bad') ?? 40,
  });
  console.log(JSON.stringify({ out: outDir, images: count }));
}
