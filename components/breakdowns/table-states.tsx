import type { ApiError } from "@/lib/api/api-error";

export function TableSkeleton() {
  return (
    <ul className="flex flex-col gap-2" aria-busy="true" aria-label="Loading">
      {[0, 1, 2, 3].map((i) => (
        <li key={i} className="h-6 animate-pulse rounded bg-skeleton" />
      ))}
    </ul>
  );
}

export function BreakdownError({
  noun,
  error,
  onRetry,
}: {
  readonly noun: string;
  readonly error: ApiError;
  readonly onRetry: () => void;
}) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-danger-border bg-danger-soft p-3 text-sm text-danger"
    >
      <p>
        The {noun} could not be loaded: {error.message}
      </p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-2 rounded-md border border-danger-border px-2 py-1 text-xs"
      >
        Retry
      </button>
    </div>
  );
}
