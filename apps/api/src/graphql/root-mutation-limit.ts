/**
 * Bounds the root fields of a mutation operation: at most `max` in all, and `inspect` (a forward pass
 * each) at most once, so aliases cannot turn one request into many writes or inferences.
 */
import {
  type ASTVisitor,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Mutations that run the model; a request may hold one of them. */
const ONCE_PER_REQUEST = new Set(['inspect']);

function rootFieldNames(context: ValidationContext, set: SelectionSetNode, seen: Set<string>): string[] {
  const names: string[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) names.push(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      names.push(...rootFieldNames(context, selection.selectionSet, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) names.push(...rootFieldNames(context, fragment.selectionSet, seen));
    }
  }
  return names;
}

export function rootMutationLimitRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return;
      const names = rootFieldNames(context, operation.selectionSet, new Set());
      const fail = (message: string) =>
        context.reportError(new GraphQLError(message, { extensions: { code: 'QUERY_TOO_MANY_MUTATIONS' } }));
      if (names.length > max) {
        fail(`a mutation request may hold at most ${max} root fields, this one has ${names.length}`);
      }
      for (const name of ONCE_PER_REQUEST) {
        const count = names.filter((n) => n === name).length;
        if (count > 1) fail(`a mutation request may hold one ${name}, this one has ${count}`);
      }
    },
  });
}
