import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { errorPage, escapeHtml, lockDown, SCHEDULE_CSP } from "../../src/webviewHtml";

describe("lockDown", () => {
  it("puts the content security policy first in <head>", () => {
    const html = lockDown('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>p{}</style></head><body><p>x</p></body></html>');
    assert.match(html, /<head>\n<meta http-equiv="Content-Security-Policy"/);
    assert.ok(html.indexOf("Content-Security-Policy") < html.indexOf("<style>"));
    assert.ok(html.includes(`content="${SCHEDULE_CSP}"`));
    assert.ok(html.includes("<p>x</p>"));
  });

  it("allows no scripts, no network and only inline styles", () => {
    assert.match(SCHEDULE_CSP, /default-src 'none'/);
    assert.match(SCHEDULE_CSP, /script-src 'none'/);
    assert.match(SCHEDULE_CSP, /style-src 'unsafe-inline'(;|$)/);
    assert.doesNotMatch(SCHEDULE_CSP, /https?:|\*/);
  });

  it("removes scripts, base elements and other policies", () => {
    const html = lockDown('<html><head><meta http-equiv="Content-Security-Policy" content="default-src *"><base href="http://x/"><script src="a.js"></script></head><body><SCRIPT>alert(1)</SCRIPT ></body></html>');
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<base/i);
    assert.doesNotMatch(html, /default-src \*/);
    assert.equal(html.match(/Content-Security-Policy/g)?.length, 1);
  });

  it("wraps a fragment without <head> in a page with the policy", () => {
    const html = lockDown("<table></table>");
    assert.match(html, /^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"/);
    assert.ok(html.includes("<body><table></table></body>"));
  });
});

describe("errorPage", () => {
  it("escapes pilotc's output", () => {
    const html = errorPage("No schedule", 'reform.pilot(3,1): error PS0001: expected "}" <here>');
    assert.ok(html.includes("&quot;}&quot; &lt;here&gt;"));
    assert.match(html, /Content-Security-Policy/);
  });

  it("escapes all five special characters", () => {
    assert.equal(escapeHtml(`<a href="x">&'`), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  });
});
