// A TypeScript program whose import of a package that is not installed sits on line 4.
import * as pulumi from "@pulumi/pulumi";
// @ts-expect-error: the package is missing on purpose.
import { nothing } from "@relais-missing/never-installed";

export const value = pulumi.output(nothing);
