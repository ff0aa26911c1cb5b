/** A list field after one of its checkboxes changed: the item added at the end, or taken out. */
export const toggled = (list: readonly string[], item: string, on: boolean): string[] => [
  ...list.filter((x) => x !== item),
  ...(on ? [item] : []),
];
