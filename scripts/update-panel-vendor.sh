#!/usr/bin/env bash
# Refreshes the third-party files the dev panel bundles (served by the app itself, no CDN):
# sql-formatter (formatting) and highlight.js (highlighting), from the npm registry, pinned here.
set -euo pipefail
SQL_FORMATTER=15.9.0
HIGHLIGHT_JS=11.11.1
dest="$(cd "$(dirname "$0")/.." && pwd)/n1-spring-boot-autoconfigure/src/main/resources/META-INF/n1/assets/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "sql-formatter@${SQL_FORMATTER}" >/dev/null 2>&1
npm pack --silent "@highlightjs/cdn-assets@${HIGHLIGHT_JS}" >/dev/null 2>&1
mkdir sf hl
tar xzf "sql-formatter-${SQL_FORMATTER}.tgz" -C sf
tar xzf "highlightjs-cdn-assets-${HIGHLIGHT_JS}.tgz" -C hl
mkdir -p "$dest"
# The UMD bundle sets window.sqlFormatter in a browser; its source map is not shipped.
sed 's|^//# sourceMappingURL=.*||' sf/package/dist/sql-formatter.min.cjs > "$dest/sql-formatter.min.js"
cp sf/package/LICENSE "$dest/sql-formatter.LICENSE"
cp hl/package/highlight.min.js "$dest/highlight.min.js"
cp hl/package/LICENSE "$dest/highlight.LICENSE"
printf 'sql-formatter %s\nhighlight.js %s\n' "$SQL_FORMATTER" "$HIGHLIGHT_JS" > "$dest/VERSIONS"
echo "Updated $dest"
