#!/usr/bin/env bash
# Fuzzes the importers' parsers (CSV, vCard, JSON) with libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer, for Debian 12 and Ubuntu 24.04 (run as root, or as a user with sudo).
#
#   bash scripts/fuzz.sh [SECONDS]
#       Installs clang and its runtime libraries if missing, configures build/fuzz with clang
#       (only inroad_core and the tests/fuzz targets are built), builds the fuzz targets and runs
#       each of them for SECONDS (default 60) through ctest. Exits non-zero if a target does not
#       build or any input crashes, leaks or trips a sanitizer; the input is saved under
#       build/fuzz/tests/fuzz/artifacts/. Replay one with build/fuzz/tests/fuzz/fuzz_NAME FILE.
#
# INROAD_JOBS sets the number of compile jobs (default 2).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
# shellcheck source=scripts/common.sh
source scripts/common.sh

usage()
{
    sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

seconds=60
case "${1:-}" in
    -h|--help|help) usage; exit 0 ;;
    "") ;;
    *)
        [[ "$1" =~ ^[1-9][0-9]*$ ]] || { usage >&2; inroad_die "SECONDS must be a whole number > 0, not '$1'"; }
        seconds="$1"
        ;;
esac
(($# <= 1)) || { usage >&2; exit 2; }

build_dir="build/fuzz"

inroad_section "Checking Debian packages"
inroad_ensure_packages "${INROAD_BUILD_PACKAGES[@]}" "${INROAD_FUZZ_PACKAGES[@]}"
inroad_ensure_packages "$(inroad_fuzz_runtime_package)"

inroad_section "Configuring $build_dir (clang, libFuzzer, ASan, UBSan; $seconds s per target)"
CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DINROAD_FUZZ=ON \
    -DINROAD_BUILD_TESTS=OFF \
    -DINROAD_BUILD_BENCH=OFF \
    -DINROAD_FUZZ_SECONDS="$seconds"

inroad_section "Building the fuzz targets ($INROAD_JOBS jobs)"
started=$SECONDS
cmake --build "$build_dir" --target fuzzers --parallel "$INROAD_JOBS"
echo "Built in $((SECONDS - started)) s."

inroad_section "Fuzzing ($seconds s per target)"
# No --parallel: the build machines have two cores, and each fuzzer should get one to itself.
status=0
ctest --test-dir "$build_dir" -L '^fuzz$' --no-tests=error --output-on-failure || status=$?

inroad_section "Executions"
# libFuzzer's final statistics of each target, from the test log.
log="$build_dir/Testing/Temporary/LastTest.log"
if [[ -f "$log" ]]; then
    awk '/^[0-9]+\/[0-9]+ Test: / { name = $3 }
         /stat::number_of_executed_units:/ { printf "  %-12s %s executions\n", name, $2 }
         /stat::peak_rss_mb:/ { printf "  %-12s %s MB peak RSS\n", name, $2 }' "$log"
fi
if ((status != 0)); then
    echo "Fuzzing FAILED: see the output above; crashing inputs are in $build_dir/tests/fuzz/artifacts/." >&2
    exit 1
fi
echo "Fuzzing passed."
