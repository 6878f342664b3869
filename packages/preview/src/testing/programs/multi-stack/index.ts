import * as pulumi from "@pulumi/pulumi";

export const region = new pulumi.Config("aws").require("region");
