import { evaluateBackup } from './backupChecks';
import { evaluateCost } from './costChecks';
import { evaluateIdentity } from './identityChecks';
import { evaluateIncidents } from './incidentsChecks';
import { evaluateMonitoring } from './monitoringChecks';
import { evaluateScaling } from './scalingChecks';
import { evaluateSecurity } from './securityChecks';
import { evaluateTenancy } from './tenancyChecks';
import { PillarEvaluator } from './types';
import { evaluateUpgrades } from './upgradesChecks';

/** Every pillar's checks. Each returns one outcome per check definition of its pillar. */
export const PILLAR_EVALUATORS: readonly PillarEvaluator[] = [
  evaluateIdentity,
  evaluateBackup,
  evaluateMonitoring,
  evaluateUpgrades,
  evaluateTenancy,
  evaluateCost,
  evaluateScaling,
  evaluateSecurity,
  evaluateIncidents,
];
