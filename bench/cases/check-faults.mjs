// `relais check` against endpoints that misbehave, as whole processes (cold start included): a 100 MB reply is cut
// at the 4 MiB cap (target ≤ 2 s, memory growth over a run that reads nothing ≤ 64 MiB) and a hanging endpoint
// ends at the --timeout deadline (800ms; target ≤ 2 s). The 2-second targets are those the in-process tests held,
// kept although these runs include start-up. The tests assert the outcome (the checks are unknown for the right
// reason, the rest of the reply is never read); these are its speed and memory.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { wholeProcess } from "../measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const manifest = join(root, "test", "fixtures", "check", "acme-payments.manifest.json");
const sites = ["gov-a", "gov-b", "osc-paris", "eusc-brandenburg"];

// A server in a process of its own (the benchmarked runs block this one): `hang` never answers, `huge` streams
// well-formed-looking XML for as long as the client reads, up to 100 MB.
const SERVER = `
const mode = process.argv[1];
const item = Buffer.from("<item><instanceId>i-" + "0".repeat(1000) + "</instanceId></item>");
require("node:http").createServer((request, response) => {
  request.resume();
  if (mode === "hang") return;
  response.writeHead(200, { "content-type": "text/xml" });
  response.write('<?xml version="1.0" encoding="UTF-8"?><DescribeInstancesResponse><reservationSet>');
  let sent = 0;
  const pump = () => {
    while (sent < 100 * 1024 * 1024 && !response.destroyed) {
      sent += item.length;
      if (!response.write(item)) return void response.once("drain", pump);
    }
    response.end("</reservationSet></DescribeInstancesResponse>");
  };
  response.on("error", () => undefined);
  pump();
}).listen(0, "127.0.0.1", function () { process.stdout.write(String(this.address().port) + "\\n"); });
`;

async function withServer(mode, run) {
  const server = spawn(process.execPath, ["-e", SERVER, mode], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise((resolve) => server.stdout.once("data", (chunk) => resolve(chunk.toString().trim())));
  try {
    return run(`http://127.0.0.1:${port}`);
  } finally {
    server.kill();
  }
}

const check = (url, ...flags) => [
  "check",
  manifest,
  ...sites.flatMap((site) => ["--endpoint", `${site}=${url}`]),
  "--format",
  "json",
  ...flags,
];

export default async function () {
  Object.assign(process.env, {
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_ACCESS_KEY_ID: "AKIDRELAISBENCH",
    AWS_SECRET_ACCESS_KEY: "bench",
    OSC_ACCESS_KEY: "AKOSCBENCH",
    OSC_SECRET_KEY: "bench",
  });
  const deadline = await withServer("hang", (url) =>
    wholeProcess(check(url, "--timeout", "800ms", "--request-timeout", "5s")),
  );
  const huge = await withServer("huge", (url) => wholeProcess(check(url, "--site", "osc-paris")));
  return [
    { name: "relais check, 100 MB reply cut at 4 MiB", unit: "ms", median: huge.ms, target: 2000 },
    {
      name: "relais check, peak memory over a hanging run",
      unit: "MiB",
      median: Math.max(0, huge.peakMiB - deadline.peakMiB),
      target: 64,
      note: `peak ${huge.peakMiB.toFixed(0)} MiB`,
    },
    { name: "relais check, hanging endpoint, --timeout 800ms", unit: "ms", median: deadline.ms, target: 2000 },
  ];
}
