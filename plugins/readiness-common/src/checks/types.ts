import { PillarId } from '../report';

/** Static description of a check: what the backend evaluates and the frontend can explain. @public */
export interface CheckDefinition {
  /** Stable, kebab-case, prefixed with the pillar: runbooks, exemptions and attestations use it. */
  id: string;
  pillar: PillarId;
  /** The rung of the 0–3 scale this check guards. */
  level: 1 | 2 | 3;
  title: string;
  /**
   * The fact cannot be seen through the Kubernetes API (SSO at the API server, DR drills,
   * postmortems): it is `unknown` until someone attests it.
   */
  attested?: boolean;
}
