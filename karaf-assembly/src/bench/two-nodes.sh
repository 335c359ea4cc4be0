#!/usr/bin/env bash
#
# Benchmark: two Opora nodes on one PostgreSQL database behind HAProxy (docs/examples/haproxy-opora.cfg, on plain
# HTTP), under a load of psychologists signing in and walking the intranet, driven over Vaadin's own protocol by
# vload.py through the proxy. Prints vload's figures (p50/p95/p99 per step, errors) and how the sessions spread over
# the two nodes. Needs Debian's postgresql and haproxy, and vload.py.
# Usage (after mvn package):  bash karaf-assembly/src/bench/two-nodes.sh [users] [seconds] [ramp seconds]
#   VLOAD=/path/to/vload.py (default: karaf-assembly/src/bench/vload.py)
#
set -euo pipefail
source "$(dirname "$0")/lib.sh"
users="${1:-100}"
seconds="${2:-60}"
ramp="${3:-60}"
here="$(cd "$(dirname "$0")/../../.." && pwd)"
vload="${VLOAD:-$here/karaf-assembly/src/bench/vload.py}"
tarball="$(ls "$here"/karaf-assembly/target/org.opora.karaf-assembly-*.tar.gz | head -1)"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
haproxy="$(command -v haproxy || echo /usr/sbin/haproxy)"
work="$(mktemp -d)"
chmod 755 "$work"
cleanup() {
  stop_karafs_under "$work"
  [ -n "${proxy:-}" ] && kill "$proxy" >/dev/null 2>&1 || true
  as_postgres "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# the database: a throw-away cluster on a free port
pgport="$(free_port)"
mkdir -p "$work/pg" && chown postgres "$work/pg" 2>/dev/null || true
as_postgres "$pgbin/initdb" -D "$work/pg" -U opora --auth=trust --encoding=UTF8 --locale=C --no-sync >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -F -c max_connections=200" start >/dev/null
"$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U opora -d postgres -qc "CREATE DATABASE opora ENCODING 'UTF8'"

node() { # $1 name: unpacks a node on the database, prints its HTTP port
  local home="$work/$1" port
  mkdir -p "$home" && tar xzf "$tarball" -C "$home" --strip-components=1 && chmod +x "$home"/bin/*
  port="$(free_port)"
  sed -i "s/^sshPort *=.*/sshPort = $(free_port)/" "$home/etc/org.apache.karaf.shell.cfg"
  cat > "$home/etc/org.ops4j.datasource-opora.cfg" <<EOF
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
dataSourceName = opora
pool = hikari
xa = false
pool.maximumPoolSize = 10
url = jdbc:postgresql://127.0.0.1:$pgport/opora
user = opora
password = unused-the-cluster-trusts-local-connections
EOF
  echo "$port"
}

await_login() { # $1 port
  for _ in $(seq 1 3000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/login" || true)" = 200 ] && return 0
    sleep 0.1
  done
  echo "node on $1 did not start" >&2; return 1
}

# OPORA_CLUSTER=false: the same two nodes with the shared cache on, to see what turning it off costs (and why it is
# needed: each node then serves its own cached copies)
node_opts="-Dopora.cluster=${OPORA_CLUSTER:-true} -Dopora.http.behindProxy=true"
a="$(node a)"; b="$(node b)"
(cd "$work/a" && EXTRA_JAVA_OPTS="$node_opts" nohup bin/opora-demo "$a" server >/dev/null 2>&1 &)
await_login "$a"
for _ in $(seq 1 600); do grep -q "Demo school created" "$work/a/data/log/karaf.log" 2>/dev/null && break; sleep 0.5; done
modules="opora-core,opora-consilium,opora-programmes,opora-patronage,opora-teacher-support"
(cd "$work/b" && EXTRA_JAVA_OPTS="$node_opts -Dopora.http.port=$b -Dopora.https.enabled=false \
  -Dopora.http.host=127.0.0.1 -Dopora.modules=$modules" nohup bin/karaf server >/dev/null 2>&1 &)
await_login "$b"
sleep 10

port="$(free_port)"
sed -e '/log \/dev\/log local0/d' -e '/log global/d' -e '/ssl crt/d' -e '/redirect scheme https/d' \
    -e "s/^    bind :80$/    bind 127.0.0.1:$port/" -e 's/ httponly secure$/ httponly/' \
    -e "s/10.0.0.11:8181/127.0.0.1:$a/" -e "s/10.0.0.12:8181/127.0.0.1:$b/" \
    "$here/docs/examples/haproxy-opora.cfg" > "$work/haproxy.cfg"
printf '    stats enable\n    stats uri /haproxy-stats\n' >> "$work/haproxy.cfg"
"$haproxy" -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
proxy=$!
sleep 1

password="$(awk '$1 == "psychologist" {print $2}' "$work/a/data/opora-demo-users.txt")"
cat > "$work/scenario.txt" <<EOF
login psychologist $password
expect Мои дела
loop
nav pupils
grid 50
nav programmes
grid 50
nav consilium/meetings
grid 50
nav
expect Мои дела
EOF
echo "opora.cluster=${OPORA_CLUSTER:-true}; two nodes (HTTP ports $a and $b) on PostgreSQL (port $pgport) behind HAProxy (port $port); $users sessions"
python3 "$vload" --base "http://127.0.0.1:$port/" --start login --scenario "$work/scenario.txt" \
  --users "$users" --ramp "$ramp" --duration "$seconds" --think 2 || echo "(vload reported errors)"
echo
echo "sessions per node (HAProxy's cumulative sessions, backend opora-nodes):"
{ curl -s "http://127.0.0.1:$port/haproxy-stats;csv" || true; } \
  | awk -F, '$1 == "opora-nodes" && $2 ~ /^node-/ {print "  " $2 ": " $8 " sessions"}'
