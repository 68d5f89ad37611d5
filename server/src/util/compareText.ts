/**
 * The default locale's order of two strings: exactly what `a.localeCompare(b)` gives, from one
 * collator made once. `localeCompare` sets up collation on every call, which made it most of the
 * cost of ranking a theme's thousands of people and their evidence.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator().compare;
