import { res, run, tags } from "../testing/stack";
import { dataStoreProtected } from "./data-store-protected";

const BUCKET = "aws:s3/bucket:Bucket";

describe("relais-data-store-protected", () => {
  it("accepts protected data stores and leaves untagged ones alone", async () => {
    const resources = [
      res(BUCKET, "data", { tags: tags("api", "a") }, { protect: true }),
      res("aws:backup/vault:Vault", "vault", { tags: tags("api", "a") }, { protect: true }),
      res(BUCKET, "scratch", {}),
    ];
    expect(await run(dataStoreProtected, resources)).toEqual([]);
  });

  it("reports an unprotected data store of a service", async () => {
    const violations = await run(dataStoreProtected, [
      res("aws:backup/vault:Vault", "vault", { tags: tags("api", "a") }),
    ]);
    expect(violations).toHaveLength(1);
    expect(violations[0].message).toContain("vault holds data of api at a but is not protected");
  });
});
