import { planCompute } from "./compute";

const primary = { site: "s", role: "primary" as const, desired: 4, evacuated: false };
const standby = { site: "s", role: "standby" as const, desired: 1, evacuated: false };

test("AWS and the sovereign cloud run an Auto Scaling group bounded by desired and required", () => {
  expect(planCompute("warm-standby", 4, standby, "aws", false)).toEqual({
    site: "s",
    mode: "asg",
    desired: 1,
    minSize: 1,
    maxSize: 4,
    instances: 0,
  });
  expect(planCompute("warm-standby", 4, primary, "aws-eusc", false).mode).toBe("asg");
});

test("Outscale runs required instances, of which desired run", () => {
  expect(planCompute("warm-standby", 4, standby, "outscale", false)).toEqual({
    site: "s",
    mode: "instances",
    desired: 1,
    minSize: 0,
    maxSize: 0,
    instances: 4,
  });
});

test("pilot-light keeps the launch configuration ready with 0 running", () => {
  const idle = { ...standby, desired: 0 };
  expect(planCompute("pilot-light", 4, idle, "aws", false)).toMatchObject({ mode: "asg", desired: 0, maxSize: 4 });
  expect(planCompute("pilot-light", 4, idle, "outscale", false)).toMatchObject({ mode: "instances", instances: 4 });
});

test("backup-restore has no standby compute", () => {
  expect(planCompute("backup-restore", 4, { ...standby, desired: 0 }, "aws", false).mode).toBe("none");
  expect(planCompute("backup-restore", 4, primary, "aws", false).mode).toBe("asg");
});

test("external sites and external workloads run nothing the stack manages", () => {
  expect(planCompute("warm-standby", 4, primary, "on-premises", false).mode).toBe("external");
  expect(planCompute("warm-standby", 4, primary, "colocation", false).mode).toBe("external");
  expect(planCompute("warm-standby", 4, primary, "aws", true).mode).toBe("external");
});
