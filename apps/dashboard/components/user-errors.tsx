import type { ResultOf } from '@graphql-typed-document-node/core';
import type { CombinedError } from 'urql';
import { graphql } from '@/lib/graphql/generated/gql.ts';

/** What every mutation selects of its userErrors. */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    field
    message
    code
  }
`);

export type UserErrorFields = ResultOf<typeof UserErrorFieldsFragment>;

/** A mutation's userErrors: the API's way of rejecting input without failing the request. */
export function UserErrors({ errors }: { errors: readonly UserErrorFields[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="state state-error" role="alert">
      {errors.map((error) => (
        <li key={`${error.code}:${error.field.join('.')}:${error.message}`}>
          {error.message} <span className="muted">({error.code})</span>
        </li>
      ))}
    </ul>
  );
}

/** What went wrong with a mutation: its request's error (network or GraphQL), then its userErrors. */
export function MutationErrors({
  error,
  userErrors,
}: {
  error: CombinedError | undefined;
  userErrors: readonly UserErrorFields[];
}) {
  return (
    <>
      {error ? <p className="state state-error">{error.message}</p> : null}
      <UserErrors errors={userErrors} />
    </>
  );
}
