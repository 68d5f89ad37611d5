import { createContext, use, useState, type ReactNode } from 'react';
import type { PanelRequest } from './panel.queries.ts';
import { defaultPanelForm, toPanelRequest, type PanelForm } from './panelForm.ts';
import type { Lineup } from './panelSwap.ts';

/** The topic the address bar asks for (/panels?theme=… or ?session=…), if any. */
export interface UrlTopic {
  theme: string | null;
  session: string | null;
}

interface PanelBuilderState {
  form: PanelForm;
  /** The request the proposal on screen answers; null until the first "Propose". */
  submitted: PanelRequest | null;
  /** The organiser's swaps, per request, so leaving the page (to read a profile) and coming back keeps them. */
  lineups: Readonly<Record<string, Lineup>>;
  /** The URL topic last applied, so that a new one (from "Build a panel" on a theme page) is applied once. */
  fromUrl: string | null;
}

export interface PanelBuilder extends PanelBuilderState {
  setForm: (update: (form: PanelForm) => PanelForm) => void;
  /** Propose for this request (already validated). */
  submit: (request: PanelRequest) => void;
  setLineup: (request: PanelRequest, lineup: Lineup | null) => void;
  reset: () => void;
}

const Context = createContext<PanelBuilder | null>(null);

export const requestKey = (request: PanelRequest) => JSON.stringify(request);
const topicKey = (topic: UrlTopic | null) => (topic?.theme ? `theme:${topic.theme}` : topic?.session ? `session:${topic.session}` : null);
const keyOfRequest = (request: PanelRequest) => topicKey({ theme: request.themeId ?? null, session: request.sessionId ?? null });

/** A topic from the URL: the form takes it (keeping the organiser's other settings) and proposes at once. */
function applyTopic(state: PanelBuilderState, topic: UrlTopic, key: string): PanelBuilderState {
  const form: PanelForm = topic.theme
    ? { ...state.form, topic: 'theme', themeId: topic.theme }
    : { ...state.form, topic: 'session', session: state.form.session?.id === topic.session ? state.form.session : { id: topic.session!, label: topic.session! } };
  const result = toPanelRequest(form);
  return { ...state, form, fromUrl: key, submitted: result.ok ? result.request : state.submitted };
}

/**
 * The panel builder's state, kept above the pages (in App) so that following a link from the panel
 * and coming back finds the form, the proposal and the swaps as they were.
 */
export function PanelBuilderProvider({ urlTopic, children }: { urlTopic: UrlTopic | null; children: ReactNode }) {
  const [state, setState] = useState<PanelBuilderState>(() => ({ form: defaultPanelForm(), submitted: null, lineups: {}, fromUrl: null }));
  const key = topicKey(urlTopic);
  // Adjusting state while rendering (React's pattern for "when a prop changes"): no effect, no flash of the old topic.
  if (urlTopic && key && key !== state.fromUrl) setState(applyTopic(state, urlTopic, key));

  const builder: PanelBuilder = {
    ...state,
    setForm: (update) => setState((s) => ({ ...s, form: update(s.form) })),
    submit: (request) => setState((s) => ({ ...s, submitted: request, fromUrl: keyOfRequest(request) })),
    setLineup: (request, lineup) =>
      setState((s) => {
        const lineups = { ...s.lineups };
        if (lineup) lineups[requestKey(request)] = lineup;
        else delete lineups[requestKey(request)];
        return { ...s, lineups };
      }),
    reset: () => setState((s) => ({ ...s, form: defaultPanelForm({ themeId: s.form.themeId, session: s.form.session }) })),
  };
  return <Context value={builder}>{children}</Context>;
}

export function usePanelBuilder(): PanelBuilder {
  const builder = use(Context);
  if (!builder) throw new Error('usePanelBuilder needs a <PanelBuilderProvider> above it (App renders one).');
  return builder;
}
