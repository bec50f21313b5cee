import type { ErrorInfo } from "@/lib/s2/contract";

/** The one error the local backend throws: the server turns it into `{code, message}` with `status`. */
export class S2ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "S2ApiError";
  }

  toJSON(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}

export const badQuery = (message: string) => new S2ApiError(400, "bad_query", message);
export const badPath = (message: string) => new S2ApiError(400, "bad_path", message);
export const invalid = (message: string) => new S2ApiError(422, "invalid", message);
export const authn = (message: string) => new S2ApiError(401, "authn", message);
export const permissionDenied = (message: string) => new S2ApiError(403, "permission_denied", message);
