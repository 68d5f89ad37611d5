import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width an element is laid out at, kept up to date, so an SVG chart can draw at its real size
 * (text stays readable in a narrow window instead of shrinking with a viewBox). `fallback` until measured
 * and where ResizeObserver is missing (jsdom).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
