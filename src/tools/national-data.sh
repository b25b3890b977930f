#!/usr/bin/env bash
# The national volume of issue 14 in a MariaDB database (docs/performance.md, « National scale »):
#   src/tools/national-data.sh [--scale 1] [--database titrepro_national] [--port 8086] [--seed 14]
# The database is DROPPED and recreated (Flyway schema, shipped référentiel loaded by the application's start), then
# fr.titrepro.bench.NationalDataGenerator fills it: at scale 1, 3,000 centres, 15,000 jurors, 60,000 sessions over
# five years, about 1,000,000 candidates, 10,000,000 grid lines with their history, about 2,000,000 documents.
# Progress and the time taken are printed. MariaDB: TITREPRO_DB_HOST/PORT/USER/PASSWORD (default 127.0.0.1:3306 root);
# Keycloak on 127.0.0.1:8180 (the test stack starts one when none answers).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/tools/jdk.sh

scale=1 database=titrepro_national port=8086 seed=14
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "usage : $0 [--scale 1] [--database titrepro_national] [--port 8086] [--seed 14]" >&2; exit 2 ;;
  esac
done
case "$database" in
  *[!a-zA-Z0-9_]*|"") echo "titrepro : nom de base invalide « $database »." >&2; exit 2 ;;
esac

echo "[national] base $database, échelle $scale, graine $seed (la base est recréée)"
start=$(date +%s)
TITREPRO_TEST_DB=$database TITREPRO_TEST_PORT=$port \
  mvn -B -ntp -o test -Dtest=NationalDataRunner -Dsurefire.failIfNoSpecifiedTests=false \
      -Dtitrepro.bench=national -Dtitrepro.national.scale="$scale" -Dtitrepro.national.seed="$seed"
echo "[national] fini en $(( $(date +%s) - start )) s (construction et démarrage compris)"
