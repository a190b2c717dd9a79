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
