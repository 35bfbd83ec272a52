/**
 * A small JSON Schema checker for the keywords the server's schemas use (see
 * src/schemas.ts): `type` (one name or a list; `integer`, `null`…), `properties`, `required`,
 * `additionalProperties` (false or a schema), `items`, `enum`, `oneOf`, `$ref` (into
 * `#/components/schemas/`), `minimum`, `maximum`, `minLength`, `maxLength`. `description`,
 * `format` and `title` are notes. Any other keyword is an error, so the document can never
 * claim something this checker silently skips.
 */

type Schema = Readonly<Record<string, unknown>>;

const NOTES = new Set(['description', 'format', 'title']);
const CHECKED = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'oneOf', '$ref', 'minimum', 'maximum', 'minLength', 'maxLength']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, wanted: string): boolean {
  const actual = typeOf(value);
  return actual === wanted || (wanted === 'number' && actual === 'integer');
}

/**
 * Checks `value` against `schema`; returns the problems found (empty when it matches), each
 * naming the path inside the value. `schemas` holds the named schemas `$ref` points to.
 */
export function schemaProblems(value: unknown, schema: Schema, schemas: Readonly<Record<string, Schema>>, path = '$'): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!CHECKED.has(keyword) && !NOTES.has(keyword)) throw new Error(`The checker does not know the keyword "${keyword}" (at ${path}).`);
  }
  if (typeof schema.$ref === 'string') {
    const name = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name === undefined ? undefined : schemas[name];
    if (target === undefined) throw new Error(`The reference ${schema.$ref} does not resolve (at ${path}).`);
    return schemaProblems(value, target, schemas, path);
  }
  if (Array.isArray(schema.oneOf)) {
    const matching = (schema.oneOf as Schema[]).filter((option) => schemaProblems(value, option, schemas, path).length === 0).length;
    if (matching !== 1) return [`${path}: matches ${matching} of the oneOf choices, not exactly one`];
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((wanted) => typeMatches(value, wanted))) return [`${path}: is ${typeOf(value)}, not ${types.join(' or ')}`];
  }
  const problems: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${path}: ${value} is below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${path}: ${value} is above ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) problems.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) problems.push(`${path}: longer than ${schema.maxLength}`);
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((item, index) => problems.push(...schemaProblems(item, schema.items as Schema, schemas, `${path}[${index}]`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[]) {
      if (!Object.hasOwn(object, name)) problems.push(`${path}: "${name}" is missing`);
    }
    for (const [name, item] of Object.entries(object)) {
      const known = properties[name];
      if (known !== undefined) problems.push(...schemaProblems(item, known, schemas, `${path}.${name}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: "${name}" is not described`);
      else if (typeof schema.additionalProperties === 'object' && schema.additionalProperties !== null) {
        problems.push(...schemaProblems(item, schema.additionalProperties as Schema, schemas, `${path}.${name}`));
      }
    }
  }
  return problems;
}

/** Every `$ref` inside `schema`, to check that each one resolves. */
export function referencesIn(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(referencesIn);
  if (typeof schema !== 'object' || schema === null) return [];
  return Object.entries(schema).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : referencesIn(value)));
}
