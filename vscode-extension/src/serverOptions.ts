// What the extension tells pilotls in `initializationOptions`. Pure, so unit-tested.

/** The server's own setting names; see src/PilotSpec.LanguageServer/README.md. */
export interface PilotInitializationOptions {
  /** Milliseconds the server's diagnostics wait for typing to pause (0–10,000). */
  diagnosticsDelay?: number;
  /** A git revision: a lens on every line that weakened a promise since (`pilotc diff`'s comparison). */
  weakenedSince?: string;
}

const maxDelayMilliseconds = 10_000;

/**
 * Only a usable delay is sent: a value VS Code's settings UI let through but the server would
 * refuse (a fraction, out of range) is left out, so the server keeps its default.
 */
export function initializationOptions(diagnosticsDelay: number | undefined, weakenedSince?: string): PilotInitializationOptions {
  const options: PilotInitializationOptions =
    typeof diagnosticsDelay === "number" && Number.isInteger(diagnosticsDelay) && diagnosticsDelay >= 0 && diagnosticsDelay <= maxDelayMilliseconds
      ? { diagnosticsDelay }
      : {};
  // Empty is off; the server checks the name itself (and logs what it refuses).
  const revision = typeof weakenedSince === "string" ? weakenedSince.trim() : "";
  return revision.length > 0 ? { ...options, weakenedSince: revision } : options;
}
