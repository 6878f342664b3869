import { installMocks, type Recorder, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import * as pulumi from "@pulumi/pulumi";
import { componentPolicy, outscaleRisks } from "../testing/fixtures";
import { ContinuityPlan } from "./continuity-plan";
import { guardUserData } from "./secure-defaults";

afterEach(() => settleRegistrations());

function plan() {
  recorder = installMocks();
  return new ContinuityPlan("p", {
    policy: componentPolicy(),
    env: {},
    resilienceHub: false,
    acceptRisks: outscaleRisks("osc-a") as never,
  });
}

/** The value of an output, or its error, within a bound. */
function settled(value: unknown): Promise<unknown> {
  const output = value as { promise(): Promise<unknown> };
  return Promise.race([
    output.promise(),
    new Promise((_, reject) => setTimeout(() => reject(new Error("never settled")), 5000).unref()),
  ]);
}

test("a secret in user data is refused where instance metadata has no token protection (Outscale)", async () => {
  const p = plan();
  const secret = pulumi.secret("#!/bin/sh\nbootstrap --token s3cr3t\n");
  await expect(settled(guardUserData('FailoverService "svc"', p, p.site("osc-a"), secret))).rejects.toThrow(
    'FailoverService "svc": sites.osc-a.userData holds a secret, but osc-a (outscale) has no token-protected instance metadata: any process on the instance could read it.',
  );
  expect(recorder.names()).toEqual(["p"]);
});

test("plain user data passes on Outscale; a secret passes where IMDSv2 is required (AWS)", async () => {
  const p = plan();
  const plain = pulumi.output("#!/bin/sh\nbootstrap\n");
  await expect(settled(guardUserData("c", p, p.site("osc-a"), plain))).resolves.toBe("#!/bin/sh\nbootstrap\n");
  const secret = pulumi.secret("token");
  expect(guardUserData("c", p, p.site("aws-paris"), secret)).toBe(secret);
});
