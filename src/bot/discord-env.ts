/**
 * discord.js reads a few variables straight from the environment: its Client
 * takes SHARDS and SHARD_COUNT as its shard list and count, and believes it is
 * a shard when SHARDING_MANAGER is set. Only the ShardingManager of
 * `npm run start:sharded` may set them; anywhere else (a shell, an old `.env`)
 * they would crash the bot or make it identify as the wrong shard.
 */
const SET_BY_SHARDING_MANAGER = [
  "SHARDING_MANAGER",
  "SHARDING_MANAGER_MODE",
  "SHARDS",
  "SHARD_COUNT",
];

/** Whether this process was spawned by discord.js's ShardingManager. */
export function isManagedShard(env: NodeJS.ProcessEnv): boolean {
  return env.SHARDING_MANAGER === "true" && env.SHARDING_MANAGER_MODE === "process";
}

/**
 * Removes the variables discord.js would read by itself, unless this process
 * is a shard its ShardingManager started (which set them on purpose).
 * Returns the names it removed.
 */
export function removeStrayShardingVariables(env: NodeJS.ProcessEnv): string[] {
  if (isManagedShard(env)) return [];
  const removed = SET_BY_SHARDING_MANAGER.filter((name) => name in env);
  for (const name of removed) delete env[name];
  return removed;
}
