import { fieldRows, typeLabel } from "./schema-rows";

describe("schema rows", () => {
  it("names types in the words of the format", () => {
    expect(typeLabel({ type: "string", enum: ["a", "b"] })).toBe("one of `a`, `b`");
    expect(typeLabel({ type: "integer", minimum: 1, maximum: 10 })).toBe("whole number 1–10");
    expect(typeLabel({ type: "array", items: { type: "string", format: "date" } })).toBe("list of dates");
    expect(typeLabel({ anyOf: [{ type: "boolean" }, { type: "object" }] })).toBe("true or false or mapping");
  });

  it("flattens nested mappings and scopes the fields of a discriminated union", () => {
    const rows = fieldRows({
      type: "object",
      properties: {
        data: {
          oneOf: [
            { type: "object", properties: { mode: { const: "none" } }, required: ["mode"] },
            {
              type: "object",
              properties: { mode: { const: "backup" }, every: { type: "string", description: "time between backups" } },
              required: ["mode", "every"],
            },
          ],
        },
      },
      required: ["data"],
    });
    expect(rows.map((row) => [row.name, row.type, row.required, row.description])).toEqual([
      ["data", "mapping", "yes", ""],
      ["data.mode", "one of `none`, `backup`", "yes", "selects the form of the mapping"],
      ["data.every", "text", "with mode `backup`", "time between backups (mode: `backup`)"],
    ]);
  });
});
