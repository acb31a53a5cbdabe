/**
 * Loads the teacher's torchvision ResNet18 weights from a local path or an http(s) URL. Downloads
 * are verified against an expected sha256 when one is given (always print the computed one so a
 * user can pin it) and cached next to the model outputs, written then renamed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DestsegError } from '../../errors.ts';
import { decodeSafetensors } from '../../io/safetensors.ts';
import type { NamedArray } from '../param-store.ts';

/** The public timm copy of torchvision's IMAGENET1K_V1 ResNet18 (same keys as torchvision). */
export const PUBLIC_TEACHER_URL =
  'https://huggingface.co/timm/resnet18.tv_in1k/resolve/main/model.safetensors';

/** Where a checkout beside the project's shared folder finds the teacher (development, CI, offline machines). */
const SIBLING_SHARED_TEACHER = join('..', 'shared', 'weights', 'resnet18-imagenet-l1-l3.safetensors');
/** The checkout's root, five levels above this file (packages/core/src/model/destseg). */
const CHECKOUT_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/**
 * The one teacher resolution of the CLI and the API: the explicit value (`--teacher`), else
 * DESTSEG_TEACHER, else the shared weights file beside the checkout (found from the checkout itself, or
 * from the working directory), else the public URL, which only an online machine can fetch. A local path
 * comes back absolute, because training workers may run in another directory.
 */
export function resolveTeacherSource(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit || env.DESTSEG_TEACHER;
  if (chosen) return isUrl(chosen) ? chosen : resolve(chosen);
  for (const base of [CHECKOUT_ROOT, process.cwd(), join(process.cwd(), '..', '..')]) {
    const candidate = resolve(base, SIBLING_SHARED_TEACHER);
    if (existsSync(candidate)) return candidate;
  }
  return PUBLIC_TEACHER_URL;
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//.test(source);
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
  let bytes: Uint8Array;
  if (isUrl(source)) {
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
