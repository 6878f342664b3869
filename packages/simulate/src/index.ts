export { validationRules } from "./validation-rules";
