// eslint-doc-generator: writes the header of every docs/rules/<name>.md and the rules table of README.md
// from the rules' meta (`npm run docs`); `npm run lint` runs it with `--check`. It loads the plugin
// through package.json `exports`, i.e. the built dist/, so both scripts build first.

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
  ],
  ruleDocTitleFormat: 'desc-parens-prefix-name',
  ruleDocNotices: ['deprecated', 'configs', 'fixableAndHasSuggestions', 'options', 'requiresTypeChecking'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'options', 'requiresTypeChecking', 'deprecated'],
  urlConfigs: 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status#configs',
};

export default config;
