#!/usr/bin/env bash
# The README's Quick start, for Debian 12 and Ubuntu 24.04 (run as root, or as a user with sudo).
#
#   bash scripts/quickstart.sh run [ARGS...]
#       Installs the missing Debian packages, builds the release preset and starts Inroad on its
#       default workspace. ARGS go to the program, e.g. --database FILE.
#   bash scripts/quickstart.sh test [--sanitizers]
#       Installs the missing Debian packages, builds the ci preset (warnings are errors) and runs the
#       whole test suite. With --sanitizers, or when CI=true, it then builds and runs it all again
#       under AddressSanitizer and UndefinedBehaviorSanitizer, and fuzzes the importers' parsers
#       for 60 s each (scripts/fuzz.sh, clang). Exits non-zero if anything fails.
#
# INROAD_JOBS sets the number of compile jobs (default 2).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
# shellcheck source=scripts/common.sh
source scripts/common.sh

usage()
{
    sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

build_preset()
{
    local preset="$1"
    inroad_section "Configuring ($preset preset)"
    cmake --preset "$preset" || return 1
    inroad_section "Building ($preset preset, $INROAD_JOBS jobs)"
    cmake --build --preset "$preset" --parallel "$INROAD_JOBS"
}

test_preset()
{
    local preset="$1"
    inroad_section "Running the test suite ($preset preset)"
    ctest --preset "$preset"
}

command_run()
{
    inroad_section "Checking Debian packages"
    inroad_ensure_packages "${INROAD_BUILD_PACKAGES[@]}"
    build_preset release

    local binary="build/release/app/inroad"
    [[ -x "$binary" ]] || inroad_die "the build finished but $binary is missing"
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
        echo "note: no DISPLAY or WAYLAND_DISPLAY is set; Inroad needs a graphical session to show its window." >&2
    fi
    inroad_section "Starting Inroad"
    exec "$binary" "$@"
}

command_test()
{
    local sanitizers=0
    local arg
    for arg in "$@"; do
        case "$arg" in
            --sanitizers) sanitizers=1 ;;
            -h|--help) usage; return 0 ;;
            *) inroad_die "unknown option for test: $arg" ;;
        esac
    done
    if [[ "${CI:-}" == "true" ]]; then
        sanitizers=1
    fi

    inroad_section "Checking Debian packages"
    inroad_ensure_packages "${INROAD_BUILD_PACKAGES[@]}"

    local results=()
    local failed=0
    local started=$SECONDS

    if build_preset ci; then
        results+=("passed  build (ci)")
        if test_preset ci; then
            results+=("passed  tests (ci)")
        else
            results+=("FAILED  tests (ci)")
            failed=1
        fi
    else
        results+=("FAILED  build (ci)")
        failed=1
    fi

    # A sanitizer build of code that doesn't compile would only repeat the same errors.
    if ((sanitizers)) && [[ "${results[0]}" == "passed  build (ci)" ]]; then
        if build_preset asan; then
            results+=("passed  build (asan)")
            if test_preset asan; then
                results+=("passed  tests (asan)")
            else
                results+=("FAILED  tests (asan)")
                failed=1
            fi
        else
            results+=("FAILED  build (asan)")
            failed=1
        fi
        # libFuzzer on the CSV, vCard and JSON readers, bounded: 60 s per target.
        if bash scripts/fuzz.sh 60; then
            results+=("passed  fuzzing (60 s per target)")
        else
            results+=("FAILED  fuzzing (60 s per target)")
            failed=1
        fi
    fi

    inroad_section "Summary ($(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s)"
    printf '  %s\n' "${results[@]}"
    return "$failed"
}

case "${1:-}" in
    run)
        shift
        command_run "$@"
        ;;
    test)
        shift
        command_test "$@"
        ;;
    -h|--help|help)
        usage
        ;;
    *)
        usage >&2
        exit 2
        ;;
esac
