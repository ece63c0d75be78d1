// The schedule page comes from pilotc; the webview shows it under a locked-down content
// security policy: no scripts, no network, only the page's own inline styles (the Gantt
// bars are positioned with style attributes, which only 'unsafe-inline' allows).

export const SCHEDULE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; script-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";

const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${SCHEDULE_CSP}">`;

/** Removes anything that could run code or load from elsewhere, then sets the CSP first thing in <head>. */
export function lockDown(html: string): string {
  const cleaned = html
    // An existing policy could be looser than ours: browsers combine them, but keep one source of truth.
    .replace(/<meta[^>]+http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi, "")
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, "")
    .replace(/<script\b[^>]*\/?>/gi, "")
    .replace(/<base\b[^>]*>/gi, "");
  if (/<head\b[^>]*>/i.test(cleaned)) return cleaned.replace(/<head\b[^>]*>/i, (head) => `${head}\n${CSP_META}`);
  return `<!DOCTYPE html><html><head>${CSP_META}</head><body>${cleaned}</body></html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Shown instead of the chart when pilotc fails (e.g. the spec has errors). */
export function errorPage(title: string, details: string): string {
  return lockDown(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
      `<style>body{font-family:system-ui,sans-serif;margin:2em}pre{white-space:pre-wrap}</style></head>` +
      `<body><h1>${escapeHtml(title)}</h1><pre>${escapeHtml(details)}</pre></body></html>`,
  );
}
