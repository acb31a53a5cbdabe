/** Run tags typed as text: "baseline, lr sweep" ⇄ ['baseline', 'lr sweep']. The API trims and dedupes too. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    ),
  ];
}

export function tagsToText(tags: readonly string[]): string {
  return tags.join(', ');
}
