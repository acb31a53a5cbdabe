/** Why a run stopped short: its error code and message (the full message stays in the title and the run page). */
export function FailureReason({ code, message }: { code: string | null; message: string | null }) {
  if (!code && !message) return null;
  return (
    <div className="failure-reason" title={message ?? undefined} data-testid="failure-reason">
      {code ? <strong>{code}</strong> : null} {message ? <span className="clamp-2">{message}</span> : null}
    </div>
  );
}
