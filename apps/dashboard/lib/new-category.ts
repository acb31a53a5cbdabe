/**
 * The new-category form's rules, checked in the browser before a round trip (the API checks them again), and
 * where the API's userErrors belong among the form's fields.
 */
import type { UserErrorFields } from '../components/user-errors.tsx';

export type DatasetSource = 'zip' | 'path';

export interface NewCategoryDraft {
  source: DatasetSource;
  name: string;
  imageSize: number;
  datasetPath: string;
  /** The chosen zip file's name; null when none is chosen. */
  zipFileName: string | null;
}

export type NewCategoryField = 'name' | 'imageSize' | 'datasetPath' | 'zip';

export type FieldProblems = Partial<Record<NewCategoryField, string>>;

/** As the API's CategoryService: 1-64 letters, digits, _ . or -, starting with a letter or digit. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export const DEFAULT_IMAGE_SIZE = 256;

export function newCategoryProblems(draft: NewCategoryDraft): FieldProblems {
  const problems: FieldProblems = {};
  if (!NAME.test(draft.name)) {
    problems.name = 'Use 1–64 letters, digits, _ . or -, starting with a letter or digit.';
  }
  const size = draft.imageSize;
  if (!Number.isInteger(size) || size < 32 || size > 1024 || size % 32 !== 0) {
    problems.imageSize = 'A multiple of 32 between 32 and 1024.';
  }
  if (draft.source === 'path' && draft.datasetPath.trim() === '') {
    problems.datasetPath = 'The folder on the server that holds train/good.';
  }
  if (draft.source === 'zip') {
    if (draft.zipFileName === null) problems.zip = 'Choose a .zip file.';
    else if (!draft.zipFileName.toLowerCase().endsWith('.zip'))
      problems.zip = 'Only .zip files are accepted.';
  }
  return problems;
}

const FIELD_OF_INPUT: Record<string, NewCategoryField> = {
  name: 'name',
  imageSize: 'imageSize',
  datasetPath: 'datasetPath',
  zipBase64: 'zip',
};

/** The form field a userError is about (its field path is ['input', <name>]), or null for the form as a whole. */
export function fieldOfUserError(error: UserErrorFields): NewCategoryField | null {
  const [root, name] = error.field;
  return root === 'input' && name !== undefined ? (FIELD_OF_INPUT[name] ?? null) : null;
}
