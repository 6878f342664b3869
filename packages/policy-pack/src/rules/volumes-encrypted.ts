import { isTrue, objects } from "../resources";
import { secureDefaultRule } from "../secure-default";

/** The volumes an instance or launch template creates, and whether each is encrypted. */
function volumes(type: string, props: Record<string, unknown>): Array<{ device: string; encrypted: boolean }> {
  if (type === "aws:ec2/instance:Instance") {
    const [root] = objects([props.rootBlockDevice]);
    return [
      { device: "root volume", encrypted: isTrue(root?.encrypted) },
      ...objects(props.ebsBlockDevices).map((device) => ({
        device: String(device.deviceName),
        encrypted: isTrue(device.encrypted),
      })),
    ];
  }
  if (type === "aws:ec2/launchTemplate:LaunchTemplate") {
    return objects(props.blockDeviceMappings).flatMap((mapping) =>
      objects([mapping.ebs]).map((ebs) => ({ device: String(mapping.deviceName), encrypted: isTrue(ebs.encrypted) })),
    );
  }
  if (type === "aws:ebs/volume:Volume") return [{ device: "volume", encrypted: isTrue(props.encrypted) }];
  return [];
}

/** Instance, launch template and EBS volumes are encrypted. */
export const volumesEncrypted = secureDefaultRule({
  name: "relais-volumes-encrypted",
  description:
    "Volumes of instances, launch templates and EBS are encrypted, unless the site acknowledges `ebsEncryption` in acceptRisks.",
  capability: "ebsEncryption",
  check: (resource) => {
    const plain = volumes(resource.type, resource.props).filter((volume) => !volume.encrypted);
    return plain.length === 0 ? null : `${plain.map((volume) => volume.device).join(", ")} not encrypted`;
  },
});
