#!/usr/bin/env bash
# Packages titrepro for a fast start: the JDK's ahead-of-time cache (JEP 483/514/515, JDK 25 or newer) over a
# classpath packaging (Quarkus « legacy-jar »: the application's classes are loaded by the JVM's own class loader,
# which is what the cache can hold; the default fast-jar loads them through Quarkus's class loader, which it cannot).
#
#   src/tools/package-aot.sh                 # target/aot-app/ : titrepro-runner.jar, lib/, app.aot
#
# The training run starts the packaged application once on a database (TITREPRO_DB_URL, by default the local
# MariaDB server's database titrepro_aot_training, created if missing; the OIDC provider of the profile, the
# Keycloak of 127.0.0.1:8180 for `demo`), asks a few pages while it runs, then stops it: the JVM writes the classes
# it loaded and linked, and the methods' profiles, into app.aot. Start in production with the same JDK and the same
# heap options as the training (TITREPRO_AOT_JAVA_OPTS, default -Xmx1g):
#
#   java -XX:AOTCache=target/aot-app/app.aot -Xmx1g -jar target/aot-app/titrepro-runner.jar
#
# A cache that does not match (another JDK build, another classpath, another GC) is ignored with a warning and the
# application starts as without it. docs/deployment.md « Start time: the AOT cache ».
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/tools/jdk.sh

major=$(java_major "$JAVA_HOME")
if [ "$major" -lt 25 ]; then
  echo "titrepro : le cache AOT demande un JDK 25 ou plus récent (JAVA_HOME=$JAVA_HOME est un JDK $major)." >&2
  exit 1
fi

OUT=target/aot-app
JAVA_OPTS=${TITREPRO_AOT_JAVA_OPTS:--Xmx1g}
PROFILE=${TITREPRO_AOT_PROFILE:-demo}
HTTP_PORT=${TITREPRO_AOT_PORT:-8099}
MGMT_PORT=${TITREPRO_AOT_MANAGEMENT_PORT:-9099}
DB_URL=${TITREPRO_DB_URL:-jdbc:mariadb://127.0.0.1:3306/titrepro_aot_training}

echo "[titrepro] Construction du paquet classpath (legacy-jar) dans $OUT…"
rm -rf "$OUT"
mvn -B -ntp -q package -DskipTests -Dmdep.skip=true \
  -Dquarkus.package.jar.type=legacy-jar -Dquarkus.package.output-directory=aot-app -Dquarkus.package.runner-suffix=-runner
jar=$(ls "$OUT"/*-runner.jar)
mv "$jar" "$OUT/titrepro-runner.jar"
jar=$OUT/titrepro-runner.jar

if [ -z "${TITREPRO_DB_URL:-}" ]; then
  if ! command -v mysql >/dev/null 2>&1 || ! mysql -uroot -h127.0.0.1 -P3306 -e "SELECT 1" >/dev/null 2>&1; then
    echo "titrepro : pas de serveur MariaDB sur 127.0.0.1:3306 ; donnez la base de l'entraînement dans TITREPRO_DB_URL." >&2
    exit 1
  fi
  mysql -uroot -h127.0.0.1 -P3306 -e "CREATE DATABASE IF NOT EXISTS titrepro_aot_training"
fi

echo "[titrepro] Exécution d'entraînement (profil $PROFILE, $DB_URL)…"
log=$OUT/training.log
# shellcheck disable=SC2086
QUARKUS_PROFILE=$PROFILE TITREPRO_DB_URL=$DB_URL TITREPRO_MANAGEMENT_PORT=$MGMT_PORT \
  java $JAVA_OPTS -XX:AOTCacheOutput="$OUT/app.aot" -Dquarkus.http.port="$HTTP_PORT" \
  -D%demo.titrepro.demo.enabled=false -jar "$jar" > "$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  if curl -sf -o /dev/null "http://127.0.0.1:$MGMT_PORT/q/health/ready"; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "titrepro : l'application d'entraînement s'est arrêtée ; voir $log" >&2
    exit 1
  fi
  sleep 0.5
done
for path in / /verify /login /api/titles /q/openapi; do
  curl -s -o /dev/null "http://127.0.0.1:$HTTP_PORT$path" || true
done
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
if [ ! -s "$OUT/app.aot" ]; then
  echo "titrepro : le cache AOT n'a pas été écrit ; voir $log" >&2
  exit 1
fi
echo "[titrepro] Prêt : java -XX:AOTCache=$OUT/app.aot $JAVA_OPTS -jar $jar"
