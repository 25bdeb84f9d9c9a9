#!/usr/bin/env bash
# First start of the postgres:17 container (docker-compose.yml mounts this file into
# /docker-entrypoint-initdb.d/): the carepath role and one database per service, as
# deploy/local/runtime's LocalPostgres creates them for the local launcher.
# The role's name and password come from the same variables the services read.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v role="${CAREPATH_DB_USER:-carepath}" -v password="${CAREPATH_DB_PASSWORD:-carepath}" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE referrals OWNER :"role";
CREATE DATABASE careplan OWNER :"role";
CREATE DATABASE discharge OWNER :"role";
CREATE DATABASE identity OWNER :"role";
CREATE DATABASE insights OWNER :"role";
SQL
