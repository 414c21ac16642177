/** A URL safe to print or list: its password (or a token in the user part) masked. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]*)@/, "//$1:***@").replace(/\/\/([^:@/]+)@/, "//***@");
}
