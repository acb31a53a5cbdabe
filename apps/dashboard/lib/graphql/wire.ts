/**
 * The generated schema types describe resolver values (DateTime as Date). Over the wire JSON carries
 * DateTime as an ISO string, a selected nullable field is present (null, never missing), and a query
 * selects only some fields: `Wire<Pick<…>>` gives the shape a query really returns.
 */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? Wire<Item>[]
    : T extends object
      ? { [K in keyof T as K extends '__typename' ? never : K]-?: Wire<Exclude<T[K], undefined>> }
      : T;

/** The selected scalar fields of a schema type, in wire form. */
export type Selected<T, K extends keyof T> = Wire<Pick<T, K>>;
