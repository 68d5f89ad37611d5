import type { KeyboardEvent } from 'react';

/** The menu's items in order (disabled ones are skipped by the arrow keys, as ARIA menus do). */
const itemsOf = (menu: HTMLElement) =>
  [...menu.querySelectorAll<HTMLElement>('[role="menuitem"], [role="menuitemcheckbox"]')].filter(
    (item) => item.getAttribute('aria-disabled') !== 'true',
  );

export function focusFirstItem(menu: HTMLElement | null): void {
  if (menu) itemsOf(menu)[0]?.focus();
}

/**
 * Keyboard use of an ARIA menu (WAI-ARIA APG menu pattern): arrows move through the items and wrap,
 * Home and End jump, Escape and Tab close it. Enter and Space act through the items' own click.
 */
export function handleMenuKeys(event: KeyboardEvent<HTMLElement>, onClose: () => void): void {
  const items = itemsOf(event.currentTarget);
  const at = items.indexOf(document.activeElement as HTMLElement);
  const move = (index: number) => {
    event.preventDefault();
    items[(index + items.length) % items.length]?.focus();
  };
  switch (event.key) {
    case 'ArrowDown':
      return move(at + 1);
    case 'ArrowUp':
      return move(at < 0 ? -1 : at - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(items.length - 1);
    case 'Escape':
      event.preventDefault();
      event.stopPropagation();
      return onClose();
    case 'Tab':
      return onClose();
  }
}
