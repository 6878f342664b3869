import { backupSchedule } from "./backup-schedule";

const H = 3600;
const D = 86400;

test.each([
  [H, "cron(0 0/1 * * ? *)", H],
  [2 * H, "cron(0 0/2 * * ? *)", 2 * H],
  [5 * H, "cron(0 0/4 * * ? *)", 4 * H],
  [6 * H, "cron(0 0/6 * * ? *)", 6 * H],
  [90 * 60, "cron(0 0/1 * * ? *)", H],
  [D, "cron(0 3 * * ? *)", D],
  [3 * D, "cron(0 3 * * ? *)", D],
  [7 * D, "cron(0 3 ? * SUN *)", 7 * D],
  [30 * D, "cron(0 3 ? * SUN *)", 7 * D],
  [31 * D, "cron(0 3 1 * ? *)", 31 * D],
])("every %is → %s (really every %is, never less often than asked)", (every, expression, effective) => {
  const schedule = backupSchedule(every);
  expect(schedule).toEqual({ expression, every: effective });
  expect(schedule!.every).toBeLessThanOrEqual(every);
});

test("AWS Backup cannot run more often than hourly", () => {
  expect(backupSchedule(30 * 60)).toBeNull();
});
