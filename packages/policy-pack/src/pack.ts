// The program `pulumi preview --policy-pack` runs (through ../pack/index.js): the only place the pack is built, so
// that importing the library never registers a policy pack.
import { PolicyPack } from "@pulumi/policy";
import { packRules } from "./rules";

new PolicyPack("relais", {
  description: "Relais continuity rules: sites per tier, separation, failover health checks, backups, secure defaults",
  policies: [...packRules],
});
