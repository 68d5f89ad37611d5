import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { describeError, errorCode, serverMessage } from '../../apollo/errorCode.ts';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { SearchBox } from '../explore/SearchBox.tsx';
import { SAVE_PANEL_DRAFT } from './panel.queries.ts';
import type { Picked } from './panelForm.ts';

interface SaveDraftDialogProps {
  title: string;
  themeId: string;
  memberIds: string[];
}

/** Editors: save the panel as arranged as a draft session, optionally under an event. */
export function SaveDraftDialog({ title, themeId, memberIds }: SaveDraftDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [draftTitle, setDraftTitle] = useState(title);
  const [event, setEvent] = useState<Picked | null>(null);
  const [save, { data, loading, error, reset }] = useMutation(SAVE_PANEL_DRAFT);
  const saved = data?.savePanelDraft;

  function handleOpen() {
    reset();
    setDraftTitle(title);
    dialogRef.current?.showModal();
  }

  function handleSubmit(formEvent: FormEvent) {
    formEvent.preventDefault();
    if (!draftTitle.trim()) return;
    save({ variables: { input: { title: draftTitle.trim(), themeId, memberIds, ...(event ? { eventId: event.id } : {}) } } }).catch(() => {
      // The error is shown from the mutation's state.
    });
  }

  const code = errorCode(error);
  return (
    <>
      <button type="button" className="button button-small" data-testid="save-draft" onClick={handleOpen}>
        Save as draft
      </button>
      <dialog ref={dialogRef} className="modal" aria-labelledby="save-draft-title" data-testid="save-draft-dialog">
        <form className="modal-body" onSubmit={handleSubmit}>
          <h2 id="save-draft-title">Save the panel as a draft session</h2>
          <p>
            The {memberIds.length} members become its panelists, in this order. Drafts are not shown in the programme until
            an editor publishes them.
          </p>
          <label className="field" htmlFor={titleId}>
            <span className="field-label">Session title</span>
            <input id={titleId} type="text" required value={draftTitle} data-testid="save-draft-title" onChange={(e) => setDraftTitle(e.target.value)} />
          </label>
          <div className="field">
            <span className="field-label">Event (optional)</span>
            {event ? (
              <p className="picked-one">
                <span className="chip">
                  {event.label}
                  <button type="button" className="chip-remove" aria-label={`Remove ${event.label}`} onClick={() => setEvent(null)}>
                    ×
                  </button>
                </span>
              </p>
            ) : (
              <SearchBox
                kinds={['EVENT']}
                label="Event the session belongs to"
                placeholder="Search events…"
                shortcut={false}
                clearOnPick
                testId="save-draft-event"
                className="search search-compact"
                onPick={(node) => setEvent({ id: node.id, label: node.label })}
              />
            )}
          </div>
          <div role="status" className="modal-status" data-testid="save-draft-status">
            {saved && (
              <p className="text-ok">
                Saved “{saved.label}” as a draft. <Link href={hrefFor({ name: 'explore', show: [saved.id] })}>Show it on the canvas</Link>
              </p>
            )}
            {error && (
              <p className="text-error">
                {code === 'UNAUTHENTICATED' || code === 'FORBIDDEN'
                  ? 'Your editor token was not accepted. Check it under “Access token”.'
                  : code === 'BAD_USER_INPUT'
                    ? (serverMessage(error) ?? describeError(error))
                    : describeError(error)}
              </p>
            )}
          </div>
          <div className="modal-actions">
            <button type="button" className="button button-secondary" onClick={() => dialogRef.current?.close()}>
              {saved ? 'Done' : 'Cancel'}
            </button>
            {!saved && (
              <button type="submit" className="button" disabled={loading || !draftTitle.trim()} data-testid="save-draft-submit">
                {loading ? 'Saving…' : 'Save draft'}
              </button>
            )}
          </div>
        </form>
      </dialog>
    </>
  );
}
