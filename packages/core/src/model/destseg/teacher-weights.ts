/**
 * Loads the teacher's torchvision ResNet18 weights from a local path or an http(s) URL. Downloads
 * are verified against an expected sha256 when one is given (always print the computed one so a
 * user can pin it) and cached next to the model outputs, written then renamed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DestsegError } from '../../errors.ts';
import { decodeSafetensors } from '../../io/safetensors.ts';
import type { NamedArray } from '../param-store.ts';

/** The public timm copy of torchvision's IMAGENET1K_V1 ResNet18 (same keys as torchvision). */
export const PUBLIC_TEACHER_URL =
  'https://huggingface.co/timm/resnet18.tv_in1k/resolve/main/model.safetensors';

/** Where a checkout beside the project's shared folder finds the teacher (development and CI). */
const SIBLING_SHARED_TEACHER = join('..', 'shared', 'weights', 'resnet18-imagenet-l1-l3.safetensors');

/**
 * The teacher source to use: the explicit value, else DESTSEG_TEACHER, else the shared weights file
 * beside the checkout when present, else the public URL (machines that are online).
 */
export function resolveTeacherSource(explicit?: string): string {
  if (explicit) return explicit;
  if (process.env.DESTSEG_TEACHER) return process.env.DESTSEG_TEACHER;
  for (const base of [process.cwd(), join(process.cwd(), '..', '..')]) {
    const candidate = join(base, SIBLING_SHARED_TEACHER);
    if (existsSync(candidate)) return candidate;
  }
  return PUBLIC_TEACHER_URL;
}

export interface TeacherWeights {
  source: string;
  sha256: string;
  tensors: Map<string, NamedArray>;
}

export interface TeacherSourceOptions {
  /** Expected sha256 (hex); a mismatch is TEACHER_WEIGHTS_INVALID. */
  sha256?: string;
  /** Where downloaded files are cached (default `~/.cache/destseg`). */
  cacheDir?: string;
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function download(url: string, cacheDir: string): Promise<Uint8Array> {
  const cached = join(cacheDir, `${sha256Hex(new TextEncoder().encode(url)).slice(0, 16)}.safetensors`);
  if (existsSync(cached)) return readFile(cached);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new DestsegError(
      'TEACHER_WEIGHTS_MISSING',
      `cannot download teacher weights from ${url}: ${String(cause)}`,
      {
        cause,
      },
    );
  }
  if (!response.ok) {
    throw new DestsegError(
      'TEACHER_WEIGHTS_MISSING',
      `downloading teacher weights from ${url}: HTTP ${response.status}`,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  await mkdir(cacheDir, { recursive: true });
  await writeFile(`${cached}.tmp`, bytes);
  await rename(`${cached}.tmp`, cached);
  return bytes;
}

export async function loadTeacherWeights(
  source: string,
  opts: TeacherSourceOptions = {},
): Promise<TeacherWeights> {
  const isUrl = /^https?:\/\//.test(source);
  let bytes: Uint8Array;
  if (isUrl) {
    bytes = await download(source, opts.cacheDir ?? join(process.env.HOME ?? '.', '.cache', 'destseg'));
  } else {
    if (!existsSync(source)) {
      throw new DestsegError(
        'TEACHER_WEIGHTS_MISSING',
        `teacher weights not found at ${source}: expected a safetensors file of torchvision ResNet18 ImageNet weights (set --teacher or DESTSEG_TEACHER)`,
      );
    }
    bytes = await readFile(source);
  }
  const sha256 = sha256Hex(bytes);
  if (opts.sha256 && opts.sha256.toLowerCase() !== sha256) {
    throw new DestsegError(
      'TEACHER_WEIGHTS_INVALID',
      `teacher weights ${source} have sha256 ${sha256}, expected ${opts.sha256.toLowerCase()}`,
    );
  }
  const tensors = decodeSafetensors(bytes, source, 'TEACHER_WEIGHTS_INVALID');
  return { source, sha256, tensors };
}
