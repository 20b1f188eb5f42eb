export { EntityTeamReadinessCard } from './EntityTeamReadinessCard';
