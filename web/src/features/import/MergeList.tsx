import { Link } from '../../router/Link.tsx';
import { entityHref } from '../../router/routes.ts';
import type { ImportMerge } from './import.queries.ts';
import { issueLocation } from './importErrors.ts';

/** Records that joined an entity the atlas already holds (by ORCID, DOI, ROR or name), each linked to it. */
export function MergeList({ merges }: { merges: ImportMerge[] }) {
  if (!merges.length) return null;
  return (
    <section className="issues" data-testid="import-merges">
      <h3 className="issues-title">
        Merges <span className="count">{merges.length}</span>
      </h3>
      <ul className="issue-list">
        {merges.map((merge) => (
          <li key={`${merge.file}:${merge.line}:${merge.id}`} data-testid="import-merge">
            <code>{issueLocation({ file: merge.file, line: merge.line, field: null })}</code>: {merge.id} joins{' '}
            <Link href={entityHref({ id: merge.into, kind: merge.kind })}>{merge.into}</Link> (same {merge.on})
          </li>
        ))}
      </ul>
    </section>
  );
}
