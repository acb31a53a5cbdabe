/**
 * The two optimisers of the official recipe (spec §6), one place for their parameter groups:
 * the student (lr 0.4) and the segmentation net with `seg.res.*` at lr 0.1 and the head (ASPP, head
 * conv, output conv) at lr 0.01; momentum 0.9 and weight decay 1e-4 on every parameter.
 */
import type { ParamStore } from '../model/param-store.ts';
import { SgdMomentum } from './sgd.ts';
import type { TrainConfig } from './train-config.ts';

type OptimizerConfig = Pick<TrainConfig, 'momentum' | 'weightDecay'>;

export function studentOptimizer(
  p: ParamStore,
  config: OptimizerConfig & Pick<TrainConfig, 'lrStudent'>,
): SgdMomentum {
  return new SgdMomentum(
    [{ name: 'student', lr: config.lrStudent, params: p.trainableUnder('student.') }],
    config.momentum,
    config.weightDecay,
  );
}

export function segmentationOptimizer(
  p: ParamStore,
  config: OptimizerConfig & Pick<TrainConfig, 'lrSegRes' | 'lrSegHead'>,
): SgdMomentum {
  return new SgdMomentum(
    [
      { name: 'seg.res', lr: config.lrSegRes, params: p.trainableUnder('seg.res.') },
      {
        name: 'seg.head',
        lr: config.lrSegHead,
        params: p.trainableUnder('seg.aspp.', 'seg.head.', 'seg.out.'),
      },
    ],
    config.momentum,
    config.weightDecay,
  );
}
