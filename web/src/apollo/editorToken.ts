/** Where the editor token lives between visits. Only this browser sees it; it goes out as a bearer token. */
const KEY = 'atlas.editorToken';

export function readEditorToken(): string | null {
  try {
    return window.localStorage.getItem(KEY) || null;
  } catch {
    return null; // storage disabled (privacy settings): behave as a reader
  }
}

export function writeEditorToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(KEY, token);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Nothing to do: without storage the token cannot be kept, and the dialog says what the server thinks.
  }
}

/** The Authorization header for a token, if there is one. */
export function authorizationHeader(token: string | null): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}
