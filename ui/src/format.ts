/** How figures read on the page. */

export function bytes(n: number): string {
  if (n < 1024) return `${Math.round(n)} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

export function count(n: number): string {
  return n >= 10_000 ? `${(n / 1000).toFixed(n >= 100_000 ? 0 : 1)}k` : String(n);
}

export function ms(n: number): string {
  if (n < 1) return `${n.toFixed(2)} ms`;
  if (n < 1000) return `${Math.round(n)} ms`;
  if (n < 60_000) return `${(n / 1000).toFixed(2)} s`;
  return `${Math.floor(n / 60_000)} min ${Math.round((n % 60_000) / 1000)} s`;
}

/** A run's duration: submitted to ended, or to now while it goes on. */
export function runDuration(submitted: string, ended: string | null): string {
  return ms((ended ? Date.parse(ended) : Date.now()) - Date.parse(submitted));
}

export function time(iso: string): string {
  return iso.slice(11, 23);
}

export function when(iso: string): string {
  return iso.replace("T", " ").slice(0, 19);
}

/** Records per second: "0/s", "850/s", "12.5k/s". */
export function rate(n: number): string {
  return `${count(n)}/s`;
}

/** A streaming watermark: its time of day with ms (the date is in its title), "end" once a finite source ended, "-" before any. */
export function watermark(w: string | null): string {
  if (w === null) return "-";
  return w === "end" ? "end" : time(w);
}

/** Time waited for credit per second, as a share of the time. */
export function blocked(msPerSec: number): string {
  return `${Math.round(msPerSec / 10)}%`;
}
