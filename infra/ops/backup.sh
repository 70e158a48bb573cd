#!/usr/bin/env bash
# Backs up an OnRecord database: a PostgreSQL custom-format archive of every schema (the
# records in `public`, the PostgreSQL queue backend's jobs in `bullmq` when it is used).
# Roles are not in the archive: restore.sh expects them to exist (npm start, provision.js,
# or a DBA creates them). Redis holds nothing the worker cannot rebuild from PostgreSQL.
#
#   infra/ops/backup.sh <database-url> <archive-file>
#
# <database-url> names the database to back up, as a superuser or a role that can read every
# table (the owner role cannot read the queue backend's tables, which the app role owns).
# The archive is written beside its final name and moved there only once it is complete and
# readable, so a failed backup never leaves a file that looks good.
set -euo pipefail
url="${1:?usage: backup.sh <database-url> <archive-file>}"
archive="${2:?usage: backup.sh <database-url> <archive-file>}"
partial="${archive}.partial"
trap 'rm -f "$partial"' EXIT

pg_dump --format=custom --compress=6 --no-password --file="$partial" --dbname="$url"
pg_restore --list "$partial" > /dev/null
mv "$partial" "$archive"
echo "backup written: $archive ($(du -h "$archive" | cut -f1))"
