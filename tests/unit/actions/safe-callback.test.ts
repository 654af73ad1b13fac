import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/actions/form-state";

describe("safeCallbackPath", () => {
  it.each([
    ["/m/bellefontaine", "/m/bellefontaine"],
    ["http://127.0.0.1:3100/producteur?nouveau=1", "/producteur?nouveau=1"],
    ["https://evil.example/steal?x=1", "/steal?x=1"],
    ["//evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
