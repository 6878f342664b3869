import { formatDuration } from "../duration";
import type { Rule } from "./rule";

export const rpoUnachievable: Rule = {
  code: "rpo-unachievable",
  why:
    "The recovery point objective is the data a service may lose. Replication lag or the time between backups is " +
    "what it loses when its site goes; with no copy at all it loses everything.",
  fix: "replicate or back up more often, or move the service to a tier with a longer rpo",
  check: ({ policy }) =>
    Object.entries(policy.services).flatMap(([id, service]) => {
      const tier = policy.tiers[service.tier];
      if (!tier) return [];
      const rpo = `tier "${service.tier}"'s rpo of ${formatDuration(tier.rpo)}`;
      const data = service.data;
      if (data.mode === "none") {
        return [
          {
            path: `services.${id}.data.mode`,
            message: `service ${id} keeps no copy of its data (data.mode: none), so it cannot meet ${rpo}`,
            hint: "replicate or back up its data, such as data: { mode: async-replication, lag: 30s }",
          },
        ];
      }
      if (data.mode === "backup" && data.every > tier.rpo) {
        return [
          {
            path: `services.${id}.data.every`,
            message: `service ${id} is backed up every ${formatDuration(data.every)}, longer than ${rpo}`,
            hint: `back up at least every ${formatDuration(tier.rpo)}, replicate instead, or move the service to a tier with a longer rpo`,
          },
        ];
      }
      if (data.mode === "async-replication" && data.lag > tier.rpo) {
        return [
          {
            path: `services.${id}.data.lag`,
            message: `service ${id} replicates with a lag of ${formatDuration(data.lag)}, longer than ${rpo}`,
            hint: `bring the lag under ${formatDuration(tier.rpo)}, use sync-replication, or move the service to a tier with a longer rpo`,
          },
        ];
      }
      return [];
    }),
};
