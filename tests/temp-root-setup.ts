import { useTempRoot } from "../scripts/temp-root.ts";

/**
 * Runs once before the test files, in vitest's main process: every temporary
 * folder the tests make goes into one folder of this run. TMPDIR is pointed
 * at it before the workers start, so they and the commands they run inherit
 * it, and the teardown removes it with all it holds.
 */
export default function setup(): () => void {
  const temp = useTempRoot("qa-test-run-");
  return () => temp.remove();
}
