#!/usr/bin/env bash
# Refreshes translations/inroad_en.ts from the sources in app/, core/ and ui/.
#
# English is the source language, so the file holds only messages that use %n. After a refresh, give
# each new message its English forms by hand, singular first ("%n person" / "%n people"), and remove
# type="unfinished" from its <translation>: lrelease skips unfinished entries.
#
#   bash scripts/update-translations.sh          refresh the file, then list entries still to fill in
#   bash scripts/update-translations.sh --check  change nothing; exit 1 if the file is out of date
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
# shellcheck source=scripts/common.sh
source scripts/common.sh

ts_file="translations/inroad_en.ts"
check=0
case "${1:-}" in
    "") ;;
    --check) check=1 ;;
    *) inroad_die "usage: $0 [--check]" ;;
esac

lupdate="${LUPDATE:-}"
if [[ -z "$lupdate" ]]; then
    for candidate in "$(command -v lupdate || true)" "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)/lupdate" \
        /usr/lib/qt6/bin/lupdate; do
        if [[ -n "$candidate" && -x "$candidate" ]]; then
            lupdate="$candidate"
            break
        fi
    done
fi
[[ -n "$lupdate" ]] || inroad_die "lupdate not found; install qt6-l10n-tools (bash scripts/quickstart.sh test does)"

# Keep these options in step with translations/CMakeLists.txt.
lupdate_options=(-pluralonly -no-obsolete -locations none -source-language en -target-language en -extensions "cpp,h")

unfinished_entries()
{
    grep -c 'type="unfinished"' "$1" || true
}

if ((check)); then
    scratch="$(mktemp -d)"
    trap 'rm -rf "$scratch"' EXIT
    cp "$ts_file" "$scratch/inroad_en.ts"
    "$lupdate" "${lupdate_options[@]}" -silent app core ui -ts "$scratch/inroad_en.ts"
    status=0
    if ! cmp -s "$ts_file" "$scratch/inroad_en.ts"; then
        echo "$ts_file is out of date; run: bash scripts/update-translations.sh" >&2
        diff -u "$ts_file" "$scratch/inroad_en.ts" >&2 || true
        status=1
    fi
    if [[ "$(unfinished_entries "$ts_file")" != 0 ]]; then
        echo "$ts_file has messages without English plural forms:" >&2
        grep -B3 'type="unfinished"' "$ts_file" | grep '<source>' >&2 || true
        status=1
    fi
    exit "$status"
fi

"$lupdate" "${lupdate_options[@]}" app core ui -ts "$ts_file"
left="$(unfinished_entries "$ts_file")"
if [[ "$left" != 0 ]]; then
    echo
    echo "$left message(s) still need their English forms in $ts_file:"
    grep -B3 'type="unfinished"' "$ts_file" | grep '<source>' || true
fi
