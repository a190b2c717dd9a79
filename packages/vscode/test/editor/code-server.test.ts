import { startCodeServer } from './code-server.js';
import { describeEditor } from './suite.js';
import { editorWorkspace } from './workspace-files.js';

// VS Code 1.139 (code-server 4.139) with the .vsix installed: the Node server in a real VS Code.
describeEditor('the .vsix inside a real VS Code (code-server)', 'code-server', () => startCodeServer(editorWorkspace()), {
  disk: true,
});
