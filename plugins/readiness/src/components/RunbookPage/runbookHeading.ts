import {
  checkDefinition,
  pillarTitle,
} from '@readiness/plugin-readiness-common';

/** What the page heading says about a runbook, before and after the document loads. */
export interface RunbookHeading {
  title: string;
  /** "Multi-tenancy & isolation · level 1"; null for a runbook that is not a check's. */
  subtitle: string | null;
}

/**
 * The heading of a check's runbook: the check's title, pillar and level from the shared check
 * definitions, so they show at once and match the scorecard's wording. A document with no
 * check of that id (the folder's README) is titled by its own first heading.
 */
export function runbookHeading(
  id: string,
  documentTitle?: string,
): RunbookHeading {
  const definition = checkDefinition(id);
  if (!definition) {
    return { title: documentTitle ?? id, subtitle: null };
  }
  return {
    title: definition.title,
    subtitle: `${pillarTitle(definition.pillar)} · level ${definition.level}${
      definition.attested ? ' · attested' : ''
    }`,
  };
}
