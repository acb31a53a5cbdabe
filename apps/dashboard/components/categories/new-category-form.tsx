'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, type InputHTMLAttributes, useState } from 'react';
import { useMutation } from 'urql';
import { AUGMENTATION_GROUPS, AUGMENTATION_LABELS } from '@/lib/augmentation-groups.ts';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import type { AugmentationGroup, ScoreOutput } from '@/lib/graphql/generated/graphql.ts';
import {
  type DatasetSource,
  DEFAULT_IMAGE_SIZE,
  type FieldProblems,
  fieldOfUserError,
  type NewCategoryField,
  newCategoryProblems,
} from '@/lib/new-category.ts';
import { readFileBase64 } from '@/lib/read-file-base64.ts';
import { SelectOptions } from '../select-options.tsx';
import { type UserErrorFields, UserErrors } from '../user-errors.tsx';
import { ScoreOutputSelect } from './score-output-select.tsx';

/** What the form needs back: the name to open the category's page. */
const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const CreateCategoryFromZipMutation = graphql(`
  mutation CreateCategoryFromZip($input: CreateCategoryFromZipInput!) {
    createCategoryFromZip(input: $input) {
      category {
        id
        name
      }
      ignoredFiles
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface CheckedInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'onChange'> {
  field: NewCategoryField;
  label: string;
  problems: FieldProblems;
  /** Takes the edited input's value; the field's problem from the API is cleared with `onEdited`. */
  onValue: (input: HTMLInputElement) => void;
  onEdited: (field: NewCategoryField) => void;
  wide?: boolean;
}

/** An input named after its field, with the field's problem (the form's own or the API's) beside it. */
function CheckedInput({ field, label, problems, onValue, onEdited, wide, ...input }: CheckedInputProps) {
  const message = problems[field];
  return (
    <label className={wide ? 'wide' : undefined}>
      {label}
      <input
        {...input}
        name={field}
        aria-invalid={message ? true : undefined}
        onChange={(e) => {
          onValue(e.target);
          onEdited(field);
        }}
      />
      {message ? (
        <span className="field-error" role="alert" data-testid={`field-error-${field}`}>
          {message}
        </span>
      ) : null}
    </label>
  );
}

const SOURCES: ReadonlyArray<{ source: DatasetSource; label: string }> = [
  { source: 'zip', label: 'Upload a zip of images' },
  { source: 'path', label: 'A folder on the server' },
];

/**
 * Creates a category from a zip of images uploaded from this browser, or from a dataset folder on the
 * server; problems show beside their field, and a created category's page opens.
 */
export function NewCategoryForm() {
  const router = useRouter();
  const [fromPath, createFromPath] = useMutation(CreateCategoryMutation);
  const [fromZip, createFromZip] = useMutation(CreateCategoryFromZipMutation);
  const [source, setSource] = useState<DatasetSource>('zip');
  const [name, setName] = useState('');
  const [imageSize, setImageSize] = useState(DEFAULT_IMAGE_SIZE);
  // '' leaves the rotation group to the API: the paper's group for the category's name.
  const [augmentationGroup, setAugmentationGroup] = useState<AugmentationGroup | ''>('');
  const [scoreOutput, setScoreOutput] = useState<ScoreOutput>('SEG');
  const [datasetPath, setDatasetPath] = useState('');
  const [zipFile, setZipFile] = useState<File | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblems>({});
  const [formErrors, setFormErrors] = useState<UserErrorFields[]>([]);
  const [readError, setReadError] = useState<string | null>(null);
  // A category made from a zip with files outside the layout: they are listed before its page opens.
  const [createdWithIgnored, setCreatedWithIgnored] = useState<{ name: string; ignored: string[] } | null>(
    null,
  );

  const draft = { source, name, imageSize, datasetPath, zipFileName: zipFile?.name ?? null };
  const localProblems = newCategoryProblems(draft);
  // Local problems show once a submit was tried; the server's until the field is edited.
  const problems: FieldProblems = { ...serverProblems, ...(submitted ? localProblems : {}) };
  const busy = fromPath.fetching || fromZip.fetching;
  const transportError = (source === 'zip' ? fromZip : fromPath).error;

  function edited(field: NewCategoryField) {
    setServerProblems(({ [field]: _, ...rest }) => rest);
  }

  /** What every CheckedInput of this form takes: its field and label, the problems, and `edited`. */
  function checked(field: NewCategoryField, label: string) {
    return { field, label, problems, onEdited: edited };
  }

  function showUserErrors(errors: readonly UserErrorFields[]) {
    const byField: FieldProblems = {};
    const rest: UserErrorFields[] = [];
    for (const error of errors) {
      const field = fieldOfUserError(error);
      if (field) byField[field] = `${error.message} (${error.code})`;
      else rest.push(error);
    }
    setServerProblems(byField);
    setFormErrors(rest);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setReadError(null);
    if (Object.keys(localProblems).length > 0) return;
    const common = {
      name,
      imageSize,
      scoreOutput,
      ...(augmentationGroup === '' ? {} : { augmentationGroup }),
    };
    let created: { name: string } | null = null;
    if (source === 'zip' && zipFile) {
      let zipBase64: string;
      try {
        zipBase64 = await readFileBase64(zipFile);
      } catch (error) {
        setReadError(error instanceof Error ? error.message : String(error));
        return;
      }
      const result = await createFromZip({ input: { ...common, zipBase64 } });
      const payload = result.data?.createCategoryFromZip;
      showUserErrors(payload?.userErrors ?? []);
      created = payload?.category ?? null;
      if (created && payload && payload.ignoredFiles.length > 0) {
        setCreatedWithIgnored({ name: created.name, ignored: payload.ignoredFiles });
        return;
      }
    } else {
      const result = await createFromPath({ input: { ...common, datasetPath: datasetPath.trim() } });
      const payload = result.data?.createCategory;
      showUserErrors(payload?.userErrors ?? []);
      created = payload?.category ?? null;
    }
    if (created) router.push(`/categories/${encodeURIComponent(created.name)}`);
  }

  if (createdWithIgnored) {
    const { name: createdName, ignored } = createdWithIgnored;
    return (
      <section className="card" data-testid="ignored-files">
        <h2>Category {createdName} created</h2>
        <p>
          {ignored.length} file{ignored.length === 1 ? ' was' : 's were'} left out of its dataset, being
          outside the layout:
        </p>
        <ul className="ignored-files">
          {ignored.map((file) => (
            <li key={file}>
              <code>{file}</code>
            </li>
          ))}
        </ul>
        <Link className="button" href={`/categories/${encodeURIComponent(createdName)}`}>
          Open {createdName}
        </Link>
      </section>
    );
  }

  return (
    <form
      className="card new-category-form"
      onSubmit={onSubmit}
      noValidate
      aria-label="New category"
      data-testid="new-category-form"
    >
      <fieldset className="source-choice">
        <legend>Dataset</legend>
        {SOURCES.map((choice) => (
          <label key={choice.source} className="inline">
            <input
              type="radio"
              name="source"
              value={choice.source}
              checked={source === choice.source}
              onChange={() => setSource(choice.source)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <CheckedInput
          {...checked('name', 'Name')}
          value={name}
          autoComplete="off"
          onValue={(input) => setName(input.value)}
        />
        <CheckedInput
          {...checked('imageSize', 'Image size (px)')}
          type="number"
          min={32}
          max={1024}
          step={32}
          value={Number.isNaN(imageSize) ? '' : imageSize}
          onValue={(input) => setImageSize(input.valueAsNumber)}
        />
        <label>
          Rotation augmentation
          <select
            name="augmentationGroup"
            value={augmentationGroup}
            onChange={(e) => setAugmentationGroup(e.target.value as AugmentationGroup | '')}
          >
            <option value="">the paper's choice for the name</option>
            <SelectOptions values={AUGMENTATION_GROUPS} label={(group) => AUGMENTATION_LABELS[group]} />
          </select>
        </label>
        <ScoreOutputSelect name="scoreOutput" value={scoreOutput} onChange={setScoreOutput} />
        {source === 'zip' ? (
          <CheckedInput
            {...checked('zip', 'Zip file')}
            wide
            type="file"
            accept=".zip,application/zip"
            onValue={(input) => setZipFile(input.files?.[0] ?? null)}
          />
        ) : (
          <CheckedInput
            {...checked('datasetPath', 'Dataset folder on the server')}
            wide
            value={datasetPath}
            placeholder="/data/mvtec/bottle"
            onValue={(input) => setDatasetPath(input.value)}
          />
        )}
      </div>
      {source === 'zip' ? (
        <p className="muted">
          Either the MVTec layout — <code>train/good/</code> images, optionally{' '}
          <code>test/&lt;type&gt;/</code> images with{' '}
          <code>ground_truth/&lt;type&gt;/&lt;name&gt;_mask.png</code> masks — or good images alone at the top
          of the zip. PNG or JPEG; other files beside the layout are ignored.
        </p>
      ) : (
        <p className="muted">
          An MVTec-layout folder the API server can read: <code>train/good/</code>, optionally{' '}
          <code>test/&lt;type&gt;/</code> and <code>ground_truth/&lt;type&gt;/</code>.
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? (source === 'zip' ? 'Uploading…' : 'Creating…') : 'Create category'}
      </button>
      {readError ? <p className="state state-error">Could not read the file: {readError}</p> : null}
      {transportError ? <p className="state state-error">{transportError.message}</p> : null}
      <UserErrors errors={formErrors} />
    </form>
  );
}
