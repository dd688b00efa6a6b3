/**
 * A count with its noun in the right number: "1 case study", "3 case studies", "1,028 pupils".
 * The plural is the singular with an "s" unless given. Loads nothing, so the schema modules'
 * error messages can use it too.
 */
export function plural(count: number | bigint, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${Number(count) === 1 ? one : many}`;
}
