// A module no program here can resolve: the runner must say to install the program's dependencies.
require("@relais-missing/never-installed");
