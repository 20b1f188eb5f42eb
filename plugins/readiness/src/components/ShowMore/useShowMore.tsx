import Button from '@material-ui/core/Button';
import { ReactNode, useState } from 'react';

/** What {@link useShowMore} gives: the items to draw and the button that shows the rest. */
export interface ShowMore<T> {
  shown: T[];
  /** "Show all N …" or "Show the first N", or null when every item fits. */
  toggle: ReactNode;
}

/**
 * The first `limit` items of a list, and a button to show them all or go back. A team on
 * hundreds of clusters owns thousands of namespaces: a card that draws every one of them
 * freezes its page, and nobody reads past the first screen anyway.
 *
 * @param noun - what the items are, in the plural ("namespaces"), for the button's label.
 * @internal
 */
export function useShowMore<T>(
  items: T[],
  limit: number,
  noun: string,
): ShowMore<T> {
  const [all, setAll] = useState(false);
  if (items.length <= limit) {
    return { shown: items, toggle: null };
  }
  return {
    shown: all ? items : items.slice(0, limit),
    toggle: (
      <Button size="small" color="primary" onClick={() => setAll(!all)}>
        {all
          ? `Show the first ${limit}`
          : `Show all ${items.length.toLocaleString('en-US')} ${noun}`}
      </Button>
    ),
  };
}
