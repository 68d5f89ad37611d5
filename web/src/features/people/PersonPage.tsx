import { useQuery } from '@apollo/client/react';
import { describeError, errorCode } from '../../apollo/errorCode.ts';
import { Link } from '../../router/Link.tsx';
import { entityHref, hrefFor } from '../../router/routes.ts';
import { PageMessage } from '../../ui/PageMessage.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { CoauthorList } from './CoauthorList.tsx';
import { CollaboratorList } from './CollaboratorList.tsx';
import { ExpertiseProfile } from './ExpertiseProfile.tsx';
import { PersonHeader } from './PersonHeader.tsx';
import { TalkList } from './TalkList.tsx';
import { isPerson, PERSON_PROFILE, PROFILE_LIST_SIZE } from './person.queries.ts';

interface PersonPageProps {
  id: string;
}

/** A person's profile: expertise with its evidence, co-authors, collaborators in other sectors, earlier talks. */
export function PersonPage({ id }: PersonPageProps) {
  const { data, dataState, error } = useQuery(PERSON_PROFILE, { variables: { id, first: PROFILE_LIST_SIZE } });
  const node = dataState === 'complete' ? data.node : null;
  const person = isPerson(node) ? node : null;
  const notFound = errorCode(error) === 'NOT_FOUND' || (dataState === 'complete' && !person);
  useDocumentTitle(person ? person.name : notFound ? 'No such person' : null);

  return (
    <div className="page" data-testid="person-page">
      {notFound && (
        <PageMessage kind="error" title="No such person" testId="person-not-found">
          {node ? (
            <p>
              “{node.label}” is not a person. <Link href={entityHref(node)}>Open it</Link> instead.
            </p>
          ) : (
            <p>There is no person with the id “{id}”. They may have been removed or asked not to be shown.</p>
          )}
          <p>
            <Link href={hrefFor({ name: 'explore', show: [] })}>Search the atlas</Link>
          </p>
        </PageMessage>
      )}
      {error && !notFound && (
        <PageMessage kind="error" title="Could not load this profile" testId="person-error">
          <p>{describeError(error)}</p>
        </PageMessage>
      )}
      {!error && dataState !== 'complete' && <PageMessage kind="loading" title="Loading the profile…" />}
      {person && (
        <>
          <PersonHeader person={person} />
          <div className="person-grid">
            <ExpertiseProfile expertise={person.expertise} name={person.name} personId={person.id} />
            <div className="person-column">
              <CollaboratorList collaborators={person.crossSectorCollaborators} sector={person.sector} />
              <TalkList talks={person.sessions} />
              <CoauthorList coauthors={person.coauthors} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
