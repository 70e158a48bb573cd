#!/usr/bin/env bash
# Backs up the documents' files kept by the local storage (DOCUMENT_STORAGE=local): a gzipped
# tar of DOCUMENT_DIR, one folder per organization, one file per document. Take it with the
# database's backup (backup.sh), right after it: a document row restored without its file is a
# document that cannot be opened, while a file without its row is merely unused.
# (With DOCUMENT_STORAGE=s3, back the bucket up with the provider's tools: docs/operations.md.)
#
#   infra/ops/backup-documents.sh <document-dir> <archive-file>
#
# The archive is written beside its final name and moved there only once it is complete and
# readable, so a failed backup never leaves a file that looks good.
set -euo pipefail
usage="usage: backup-documents.sh <document-dir> <archive-file>"
dir="${1:?$usage}"
archive="${2:?$usage}"
[[ -d "$dir" ]] || { echo "backup-documents: $dir is not a folder" >&2; exit 2; }
partial="${archive}.partial"
trap 'rm -f "$partial"' EXIT

tar --create --gzip --file="$partial" --directory="$dir" .
files=$(tar --list --gzip --file="$partial" | grep -cv '/$' || true)
mv "$partial" "$archive"
echo "documents backup written: $archive ($files files, $(du -h "$archive" | cut -f1))"
