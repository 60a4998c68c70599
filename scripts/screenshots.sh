#!/usr/bin/env bash
# Makes the README's screenshots from sample data, one per area: docs/screenshots/today.png,
# people.png, organizations.png, interviews.png, questions.png, notes.png, graph.png,
# statistics.png, interview-questions.png, compare.png, search.png, import.png (the preview of a
# LinkedIn import), and packet.png (the first pages of a printed counselor packet).
#
#   bash scripts/screenshots.sh [--binary PATH]
#
# Builds the release preset unless --binary names an inroad to use, writes a sample workspace with
# dates around today (Today is computed from the clock), starts Inroad on it under Xvfb with a
# private HOME (your own settings are not touched), and photographs each area in turn (Ctrl+1 …).
# INROAD_SHOT_SIZE sets the window size (default 1400x900); INROAD_SHOT_TODAY the sample's day.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
# shellcheck source=scripts/common.sh
source scripts/common.sh

out_dir="$repo_root/docs/screenshots"
shot_size="${INROAD_SHOT_SIZE:-1400x900}"
sample_today="${INROAD_SHOT_TODAY:-$(date +%F)}"

# Runs inside xvfb-run: start the program, wait for its window, take the pictures.
photograph()
{
    local binary="$1" database="$2"

    "$binary" --database "$database" &
    local app_pid=$!
    # shellcheck disable=SC2064
    trap "kill $app_pid 2>/dev/null || true" EXIT

    local window
    window="$(timeout 60 xdotool search --sync --onlyvisible --class inroad | head -n 1)" \
        || inroad_die "Inroad's window did not appear within 60 seconds"
    xdotool windowmove --sync "$window" 0 0 >/dev/null 2>&1 || true
    xdotool windowsize --sync "$window" "${shot_size%x*}" "${shot_size#*x}" >/dev/null 2>&1 || true
    xdotool windowfocus --sync "$window"
    sleep 2

    capture "$window" "$out_dir/today.png"
    local key=2 area
    for area in people organizations interviews questions notes graph statistics; do
        xdotool key --clearmodifiers "ctrl+$key"
        sleep 2
        capture "$window" "$out_dir/$area.png"
        key=$((key + 1))
    done
    # An interview's question list with its time meter, and answers compared across a field.
    xdotool key --clearmodifiers ctrl+4
    sleep 1
    xdotool key --clearmodifiers Down Down alt+q
    sleep 2
    capture "$window" "$out_dir/interview-questions.png"
    xdotool key --clearmodifiers ctrl+5
    sleep 1
    xdotool key --clearmodifiers alt+w
    sleep 2
    capture "$window" "$out_dir/compare.png"
    # Search Everywhere over the whole sample.
    xdotool key --clearmodifiers ctrl+k
    sleep 1
    xdotool type --delay 80 "ux res"
    sleep 2
    capture "$window" "$out_dir/search.png"
    xdotool key --clearmodifiers Escape

    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    trap - EXIT

    # The preview of an import: a small LinkedIn export with a duplicate and two rows to reject.
    "$binary" --database "$database" --import "$(dirname "$database")/Connections.csv" &
    app_pid=$!
    # shellcheck disable=SC2064
    trap "kill $app_pid 2>/dev/null || true" EXIT
    window="$(timeout 60 xdotool search --sync --onlyvisible --name 'Import Contacts' | head -n 1)" \
        || inroad_die "the Import Contacts window did not appear within 60 seconds"
    sleep 2
    capture "$window" "$out_dir/import.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    trap - EXIT
}

# Photographs the whole screen and keeps only the window.
capture()
{
    local window="$1" file="$2"
    local X Y WIDTH HEIGHT
    eval "$(xdotool getwindowgeometry --shell "$window" | grep -E '^(X|Y|WIDTH|HEIGHT)=[0-9]+$')"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$file"
    echo "Wrote ${file#"$repo_root"/} (${WIDTH}x${HEIGHT})"
}

if [[ "${1:-}" == "--inside-xvfb" ]]; then
    photograph "$2" "$3"
    exit 0
fi

binary=""
while (($#)); do
    case "$1" in
        --binary)
            binary="$(realpath "${2:?--binary needs a path}")"
            shift 2
            ;;
        -h|--help)
            sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
            exit 0
            ;;
        *) inroad_die "unknown option: $1" ;;
    esac
done

inroad_section "Checking Debian packages"
inroad_ensure_packages "${INROAD_BUILD_PACKAGES[@]}" "${INROAD_SCREENSHOT_PACKAGES[@]}"

if [[ -z "$binary" ]]; then
    inroad_section "Building (release preset)"
    cmake --preset release
    cmake --build --preset release --parallel "$INROAD_JOBS"
    binary="$repo_root/build/release/app/inroad"
fi
[[ -x "$binary" ]] || inroad_die "$binary is not an executable"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# A private home, so the screenshots start from default settings and yours stay as they are.
export HOME="$scratch/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
export INROAD_NO_WELCOME=1 LC_ALL=C.UTF-8
unset QT_QPA_PLATFORM

inroad_section "Writing the sample workspace"
database="$scratch/sample.inroad"
"$binary" sample --database "$database" --today "$sample_today"

cat > "$scratch/Connections.csv" <<'CSV'
Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ann,Lee,https://www.linkedin.com/in/ann-lee,ann@harbor.example,Harbor Health,Nurse Educator,15 Mar 2024
Bo,Chen,https://www.linkedin.com/in/bo-chen,,"Pine & Oak, LLC",Product Designer,1 Sep 2023
Cy,Diaz,https://www.linkedin.com/in/cy-diaz,,Harbor Health,Data Analyst,31 Feb 2024
Dana,Okafor,https://www.linkedin.com/in/dana-okafor,,Northwind Labs,UX Researcher,2 Jan 2022
Eli,Novak,https://www.linkedin.com/in/eli-novak,eli@@example,Bright Path,Recruiter,3 Apr 2021
Ann,Lee,https://www.linkedin.com/in/ann-lee/,,Harbor Health,Senior Nurse Educator,15 Mar 2024
CSV

inroad_section "Taking screenshots"
mkdir -p "$out_dir"
xvfb-run -a -s "-screen 0 1600x1000x24" bash "${BASH_SOURCE[0]}" --inside-xvfb "$binary" "$database"

# Pictures of printed pages: the first pages of a counselor packet for the coming two weeks.
inroad_section "Printing a packet"
"$binary" export packet --database "$database" --from "$sample_today" \
    --to "$(date -d "$sample_today + 14 days" +%F)" --page-size a4 -o "$scratch/packet.pdf"
pdftoppm -r 60 -png -f 1 -l 4 "$scratch/packet.pdf" "$scratch/page"
montage -mode concatenate -tile 4x -border 1 -bordercolor '#999999' "$scratch"/page-*.png "$out_dir/packet.png"
echo "Wrote ${out_dir#"$repo_root"/}/packet.png"
