import { join } from "node:path";
import { Manifest } from "@relais/policy";
import { policyPackFindings, readPackConfig } from "./policy-pack-findings";
import { loadPulumiProject } from "./project/pulumi-project";
import { runProgram } from "./runner/run-program";
import { fixtureProgram } from "./testing/programs";

const EXAMPLES = join(__dirname, "..", "..", "..", "examples");
const EXAMPLE = join(EXAMPLES, "hybrid-headquarters");

/** Runs a program under the mocks and evaluates the pack on what it registered, as `relais preview` does. */
async function gate(directory: string) {
  const project = loadPulumiProject(directory);
  const capture = await runProgram(project);
  const manifests = capture.manifests.map((raw) => Manifest.parse(raw));
  return policyPackFindings(capture.resources, manifests, readPackConfig(directory));
}

describe("the policy pack on a program's captured resources", () => {
  it("passes the bundled example, listing its acknowledged risks as warnings", async () => {
    const findings = await gate(EXAMPLE);
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
    const acknowledged = findings.map((finding) => finding.message);
    expect(acknowledged).toContain(
      "relais-acknowledged-risks: acknowledged: site osc-gov-a lacks imdsv2 (FCU has no token-protected metadata; the images firewall 169.254.169.254 to root and user data holds no secret)",
    );
    // The Outscale instances lack IMDSv2 and encryption, acknowledged per site: no secure-default violation.
    expect(findings.every((finding) => finding.code === "policy-pack" && finding.severity === "warning")).toBe(true);
    expect(findings).toHaveLength(6);
  }, 60_000);

  it.each([
    ["outscale-secnumcloud", 8],
    ["aws-european-sovereign-cloud", 2],
  ])(
    "passes the sovereign example %s, with its %d acknowledged risks listed",
    async (example, acknowledged) => {
      const findings = await gate(join(EXAMPLES, example));
      expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
      const listed = findings.filter((finding) =>
        finding.message.startsWith("relais-acknowledged-risks: acknowledged:"),
      );
      expect(listed).toHaveLength(acknowledged);
      expect(findings).toHaveLength(acknowledged);
    },
    60_000,
  );

  it("reports each broken rule as an error at the resource's URN, with the pack config of the program", async () => {
    const findings = await gate(fixtureProgram("gate-violations"));
    const byRule = (rule: string) => findings.filter((finding) => finding.message.startsWith(`${rule}:`));
    expect(findings.every((finding) => finding.code === "policy-pack" && finding.severity === "error")).toBe(true);
    expect(byRule("relais-failover-record-health-check").map((finding) => finding.path)).toEqual([
      "urn:pulumi:dev::gate-violations::pulumi:pulumi:Stack$aws:route53/record:Record::api-record",
    ]);
    expect(byRule("relais-data-store-protected").map((finding) => finding.path)).toEqual([
      "urn:pulumi:dev::gate-violations::pulumi:pulumi:Stack$aws:s3/bucket:Bucket::api-data",
    ]);
    expect(byRule("relais-bucket-public-access-blocked")).toHaveLength(1);
    expect(byRule("relais-imdsv2-required").map((finding) => finding.path)).toEqual([
      "urn:pulumi:dev::gate-violations::pulumi:pulumi:Stack$aws:ec2/instance:Instance::api-vm",
    ]);
    expect(byRule("relais-volumes-encrypted")).toHaveLength(1);
    // policy-pack-config.json allows eu-west-3 only, and disables the minimum-sites rule.
    expect(byRule("relais-allowed-regions").map((finding) => finding.message)).toEqual([
      expect.stringContaining("alerts is in region us-east-1, which is not allowed here (allowed: eu-west-3)"),
    ]);
    expect(byRule("relais-tier-minimum-sites")).toEqual([]);
  }, 60_000);
});
