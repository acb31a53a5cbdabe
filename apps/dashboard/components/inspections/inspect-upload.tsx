'use client';

import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { readFileBase64 } from '@/lib/read-file-base64.ts';
import { useCategories } from '../categories/categories-query.ts';
import { SelectOptions } from '../select-options.tsx';
import { EmptyState } from '../states/empty-state.tsx';
import { ErrorState } from '../states/error-state.tsx';
import { LoadingState } from '../states/loading-state.tsx';
import { type UserErrorFields, UserErrors } from '../user-errors.tsx';
import { ImageDropzone } from './image-dropzone.tsx';
import { type InspectionDetail, InspectionResult } from './inspection-result.tsx';

const InspectMutation = graphql(`
  mutation Inspect($input: InspectInput!) {
    inspect(input: $input) {
      inspection {
        ...InspectionDetail
      }
      modelId
      thresholdVersion
      replayed
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Upload one image for a category and show the inspection that comes back. */
export function InspectUpload() {
  const [categories] = useCategories();
  const [state, inspect] = useMutation(InspectMutation);
  const [category, setCategory] = useState('');
  const [origin, setOrigin] = useState({ partId: '', lotId: '', stationId: '' });
  const [inspection, setInspection] = useState<InspectionDetail | null>(null);
  const [errors, setErrors] = useState<UserErrorFields[]>([]);
  const [readError, setReadError] = useState<Error | null>(null);

  const usable = categories.data?.categories.filter((c) => c.activeModel) ?? [];
  const chosen = category || usable[0]?.name || '';

  async function onFile(file: File) {
    setInspection(null);
    setErrors([]);
    setReadError(null);
    let imageBase64: string;
    try {
      imageBase64 = await readFileBase64(file);
    } catch (error) {
      setReadError(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const result = await inspect({
      input: {
        category: chosen,
        imageBase64,
        partId: origin.partId || null,
        lotId: origin.lotId || null,
        stationId: origin.stationId || null,
        // Makes a retried upload return the first result instead of inspecting twice.
        clientToken: crypto.randomUUID(),
      },
    });
    setErrors(result.data?.inspect.userErrors ?? []);
    setInspection(result.data?.inspect.inspection ?? null);
  }

  if (categories.error) return <ErrorState error={categories.error} title="Categories unavailable" />;
  if (!categories.data) return <LoadingState label="Loading categories" />;
  if (usable.length === 0) {
    return (
      <EmptyState title="No category has a trained model">
        Train a model first; inspections use the active one.
      </EmptyState>
    );
  }

  return (
    <>
      <section className="card">
        <div className="form-grid" style={{ marginBottom: '1rem' }}>
          <label>
            Category
            <select name="category" value={chosen} onChange={(e) => setCategory(e.target.value)}>
              <SelectOptions values={usable.map((c) => c.name)} />
            </select>
          </label>
          {(['partId', 'lotId', 'stationId'] as const).map((key) => (
            <label key={key}>
              {key.replace('Id', '')} (optional)
              <input
                name={key}
                value={origin[key]}
                onChange={(e) => setOrigin({ ...origin, [key]: e.target.value })}
              />
            </label>
          ))}
        </div>
        <ImageDropzone onFile={onFile} disabled={state.fetching} />
      </section>
      {state.fetching ? <LoadingState label="Inspecting" /> : null}
      {readError ? <ErrorState error={readError} title="Could not read the file" /> : null}
      {state.error ? <ErrorState error={state.error} title="Inspection failed" /> : null}
      <UserErrors errors={errors} />
      {inspection ? <InspectionResult inspection={inspection} /> : null}
    </>
  );
}
