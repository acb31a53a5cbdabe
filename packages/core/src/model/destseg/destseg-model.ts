/**
 * A DeSTSeg model: the parameter store (teacher, student, segmentation net) and the config it was
 * built with. Created fresh from a seed and teacher weights, or loaded from a checkpoint, which
 * stores the teacher too so a trained model is self-contained.
 */
import type * as tf from '@tensorflow/tfjs';
import { DestsegError } from '../../errors.ts';
import { encodeSafetensors, readSafetensorsFile } from '../../io/safetensors.ts';
import { Rng } from '../../random/rng.ts';
import { ParamStore } from '../param-store.ts';
import { type DestsegMaps, predictMaps } from './network.ts';
import { defineSegmentationNet } from './segmentation-net.ts';
import { defineStudent } from './student.ts';
import { assignTorchvisionTeacher, defineTeacher } from './teacher.ts';
import type { TeacherWeights } from './teacher-weights.ts';

export interface ModelInfo {
  /** Square input size (the spec's 256). */
  imageSize: number;
  teacherSource: string;
  teacherSha256: string;
}

export class DestsegModel {
  private constructor(
    readonly params: ParamStore,
    readonly info: ModelInfo,
  ) {}

  /** A freshly initialised student and segmentation net (spec §4.5) around the given teacher. */
  static create(teacher: TeacherWeights, imageSize: number, seed: number): DestsegModel {
    const params = new ParamStore();
    defineTeacher(params);
    assignTorchvisionTeacher(params, teacher.tensors, teacher.source);
    const rng = new Rng(seed);
    defineStudent(params, rng);
    defineSegmentationNet(params, rng);
    return new DestsegModel(params, {
      imageSize,
      teacherSource: teacher.source,
      teacherSha256: teacher.sha256,
    });
  }

  /** Loads weights written by `save`. */
  static async load(path: string): Promise<DestsegModel> {
    const file = await readSafetensorsFile(path, 'CHECKPOINT_INVALID');
    const infoJson = file.metadata.destseg;
    if (!infoJson)
      throw new DestsegError('CHECKPOINT_INVALID', `${path}: not a DeSTSeg model file (no metadata)`);
    const info = JSON.parse(infoJson) as ModelInfo;
    const params = new ParamStore();
    defineTeacher(params);
    defineStudent(params, new Rng(0));
    defineSegmentationNet(params, new Rng(0));
    params.assignFrom(file.tensors, (name) => {
      params.dispose();
      throw new DestsegError('CHECKPOINT_INVALID', `${path}: model file lacks ${name}`);
    });
    return new DestsegModel(params, info);
  }

  async save(): Promise<Buffer> {
    return encodeSafetensors(await this.params.toArrays(), { destseg: JSON.stringify(this.info) });
  }

  /** Normalised NHWC images → maps at imageSize/4 (eval mode). */
  predict(x: tf.Tensor4D): DestsegMaps {
    return predictMaps(this.params, x);
  }

  dispose(): void {
    this.params.dispose();
  }
}
