// Entry point of the policy pack for `pulumi preview --policy-pack <this directory>`; build the package first.
require("../dist/pack.js");
