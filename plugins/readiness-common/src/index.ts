/**
 * Types, pillar definitions, permissions and the API client shared by the Readiness plugins.
 *
 * @packageDocumentation
 */
export * from './report';
export * from './pillars';
export * from './api';
export * from './permissions';
export * from './scoring';
export * from './client';
export * from './checks/index';
