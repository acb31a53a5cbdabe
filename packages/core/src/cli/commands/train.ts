import { type BackendName, selectBackend } from '../../backend/select-backend.ts';
import { DestsegError } from '../../errors.ts';
import { resolveTeacherSource } from '../../model/destseg/teacher-weights.ts';
import type { PerlinScaleRange } from '../../synthetic/perlin.ts';
import type { AugmentationChoice } from '../../train/train-config.ts';
import { train } from '../../train/trainer.ts';
import { defineCommand, type FlagSpecs, type FlagValues } from '../command-spec.ts';
import { BACKEND_FLAG, BATCH_FLAG, SIZE_FLAG, TEACHER_FLAGS } from '../common-flags.ts';
import { ProgressBar } from '../progress-bar.ts';
import { intFlag, required } from './args.ts';

const TRAIN_FLAGS = {
  data: { value: 'DIR', help: 'the MVTec-layout category to train on (required unless --resume)' },
  out: { value: 'DIR', help: 'the run folder: config, log and checkpoints (required)' },
  size: SIZE_FLAG,
  batch: BATCH_FLAG,
  steps: { value: 'N', help: 'total steps (default 5000)' },
  'stage1-steps': { value: 'N', help: 'steps of stage 1, the student alone (default 1000)' },
  seed: { value: 'N', help: 'random seed; every draw derives from (seed, step) (default 0)' },
  backend: BACKEND_FLAG,
  ...TEACHER_FLAGS,
  textures: { value: 'DIR', help: 'anomaly source textures (default: generated ones)' },
  augmentation: { value: 'MODE', help: 'auto|none|slight|full (default auto)' },
  'perlin-scales': {
    value: 'MIN,MAX',
    help: 'Perlin noise scale range of the synthetic defects (e.g. 3,5 for smaller defects)',
  },
  'checkpoint-every': { value: 'N', help: 'steps between checkpoints (default 500)' },
  resume: { help: 'continue the run in --out from its latest checkpoint, exactly' },
} as const satisfies FlagSpecs;

export const trainCommand = defineCommand({
  name: 'train',
  summary:
    'trains DeSTSeg on a category with the official two-stage recipe; Ctrl-C stops after the current step with a checkpoint',
  flags: TRAIN_FLAGS,
  run: runTrain,
});

async function runTrain(values: FlagValues<typeof TRAIN_FLAGS>): Promise<void> {
  const outDir = required(values.out, 'out');
  await selectBackend(values.backend as BackendName | undefined);
  const controller = new AbortController();
  // First Ctrl-C stops after the current step and checkpoints; a second one exits at once.
  process.once('SIGINT', () => {
    console.error('\nstopping after this step (checkpoint follows); Ctrl-C again to abort');
    controller.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  const bar = new ProgressBar('train');
  const result = await train({
    dataDir: values.resume ? (values.data ?? '') : required(values.data, 'data'),
    outDir,
    teacher: resolveTeacherSource(values.teacher),
    teacherSha256: values['teacher-sha256'],
    resume: values.resume,
    signal: controller.signal,
    config: {
      imageSize: intFlag(values.size, 'size'),
      batchSize: intFlag(values.batch, 'batch'),
      steps: intFlag(values.steps, 'steps'),
      stage1Steps: intFlag(values['stage1-steps'], 'stage1-steps'),
      seed: intFlag(values.seed, 'seed'),
      checkpointEvery: intFlag(values['checkpoint-every'], 'checkpoint-every'),
      textures: values.textures,
      augmentation: values.augmentation as AugmentationChoice | undefined,
      perlinScaleRange: perlinScalesFlag(values['perlin-scales']),
    },
    onEvent: (e) => {
      if (e.type === 'start') {
        console.error(`training ${e.runDir} on ${e.backend}: steps ${e.startStep}→${e.totalSteps}`);
        console.error(`teacher ${e.teacher.source} (sha256 ${e.teacher.sha256})`);
      } else if (e.type === 'step') {
        const losses = Object.entries(e.losses)
          .map(([k, v]) => `${k} ${v.toFixed(4)}`)
          .join(' ');
        bar.update(
          e.step,
          e.totalSteps,
          `stage ${e.stage} ${losses} ${e.imagesPerSecond.toFixed(1)} img/s`,
          e.etaSeconds,
        );
      }
    },
  });
  console.log(JSON.stringify(result));
}

/** `--perlin-scales MIN,MAX` (e.g. `3,5` for smaller defects); the range itself is checked by the config. */
function perlinScalesFlag(value: string | undefined): PerlinScaleRange | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+),(\d+)$/.exec(value.trim());
  if (!match) {
    throw new DestsegError('CONFIG_INVALID', `--perlin-scales must be MIN,MAX (e.g. 3,5), got '${value}'`);
  }
  return [Number(match[1]), Number(match[2])];
}
