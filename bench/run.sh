#!/usr/bin/env bash
# Builds the benchmarks with the `bench` preset (RelWithDebInfo) and runs them, printing a table
# of timings against Inroad's targets: the workspace benchmark first, then the referral graph's
# layout (500, 2,000 and 10,000 people), then search (10,000 people and 50,000 notes), then a
# 100-interview packet written to PDF (and, when LibreOffice is installed, the same packet
# converted from ODT by LibreOffice for comparison), then a 100,000-row LinkedIn Connections.csv
# imported into a new workspace (against the sqlite3 shell's .import of the same file, when installed).
#
#   bench/run.sh [PEOPLE]     PEOPLE is the size of the workspace benchmark
#
# INROAD_BENCH_BUILD_DIR chooses the build folder (default: the preset's build/bench);
# JOBS the parallel build jobs (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${INROAD_BENCH_BUILD_DIR:-build/bench}
cmake --preset bench -B "$build_dir" >/dev/null
cmake --build "$build_dir" --target bench_workspace bench_graphlayout bench_search bench_packet bench_import -j "${JOBS:-2}"
QT_QPA_PLATFORM=offscreen "$build_dir/bench/bench_workspace" "$@"
echo
"$build_dir/bench/bench_graphlayout"
echo
"$build_dir/bench/bench_search"
echo
"$build_dir/bench/bench_packet"
echo
"$build_dir/bench/bench_import"
