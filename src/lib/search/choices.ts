/**
 * What the search page's filter groups offer: how each group is counted, which groups are worth
 * showing, and what a filter leaves out. No DOM and no Pagefind here, so it is tested on its own.
 */

/** Filter values chosen, by group: values within a group combine with "any", groups with "all". */
export type Chosen = Record<string, string[]>;
/** How many results each value of each group has. */
export type Counts = Record<string, Record<string, number>>;

/**
 * The counts of each group that has a value chosen, each from a search with every filter but that
 * group's own (disjunctive faceting). Pagefind's counts for a search say what ticking a value would
 * leave, with every filter applied: once Secondary was ticked, Primary counted only the entries that
 * are both, and a Primary-only entry could never be added. A group's values are alternatives, so its
 * counts must be those of the results without it.
 */
export async function ownGroupCounts(chosen: Chosen, count: (filters: Chosen) => Promise<Counts>): Promise<Counts> {
  const groups = Object.keys(chosen).filter((key) => (chosen[key] ?? []).length > 0);
  const counted = await Promise.all(
    groups.map(async (key) => {
      const others = Object.fromEntries(Object.entries(chosen).filter(([other]) => other !== key));
      return [key, (await count(others))[key] ?? {}] as const;
    }),
  );
  return Object.fromEntries(counted);
}

/**
 * Whether a group is worth showing: it has a value chosen (which must stay in reach to be cleared),
 * or it offers a choice. A group offers a choice when two or more of its values have results; a
 * group with one value by design (a yes, such as "Trust offers support") offers one when that value
 * keeps some of the results and not all. A group whose results all share one value (every case study
 * is self-reported) only repeats what the results already are.
 */
export function offersChoice(options: {
  counts: Record<string, number>;
  chosen: readonly string[];
  /** How many values the group can have at all. */
  values: number;
  /** How many results the search has. */
  total: number;
}): boolean {
  if (options.chosen.length > 0) return true;
  const found = Object.values(options.counts).filter((count) => count > 0);
  if (options.values === 1) return found.length === 1 && found[0]! < options.total;
  return found.length >= 2;
}

/** How the note on left-out entries names things; the labels come from the page's facet labels. */
export interface ScopeNames {
  /** Each group's name in a sentence, by key: "phase". */
  groups: Record<string, string>;
  /** Each type's plural name, by type: "Evidence summaries". */
  types: Record<string, string>;
}

const list = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;

/**
 * Says which kinds of entry a chosen filter leaves out because they have no value in its group
 * (evidence summaries have no phase or region), so that a reader does not take their absence for
 * "nothing on this". `without` maps a group to the types that never have it. Empty when nothing is
 * left out, including when the type filter already excludes those kinds.
 */
export function scopeNote(chosen: Chosen, without: Record<string, readonly string[]>, names: ScopeNames): string {
  const types = chosen['type'] ?? [];
  const groups = Object.keys(without).filter((key) => (chosen[key] ?? []).length > 0);
  // The left-out types, keyed by the chosen groups they lack ("phase or region"): those alike share a sentence.
  const sentences = new Map<string, string[]>();
  for (const [type, name] of Object.entries(names.types)) {
    if (types.length > 0 && !types.includes(type)) continue;
    const missing = groups.filter((key) => without[key]?.includes(type)).map((key) => names.groups[key] ?? key);
    if (missing.length === 0) continue;
    const what = missing.join(' or ');
    sentences.set(what, [...(sentences.get(what) ?? []), name.toLowerCase()]);
  }
  return [...sentences]
    .map(([what, named]) => {
      const who = list(named);
      return `${who[0]!.toUpperCase()}${who.slice(1)} have no ${what} of their own, so they are shown only when no ${what} is chosen.`;
    })
    .join(' ');
}
