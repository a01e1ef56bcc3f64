package vn.ct15.workflow.directory;

import java.util.List;

/** The shape of the directory YAML file. */
record DirectoryFile(Organisation organisation, List<Unit> units) {}
