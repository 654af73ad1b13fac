import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

// The README promises Node 20.19: a dependency that asks for a newer Node installs with a warning and can fail
// at run time, so the lockfile itself is checked.
const SUPPORTED_NODE = "20.19.0";

type LockedPackage = { version?: string; engines?: { node?: string } | string[]; dev?: boolean };

describe("dependencies run on Node 20", () => {
  it(`every locked package's engines accepts Node ${SUPPORTED_NODE}`, () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, LockedPackage> };
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== "")
      .flatMap(([path, pkg]) => {
        const range = !Array.isArray(pkg.engines) ? pkg.engines?.node : undefined;
        return range && !semver.satisfies(SUPPORTED_NODE, range) ? [`${path}@${pkg.version}: node ${range}`] : [];
      });
    expect(refusing).toEqual([]);
  });

  it("the project itself says so", () => {
    const project = JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } };
    expect(semver.minVersion(project.engines.node)?.version).toBe(SUPPORTED_NODE);
  });
});
