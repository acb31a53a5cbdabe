'use client';

import { RECIPE_PRESETS, type RecipePresetName } from '@destseg/core/recipes';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { formatDuration } from '@/lib/format.ts';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { type RunParamsForm, runParamsProblems } from '@/lib/recipe-presets.ts';
import { expectedRunSeconds } from '@/lib/run-duration.ts';
import { parseTags } from '@/lib/run-tags.ts';
import { useCategories } from '../categories/categories-query.ts';
import { ErrorState } from '../states/error-state.tsx';
import { LoadingState } from '../states/loading-state.tsx';
import { type UserErrorFields, UserErrors } from '../user-errors.tsx';
import { RunLabelFields, type RunLabelsDraft } from './run-label-fields.tsx';

const StartTrainingRunMutation = graphql(`
  mutation StartTrainingRun($input: StartTrainingRunInput!) {
    startTrainingRun(input: $input) {
      run {
        ...RunSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const FIELDS: ReadonlyArray<{ key: keyof RunParamsForm; label: string; min: number }> = [
  { key: 'batchSize', label: 'Batch size', min: 1 },
  { key: 'steps', label: 'Steps', min: 1 },
  { key: 'stage1Steps', label: 'Stage-1 steps', min: 0 },
  { key: 'checkpointEvery', label: 'Checkpoint every', min: 1 },
  { key: 'seed', label: 'Seed', min: 0 },
];

/** Perlin scale exponents of the synthetic defects: null keeps the recipe's official [0, 5]. */
const DEFECT_SIZES: Record<'official' | 'small', number[] | null> = { official: null, small: [2, 5] };
type DefectSize = keyof typeof DEFECT_SIZES;

/**
 * Starts a training run from a preset, optionally adjusted, and opens its detail page; on a category's page
 * (`category` given) it trains that category only.
 */
export function StartRunForm({ category: fixedCategory }: { category?: string } = {}) {
  const router = useRouter();
  const [categories] = useCategories();
  const [started, startRun] = useMutation(StartTrainingRunMutation);
  const [preset, setPreset] = useState<RecipePresetName>('quick');
  const [params, setParams] = useState<RunParamsForm>({ ...RECIPE_PRESETS.quick });
  const [category, setCategory] = useState('');
  const [defectSize, setDefectSize] = useState<DefectSize>('official');
  const [labels, setLabels] = useState<RunLabelsDraft>({ name: '', tagsText: '' });
  const [errors, setErrors] = useState<UserErrorFields[]>([]);

  const chosenCategory = fixedCategory ?? (category || categories.data?.categories[0]?.name || '');
  const problems = runParamsProblems(params);
  const chosen = categories.data?.categories.find((c) => c.name === chosenCategory);
  const dataset = chosen?.datasetVersions.at(-1);
  const expected = chosen
    ? expectedRunSeconds(
        params,
        chosen.imageSize,
        dataset ? dataset.testGoodCount + dataset.testDefectCount : 0,
      )
    : null;

  function choosePreset(name: RecipePresetName) {
    setPreset(name);
    setParams({ ...RECIPE_PRESETS[name] });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosenCategory || problems.length > 0) return;
    const result = await startRun({
      input: {
        category: chosenCategory,
        name: labels.name.trim() || null,
        tags: parseTags(labels.tagsText),
        params: { ...params, perlinScaleRange: DEFECT_SIZES[defectSize] },
      },
    });
    const payload = result.data?.startTrainingRun;
    setErrors(payload?.userErrors ?? []);
    if (payload?.run) router.push(`/runs/${encodeURIComponent(payload.run.id)}`);
  }

  if (categories.error) return <ErrorState error={categories.error} title="Categories unavailable" />;
  if (!categories.data) return <LoadingState label="Loading categories" />;

  return (
    <form className="card" onSubmit={onSubmit} aria-label="Start a training run" data-testid="start-run-form">
      <h2>Start a training run</h2>
      <div className="form-grid">
        <RunLabelFields value={labels} onChange={setLabels} namePlaceholder="e.g. baseline" />
        <label>
          Category
          <select
            name="category"
            value={chosenCategory}
            onChange={(e) => setCategory(e.target.value)}
            disabled={fixedCategory !== undefined}
            required
          >
            {categories.data.categories
              .filter((c) => fixedCategory === undefined || c.name === fixedCategory)
              .map((c) => (
                <option key={c.id} value={c.name}>
                  {c.name} ({c.imageSize}px)
                </option>
              ))}
          </select>
        </label>
        <label>
          Recipe
          <select
            name="preset"
            value={preset}
            onChange={(e) => choosePreset(e.target.value as RecipePresetName)}
          >
            <option value="official">official (paper)</option>
            <option value="quick">quick</option>
          </select>
        </label>
        <label>
          Synthetic defects
          <select
            name="defectSize"
            value={defectSize}
            onChange={(e) => setDefectSize(e.target.value as DefectSize)}
          >
            <option value="official">official sizes (Perlin 0–5)</option>
            <option value="small">small, for tiny defects (Perlin 2–5)</option>
          </select>
        </label>
        {FIELDS.map((field) => (
          <label key={field.key}>
            {field.label}
            <input
              name={field.key}
              type="number"
              min={field.min}
              step={1}
              value={params[field.key]}
              onChange={(e) => setParams({ ...params, [field.key]: Number(e.target.value) })}
            />
          </label>
        ))}
        <button
          type="submit"
          className="button"
          disabled={started.fetching || problems.length > 0 || !chosenCategory}
        >
          {started.fetching ? 'Starting…' : 'Start run'}
        </button>
      </div>
      {expected !== null && problems.length === 0 ? (
        <p className="muted" data-testid="expected-duration">
          Expected duration with its evaluation: about <strong>{formatDuration(expected)}</strong> on a 2-core
          CPU (wasm); a GPU backend is much faster.
        </p>
      ) : null}
      {problems.length > 0 ? <p className="muted">{problems.join('; ')}</p> : null}
      {started.error ? <ErrorState error={started.error} title="The run did not start" /> : null}
      <UserErrors errors={errors} />
    </form>
  );
}
