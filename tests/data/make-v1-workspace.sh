#!/usr/bin/env bash
# Rebuilds inroad-v1.inroad, the stored version-1 workspace the migration tests upgrade.
# Run it only on purpose: the file stands for what an old release wrote, so it must not follow the schema.
set -euo pipefail
cd "$(dirname "$0")"
rm -f inroad-v1.inroad inroad-v1.inroad-wal inroad-v1.inroad-shm
sqlite3 inroad-v1.inroad < inroad-v1.sql
sqlite3 inroad-v1.inroad 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
rm -f inroad-v1.inroad-wal inroad-v1.inroad-shm
