import { describeImportFailure } from './importErrors.ts';

/** A failed request, said plainly: not an editor, too big, or the server's reason. */
export function ImportProblem({ error }: { error: unknown }) {
  const failure = describeImportFailure(error);
  return (
    <div className="form-problem import-problem" role="alert" data-testid="import-problem">
      <strong>{failure.title}</strong>
      <p>{failure.detail}</p>
    </div>
  );
}
