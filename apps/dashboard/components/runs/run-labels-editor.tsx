'use client';

import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { parseTags, tagsToText } from '@/lib/run-tags.ts';
import { MutationErrors, type UserErrorFields } from '../user-errors.tsx';
import { RunLabelFields, type RunLabelsDraft } from './run-label-fields.tsx';

const UpdateTrainingRunMutation = graphql(`
  mutation UpdateTrainingRun($input: UpdateTrainingRunInput!) {
    updateTrainingRun(input: $input) {
      run {
        id
        name
        named
        tags
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface RunLabelsEditorProps {
  runId: string;
  /** The run's own name; '' when it has none (it shows a default). */
  name: string;
  tags: readonly string[];
  onSaved: () => void;
}

/** Renames and retags a run (admin); an empty name brings the default back. */
export function RunLabelsEditor({ runId, name, tags, onSaved }: RunLabelsEditorProps) {
  const [state, update] = useMutation(UpdateTrainingRunMutation);
  const [draft, setDraft] = useState<RunLabelsDraft>({ name, tagsText: tagsToText(tags) });
  const [errors, setErrors] = useState<UserErrorFields[]>([]);
  const unchanged = draft.name.trim() === name && tagsToText(parseTags(draft.tagsText)) === tagsToText(tags);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await update({ input: { id: runId, name: draft.name, tags: parseTags(draft.tagsText) } });
    const payload = result.data?.updateTrainingRun;
    setErrors(payload?.userErrors ?? []);
    if (payload?.run) onSaved();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Name and tags" data-testid="run-labels-editor">
      <div className="form-grid">
        <RunLabelFields value={draft} onChange={setDraft} namePlaceholder="none (shown as its number)" />
        <button type="submit" className="button" disabled={state.fetching || unchanged}>
          {state.fetching ? 'Saving…' : 'Save name and tags'}
        </button>
      </div>
      <MutationErrors error={state.error} userErrors={errors} />
    </form>
  );
}
