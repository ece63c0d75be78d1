import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { initializationOptions } from "../../src/serverOptions";

describe("initializationOptions", () => {
  it("passes a whole number of milliseconds in range", () => {
    assert.deepEqual(initializationOptions(0), { diagnosticsDelay: 0 });
    assert.deepEqual(initializationOptions(150), { diagnosticsDelay: 150 });
    assert.deepEqual(initializationOptions(10_000), { diagnosticsDelay: 10_000 });
  });

  it("leaves out what the server would refuse, so that it keeps its default", () => {
    for (const value of [undefined, -1, 10_001, 1.5, Number.NaN]) {
      assert.deepEqual(initializationOptions(value), {}, String(value));
    }
  });

  it("passes a weakened-since revision, trimmed, and leaves out an empty one", () => {
    assert.deepEqual(initializationOptions(150, "HEAD"), { diagnosticsDelay: 150, weakenedSince: "HEAD" });
    assert.deepEqual(initializationOptions(undefined, " origin/main "), { weakenedSince: "origin/main" });
    assert.deepEqual(initializationOptions(150, ""), { diagnosticsDelay: 150 });
    assert.deepEqual(initializationOptions(150, "   "), { diagnosticsDelay: 150 });
  });
});
