import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesizeCategory } from '../../synthetic/synth-dataset.ts';
import { intFlag, required } from './args.ts';

export async function runSynth(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      size: { type: 'string' },
      train: { type: 'string' },
      'test-good': { type: 'string' },
      'test-bad': { type: 'string' },
    },
  });
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
