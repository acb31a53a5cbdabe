/**
 * Codegen plugin: each GraphQL enum's internal values (the lower-case names the database stores), as a
 * runtime object the API hands to Apollo (`EnumName: { VALUE: 'value' }`), so no resolver casts enums by hand.
 * codegen.ts passes the same mapping to the typescript plugin (`enumValues`): each enum's type is its internal
 * values, which the resolver types then use.
 */
import { buildASTSchema, type GraphQLSchema, isEnumType, isIntrospectionType, parse } from 'graphql';

/** Enum name → GraphQL value → internal value. */
export type EnumInternalValues = Record<string, Record<string, string>>;

export function enumInternalValues(schema: GraphQLSchema): EnumInternalValues {
  const out: EnumInternalValues = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type) || isIntrospectionType(type)) continue;
    // UserErrorCode's values are the codes themselves.
    const internal = type.name === 'UserErrorCode' ? (v: string) => v : (v: string) => v.toLowerCase();
    out[type.name] = Object.fromEntries(type.getValues().map((v) => [v.name, internal(v.name)]));
  }
  return out;
}

export function enumInternalValuesOfSdl(sdl: string): EnumInternalValues {
  return enumInternalValues(buildASTSchema(parse(sdl)));
}

export const plugin = (schema: GraphQLSchema): string => {
  const values = enumInternalValues(schema);
  const names = Object.keys(values).sort();
  return [
    '/** Each GraphQL enum: GraphQL value → internal value (enum-values-plugin.ts). */',
    'export const enumInternalValues = {',
    ...names.map((name) => `  ${name}: ${JSON.stringify(values[name])},`),
    '} as const;',
    '',
  ].join('\n');
};
