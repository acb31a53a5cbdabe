/**
 * Validation rules that refuse expensive operations before they run: a maximum selection depth, and a cost
 * estimate in which each field (`__typename` included) costs 1 times the sizes of the lists around it (a connection's `first` or
 * `last`, 20 by default, MAX_PAGE for a variable; any other list counts as LIST_ESTIMATE items).
 */
import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE, MAX_PAGE } from './connection.ts';

const LIST_ESTIMATE = 10;

interface Totals {
  depth: number;
  cost: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  totals: Totals;
}

function walk(
  w: Walk,
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  depth: number,
  multiplier: number,
  seen: Set<string>,
): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection (__schema, __type) is governed by the introspection switch; __typename costs like any field.
      if (selection.name.value.startsWith('__') && selection.name.value !== '__typename') continue;
      w.totals.cost += multiplier;
      w.totals.depth = Math.max(w.totals.depth, depth);
      if (!selection.selectionSet) continue;
      const field =
        parent && (isObjectType(parent) || isInterfaceType(parent))
          ? parent.getFields()[selection.name.value]
          : undefined;
      // A connection's edges list is as long as the page its `first` already counted.
      const inConnection = parent?.name.endsWith('Connection') === true;
      const factor = field && !inConnection ? sizeOf(selection, field) : 1;
      walk(
        w,
        selection.selectionSet,
        field ? getNamedType(field.type) : undefined,
        depth + 1,
        multiplier * factor,
        seen,
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typed = selection.typeCondition ? w.schema.getType(selection.typeCondition.name.value) : parent;
      walk(w, selection.selectionSet, typed ?? undefined, depth, multiplier, seen);
    } else {
      const name = selection.name.value;
      const fragment = w.fragments[name];
      // Fragment cycles are reported by graphql's own rules; here they only must not loop.
      if (!fragment || seen.has(name)) continue;
      const typed = w.schema.getType(fragment.typeCondition.name.value) ?? undefined;
      walk(w, fragment.selectionSet, typed, depth, multiplier, new Set([...seen, name]));
    }
  }
}

/** How many items a field returns at most: a connection's page size, an estimate for a list, else 1. */
function sizeOf(node: FieldNode, field: GraphQLField<unknown, unknown>): number {
  if (field.args.some((a) => a.name === 'first')) {
    const given = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
    // Without first or last a connection's page is DEFAULT_PAGE (lossCurve and imageScores return their whole
    // list then, counted as a page too, as before they were connections: the dashboard's charts need it).
    if (given === undefined) return DEFAULT_PAGE;
    // A variable is not known at validation time: assume the largest page the resolvers allow.
    return given.value.kind === Kind.INT ? Math.max(1, Number(given.value.value)) : MAX_PAGE;
  }
  return isListType(getNullableType(field.type)) ? LIST_ESTIMATE : 1;
}

export function queryLimitRules(maxDepth: number, maxCost: number): ValidationRule[] {
  const rule = (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const d of document.definitions)
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      const schema = context.getSchema();
      for (const d of document.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION) continue;
        const totals: Totals = { depth: 0, cost: 0 };
        const root = schema.getRootType(d.operation) ?? undefined;
        walk({ schema, fragments, totals }, d.selectionSet, root, 1, 1, new Set());
        if (totals.depth > maxDepth) {
          context.reportError(
            new GraphQLError(`query depth ${totals.depth} exceeds the limit of ${maxDepth}`, {
              extensions: { code: 'QUERY_TOO_DEEP' },
            }),
          );
        }
        if (totals.cost > maxCost) {
          context.reportError(
            new GraphQLError(`query cost ${totals.cost} exceeds the limit of ${maxCost}`, {
              extensions: { code: 'QUERY_TOO_COSTLY' },
            }),
          );
        }
      }
    },
  });
  return [rule];
}
