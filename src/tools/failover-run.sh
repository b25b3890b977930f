#!/usr/bin/env bash
# Issue 14, the failover run (docs/performance.md « National scale »): with the cluster of src/tools/galera-cluster.sh
# started and data holding documents (src/tools/national-data.sh into the cluster's database), runs the scoring load
# runner and the results-day runner together through HAProxy (http://127.0.0.1:8090/) while application instance 1,
# then Galera node 1 (the node HAProxy writes to), are killed with kill -9 and restarted. Each runner prints its
# throughput every 5 s, its percentiles, its final errors by status, the requests retried (502-504 and connection
# failures, sent again after a back-off honouring Retry-After) and its checks (lost updates, duplicated documents).
#   src/tools/failover-run.sh [scoring devices=60] [scoring pause ms=500] [results-day clients=50] [seconds=120]
# Needs target/test-classes and target/quarkus-app (mvn -B -ntp package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/tools/jdk.sh
devices=${1:-60} pause=${2:-500} clients=${3:-50} seconds=${4:-120}
out=${FAILOVER_OUT:-target/failover}
mkdir -p "$out"
cp="target/test-classes:target/quarkus-app/lib/main/*"
# the results-day runner creates its candidates' accounts through Keycloak's admin API (FAILOVER_KEYCLOAK_ADMIN=user:pass)
db=(-Dtitrepro.db.user=titrepro -Dtitrepro.db.password=titrepro-galera -Dkeycloak.admin="${FAILOVER_KEYCLOAK_ADMIN:-kcadmin:kcadmin}")
jdbc=jdbc:mariadb://127.0.0.1:3310/titrepro
tool=src/tools/galera-cluster.sh
echo "[failover] $(nproc) cœurs, charge $(cut -d' ' -f1-3 /proc/loadavg) ; notation $devices appareils (pause $pause ms), jour des résultats $clients clients, $seconds s"
ready() { # runner pid, its output, the line it prints when set up
  until grep -q "$3" "$2" 2>/dev/null; do
    kill -0 "$1" 2>/dev/null || { echo "[failover] un runner s'est arrêté"; cat "$out"/*.txt; exit 1; }
    sleep 1
  done
}
# each runner, once set up (accounts, grids), waits for the start file: both clocks start together, and both measured
# windows cover the kills (started at once, the scoring window ended before the node kill when a set-up was slow)
gate="$out/start"
rm -f "$gate"
db+=(-Dtitrepro.bench.start-file="$gate")
java "${db[@]}" -cp "$cp" fr.titrepro.scoring.ScoringLoadRunner http://127.0.0.1:8090/ "$jdbc" "$devices" 10 "$seconds" "$pause" >"$out/scoring.txt" 2>&1 &
scoring=$!
java "${db[@]}" -cp "$cp" fr.titrepro.document.ResultsDayLoadRunner http://127.0.0.1:8090/ "$jdbc" "$clients" 10 "$seconds" >"$out/results-day.txt" 2>&1 &
results=$!
ready "$results" "$out/results-day.txt" "candidates ready"
ready "$scoring" "$out/scoring.txt" "devices ready"
touch "$gate"
at() { while [ "$(( $(date +%s) - t0 ))" -lt "$1" ]; do sleep 1; done; }
# the clock starts after the runners' 10 s of warm-up
sleep 10
t0=$(date +%s)
at 25; echo "[failover] t=25 s : kill -9 de l'application 1"; $tool app-kill 1
at 45; echo "[failover] t=45 s : redémarrage de l'application 1"; $tool app-start 1
at 70; echo "[failover] t=70 s : kill -9 du nœud Galera 1 (celui où HAProxy écrit)"; $tool node-kill 1
at 95; echo "[failover] t=95 s : redémarrage du nœud 1"; $tool node-start 1
wait "$scoring" "$results" || true
echo "[failover] charge à la fin $(cut -d' ' -f1-3 /proc/loadavg)"
$tool status
echo "===== notation ====="; cat "$out/scoring.txt"
echo "===== jour des résultats ====="; cat "$out/results-day.txt"
