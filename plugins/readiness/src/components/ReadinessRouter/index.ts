export {
  ReadinessRouter,
  ReadinessPage,
  ReadinessPageContent,
} from './ReadinessRouter';
export type { ReadinessRouterProps } from './ReadinessRouter';
