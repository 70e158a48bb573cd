#!/usr/bin/env bash
# Restores an archive written by backup-documents.sh into a NEW folder, never over the files of
# a running OnRecord (then point DOCUMENT_DIR at it, with DATABASE_URL at the restored database).
# Each file comes back under its key, `<organization id>/<document id>`, the name its document
# row gives it.
#
#   infra/ops/restore-documents.sh <archive-file> <new-document-dir>
set -euo pipefail
usage="usage: restore-documents.sh <archive-file> <new-document-dir>"
archive="${1:?$usage}"
dir="${2:?$usage}"
[[ -r "$archive" ]] || { echo "restore-documents: cannot read $archive" >&2; exit 2; }
if [[ -e "$dir" ]] && [[ -n "$(ls -A "$dir" 2>/dev/null)" ]]; then
  echo "restore-documents: $dir already exists and is not empty" >&2
  exit 2
fi
tar --list --gzip --file="$archive" > /dev/null
mkdir -p "$dir"
# Only what the backup holds, as plain files: no owners or modes from the archive.
tar --extract --gzip --file="$archive" --directory="$dir" --no-same-owner --no-same-permissions
echo "documents restored into $dir ($(find "$dir" -type f | wc -l) files)"
