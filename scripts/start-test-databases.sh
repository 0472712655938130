#!/usr/bin/env bash
# Installs (if missing) and starts PostgreSQL and MariaDB from Debian's packages on loopback, with the
# database and user the real-database tests use (n1test / n1test / n1test). Needs root. Used by .ci/run;
# run it by hand to run those tests locally. Idempotent.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
packages=()
command -v pg_ctlcluster >/dev/null || packages+=(postgresql)
command -v mariadbd >/dev/null || command -v mysqld >/dev/null || packages+=(mariadb-server)
if [ ${#packages[@]} -gt 0 ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# PostgreSQL: the Debian cluster "main", started without systemd.
version=$(ls /etc/postgresql | sort -n | tail -1)
pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
for _ in $(seq 1 30); do su postgres -c "pg_isready -q -h 127.0.0.1" && break; sleep 1; done
su postgres -c "psql -q -tc \"select 1 from pg_roles where rolname = 'n1test'\"" | grep -q 1 \
    || su postgres -c "psql -q -c \"create user n1test password 'n1test' createdb\""
su postgres -c "psql -q -tc \"select 1 from pg_database where datname = 'n1test'\"" | grep -q 1 \
    || su postgres -c "createdb -O n1test n1test"
# The demo's "postgres" profile defaults: database and user n1demo.
su postgres -c "psql -q -tc \"select 1 from pg_roles where rolname = 'n1demo'\"" | grep -q 1 \
    || su postgres -c "psql -q -c \"create user n1demo password 'n1demo'\""
su postgres -c "psql -q -tc \"select 1 from pg_database where datname = 'n1demo'\"" | grep -q 1 \
    || su postgres -c "createdb -O n1demo n1demo"
echo "PostgreSQL $(su postgres -c 'psql -tAc "show server_version"') on 127.0.0.1:5432"

# MariaDB: started in the background without systemd.
if ! mariadb-admin ping --silent 2>/dev/null; then
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
    # Fully detached, so the calling script (CI) does not wait on its output.
    safe=$(command -v mariadbd-safe || command -v mysqld_safe)
    setsid "$safe" --bind-address=127.0.0.1 </dev/null >/dev/null 2>&1 &
    for _ in $(seq 1 60); do mariadb-admin ping --silent 2>/dev/null && break; sleep 1; done
fi
mariadb -e "create database if not exists n1test; create user if not exists 'n1test'@'%' identified by 'n1test';
            create user if not exists 'n1test'@'localhost' identified by 'n1test';
            grant all on n1test.* to 'n1test'@'%'; grant all on n1test.* to 'n1test'@'localhost'; flush privileges;"
echo "MariaDB $(mariadb -N -e 'select version()') on 127.0.0.1:3306"
