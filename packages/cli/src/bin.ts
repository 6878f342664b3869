#!/usr/bin/env node
import { deferZodLocales } from "./lazy-zod-locales";
import { main } from "./main";
import { claimStandardOutput } from "./standard-output";

const argv = process.argv.slice(2);
// Help and version never load zod: leave its module cache alone for them.
const light = argv.length === 0 || argv[0] === "help" || argv.some((arg) => /^(-h|--help|-V|--version)$/.test(arg));
if (!light) deferZodLocales();
claimStandardOutput();
main(argv).then((code) => {
  process.exitCode = code;
});
