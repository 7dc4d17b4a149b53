#!/bin/sh
# Fails when po/zh_CN.po misses, leaves untranslated or marks fuzzy any
# string the sources mark for translation today.
# Usage: check-translations.sh SOURCE_ROOT
set -eu

root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$root"
grep -v '^#' po/POTFILES.in | sed '/^$/d' > "$tmp/files"
xgettext --from-code=UTF-8 --add-comments --package-name=sitwell \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --files-from="$tmp/files" --output="$tmp/sitwell.pot"

msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/zh_CN.po" po/zh_CN.po "$tmp/sitwell.pot"
msgfmt --check --statistics --output-file=/dev/null "$tmp/zh_CN.po" 2> "$tmp/stats"
cat "$tmp/stats"

status=0
if grep -q -E 'untranslated|fuzzy' "$tmp/stats"; then
  echo "zh_CN.po is incomplete; these strings need a translation:"
  msgattrib --untranslated --no-obsolete "$tmp/zh_CN.po" | grep -E '^msgid ' | sed 1d
  msgattrib --only-fuzzy --no-obsolete "$tmp/zh_CN.po" | grep -E '^msgid ' | sed 1d
  status=1
fi
exit $status
