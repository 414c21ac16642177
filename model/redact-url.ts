/**
 * A URL safe to print or list: its password masked (`postgres://u:***@host`). NATS also takes a
 * token as the user part alone (`nats://TOKEN@host`): for NATS URLs that is masked too.
 */
export function redactUrl(url: string): string {
  const masked = url.replace(/\/\/([^:@/]+):([^@/]*)@/, "//$1:***@");
  return /^(nats|tls|ws|wss):/i.test(masked) ? masked.replace(/\/\/([^:@/]+)@/, "//***@") : masked;
}
