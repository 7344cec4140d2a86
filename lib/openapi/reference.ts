/**
 * Pure: the OpenAPI document reshaped for the reference page (/developers/reference): operations
 * grouped by tag, parameters as rows, the request body's schema as indented JSON.
 */
type Schema = { type?: string | string[]; $ref?: string; description?: string; format?: string; enum?: unknown[]; items?: Schema };
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
};
type Doc = { tags?: { name: string; description?: string }[]; paths?: Record<string, Record<string, unknown>>; components?: { schemas?: Record<string, unknown> } };

export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  signedIn: boolean;
  parameters: { name: string; in: string; type: string; required: boolean; description: string }[];
  body: string | null;
  responses: { status: string; description: string }[];
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function typeOf(schema: Schema | undefined): string {
  if (!schema) return '';
  if (schema.$ref) return schema.$ref.split('/').at(-1)!;
  if (schema.enum) return schema.enum.map(String).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? '');
  if (type === 'array') return `${typeOf(schema.items)}[]`;
  return schema.format ? `${type} (${schema.format})` : type;
}

export function referenceOperations(document: unknown) {
  const doc = document as Doc;
  const groups = (doc.tags ?? []).map((tag) => ({ tag: tag.name, description: tag.description ?? '', operations: [] as ReferenceOperation[] }));
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      const body = op.requestBody?.content?.['application/json']?.schema;
      const entry: ReferenceOperation = {
        id: `op-${method}-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`,
        method,
        path,
        summary: op.summary ?? '',
        signedIn: (op.security ?? []).length > 0,
        parameters: (op.parameters ?? []).map((p) => ({ name: p.name, in: p.in, type: typeOf(p.schema), required: Boolean(p.required), description: p.description ?? p.schema?.description ?? '' })),
        body: body ? JSON.stringify(body, null, 2) : null,
        responses: Object.entries(op.responses ?? {}).map(([status, r]) => ({ status, description: r.description ?? '' })),
      };
      const group = groups.find((g) => g.tag === op.tags?.[0]) ?? groups.at(-1);
      group?.operations.push(entry);
    }
  }
  return groups.filter((g) => g.operations.length > 0);
}
