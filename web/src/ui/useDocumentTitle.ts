import { useEffect } from 'react';

const APP_NAME = 'Stakeholder Atlas';

/** "Data governance · Stakeholder Atlas" in the tab and the history list; the app's name alone while loading. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
