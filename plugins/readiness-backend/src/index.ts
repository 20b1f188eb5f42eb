/**
 * Readiness backend plugin: scores the Kubernetes clusters behind catalog entities on the nine
 * pillars of production readiness.
 *
 * @packageDocumentation
 */
export { readinessPlugin as default } from './plugin';
