import * as pulumi from "@pulumi/pulumi";
import { siteNames } from "./sites";

interface Site {
  name: string;
  region: string;
}

const config = new pulumi.Config();
const sites: Site[] = siteNames(config.get("sites") ?? "gov-a,gov-b");

export const regions = sites.map((site) => site.region.toUpperCase());
