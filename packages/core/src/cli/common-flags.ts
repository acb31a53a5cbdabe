/** Flags several commands share, with one help text each (the commands' flag tables spread them in). */
import type { FlagSpec } from './command-spec.ts';

export const MODEL_FLAG = {
  value: 'DIR',
  help: 'the trained run (or checkpoint) folder (required)',
} as const satisfies FlagSpec;
export const BACKEND_FLAG = {
  value: 'NAME',
  help: 'TF.js backend: auto|tensorflow|webgpu|wasm|cpu (default auto, or DESTSEG_BACKEND)',
} as const satisfies FlagSpec;
export const ENGINE_FLAG = {
  value: 'NAME',
  help: 'inference engine: ort|tfjs (default ort, or DESTSEG_INFERENCE_ENGINE)',
} as const satisfies FlagSpec;
export const SIZE_FLAG = {
  value: 'PX',
  help: 'image side in pixels (default 256)',
} as const satisfies FlagSpec;
export const BATCH_FLAG = { value: 'N', help: 'images per step (default 32)' } as const satisfies FlagSpec;
export const TEACHER_FLAGS = {
  teacher: {
    value: 'PATH',
    help: 'teacher weights, a path or an http(s) URL (default DESTSEG_TEACHER, then ../shared, then the public file)',
  },
  'teacher-sha256': { value: 'HEX', help: 'the sha256 the teacher file must have' },
} as const satisfies Record<string, FlagSpec>;
