// Never runs: the policy beside it is invalid, and the preview stops before running the program.
throw new Error("the preview ran a program whose policy is invalid");
