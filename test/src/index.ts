/**
 * Test tooling for Readiness.
 *
 * @packageDocumentation
 */

export * from './kube-api-server/index.ts';
