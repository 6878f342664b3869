import { BROWSER_COMMANDS, DEBIAN_CHROMIUM, findChromium, NO_BROWSER } from "./setup/chromium";

/** The browser test's search for a browser: what a developer can set, and what they read when there is none. */
const search = (env: Record<string, string | undefined>, executables: string[]) =>
  findChromium({ env, executable: (file) => executables.includes(file) });

describe("finding a browser for the plan's browser test", () => {
  it("takes RELAIS_CHROMIUM first, then CHROME_PATH", () => {
    const both = { RELAIS_CHROMIUM: "/opt/a/chrome", CHROME_PATH: "/opt/b/chrome", PATH: "/usr/bin" };
    expect(search(both, ["/opt/a/chrome", "/opt/b/chrome", "/usr/bin/chromium"])).toEqual({ path: "/opt/a/chrome" });
    expect(search({ CHROME_PATH: "/opt/b/chrome" }, ["/opt/b/chrome"])).toEqual({ path: "/opt/b/chrome" });
  });

  it("says which variable points nowhere rather than looking elsewhere", () => {
    const found = search({ RELAIS_CHROMIUM: "/nope/chrome", PATH: "/usr/bin" }, ["/usr/bin/chromium"]);
    expect(found).toEqual({
      path: null,
      message:
        "RELAIS_CHROMIUM=/nope/chrome is not an executable file: point RELAIS_CHROMIUM at a Chromium or Chrome binary, or unset it.",
    });
  });

  it("then looks for the usual commands on PATH, in order, and last at Debian's path", () => {
    const env = { PATH: "/snap/bin:/usr/local/bin" };
    expect(search(env, ["/usr/local/bin/google-chrome", "/snap/bin/chromium-browser"])).toEqual({
      path: "/snap/bin/chromium-browser",
    });
    expect(search(env, ["/usr/local/bin/google-chrome-stable"])).toEqual({
      path: "/usr/local/bin/google-chrome-stable",
    });
    expect(search({}, [DEBIAN_CHROMIUM])).toEqual({ path: DEBIAN_CHROMIUM });
    expect(BROWSER_COMMANDS[0]).toBe("chromium");
  });

  it("without one, says where it looked and exactly how to provide one", () => {
    const found = search({ PATH: "/usr/bin" }, []);
    expect(found).toEqual({ path: null, message: NO_BROWSER });
    expect(NO_BROWSER).toContain("Set RELAIS_CHROMIUM to a Chromium or Chrome binary");
    expect(NO_BROWSER).toContain("apt-get install -y chromium");
    expect(NO_BROWSER).toContain("$CHROME_PATH");
  });
});
