// `pnpm test` ends with the line scripts/test.mjs prints last, "N passed, N failed": when
// the tests fail, pnpm would add " ELIFECYCLE  Test failed." after it. For that one
// command only, pnpm's own reporter is silent (the tests' output is not pnpm's and still
// shows). Every other command (install, start, build...) reports as usual.
function isTestCommand(argv) {
  const words = argv.filter((a) => !a.startsWith('-'));
  return words[0] === 'test' || words[0] === 't' || ((words[0] === 'run' || words[0] === 'run-script') && words[1] === 'test');
}

module.exports = {
  hooks: {
    updateConfig(config) {
      if (isTestCommand(process.argv.slice(2))) config.reporter = 'silent';
      return config;
    },
  },
};
