import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import {
  AutoScalingClient,
  CreateAutoScalingGroupCommand,
  CreateLaunchConfigurationCommand,
  DescribeAutoScalingGroupsCommand,
} from "@aws-sdk/client-auto-scaling";
import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  EC2Client,
  RunInstancesCommand,
  StopInstancesCommand,
} from "@aws-sdk/client-ec2";
import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";

/**
 * moto (the AWS emulator, `moto_server`) on 127.0.0.1 and a free port, for tests of the AWS path against something
 * other than relais's own stubs. moto knows AWS's commercial regions only.
 */
export interface Moto {
  url: string;
  stop(): Promise<void>;
}

export async function startMoto(): Promise<Moto> {
  const port = await freePort();
  const child: ChildProcess = spawn("moto_server", ["-H", "127.0.0.1", "-p", String(port)], { stdio: "ignore" });
  const failed = new Promise<never>((_, reject) => {
    child.once("error", (error) =>
      reject(new Error(`cannot start moto_server (pip install "moto[server]==5.2.*"): ${error.message}`)),
    );
  });
  const url = `http://127.0.0.1:${port}`;
  await Promise.race([waitUntilUp(url), failed]);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      await fetch(`${url}/moto-api/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`moto_server did not answer at ${url} within ${timeoutMs / 1000}s`);
}

/** SDK clients for seeding and reading back moto, with fixed test credentials. */
export function motoClients(url: string, region: string) {
  const config = { region, endpoint: url, credentials: { accessKeyId: "AKIDMOTO", secretAccessKey: "moto" } };
  return {
    ec2: new EC2Client(config),
    autoScaling: new AutoScalingClient(config),
    route53: new Route53Client({ ...config, region: "us-east-1" }),
  };
}

const tags = (service: string, site: string, role: string) => [
  { Key: "relais:service", Value: service },
  { Key: "relais:site", Value: site },
  { Key: "relais:role", Value: role },
];

/** One of moto's own machine images in `region`. */
export async function motoImage(url: string, region: string): Promise<string> {
  const { ec2 } = motoClients(url, region);
  const images = await ec2.send(new DescribeImagesCommand({}));
  return images.Images![0]!.ImageId!;
}

/** `count` tagged instances in `region`, the first `running` of them left running and the rest stopped. */
export async function seedInstances(
  url: string,
  region: string,
  placement: { service: string; site: string; role: string; count: number; running: number },
): Promise<string[]> {
  const { ec2 } = motoClients(url, region);
  const run = await ec2.send(
    new RunInstancesCommand({
      ImageId: await motoImage(url, region),
      InstanceType: "t3.micro",
      MinCount: placement.count,
      MaxCount: placement.count,
      TagSpecifications: [{ ResourceType: "instance", Tags: tags(placement.service, placement.site, placement.role) }],
    }),
  );
  const ids = run.Instances!.map((instance) => instance.InstanceId!);
  if (placement.running < ids.length) {
    await ec2.send(new StopInstancesCommand({ InstanceIds: ids.slice(placement.running) }));
  }
  return ids;
}

/** A tagged Auto Scaling group with `minSize = desired`, as the components deploy a standby. */
export async function seedGroup(
  url: string,
  region: string,
  group: { name: string; service: string; site: string; role: string; desired: number; max: number },
): Promise<void> {
  const { autoScaling } = motoClients(url, region);
  await autoScaling.send(
    new CreateLaunchConfigurationCommand({
      LaunchConfigurationName: `${group.name}-lc`,
      ImageId: await motoImage(url, region),
      InstanceType: "t3.micro",
    }),
  );
  await autoScaling.send(
    new CreateAutoScalingGroupCommand({
      AutoScalingGroupName: group.name,
      LaunchConfigurationName: `${group.name}-lc`,
      MinSize: group.desired,
      MaxSize: group.max,
      DesiredCapacity: group.desired,
      AvailabilityZones: [`${region}a`],
      Tags: tags(group.service, group.site, group.role).map((tag) => ({ ...tag, PropagateAtLaunch: true })),
    }),
  );
}

/** A hosted zone with one `A` record; returns the zone id. */
export async function seedRecord(url: string, zone: string, name: string, address: string): Promise<string> {
  const { route53 } = motoClients(url, "us-east-1");
  const created = await route53.send(new CreateHostedZoneCommand({ Name: zone, CallerReference: `relais-${name}` }));
  const zoneId = created.HostedZone!.Id!.replace("/hostedzone/", "");
  await route53.send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      ChangeBatch: {
        Changes: [
          {
            Action: "CREATE",
            ResourceRecordSet: { Name: name, Type: "A", TTL: 60, ResourceRecords: [{ Value: address }] },
          },
        ],
      },
    }),
  );
  return zoneId;
}

/**
 * What the site holds, read back with `Describe*`/`List*` as an operator would check it: the states of a service's
 * tagged instances (sorted), a group's minimum and desired capacity, and the values of an `A` record.
 */
export async function readBack(
  url: string,
  region: string,
  what: { service: string; group: string; zoneId: string; name: string },
) {
  const { ec2, autoScaling, route53 } = motoClients(url, region);
  const described = await ec2.send(
    new DescribeInstancesCommand({ Filters: [{ Name: "tag:relais:service", Values: [what.service] }] }),
  );
  const instances = (described.Reservations ?? []).flatMap((reservation) => reservation.Instances ?? []);
  const groups = await autoScaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [what.group] }));
  const group = groups.AutoScalingGroups?.[0];
  const records = await route53.send(
    new ListResourceRecordSetsCommand({ HostedZoneId: what.zoneId, StartRecordName: what.name, StartRecordType: "A" }),
  );
  const record = records.ResourceRecordSets?.find((entry) => entry.Name === `${what.name}.`);
  return {
    instances: instances.map((instance) => instance.State?.Name).sort(),
    group: { min: group?.MinSize, desired: group?.DesiredCapacity },
    record: record?.ResourceRecords?.map((entry) => entry.Value),
  };
}
