import type { CombinedError } from 'urql';

/** Shows what went wrong and, for the usual causes, what to do about it. */
export function ErrorState({
  error,
  title = 'Something went wrong',
}: {
  error: CombinedError | Error;
  title?: string;
}) {
  const network = 'networkError' in error && error.networkError;
  const hint = network
    ? 'The API could not be reached. Check that it is running and that the URL in Settings is right.'
    : /unauth|forbidden|api key/i.test(error.message)
      ? 'The API refused the request. Enter a valid API key in Settings.'
      : null;
  return (
    <div className="state state-error" role="alert">
      <strong>{title}</strong>
      <div className="state-detail">{error.message}</div>
      {hint ? <div>{hint}</div> : null}
    </div>
  );
}
