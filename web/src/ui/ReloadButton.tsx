/** Loads the page again: after a failed chunk load, a reload fetches the current build. */
export function ReloadButton() {
  return (
    <button type="button" className="button" onClick={() => window.location.reload()}>
      Reload the page
    </button>
  );
}
