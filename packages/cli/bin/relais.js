#!/usr/bin/env node
// The installed `relais` command. It exists before the TypeScript build, so package managers can link it at
// install time in a workspace (where dist/ is built by the postinstall step), and it runs the compiled CLI.
require("../dist/bin.js");
