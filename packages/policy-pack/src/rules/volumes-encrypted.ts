import { isTrue } from "../resources";
import { secureDefaultRule } from "../secure-default";

/** The volumes an instance or launch template creates, and whether each is encrypted. */
function volumes(type: string, props: Record<string, any>): Array<{ device: string; encrypted: boolean }> {
  if (type === "aws:ec2/instance:Instance") {
    const extra = Array.isArray(props.ebsBlockDevices) ? props.ebsBlockDevices : [];
    return [
      { device: "root volume", encrypted: isTrue(props.rootBlockDevice?.encrypted) },
      ...extra.map((device: any) => ({ device: String(device.deviceName), encrypted: isTrue(device.encrypted) })),
    ];
  }
  if (type === "aws:ec2/launchTemplate:LaunchTemplate") {
    const mappings = Array.isArray(props.blockDeviceMappings) ? props.blockDeviceMappings : [];
    return mappings
      .filter((mapping: any) => mapping.ebs)
      .map((mapping: any) => ({ device: String(mapping.deviceName), encrypted: isTrue(mapping.ebs.encrypted) }));
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
