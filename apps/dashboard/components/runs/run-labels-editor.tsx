'use client';

import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { parseTags, tagsToText } from '@/lib/run-tags.ts';
import { type UserErrorFields, UserErrors } from '../user-errors.tsx';

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
  const [draftName, setDraftName] = useState(name);
  const [draftTags, setDraftTags] = useState(tagsToText(tags));
  const [errors, setErrors] = useState<UserErrorFields[]>([]);
  const unchanged = draftName.trim() === name && tagsToText(parseTags(draftTags)) === tagsToText(tags);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await update({ input: { id: runId, name: draftName, tags: parseTags(draftTags) } });
    const payload = result.data?.updateTrainingRun;
    setErrors(payload?.userErrors ?? []);
    if (payload?.run) onSaved();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Name and tags" data-testid="run-labels-editor">
      <div className="form-grid">
        <label>
          Name
          <input
            name="name"
            value={draftName}
            maxLength={100}
            onChange={(e) => setDraftName(e.target.value)}
            placeholder="none (shown as its number)"
          />
        </label>
        <label>
          Tags
          <input
            name="tags"
            value={draftTags}
            onChange={(e) => setDraftTags(e.target.value)}
            placeholder="comma-separated"
          />
        </label>
        <button type="submit" className="button" disabled={state.fetching || unchanged}>
          {state.fetching ? 'Saving…' : 'Save name and tags'}
        </button>
      </div>
      {state.error ? <p className="state state-error">{state.error.message}</p> : null}
      <UserErrors errors={errors} />
    </form>
  );
}
