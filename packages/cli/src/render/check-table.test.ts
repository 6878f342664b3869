import type { CheckPlan, CheckReport } from "@relais/check";
import { createStyle } from "../output";
import { renderCheckTable } from "./check-table";

const plan: CheckPlan = {
  sites: [
    {
      site: { id: "gov-a", provider: "outscale", region: "cloudgouv-eu-west-1", zone: "cloudgouv-eu-west-1a" },
      checks: [],
    },
    { site: { id: "paris", provider: "aws", region: "eu-west-3", zone: null }, checks: [] },
  ],
  skipped: [{ site: "dc-1", reason: "on-premises site: no EC2-compatible API to check" }],
  cloudSites: ["gov-a", "paris"],
};

const report: CheckReport = {
  sites: [
    {
      site: "gov-a",
      endpoint: "https://fcu.cloudgouv-eu-west-1.outscale.com",
      checks: [
        {
          check: "zones-available",
          service: null,
          status: "ready",
          reason: "zone cloudgouv-eu-west-1a is available",
          expected: "available",
          actual: "available",
        },
        {
          check: "standby-running",
          service: "payments-api",
          status: "not-ready",
          reason: "2 of 3 standby instances running in gov-a for payments-api",
          expected: 3,
          actual: 2,
        },
        {
          check: "image-present",
          service: "web",
          status: "unknown",
          reason: "DescribeImages was throttled",
          expected: "available",
          actual: null,
        },
      ],
    },
    {
      site: "paris",
      endpoint: "https://ec2.eu-west-3.amazonaws.com",
      checks: [
        {
          check: "zones-available",
          service: null,
          status: "unknown",
          reason: "refused",
          expected: "available",
          actual: null,
        },
        {
          check: "image-present",
          service: "web",
          status: "unknown",
          reason: "refused",
          expected: "available",
          actual: null,
        },
      ],
    },
  ],
  summary: { ready: 1, notReady: 1, unknown: 3 },
};

describe("renderCheckTable", () => {
  test("one aligned block per site, the sites not checked, and the summary", () => {
    expect(renderCheckTable(report, plan, createStyle(false))).toBe(
      [
        "gov-a outscale cloudgouv-eu-west-1a  https://fcu.cloudgouv-eu-west-1.outscale.com",
        "  ✔ ready      zones-available  -             zone cloudgouv-eu-west-1a is available",
        "  ✘ not ready  standby-running  payments-api  2 of 3 standby instances running in gov-a for payments-api",
        "  ? unknown    image-present    web           DescribeImages was throttled",
        "",
        "paris aws eu-west-3  https://ec2.eu-west-3.amazonaws.com",
        "  ? unknown    all 2 checks of the site: refused",
        "",
        "not checked: dc-1 (on-premises site: no EC2-compatible API to check)",
        "",
        "✘ not ready: 1 ready, 1 not ready, 3 unknown (unknown is not ready)",
      ].join("\n"),
    );
  });

  test("colours statuses on a terminal", () => {
    const text = renderCheckTable(report, plan, createStyle(true));
    expect(text).toContain("\u001b[32m✔ ready    \u001b[39m");
    expect(text).toContain("\u001b[31m✘ not ready\u001b[39m");
    expect(text).toContain("\u001b[33m? unknown  \u001b[39m");
  });

  test("all ready, and nothing to check", () => {
    const ready: CheckReport = {
      sites: [{ ...report.sites[0]!, checks: [report.sites[0]!.checks[0]!] }],
      summary: { ready: 1, notReady: 0, unknown: 0 },
    };
    expect(renderCheckTable(ready, plan, createStyle(false)).split("\n").at(-1)).toBe("✔ ready: 1 check passed");
    const empty = { sites: [], summary: { ready: 0, notReady: 0, unknown: 0 } };
    expect(renderCheckTable(empty, { sites: [], skipped: [], cloudSites: [] }, createStyle(false))).toBe(
      "nothing to check: the manifest has no cloud site with an EC2-compatible API",
    );
  });
});

describe("renderCheckTable on hostile text", () => {
  it("never passes an endpoint's escape sequences to the terminal, while keeping its own colours", () => {
    const hostile = structuredClone(report);
    hostile.sites[0].checks[2].reason = "\u001b[2J\u001b[Hall ready\rDescribeImages failed";
    const text = renderCheckTable(hostile, plan, createStyle(true));
    expect(text).not.toContain("\u001b[2J");
    expect(text).not.toContain("\u001b[H");
    expect(text).not.toContain("\r");
    expect(text).toContain("\\u001b[2J\\u001b[Hall ready\\u000dDescribeImages failed");
    expect(text).toContain("\u001b[31m");
  });
});
