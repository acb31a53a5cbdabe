/** GraphQL enums are UPPER_CASE; the database stores the lower-case names. */
export function toGraphqlEnum<T extends string>(value: string): T {
  return value.toUpperCase() as T;
}

export function fromGraphqlEnum<T extends string>(value: string): T {
  return value.toLowerCase() as T;
}
