/** `http-status-lint --help`. */
export const helpText = `Usage: http-status-lint [paths…] [options]

Finds HTTP status-code mistakes in JavaScript and TypeScript with eslint-plugin-http-status, no config
needed. Paths are files, folders or globs anywhere (default: the current folder); node_modules, dist,
build, .next, coverage and what .gitignore files list (as git reads them) are skipped. TypeScript is
parsed without type information.

Options:
  -f, --format <name>    stylish (default), json, or sarif (for code-review tools)
  -o, --output-file <f>  write the report to file f instead of stdout
  -q, --quiet            report errors only
  --max-warnings <n>     exit 1 when there are more than n warnings
  --strict               the strict config: the recommended rules, each an error (default: recommended)
  --cache                only re-lint changed files (cache in node_modules/.cache/http-status-lint/)
  --concurrency <n>      worker threads: a number, auto or off (default: off; needs ESLint 9.34+)
  -h, --help             show this help
  -v, --version          show the plugin's and ESLint's versions

Suppressions (ESLint's eslint-suppressions.json, so existing findings do not fail the build):
  --suppress-all                   record every current error in the suppressions file
  --suppress-rule <rule>           record the current errors of one rule (repeatable)
  --prune-suppressions             drop recorded errors that are gone
  --suppressions-location <file>   the suppressions file (default: ./eslint-suppressions.json)
  --pass-on-unpruned-suppressions  do not fail when recorded errors are gone

Exit codes: 0 no errors (warnings allowed unless over --max-warnings), 1 errors or too many warnings,
2 usage or internal error, a path or glob with nothing to lint, or recorded errors that are gone.
`;
