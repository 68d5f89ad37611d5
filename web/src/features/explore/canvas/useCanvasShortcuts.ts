import { useEffect, useLayoutEffect, useRef } from 'react';

interface Shortcuts {
  undo: () => void;
  redo: () => void;
}

/** Where a key belongs to what is being typed, not to the canvas. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes canvas changes, anywhere on the page but in a field. */
export function useCanvasShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useLayoutEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) latest.current.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') latest.current.redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** The keys that open a context menu: the Menu key, or Shift+F10. */
export const opensMenu = (event: { key: string; shiftKey: boolean }) =>
  event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
