import { lazyNamed } from '../ui/lazyNamed.ts';

/**
 * The pages other than the explorer, each in its own chunk: a first visit downloads only the shell
 * and the page it opens (issue 8: initial JavaScript at most 200 kB gzipped).
 */
export const ThemesIndexPage = lazyNamed(() => import('../features/themes/ThemesIndexPage.tsx'), 'ThemesIndexPage');
export const ThemePage = lazyNamed(() => import('../features/themes/ThemePage.tsx'), 'ThemePage');
export const PersonPage = lazyNamed(() => import('../features/people/PersonPage.tsx'), 'PersonPage');
export const PanelsPage = lazyNamed(() => import('../features/panels/PanelsPage.tsx'), 'PanelsPage');
export const CollaborationPage = lazyNamed(() => import('../features/collaboration/CollaborationPage.tsx'), 'CollaborationPage');
export const ImportPage = lazyNamed(() => import('../features/import/ImportPage.tsx'), 'ImportPage');

export const LAZY_PAGES = [ThemesIndexPage, ThemePage, PersonPage, PanelsPage, CollaborationPage, ImportPage];
