import type { ApiError } from "@/lib/api/api-error";

/** Shows a failed request the way the API explained it; `title` says what could not be shown. */
export function ApiErrorPanel({ title, error }: { title: string; error: ApiError }) {
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-sm dark:bg-red-950">
      <p className="font-medium">{title}</p>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">
        {error.message} <span className="font-mono text-xs">({error.code})</span>
      </p>
    </div>
  );
}
