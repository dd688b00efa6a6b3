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

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault']);

/** The schema a wrapper (optional, default, a pipe…) wraps, or undefined when `schema` wraps nothing. */
function innerOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType) return def.innerType;
  if (def.type === 'pipe' && def.in) return def.in;
  return undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let inner = innerOf(current); inner; inner = innerOf(current)) current = inner;
  return current;
}

/**
 * A field's own .describe() text. It may sit on any layer of wrapping: `urnSchema.optional()` has it
 * inside the optional, on a pipe whose input has none. The outermost wins, being the most specific.
 */
function ownDescription(schema: z.ZodType): string | undefined {
  for (let current: z.ZodType | undefined = schema; current; current = innerOf(current)) {
    if (current.description) return current.description;
  }
  return undefined;
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

/**
 * The .describe() text of the field at `path`, written for contributors: the fix for its problems.
 * A field without one (a list's item, say) gets the nearest described parent's.
 */
export function descriptionAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let current: z.ZodType = schema;
  let description = ownDescription(current);
  for (const key of path) {
    const def = defOf(unwrap(current));
    if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) current = def.shape[key];
    else if (def.type === 'array' && def.element && typeof key === 'number') current = def.element;
    else break;
    description = ownDescription(current) ?? description;
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

/** Whether the field at `path` is a list of single values (words, ids, numbers) rather than of groups of fields. */
export function isListOfValues(schema: z.ZodType, path: readonly PropertyKey[]): boolean {
  const list = schemaAt(schema, path);
  const element = list && defOf(unwrap(list)).type === 'array' ? defOf(unwrap(list)).element : undefined;
  return element !== undefined && defOf(unwrap(element)).type !== 'object';
}

export interface FoundReference {
  collection: CollectionName;
  id: string;
  path: PropertyKey[];
}

/** Where a schema's references are: only the fields that hold one, so data is walked no further than it must be. */
type ReferencePlan =
  { reference: CollectionName } | { fields: [string, ReferencePlan][] } | { element: ReferencePlan } | null;

const referencePlans = new WeakMap<z.ZodType, ReferencePlan>();

function referencePlan(schema: z.ZodType): ReferencePlan {
  let plan = referencePlans.get(schema);
  if (plan !== undefined) return plan;
  plan = null;
  const reference = (z.globalRegistry.get(schema) as { reference?: CollectionName } | undefined)?.reference;
  const inner = innerOf(schema);
  const def = defOf(schema);
  if (reference) plan = { reference };
  else if (inner) plan = referencePlan(inner);
  else if (def.type === 'object' && def.shape) {
    const fields = Object.entries(def.shape).flatMap(([key, field]): [string, ReferencePlan][] => {
      const fieldPlan = referencePlan(field);
      return fieldPlan ? [[key, fieldPlan]] : [];
    });
    if (fields.length > 0) plan = { fields };
  } else if (def.type === 'array' && def.element) {
    const element = referencePlan(def.element);
    if (element) plan = { element };
  }
  referencePlans.set(schema, plan);
  return plan;
}

/**
 * Every reference in `value`, found by walking it alongside a schema built with markedReference.
 * Works on data that failed validation elsewhere, so a file with several problems gets them all.
 */
export function findReferences(schema: z.ZodType, value: unknown): FoundReference[] {
  const found: FoundReference[] = [];
  const walk = (plan: ReferencePlan, value: unknown, path: PropertyKey[]) => {
    if (!plan) return;
    if ('reference' in plan) {
      if (typeof value === 'string') found.push({ collection: plan.reference, id: value, path });
    } else if ('fields' in plan) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return;
      for (const [key, field] of plan.fields) {
        if (key in value) walk(field, (value as Record<string, unknown>)[key], [...path, key]);
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(plan.element, item, [...path, index]));
  };
  walk(referencePlan(schema), value, []);
  return found;
}
