#!/usr/bin/env bash
# Issue 14: titrepro on more than one machine, proved on this one without Docker (docs/deployment.md, « Galera »):
#   src/tools/galera-cluster.sh start|stop|status|check
# start: installs galera-4 and haproxy when missing (Debian, apt-get), starts 3 MariaDB Galera nodes on 127.0.0.1
# (ports 3311-3313, group communication 4571-4573, IST 4581-4583, SST 4591-4593, data under $GALERA_DIR), checks
# that a write on node 1 is read on node 3, starts HAProxy (MariaDB front 127.0.0.1:3310 over the three nodes, HTTP
# front 127.0.0.1:8090 over the application instances, stats on 8091) and 2 application instances (the packaged
# target/quarkus-app/quarkus-run.jar, ports 8097 and 8098, database through HAProxy, Keycloak of 127.0.0.1:8180).
# The MariaDB server of 127.0.0.1:3306 is not touched. Node n alone: `node-kill n`, `node-start n`; application
# instance n: `app-kill n`, `app-start n` (the failover run of docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
source src/tools/jdk.sh
DIR=${GALERA_DIR:-/tmp/titrepro-galera}
DB=${GALERA_DATABASE:-titrepro}
DB_USER=titrepro DB_PASSWORD=titrepro-galera
DB_FRONT=3310 HTTP_FRONT=8090 STATS=8091
APP_PORTS=(8097 8098)
# the packaged application serves /q/health on its management port (%prod.quarkus.management.enabled is fixed at
# build time): one per instance on the same machine
MGMT_PORTS=(9097 9098)
# the packaged application (mvn -B -ntp package -DskipTests)
APP_JAR=${GALERA_APP_JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}
# first: every connection to node 1, nodes 2 and 3 on standby (one writer: no certification conflicts);
# roundrobin: the three nodes write (multi-writer)
DB_BALANCE=${GALERA_DB_BALANCE:-first}
PROVIDER=/usr/lib/galera/libgalera_smm.so
# the nodes run as the mysql account when started by root: the rsync daemon of a state transfer runs as the node's
# account (as root it would drop to nobody and could not write the joiner's data directory)
NODE_USER=$(id -un)
[ "$(id -u)" = 0 ] && id mysql >/dev/null 2>&1 && NODE_USER=mysql

say() { echo "[galera] $*"; }

install_packages() {
  local missing=()
  [ -f "$PROVIDER" ] || missing+=(galera-4)
  command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
  command -v rsync >/dev/null 2>&1 || missing+=(rsync)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installation de ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

donors() { local n=$1 m list=""; for m in 3 2 1; do [ "$m" = "$n" ] || list+="node$m,"; done; echo "$list"; }

node_conf() {
  local n=$1 d="$DIR/node$1"
  mkdir -p "$d/data"
  [ "$NODE_USER" = "$(id -un)" ] || chown -R "$NODE_USER" "$d"
  cat > "$d/my.cnf" <<CNF
[mysqld]
user=$NODE_USER
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
port=$((3310 + n))
bind-address=127.0.0.1
skip-name-resolve
max_connections=300
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=256M
innodb_flush_log_at_trx_commit=2
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=titrepro
wsrep_cluster_address=gcomm://127.0.0.1:4571,127.0.0.1:4572,127.0.0.1:4573
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$((4570 + n))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((4570 + n));ist.recv_addr=127.0.0.1:$((4580 + n));gcache.size=512M"
wsrep_sst_method=rsync
# a joiner's full state transfer (rsync) blocks its donor: prefer the last standby node, not the one HAProxy writes
# to (« first »: the lowest-numbered live node) — the sixth session's node restart took node 2, the writer, as donor
# and the instances stalled for the 20 s of the transfer (503s); the trailing comma lets any node serve otherwise
wsrep_sst_donor=$(donors "$n")
wsrep_sst_receive_address=127.0.0.1:$((4590 + n))
wsrep_slave_threads=${GALERA_SLAVE_THREADS:-2}
CNF
}

sql() { local n=$1; shift; mariadb --defaults-file="$DIR/node$n/my.cnf" -S "$DIR/node$n/mysqld.sock" -uroot -N -B -e "$*"; }

wait_node() {
  local n=$1
  for _ in $(seq 1 120); do
    if [ "$(sql "$n" "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | awk '{print $2}')" = "ON" ]; then return 0; fi
    sleep 1
  done
  say "le nœud $n n'est pas prêt : voir $DIR/node$n/error.log"; return 1
}

node_start() {
  local n=$1 extra=()
  node_conf "$n"
  # node 1 is initialised here; nodes 2 and 3 start empty and receive node 1's data by state transfer (SST, rsync)
  if [ "$n" = 1 ] && [ ! -d "$DIR/node$n/data/mysql" ]; then
    mariadb-install-db --defaults-file="$DIR/node$n/my.cnf" --auth-root-authentication-method=socket \
      --skip-test-db >"$DIR/node$n/install.log" 2>&1
  fi
  if [ "$n" = 1 ] && ! node_alive 2 && ! node_alive 3; then
    # first node of a new cluster (or of a restart where the others are down): it may bootstrap
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$DIR/node1/data/grastate.dat" 2>/dev/null || true
    extra=(--wsrep-new-cluster)
  fi
  nohup mariadbd --defaults-file="$DIR/node$n/my.cnf" "${extra[@]}" >>"$DIR/node$n/stdout.log" 2>&1 &
  echo $! > "$DIR/node$n/mariadbd.pid"
  wait_node "$n"
  say "nœud $n prêt (port $((3310 + n)), taille du cluster $(sql "$n" "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}'))"
}

node_alive() { [ -f "$DIR/node$1/mariadbd.pid" ] && kill -0 "$(cat "$DIR/node$1/mariadbd.pid")" 2>/dev/null; }

node_kill() { node_alive "$1" && kill -9 "$(cat "$DIR/node$1/mariadbd.pid")" && say "nœud $1 tué (kill -9)"; rm -f "$DIR/node$1/mariadbd.pid"; }

accounts() {
  sql 1 "CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
         CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
         GRANT ALL ON \`$DB\`.* TO '$DB_USER'@'127.0.0.1';
         CREATE USER IF NOT EXISTS 'haproxy_check'@'127.0.0.1';"
}

replication_check() {
  # in a database of its own: the check never touches the application's tables
  local token="replication-$(date +%s%N)"
  sql 1 "CREATE DATABASE IF NOT EXISTS galera_probe;
         CREATE TABLE IF NOT EXISTS galera_probe.probe (id BIGINT AUTO_INCREMENT PRIMARY KEY, token VARCHAR(64) NOT NULL);
         INSERT INTO galera_probe.probe (token) VALUES ('$token')"
  for _ in $(seq 1 60); do
    if [ "$(sql 3 "SELECT COUNT(*) FROM galera_probe.probe WHERE token = '$token'" 2>/dev/null)" = 1 ]; then
      say "réplication vérifiée : écrit sur le nœud 1, lu sur le nœud 3 ($token)"
      return 0
    fi
    sleep 1
  done
  say "ÉCHEC : la ligne écrite sur le nœud 1 n'est pas lue sur le nœud 3 en 60 s"; return 1
}

haproxy_start() {
  local backup="" n
  [ "$DB_BALANCE" = first ] && backup=" backup"
  {
    echo "global
  maxconn 4000
defaults
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 2
listen stats
  bind 127.0.0.1:$STATS
  mode http
  stats enable
  stats uri /
listen galera
  bind 127.0.0.1:$DB_FRONT
  mode tcp
  balance $( [ "$DB_BALANCE" = first ] && echo first || echo roundrobin )
  option mysql-check user haproxy_check
  default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions"
    for n in 1 2 3; do echo "  server node$n 127.0.0.1:$((3310 + n)) check$( [ "$n" -gt 1 ] && echo "$backup")"; done
    echo "listen titrepro
  bind 127.0.0.1:$HTTP_FRONT
  mode http
  balance roundrobin
  option httpchk GET /q/health/ready
  http-check expect status 200
  option redispatch
  retry-on conn-failure empty-response response-timeout 503
  default-server inter 1s fall 2 rise 2"
    for n in 0 1; do echo "  server app$((n + 1)) 127.0.0.1:${APP_PORTS[$n]} check port ${MGMT_PORTS[$n]}"; done
  } > "$DIR/haproxy.cfg"
  haproxy -f "$DIR/haproxy.cfg" -D -p "$DIR/haproxy.pid"
  say "HAProxy : MariaDB 127.0.0.1:$DB_FRONT ($DB_BALANCE), application http://127.0.0.1:$HTTP_FRONT/, statistiques http://127.0.0.1:$STATS/"
}

app_alive() { [ -f "$DIR/app$1.pid" ] && kill -0 "$(cat "$DIR/app$1.pid")" 2>/dev/null; }

app_start() {
  local n=$1 port=${APP_PORTS[$(($1 - 1))]} mgmt=${MGMT_PORTS[$(($1 - 1))]}
  [ -f "$APP_JAR" ] || { say "construire d'abord : mvn -B -ntp package -DskipTests ($APP_JAR absent)"; return 1; }
  # the demo profile (the demo realm's client secret and signatories; the prod profile refuses them), without the
  # demo data: the data come from the load runners or from src/tools/national-data.sh; datasource through HAProxy
  QUARKUS_PROFILE=${GALERA_APP_PROFILE:-demo} TITREPRO_DB_URL="jdbc:mariadb://127.0.0.1:$DB_FRONT/$DB" \
    TITREPRO_DB_USER=$DB_USER TITREPRO_DB_PASSWORD=$DB_PASSWORD TITREPRO_PUBLIC_URL="http://127.0.0.1:$HTTP_FRONT" \
    TITREPRO_MANAGEMENT_PORT=$mgmt \
    nohup java -Xmx384m -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 -D%demo.titrepro.demo.enabled=false \
      -jar "$APP_JAR" >>"$DIR/app$n.log" 2>&1 &
  echo $! > "$DIR/app$n.pid"
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$mgmt/q/health/ready" >/dev/null 2>&1; then say "application $n prête sur le port $port"; return 0; fi
    app_alive "$n" || { say "l'application $n s'est arrêtée : voir $DIR/app$n.log"; return 1; }
    sleep 1
  done
  say "l'application $n n'est pas prête : voir $DIR/app$n.log"; return 1
}

app_kill() { app_alive "$1" && kill -9 "$(cat "$DIR/app$1.pid")" && say "application $1 tuée (kill -9)"; rm -f "$DIR/app$1.pid"; }

status() {
  local n
  for n in 1 2 3; do
    if node_alive "$n"; then
      say "nœud $n : $(sql "$n" "SELECT CONCAT(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('WSREP_LOCAL_STATE_COMMENT','WSREP_CLUSTER_SIZE','WSREP_CLUSTER_STATUS') ORDER BY VARIABLE_NAME" | paste -sd' ')"
    else say "nœud $n : arrêté"; fi
  done
  for n in 1 2; do
    if app_alive "$n"; then say "application $n : $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${MGMT_PORTS[$((n - 1))]}/q/health/ready")"; else say "application $n : arrêtée"; fi
  done
  [ -f "$DIR/haproxy.pid" ] && kill -0 "$(cat "$DIR/haproxy.pid")" 2>/dev/null && say "HAProxy : en marche" || say "HAProxy : arrêté"
}

stop() {
  local n
  for n in 1 2; do app_alive "$n" && kill "$(cat "$DIR/app$n.pid")" && say "application $n arrêtée"; rm -f "$DIR/app$n.pid"; done
  [ -f "$DIR/haproxy.pid" ] && kill "$(cat "$DIR/haproxy.pid")" 2>/dev/null && say "HAProxy arrêté"; rm -f "$DIR/haproxy.pid"
  for n in 3 2 1; do
    if node_alive "$n"; then
      kill "$(cat "$DIR/node$n/mariadbd.pid")"
      while node_alive "$n"; do sleep 0.5; done
      say "nœud $n arrêté"
    fi
    rm -f "$DIR/node$n/mariadbd.pid"
  done
}

case "${1:-}" in
  start)
    install_packages
    mkdir -p "$DIR"
    for n in 1 2 3; do node_alive "$n" || node_start "$n"; done
    accounts
    replication_check
    [ -f "$DIR/haproxy.pid" ] && kill -0 "$(cat "$DIR/haproxy.pid")" 2>/dev/null || haproxy_start
    if [ "${GALERA_NO_APP:-}" != 1 ]; then
      for n in 1 2; do app_alive "$n" || app_start "$n"; done
    fi
    status ;;
  stop) stop ;;
  status) status ;;
  check) replication_check ;;
  node-kill) node_kill "$2" ;;
  node-start) node_start "$2" ;;
  app-kill) app_kill "$2" ;;
  app-start) app_start "$2" ;;
  *) echo "usage : $0 start|stop|status|check|node-kill N|node-start N|app-kill N|app-start N" >&2; exit 2 ;;
esac
