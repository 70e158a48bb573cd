#!/usr/bin/env bash
# Restores an archive written by backup.sh into a NEW database, never over an existing one
# (a restore drill, or a recovery next to the damaged database; switch DATABASE_URL after
# checking it). The owner and app roles must exist on the server (provision.js creates them);
# the archive carries every table's owner, grants, row-level security and policies, but not
# the database-level grants, which are set here as provisioning sets them.
#
#   infra/ops/restore.sh <admin-url> <new-database> <archive-file> <owner-role> <app-role>
#
# <admin-url>: a superuser connection to the server (any database on it).
set -euo pipefail
usage="usage: restore.sh <admin-url> <new-database> <archive-file> <owner-role> <app-role>"
admin_url="${1:?$usage}"
database="${2:?$usage}"
archive="${3:?$usage}"
owner="${4:?$usage}"
app="${5:?$usage}"

[[ "$database" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "restore: database name must be lower-case letters, digits and _"; exit 2; }
[[ -r "$archive" ]] || { echo "restore: cannot read $archive"; exit 2; }
pg_restore --list "$archive" > /dev/null

psql --no-psqlrc --quiet -v ON_ERROR_STOP=1 --dbname="$admin_url" \
  -v db="$database" -v owner="$owner" -v app="$app" <<'SQL'
CREATE DATABASE :"db" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app";
SQL

# The same server, the new database: swap the database name in the URL.
target_url="$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.href)' "$admin_url" "$database")"
pg_restore --exit-on-error --single-transaction --no-password --dbname="$target_url" "$archive"
echo "restored into database $database"
