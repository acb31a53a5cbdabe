/** JSON for messages that cross processes, keeping Date values as Dates (rows carry timestamps). */
const DATE_TAG = '$date';

export function encodePayload(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, encoded) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_TAG]: raw.toISOString() } : encoded;
  });
}

export function decodePayload(text: string): unknown {
  return JSON.parse(text, (_key, value) =>
    value !== null && typeof value === 'object' && typeof value[DATE_TAG] === 'string'
      ? new Date(value[DATE_TAG])
      : value,
  );
}
