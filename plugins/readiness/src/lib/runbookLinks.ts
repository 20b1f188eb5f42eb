/** Whether a link leaves the portal: it names a scheme (`https:`, `mailto:`). */
export function isExternalUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** Schemes a runbook may link to; anything else (`javascript:`, `data:`) is dropped. */
const SAFE_SCHEMES = /^(https?|mailto):/i;

/** A relative link to another runbook file, `tenancy-limit-ranges.md#safe-rollout`. */
const RUNBOOK_FILE = /^(?:\.\/)?([A-Za-z0-9][A-Za-z0-9-]*)\.md(#.*)?$/;

/**
 * Where a link inside a runbook should go in the portal. The runbooks are written as a folder
 * of Markdown files that link each other by file name, which is right on GitHub but a dead link
 * in the portal: `<id>.md` becomes the portal's page for that runbook, so it opens in the app.
 * Web and mail links, in-page anchors and absolute paths are left alone; other schemes are
 * dropped.
 */
export function rewriteRunbookHref(
  href: string,
  runbookPath: (id: string) => string,
): string {
  if (isExternalUrl(href)) {
    // Custom link handling replaces the Markdown renderer's own URL sanitising, so redo it.
    return SAFE_SCHEMES.test(href) ? href : '';
  }
  if (href.startsWith('#') || href.startsWith('/')) {
    return href;
  }
  const match = RUNBOOK_FILE.exec(href);
  if (!match) {
    return href;
  }
  // Check ids are lower case; the folder's README is linked as README.md.
  const id = match[1].toLocaleLowerCase('en-US');
  return `${runbookPath(id)}${match[2] ?? ''}`;
}
