/**
 * Throw a TerminalError from a node function to say "do not retry": the task fails at once,
 * whatever its retry policy. Anything else thrown is retried as configured.
 */
export class TerminalError extends Error {
  readonly code = "E_TERMINAL";
  readonly terminal = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TerminalError";
  }
}
