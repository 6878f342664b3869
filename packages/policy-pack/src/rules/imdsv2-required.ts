import { secureDefaultRule } from "../secure-default";

const INSTANCE = "aws:ec2/instance:Instance";
const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";

/** Instances and launch templates require token-protected metadata (IMDSv2). */
export const imdsv2Required = secureDefaultRule({
  name: "relais-imdsv2-required",
  description:
    "Instances and launch templates require IMDSv2 (metadataOptions.httpTokens = required), unless the site acknowledges `imdsv2` in acceptRisks.",
  capability: "imdsv2",
  check: (resource) => {
    if (resource.type !== INSTANCE && resource.type !== LAUNCH_TEMPLATE) return null;
    const tokens = resource.props.metadataOptions?.httpTokens;
    return tokens === "required" ? null : `metadata is readable without a token (httpTokens is ${tokens ?? "not set"})`;
  },
});
