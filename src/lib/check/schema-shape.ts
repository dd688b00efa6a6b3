/** Reads a zod schema's structure: which fields an object at a path has, for "did you mean". */
import { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/common.ts';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (
      (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault') &&
      def.innerType
    )
      current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The field names of the object at `path` in `schema`, or [] when there is none. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    const def = defOf(current);
    if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key])
      current = unwrap(def.shape[key]);
    else if (def.type === 'array' && def.element && typeof key === 'number') current = unwrap(def.element);
    else return [];
  }
  const def = defOf(current);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The .describe() text of the field at `path`, written for contributors: the fix for its problems. */
export function descriptionAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let current: z.ZodType = schema;
  let description = current.description;
  for (const key of path) {
    const def = defOf(unwrap(current));
    if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) current = def.shape[key];
    else if (def.type === 'array' && def.element && typeof key === 'number') current = def.element;
    else break;
    description = current.description ?? unwrap(current).description ?? description;
  }
  return description;
}

/** The schema of the field at `path`, for checking one answer at a time (the scaffolder). */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType = schema;
  for (const key of path) {
    const def = defOf(unwrap(current));
    if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) current = def.shape[key];
    else if (def.type === 'array' && def.element && typeof key === 'number') current = def.element;
    else return undefined;
  }
  return current;
}

export interface FoundReference {
  collection: CollectionName;
  id: string;
  path: PropertyKey[];
}

/**
 * Every reference in `value`, found by walking it alongside a schema built with markedReference.
 * Works on data that failed validation elsewhere, so a file with several problems gets them all.
 */
// The registry lookup merges metadata from parent schemas on every call: worth keeping once per schema.
const referenceTargets = new WeakMap<z.ZodType, CollectionName | null>();
function referenceTarget(schema: z.ZodType): CollectionName | null {
  let target = referenceTargets.get(schema);
  if (target === undefined) {
    target = (z.globalRegistry.get(schema) as { reference?: CollectionName } | undefined)?.reference ?? null;
    referenceTargets.set(schema, target);
  }
  return target;
}

export function findReferences(
  schema: z.ZodType,
  value: unknown,
  path: PropertyKey[] = [],
  found: FoundReference[] = [],
): FoundReference[] {
  const reference = referenceTarget(schema);
  if (reference) {
    if (typeof value === 'string') found.push({ collection: reference, id: value, path });
    return found;
  }
  const def = defOf(schema);
  if (
    (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault') &&
    def.innerType
  ) {
    return findReferences(def.innerType, value, path, found);
  }
  if (def.type === 'pipe' && def.in) return findReferences(def.in, value, path, found);
  if (def.type === 'object' && def.shape && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, field] of Object.entries(def.shape)) {
      if (key in value) findReferences(field, (value as Record<string, unknown>)[key], [...path, key], found);
    }
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, index) => findReferences(def.element!, item, [...path, index], found));
  }
  return found;
}
