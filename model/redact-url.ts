/**
 * A URL safe to print or list: its password masked (`postgres://u:***@host`). NATS also takes a
 * token as the user part alone (`nats://TOKEN@host`): for NATS URLs that is masked too. A
 * comma-separated list (a NATS cluster's servers) is masked URL by URL.
 */
export function redactUrl(url: string): string {
  return url.split(",").map(redactOne).join(",");
}

function redactOne(url: string): string {
  const masked = url.replace(/\/\/([^:@/]+):([^@/]*)@/, "//$1:***@");
  return /^\s*(nats|tls|ws|wss):/i.test(masked) ? masked.replace(/\/\/([^:@/]+)@/, "//***@") : masked;
}
