import { z } from 'zod';
import { operations, type Operation } from './operations';

const problem = {
	description: 'Problem details (RFC 9457)',
	content: {
		'application/problem+json': {
			schema: {
				type: 'object',
				properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, errors: { type: 'object' } },
				required: ['title', 'status']
			}
		}
	}
};

function jsonSchema(schema: z.ZodType) {
	return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
}

function describe(id: string, op: Operation) {
	const parameters = [
		...[...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
		...Object.entries(op.query?.shape ?? {}).map(([name, schema]) => {
			const description = (schema as z.ZodType).description;
			return { name, in: 'query', required: false, ...(description ? { description } : {}), schema: jsonSchema(schema as z.ZodType) };
		})
	];
	const success = op.response ?? { description: 'Success' };
	return {
		operationId: id,
		summary: op.summary,
		tags: [op.tag],
		...(op.auth === 'token' ? { security: [{ bearer: [] }] } : {}),
		...(parameters.length ? { parameters } : {}),
		...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body) } } } } : {}),
		...(op.optionalBody ? { requestBody: { required: false, content: { 'application/json': { schema: jsonSchema(op.optionalBody) } } } } : {}),
		responses: {
			[op.created ? '201' : '200']: {
				description: success.description,
				content: { [success.contentType ?? 'application/json']: { schema: success.schema ? jsonSchema(success.schema) : {} } }
			},
			'400': problem,
			...(op.auth === 'token' ? { '401': problem, '403': problem } : {}),
			'404': problem,
			...Object.fromEntries((op.problems ?? []).map((status) => [String(status), problem]))
		}
	};
}

/** OpenAPI 3.1, built from the operation list and its zod schemas. */
export function openApiDocument(serverUrl: string) {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const [id, op] of Object.entries(operations) as [string, Operation][]) {
		(paths[op.path] ??= {})[op.method] = describe(id, op);
	}
	return {
		openapi: '3.1.0',
		info: { title: 'Samenspel API', version: '1', license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' } },
		servers: [{ url: `${serverUrl}/api/v1` }],
		components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A personal access token (ssp_…)' } } },
		paths
	};
}
