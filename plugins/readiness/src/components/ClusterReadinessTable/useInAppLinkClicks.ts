import { useAnalytics } from '@backstage/core-plugin-api';
import { MouseEvent, useCallback } from 'react';
import { useNavigate } from 'react-router-dom';

/** Marks an anchor inside the container whose clicks {@link useInAppLinkClicks} handles. */
export const IN_APP_LINK = 'data-in-app-link';

/**
 * One click handler for every in-app anchor in a container (marked with
 * {@link IN_APP_LINK}), doing what core-components' Link does for each: a plain left click
 * navigates inside the app and is reported to analytics; a click with a modifier key or
 * another button is left to the browser (new tab, new window). Lets a table of hundreds of
 * rows render plain anchors instead of a Link component, with its hooks and styles, per row.
 *
 * @internal
 */
export function useInAppLinkClicks() {
  const navigate = useNavigate();
  const analytics = useAnalytics();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.altKey ||
        event.ctrlKey ||
        event.shiftKey
      ) {
        return;
      }
      const anchor = (event.target as Element).closest?.(`a[${IN_APP_LINK}]`);
      const to = anchor?.getAttribute('href');
      if (!anchor || !to || !event.currentTarget.contains(anchor)) {
        return;
      }
      event.preventDefault();
      analytics.captureEvent('click', anchor.textContent ?? '', {
        attributes: { to },
      });
      navigate(to);
    },
    [navigate, analytics],
  );
}
