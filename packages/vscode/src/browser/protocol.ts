/**
 * Requests the web server (a Web Worker, which cannot read the workspace) sends the
 * client: file contents, whether a path exists, and the workspace's YAML files, by path
 * (see web-uris.ts).
 */
export const READ_FILE = 'kehoach/readFile';
export const PATH_EXISTS = 'kehoach/pathExists';
export const LIST_YAML_FILES = 'kehoach/listYamlFiles';

export interface ReadFileParams {
  path: string;
}

/**
 * The YAML files listed at most, as the Node host's backstop of directory entries: the
 * server keeps the first `kehoach.maxFiles` of the project's files among them and says
 * where it stopped. Over this, the listing is cut and `cut` is set.
 */
export const LIST_BACKSTOP = 1_000_000;

export interface ListYamlFilesResult {
  paths: string[];
  /** More YAML files than LIST_BACKSTOP: the others were not listed. */
  cut: boolean;
}
