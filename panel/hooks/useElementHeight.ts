/**
 * An element's rendered height, followed as it changes (a toolbar that wraps onto more rows in a
 * narrower panel): the views below get what is left, and nothing of the toolbar is cut or covered.
 * `fallback` until measured, and where ResizeObserver does not exist (tests).
 */
import { useCallback, useRef, useState } from 'react';

export function useElementHeight(fallback: number): [number, (el: HTMLElement | null) => void] {
  const [height, setHeight] = useState(fallback);
  const observer = useRef<ResizeObserver>();
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    if (!el || typeof ResizeObserver === 'undefined') {
      return;
    }
    observer.current = new ResizeObserver(() => setHeight(Math.ceil(el.getBoundingClientRect().height)));
    observer.current.observe(el);
  }, []);
  return [height, ref];
}
