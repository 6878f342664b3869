/** Parses a site list; names the unknown site so that the runner's error shows this file and line. */
export function siteNames(list: string): Array<{ name: string; region: string }> {
  return list.split(",").map((name) => {
    if (name !== "gov-a") throw new Error(`unknown site ${name}: declare it in continuity.yaml`);
    return { name, region: "cloudgouv-eu-west-1" };
  });
}
