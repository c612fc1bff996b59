/** Raised only when the input cannot be a report at all; a messy report yields findings instead. */
export class UnreadableReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableReportError';
  }
}

/** The sentence an error carries, whatever was thrown. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
