import { Link } from '@backstage/core-components';
import MuiLink from '@material-ui/core/Link';
import type { ReactNode } from 'react';
import { isExternalUrl } from '../../lib/runbookLinks';

/** Props of {@link RunbookLink}. @internal */
export interface RunbookLinkProps {
  /** The check's `runbook`: a portal path by default, a URL when overridden in config. */
  href: string;
  /** The check's title, so a list of "Runbook" links reads apart to screen readers. */
  checkTitle: string;
  children?: ReactNode;
}

/**
 * A check's runbook link. A relative link (the default, `/readiness/runbooks/<id>`) is a
 * portal page and navigates inside the app; a runbook elsewhere opens beside the portal.
 *
 * @internal
 */
export function RunbookLink(props: RunbookLinkProps) {
  const { href, checkTitle, children = 'Runbook' } = props;
  const label = `Runbook: ${checkTitle}`;
  if (isExternalUrl(href)) {
    return (
      <MuiLink
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={label}
        title="Opens in a new tab"
      >
        {children}
      </MuiLink>
    );
  }
  return (
    <Link to={href} aria-label={label}>
      {children}
    </Link>
  );
}
