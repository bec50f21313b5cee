/**
 * What a pasted S2 access token may look like before anyone is asked about it. A token travels as an
 * HTTP header value; a line break or control character there makes Node's fetch fail with the whole
 * header (token included) in its error message. Tokens are printable ASCII without spaces, so anything
 * else is a paste gone wrong and is refused with a message that says so, before it reaches S2 or a log.
 */

export const MAX_TOKEN_LENGTH = 1_024;
const TOKEN_CHARACTERS = /^[\x21-\x7e]+$/;

export type TokenFormatProblem = "missing_token" | "malformed_token";

export function tokenFormatProblem(token: string): TokenFormatProblem | null {
  if (token === "") return "missing_token";
  if (token.length > MAX_TOKEN_LENGTH || !TOKEN_CHARACTERS.test(token)) return "malformed_token";
  return null;
}
