/** An AWS Backup schedule and the interval it really gives. */
export interface BackupSchedule {
  /** An AWS Backup cron expression, in UTC. */
  expression: string;
  /** Seconds between two backups as scheduled: `data.every`, or the nearest shorter interval cron can express. */
  every: number;
}

const HOUR = 3600;
const DAY = 86400;
/** Hour steps that divide a day evenly, so `0/N` in the hour field gives a constant interval. */
const HOUR_STEPS = [1, 2, 3, 4, 6, 8, 12];

/**
 * The backup schedule for `data.every` (seconds). AWS Backup runs at most hourly: a shorter interval returns
 * null (the caller reports it). Intervals cron cannot express exactly are rounded down (backups run more
 * often, so the RPO still holds): 5h becomes every 4 hours, 3d becomes daily, 10d weekly, 45d monthly.
 */
export function backupSchedule(every: number): BackupSchedule | null {
  if (every < HOUR) return null;
  if (every < DAY) {
    const step = [...HOUR_STEPS].reverse().find((hours) => hours * HOUR <= every) ?? 1;
    return { expression: `cron(0 0/${step} * * ? *)`, every: step * HOUR };
  }
  if (every < 7 * DAY) return { expression: "cron(0 3 * * ? *)", every: DAY };
  // Monthly backups can be 31 days apart: only an interval of 31 days or more allows them.
  if (every < 31 * DAY) return { expression: "cron(0 3 ? * SUN *)", every: 7 * DAY };
  return { expression: "cron(0 3 1 * ? *)", every: 31 * DAY };
}
