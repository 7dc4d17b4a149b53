#!/bin/sh
# `sitwell --report FILE [--days N]`: no window, no display; a PDF of one page
# for 30 days of ordinary use, at most two for 90, with the key facts, the
# red-flag answers and the disclaimer in its text, in Chinese with a CJK font
# embedded; exit status 2 for a path it cannot write or a bad --days; a valid
# page for an empty journal; and the journal left as it was.
# Usage: report-cli.sh PATH/TO/sitwell PATH/TO/report-fixture-writer
set -u

sitwell=$1
writer=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
failures=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

fail () {
  n=$((n + 1))
  echo "not ok $n - $1"
  failures=$((failures + 1))
}

check () {
  if eval "$2"; then ok "$1"; else fail "$1"; fi
}

# The PDF's words on one line, so a phrase split over two lines still matches.
pdf_text () {
  pdftotext -enc UTF-8 "$1" - | tr '\n' ' ' | tr -s ' '
}

pages () {
  pdfinfo "$1" | sed -n 's/^Pages: *//p'
}

contains () {
  case $1 in
    *"$2"*) return 0 ;;
    *) echo "# missing: $2" >&2; return 1 ;;
  esac
}

for tool in pdfinfo pdftotext pdffonts; do
  command -v $tool >/dev/null || { echo "Bail out! $tool is missing (poppler-utils)"; exit 1; }
done

# No display may be needed, nor the user's own journal.
unset DISPLAY WAYLAND_DISPLAY
export LC_ALL=C.UTF-8
unset LANGUAGE

# ---------------------------------------------------------------- 30 days
export XDG_DATA_HOME="$tmp/d30"
"$writer" 30 || { echo "Bail out! the fixture writer failed"; exit 1; }
journal="$XDG_DATA_HOME/sitwell/journal.db"
before=$(cksum < "$journal")

out=$("$sitwell" --report "$tmp/r30.pdf" 2>&1)
check "a 30-day report is written (exit 0)" '[ $? -eq 0 ] && [ -s "$tmp/r30.pdf" ]'
check "it says where and how long" 'contains "$out" "$tmp/r30.pdf (1 page)"'
check "pdfinfo: one page for 30 days" '[ "$(pages "$tmp/r30.pdf")" = 1 ]'
check "pdfinfo: the title" 'pdfinfo "$tmp/r30.pdf" | grep -q "^Title: *Sitwell symptom summary"'

text=$(pdf_text "$tmp/r30.pdf")
check "header and period" \
  'contains "$text" "Sitwell symptom summary" && contains "$text" "(30 days)" && contains "$text" "Made on"'
check "key facts: days, pain, where" \
  'contains "$text" "19 of 30 days" && contains "$text" "22 entries" &&
   contains "$text" "Worst 7 (Severe)" && contains "$text" "median of the daily worst 4" &&
   contains "$text" "Calf 19 (Left 14, Both sides 5)" && contains "$text" "Lower back 3"'
check "key facts: nerve signs, triggers, onset" \
  'contains "$text" "Nerve signs" && contains "$text" "Radiating 5, Tingling 4" &&
   contains "$text" "Made worse by" && contains "$text" "Sitting 12, Walking 9, Massage 4" &&
   contains "$text" "Current episode" && contains "$text" "Since " && contains "$text" "(29 days)"'
check "check results with reasons in words" \
  'contains "$text" "See a doctor, in person the same day" &&
   contains "$text" "See a doctor, within a few days" &&
   contains "$text" "The pain has lasted more than three days and resting does not ease it."'
check "the red-flag answer" \
  'contains "$text" "Warning sign, answered “Not sure”: Do shooting pain, numbness or pins and needles run down both of your legs?"'
check "self-care" \
  'contains "$text" "Breaks from sitting" && contains "$text" "140 taken, 37 skipped" &&
   contains "$text" "Exercise sessions" && contains "$text" "10 (7 finished)" &&
   contains "$text" "4 cold, 3 warm"'
check "notes, as written" 'contains "$text" "Sore after 2 h at the desk & a <long> meeting"'
check "the disclaimer" \
  'contains "$text" "Made by the user with Sitwell" && contains "$text" "not a diagnosis"'
check "the journal was only read" '[ "$(cksum < "$journal")" = "$before" ]'

"$sitwell" --report "$tmp/r14.pdf" --days 14 >/dev/null 2>&1
check "--days 14" '[ $? -eq 0 ] && contains "$(pdf_text "$tmp/r14.pdf")" "(14 days)"'
"$sitwell" --report "$tmp/r200.pdf" --days 200 >/dev/null 2>&1
check "--days takes any whole number up to 365" \
  '[ $? -eq 0 ] && contains "$(pdf_text "$tmp/r200.pdf")" "(200 days)"'

# An existing file is replaced.
"$sitwell" --report "$tmp/r30.pdf" --days 14 >/dev/null 2>&1
check "an existing file is replaced" \
  '[ $? -eq 0 ] && contains "$(pdf_text "$tmp/r30.pdf")" "(14 days)"'

# ------------------------------------------------------------ in Chinese
LANGUAGE=zh_CN LANG=C.UTF-8 "$sitwell" --report "$tmp/zh.pdf" >/dev/null 2>&1
check "a Chinese report is written" '[ $? -eq 0 ] && [ "$(pages "$tmp/zh.pdf")" = 1 ]'
fonts=$(pdffonts "$tmp/zh.pdf")
check "pdffonts: a CJK font is embedded" \
  'echo "$fonts" | grep "CJK" | grep -q " yes "'
check "pdffonts: the Chinese face of it" 'echo "$fonts" | grep -q "CJKsc\|CJK SC\|CJK-SC\|CJKSC"'
text=$(pdf_text "$tmp/zh.pdf")
check "Chinese headings" \
  'contains "$text" "Sitwell 症状摘要" && contains "$text" "每日疼痛与休息" &&
   contains "$text" "关键信息" && contains "$text" "症状自查" && contains "$text" "自我护理" &&
   contains "$text" "备注（最新的在前）"'
check "Chinese figures, red flag and disclaimer" \
  'contains "$text" "19 天（共 30 天）" && contains "$text" "危险信号，回答为“不确定”" &&
   contains "$text" "它不是诊断"'

# ---------------------------------------------------------------- 90 days
export XDG_DATA_HOME="$tmp/d90"
"$writer" 90 || { echo "Bail out! the fixture writer failed"; exit 1; }
"$sitwell" --report "$tmp/r90.pdf" --days 90 >/dev/null 2>&1
check "a 90-day report is written" '[ $? -eq 0 ]'
p=$(pages "$tmp/r90.pdf")
check "pdfinfo: at most two pages for 90 days ($p)" '[ "$p" -ge 1 ] && [ "$p" -le 2 ]'
text=$(pdf_text "$tmp/r90.pdf")
check "90 days: still the red flag and the disclaimer" \
  'contains "$text" "(90 days)" && contains "$text" "Warning sign, answered “Not sure”" &&
   contains "$text" "not a diagnosis"'
LANGUAGE=zh_CN LANG=C.UTF-8 "$sitwell" --report "$tmp/zh90.pdf" --days 90 >/dev/null 2>&1
p=$(pages "$tmp/zh90.pdf")
check "90 days in Chinese: at most two pages ($p)" '[ "$p" -ge 1 ] && [ "$p" -le 2 ]'

# ------------------------------------------------------------ empty journals
export XDG_DATA_HOME="$tmp/none"
out=$("$sitwell" --report "$tmp/none.pdf" 2>&1)
check "no journal at all: a report all the same" '[ $? -eq 0 ] && [ "$(pages "$tmp/none.pdf")" = 1 ]'
check "no journal at all: it says there are no entries" \
  'contains "$(pdf_text "$tmp/none.pdf")" "There are no entries in this period."'
check "no journal at all: none is created" '[ ! -e "$XDG_DATA_HOME/sitwell" ]'

export XDG_DATA_HOME="$tmp/empty"
"$writer" 0 || { echo "Bail out! the fixture writer failed"; exit 1; }
"$sitwell" --report "$tmp/empty.pdf" >/dev/null 2>&1
check "an empty journal: one valid page that says so" \
  '[ $? -eq 0 ] && [ "$(pages "$tmp/empty.pdf")" = 1 ] &&
   contains "$(pdf_text "$tmp/empty.pdf")" "There are no entries in this period." &&
   contains "$(pdf_text "$tmp/empty.pdf")" "not a diagnosis"'

# ------------------------------------------------------------ bad input
err=$("$sitwell" --report "$tmp/missing/folder/r.pdf" 2>&1 >/dev/null)
check "a folder that does not exist: exit 2" '[ $? -eq 2 ] && [ ! -e "$tmp/missing" ]'
check "… with a message that names the file" \
  'contains "$err" "The report could not be saved" && contains "$err" "r.pdf"'
err=$("$sitwell" --report "$tmp" 2>&1 >/dev/null)
check "a folder given as the file: exit 2" '[ $? -eq 2 ] && contains "$err" "could not be saved"'

for days in 0 -3 366 abc 1.5 ""; do
  err=$("$sitwell" --report "$tmp/bad.pdf" --days "$days" 2>&1 >/dev/null)
  status=$?
  check "--days '$days': exit 2 with a clear message" \
    '[ $status -eq 2 ] && contains "$err" "--days takes a whole number of days from 1 to 365" &&
     [ ! -e "$tmp/bad.pdf" ]'
done

err=$("$sitwell" --days 30 2>&1 >/dev/null)
check "--days without --report: exit 2" '[ $? -eq 2 ] && contains "$err" "--report"'

echo "1..$n"
exit $failures
