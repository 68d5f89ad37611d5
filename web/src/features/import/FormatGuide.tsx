import { exampleFileName, IMPORT_FORMATS } from './importFormats.ts';

/** The empty state: what the importer reads, each format with small example files to try. */
export function FormatGuide() {
  return (
    <section className="card section-card format-guide" aria-labelledby="format-guide-title" data-testid="import-format-guide">
      <h2 id="format-guide-title" className="section-title">
        What you can import
      </h2>
      <p className="page-note">
        Every row is checked before anything is written, and you see a preview first. Ids are stable, so importing the same
        file again changes nothing; people, papers and institutions that the atlas already knows by ORCID, DOI or ROR are
        merged, not duplicated.
      </p>
      <dl className="format-list">
        {IMPORT_FORMATS.map((info) => (
          <div key={info.format} className="format-item">
            <dt>{info.label}</dt>
            <dd>
              {info.shape}
              <span className="format-examples">
                Example{info.examples.length > 1 ? 's' : ''}:{' '}
                {info.examples.map((example, index) => (
                  <span key={example.href}>
                    {index > 0 && ', '}
                    <a href={example.href} download={exampleFileName(example.href)}>
                      {exampleFileName(example.href)}
                    </a>
                  </span>
                ))}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
