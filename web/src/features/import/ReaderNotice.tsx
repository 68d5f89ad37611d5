import { FormatGuide } from './FormatGuide.tsx';
import { TokenForm } from './TokenForm.tsx';

/** For readers: importing changes the atlas, so it is for editors; here is how to become one. */
export function ReaderNotice() {
  return (
    <>
      <section className="card section-card import-reader" aria-labelledby="import-reader-title" data-testid="import-reader">
        <h2 id="import-reader-title" className="section-title">
          Importing is for editors
        </h2>
        <p>
          Imports change what everyone sees in the atlas, so only editors can run them. If you have an editor token, enter it
          here (or under “Access token” at the top of the page): it is kept in this browser only and sent with each request.
        </p>
        <p className="page-note">
          No token? Ask whoever runs this atlas for one, or send them your files. On the server, npm run import reads the same
          formats.
        </p>
        <TokenForm />
      </section>
      <FormatGuide />
    </>
  );
}
