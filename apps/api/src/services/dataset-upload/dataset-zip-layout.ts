/**
 * Where each file of an uploaded dataset zip goes in the category folder, decided from the names alone
 * before anything is extracted. Two layouts (docs/API.md, "Creating a category from a zip"):
 * - MVTec: `train/good/*` images, optionally `test/<type>/*` images and `ground_truth/<type>/<stem>_mask.png`;
 * - flat: good images at the top level only, which become `train/good/*`.
 * Either may sit inside one top-level folder (what zipping a folder gives). Files outside the layout (a
 * README, `__MACOSX/`, hidden files, a folder beside `train/`) are ignored and listed; a file inside the layout that is not
 * an image of an accepted type is refused, by name.
 */
import { ApiError } from '../api-error.ts';
import { ZIP_FIELD } from './zip-archive.ts';

export interface PlannedFile {
  /** The entry's name in the archive. */
  entryName: string;
  /** Path inside the category folder, e.g. `train/good/001.png`. */
  target: string;
  kind: 'image' | 'mask';
}

export interface DatasetZipPlan {
  files: PlannedFile[];
  /** Archive files left out of the dataset, by entry name. */
  ignored: string[];
  layout: 'mvtec' | 'flat';
}

const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg'] as const;
const LAYOUT_FOLDERS = new Set(['train', 'test', 'ground_truth']);
const MAX_SEGMENT_BYTES = 255;
/** What archivers and file browsers add beside the files: always ignored. */
const JUNK_NAMES = new Set(['__MACOSX', 'Thumbs.db', 'desktop.ini']);

function isJunk(name: string): boolean {
  return name.split('/').some((part) => part.startsWith('.') || JUNK_NAMES.has(part));
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

function isImageName(name: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

function unexpected(entryName: string, why: string): ApiError {
  return new ApiError('ZIP_UNEXPECTED_FILE', `${entryName}: ${why}`, ZIP_FIELD);
}

/** The one folder every file sits in, when there is one and it is not itself a layout folder. */
function wrappingFolder(names: readonly string[]): string | null {
  const first = names[0]?.split('/')[0];
  if (first === undefined || LAYOUT_FOLDERS.has(first)) return null;
  return names.every((n) => n.startsWith(`${first}/`)) ? `${first}/` : null;
}

/** The category-folder path of an MVTec-layout file, null when it lies outside the layout folders. */
function mvtecTarget(entryName: string, parts: readonly string[]): PlannedFile | null {
  const [top, folder, file, ...deeper] = parts;
  if (top === undefined || !LAYOUT_FOLDERS.has(top)) return null;
  if (folder === undefined || file === undefined || deeper.length > 0) {
    throw unexpected(entryName, `expected ${top}/<folder>/<file>, with no deeper folders`);
  }
  if (top === 'train' && folder !== 'good') {
    throw unexpected(entryName, 'train/ holds only good/: defective images go under test/<type>/');
  }
  if (top === 'ground_truth') {
    if (folder === 'good') throw unexpected(entryName, 'good test images have no masks');
    if (!file.toLowerCase().endsWith('_mask.png')) {
      throw unexpected(entryName, 'a mask must be a PNG named <image stem>_mask.png');
    }
    return { entryName, target: parts.join('/'), kind: 'mask' };
  }
  if (!isImageName(file)) {
    throw unexpected(entryName, `not an image: expected ${IMAGE_EXTENSIONS.join(', ')} files`);
  }
  return { entryName, target: parts.join('/'), kind: 'image' };
}

/** Plans the extraction of the archive's files (folder entries are left out: folders follow from paths). */
export function planDatasetZip(allFileNames: readonly string[]): DatasetZipPlan {
  const ignored = allFileNames.filter(isJunk);
  const fileNames = allFileNames.filter((n) => !isJunk(n));
  const wrapper = wrappingFolder(fileNames);
  const inner = (name: string) => (wrapper ? name.slice(wrapper.length) : name);
  const layout = fileNames.some((n) => LAYOUT_FOLDERS.has(inner(n).split('/')[0] ?? '')) ? 'mvtec' : 'flat';
  const files: PlannedFile[] = [];
  const targets = new Set<string>();
  for (const entryName of fileNames) {
    const parts = inner(entryName).split('/');
    const planned =
      layout === 'mvtec'
        ? mvtecTarget(entryName, parts)
        : parts.length === 1 && isImageName(parts[0] as string)
          ? { entryName, target: `train/good/${parts[0]}`, kind: 'image' as const }
          : null;
    if (planned === null) {
      ignored.push(entryName);
      continue;
    }
    if (parts.some((p) => Buffer.byteLength(p) > MAX_SEGMENT_BYTES)) {
      throw unexpected(entryName, `a file or folder name is longer than ${MAX_SEGMENT_BYTES} bytes`);
    }
    if (targets.has(planned.target)) {
      throw new ApiError('ZIP_DUPLICATE_ENTRY', `${entryName}: the archive holds this path twice`, ZIP_FIELD);
    }
    targets.add(planned.target);
    files.push(planned);
  }
  if (!files.some((f) => f.target.startsWith('train/good/'))) {
    throw new ApiError(
      'ZIP_TRAIN_GOOD_MISSING',
      layout === 'mvtec'
        ? 'the archive has no train/good/ images: a category needs good images to train on'
        : `the archive has no images at its top level (${IMAGE_EXTENSIONS.join(', ')}): zip good images ` +
            'alone, or use the MVTec layout with train/good/',
      ZIP_FIELD,
    );
  }
  return { files, ignored, layout };
}
