import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";
import { run } from "./run-command.ts";

/** `npm install-scripts` came with npm 11's allow list; npm 10 runs every install script. */
const npmVersion = execFileSync("npm", ["--version"], { encoding: "utf8" }).trim();
const hasAllowList = Number(npmVersion.split(".")[0]) >= 11;

// Without an entry, npm 11 skips the script and ends `npm ci` with a warning.
it.skipIf(!hasAllowList)(
  "every installed package's install script is covered by package.json's allowScripts",
  async () => {
    const { stdout, code } = await run("npm", ["install-scripts", "ls", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ allowScripts: [] });
  },
);
