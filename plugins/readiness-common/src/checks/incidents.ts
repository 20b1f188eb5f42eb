import { CheckDefinition } from './types';

/** Incident response: runbooks on alerts, node problem detection, chaos practice, on-call. @public */
export const INCIDENTS_CHECKS: readonly CheckDefinition[] = [
  {
    id: 'incidents-alert-runbooks',
    pillar: 'incidents',
    level: 1,
    title: 'Alerts link to runbooks',
  },
  {
    id: 'incidents-runbook-coverage',
    pillar: 'incidents',
    level: 2,
    title: 'Every alert links to a runbook',
  },
  {
    id: 'incidents-node-problem-detector',
    pillar: 'incidents',
    level: 2,
    title: 'node-problem-detector reports node faults as conditions and events',
  },
  {
    id: 'incidents-chaos-experiments',
    pillar: 'incidents',
    level: 3,
    title: 'Chaos experiments ran recently (Chaos Mesh or Litmus)',
  },
  {
    id: 'incidents-on-call-rotation',
    pillar: 'incidents',
    level: 3,
    title:
      'An on-call rotation with escalation covers the cluster and its services',
    attested: true,
  },
  {
    id: 'incidents-postmortems',
    pillar: 'incidents',
    level: 3,
    title: 'Incidents get written postmortems whose action items ship',
    attested: true,
  },
  {
    id: 'incidents-game-days',
    pillar: 'incidents',
    level: 3,
    title: 'Game days exercise failure response at least quarterly',
    attested: true,
  },
];
