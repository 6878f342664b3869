import { InputError } from "@relais/policy";

/**
 * A Pulumi project directory that cannot be previewed as it stands: no `Pulumi.yaml`, a runtime other than Node.js,
 * a stack file that does not exist, no entry file. The CLI prints the message and hint and exits 2.
 */
export class ProjectError extends InputError {
  constructor(
    message: string,
    hint: string,
    readonly directory: string,
  ) {
    super(message, hint);
  }
}
