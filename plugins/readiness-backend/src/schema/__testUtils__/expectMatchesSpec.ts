import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { spec } from '../openapi.generated';

const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));

type Method = 'get' | 'post';

/**
 * Why a response does not match what openapi.yaml documents for the route and status: the
 * runtime half of the contract (the typed router is the compile-time half).
 */
export function specViolations(
  method: Method,
  path: keyof typeof spec.paths,
  response: { status: number; body: unknown; type?: string },
): string[] {
  const operation = (spec.paths[path] as Record<string, any>)[method];
  if (!operation) return [`${method.toUpperCase()} ${path} is not documented`];
  const documented = operation.responses[String(response.status)];
  if (!documented) {
    return [`status ${response.status} is not documented for ${path}`];
  }
  const schema = documented.content?.['application/json']?.schema;
  if (!schema) return [];
  const validate = ajv.compile(schema);
  if (validate(response.body)) return [];
  return (validate.errors ?? []).map(
    e =>
      `${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`,
  );
}

export function expectMatchesSpec(
  method: Method,
  path: keyof typeof spec.paths,
  response: { status: number; body: unknown },
): void {
  expect(specViolations(method, path, response)).toEqual([]);
}
