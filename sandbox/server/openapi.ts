/**
 * A validator for the subset of OpenAPI 3.1 schemas Pyroscope's querier spec uses (objects with
 * properties and additionalProperties, arrays, $ref, type lists, enums, int64 as string or integer),
 * for checking the sandbox's answers against the real API's spec.
 */
type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  format?: string;
};

export interface OpenApiDoc {
  paths: Record<string, { post?: { responses: Record<string, { content?: Record<string, { schema: Schema }> }> } }>;
  components: { schemas: Record<string, Schema> };
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function validate(doc: OpenApiDoc, schema: Schema, value: unknown, at = '$', errors: string[] = []): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return validate(doc, doc.components.schemas[name], value, at, errors);
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const actual = typeOf(value);
  if (types.length && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
    errors.push(`${at}: expected ${types.join('|')}, got ${actual}`);
    return errors;
  }
  if (schema.format === 'int64' && typeof value === 'string' && !/^-?\d+$/.test(value)) {
    errors.push(`${at}: "${value}" is not an int64`);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((v, i) => validate(doc, schema.items!, v, `${at}[${i}]`, errors));
  }
  if (actual === 'object' && (schema.properties || schema.additionalProperties === false)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const prop = schema.properties?.[k];
      if (prop) {
        validate(doc, prop, v, `${at}.${k}`, errors);
      } else if (schema.additionalProperties === false) {
        errors.push(`${at}: unexpected property "${k}"`);
      }
    }
  }
  return errors;
}

export function responseSchema(doc: OpenApiDoc, method: string, status: '200' | 'default'): Schema {
  const op = doc.paths[`/querier.v1.QuerierService/${method}`]?.post;
  const schema = op?.responses[status]?.content?.['application/json']?.schema;
  if (!schema) {
    throw new Error(`the spec has no ${status} answer for ${method}`);
  }
  return schema;
}

/** The shape of a JSON value: keys and value types, arrays by their first element. */
export function shape(v: unknown): unknown {
  if (Array.isArray(v)) {
    return v.length ? [shape(v[0])] : [];
  }
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, shape((v as Record<string, unknown>)[k])])
    );
  }
  return typeof v;
}
