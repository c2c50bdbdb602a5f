/**
 * Checks an answer against the OpenAPI document's schema for it, closely enough to catch a
 * response class that drifted from what the server sends: a missing or undocumented field, a
 * null where none is documented, a value outside its enum, a wrong type.
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
};

export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>;
  components: { schemas: Record<string, Schema> };
}

/** The documented JSON schema of one answer: the exact status, else its range (`4XX`). */
export function responseSchema(document: OpenApiDocument, method: string, path: string, status: number): Schema | null | undefined {
  const operation = document.paths[path]?.[method.toLowerCase()];
  if (!operation) return undefined;
  const response = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`];
  if (!response) return undefined;
  return response.content?.['application/json']?.schema ?? null;
}

/** Every way `value` breaks `schema`, as `$.field: problem` lines; empty when it conforms. */
export function conformanceProblems(document: OpenApiDocument, schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components.schemas[name];
    if (!target) return [`${at}: the document has no schema ${name}`];
    return conformanceProblems(document, { ...target, nullable: schema.nullable || target.nullable }, value, at);
  }
  if (value === null) return schema.nullable ? [] : [`${at}: null, which is not documented as nullable`];
  if (schema.allOf) return schema.allOf.flatMap((part) => conformanceProblems(document, part, value, at));
  if (schema.oneOf) {
    const fits = schema.oneOf.some((option) => conformanceProblems(document, option, value, at).length === 0);
    return fits ? [] : [`${at}: ${JSON.stringify(value)} fits none of the documented alternatives`];
  }
  const problems: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [`${at}: expected a string, got ${JSON.stringify(value)}`];
      if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) problems.push(`${at}: ${value} is not a date-time`);
      return problems;
    case 'number':
    case 'integer':
      if (typeof value !== 'number') return [`${at}: expected a number, got ${JSON.stringify(value)}`];
      return problems;
    case 'boolean':
      return typeof value === 'boolean' ? problems : [`${at}: expected a boolean, got ${JSON.stringify(value)}`];
    case 'array':
      if (!Array.isArray(value)) return [`${at}: expected an array, got ${JSON.stringify(value)}`];
      return [...problems, ...value.flatMap((item, index) => (schema.items ? conformanceProblems(document, schema.items, item, `${at}[${index}]`) : []))];
    case 'object':
    case undefined: {
      if (schema.type === undefined && !schema.properties) return problems;
      if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object, got ${JSON.stringify(value)}`];
      const record = value as Record<string, unknown>;
      const properties = schema.properties ?? {};
      for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${at}.${name}: missing, but documented as required`);
      for (const [name, item] of Object.entries(record)) {
        if (properties[name]) problems.push(...conformanceProblems(document, properties[name], item, `${at}.${name}`));
        else if (typeof schema.additionalProperties === 'object') problems.push(...conformanceProblems(document, schema.additionalProperties, item, `${at}.${name}`));
        // A documented object is closed unless it says otherwise: an extra field is undocumented.
        else if (schema.additionalProperties !== true) problems.push(`${at}.${name}: sent, but not documented`);
      }
      return problems;
    }
    default:
      return [`${at}: the schema has type ${schema.type}, which this check does not know`];
  }
}
