#!/usr/bin/env bash
# Real servers for the web sample's tests outside Okr.Core.sln (tests/Okr.Samples.Web.Integration.Tests):
# installs Debian's postgresql, chromium and chromium-driver when missing (apt-get, as root or through sudo -n),
# starts the PostgreSQL cluster, (re)creates a role and an empty database for the run, and prints the Npgsql
# connection string on its last line. "bash eng/web-servers.sh stop" stops the cluster again if this script started it.
set -uo pipefail
state=/tmp/okr-web-servers.started
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sudo -n -u postgres sh -c "$1"; fi; }

if [ "${1:-}" = "stop" ]; then
  if [ -f "$state" ]; then read -r version cluster < "$state"; as_root pg_ctlcluster "$version" "$cluster" stop && rm -f "$state"; fi
  exit 0
fi

missing=()
for package in postgresql chromium chromium-driver; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  for attempt in 1 2 3; do
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 \
      && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 && break
    [ "$attempt" -eq 3 ] && { echo "apt-get could not install ${missing[*]}" >&2; exit 1; }
    sleep 5
  done
else
  echo "already installed: postgresql chromium chromium-driver" >&2
fi

read -r version cluster port status < <(pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1, $2, $3, $4}')
if [ -z "${version:-}" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1); cluster=main
  as_root pg_createcluster "$version" "$cluster" >&2 || exit 1
  read -r version cluster port status < <(pg_lsclusters --no-header | awk 'NR==1 {print $1, $2, $3, $4}')
fi
if [ "$status" != "online" ]; then
  as_root pg_ctlcluster "$version" "$cluster" start >&2 || { echo "PostgreSQL $version/$cluster did not start" >&2; exit 1; }
  echo "$version $cluster" > "$state"
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "PostgreSQL does not answer on port $port" >&2; exit 1; }

as_postgres "psql -q -v ON_ERROR_STOP=1 -p $port -c \"DROP DATABASE IF EXISTS okr_ci\" -c \"DROP ROLE IF EXISTS okr_ci\" -c \"CREATE ROLE okr_ci LOGIN PASSWORD 'okr_ci'\" -c \"CREATE DATABASE okr_ci OWNER okr_ci\"" >&2 \
  || { echo "could not create the okr_ci role and database" >&2; exit 1; }
echo "Host=127.0.0.1;Port=$port;Username=okr_ci;Password=okr_ci;Database=okr_ci"
