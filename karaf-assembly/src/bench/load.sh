#!/usr/bin/env bash
#
# Benchmark: the intranet under a school's morning load, against its own floor measured in the same run.
# Unpacks the built distribution into a temporary folder, starts it with the demo school on free ports, drops the
# floor bundle (org.opora.platform.benchfloor: two bare views, bench/floor and bench/floor2 — one layout, a side nav,
# a three-row grid and a form, no database) into its deploy/ folder, and then for each session count runs with
# vload.py (Vaadin's own protocol, no browser):
#   (a) the floor: every user signs in as in Opora and goes between the two floor pages, saving the form;
#   (b) Opora's mixed scenario: psychologist, class teacher, deputy and director (load/*.txt, weights 3:3:1:1) —
#       «Мои дела», the pupils and a search, a pupil's card and its tabs, the programmes, a programme with its plan,
#       a plan row and a curator's observation saved (psychologist), the consilium's meetings and referrals.
# Every step checks its page with expect, so a broken step counts as an error. Prints per step p50/p95/p99 and
# errors, overall p95/p99, heap per session (jcmd after a full GC), and the ratios Opora/floor for p95, p99 and
# heap per session. A short warm-up of both scenarios runs first and is not reported.
#
# Usage (after mvn install, which builds the tar.gz and the floor bundle):
#   bash karaf-assembly/src/bench/load.sh [sessions...]            (default: 100 300)
# Environment: RAMP (s, default 60), DURATION (s of load after the ramp, 60), THINK (mean s between steps, 2),
#   WARMUP (s, 20; 0 for none), MIX (default "psychologist:3 teacher:3 deputy:1 director:1"),
#   TARBALL and FLOOR_JAR (default: the ones the build left under target/), OUT (folder for the JSON summaries,
#   default karaf-assembly/target/load-<time>), HEAP (Karaf's -Xmx, default the distribution's own).
# The users of the demo share one account per role: every psychologist session signs in as "psychologist", so
# sign-ins of one role take turns on its account row, and the psychologists save the same plan row (a save
# that meets another's newer version is refused and counts as an error, as a user would see it).
#
set -euo pipefail
sessions=("$@")
[ ${#sessions[@]} -gt 0 ] || sessions=(100 300)
ramp="${RAMP:-60}"; duration="${DURATION:-60}"; think="${THINK:-2}"; warmup="${WARMUP:-20}"
mix="${MIX:-psychologist:3 teacher:3 deputy:1 director:1}"
bench="$(cd "$(dirname "$0")" && pwd)"
here="$(cd "$bench/../../.." && pwd)"
tarball="${TARBALL:-$(ls "$here"/karaf-assembly/target/org.opora.karaf-assembly-*.tar.gz | head -1)}"
floor_dir="$here/bundles/platform/org.opora.platform.benchfloor/target"
floor_jar="${FLOOR_JAR:-$(ls "$floor_dir"/org.opora.platform.benchfloor-*.jar | grep -v -e sources -e tests | head -1)}"
out="${OUT:-$here/karaf-assembly/target/load-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out"
work="$(mktemp -d)"
home="$work/opora"
pid=""

cleanup() {
  trap - EXIT INT TERM
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    # Karaf shuts down on SIGTERM; its folder goes only once the JVM has exited
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { # a port nobody listens on: the system's choice, checked again just before use
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
in_use() { # something answers on the port
  python3 -c 'import socket,sys; sys.exit(socket.socket().connect_ex(("127.0.0.1",int(sys.argv[1]))) != 0)' "$1"
}
logged() { grep -q "$1" "$home/data/log/karaf.log" 2>/dev/null; }

mkdir -p "$home"
tar xzf "$tarball" -C "$home" --strip-components=1
chmod +x "$home"/bin/*
port="$(free_port)"; while in_use "$port"; do port="$(free_port)"; done
sed -i "s/^sshPort *=.*/sshPort = $(free_port)/" "$home/etc/org.apache.karaf.shell.cfg"
[ -n "${HEAP:-}" ] && export JAVA_MAX_MEM="$HEAP"
(cd "$home" && nohup bash bin/opora-demo "$port" server >"$work/karaf.out" 2>&1 &)
for _ in $(seq 1 300); do
  pid="$(pgrep -f -- "-Dkaraf.home=$home " | head -1 || true)"
  [ -n "$pid" ] && break
  sleep 0.2
done
[ -n "$pid" ] || { echo "Karaf did not start" >&2; exit 1; }
for _ in $(seq 1 3000); do
  if logged "Failed to bind to /127.0.0.1:$port"; then echo "port $port was taken meanwhile; run again" >&2; exit 1; fi
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ] && break
  sleep 0.2
done
# the demo school and the modules' demo data (the scenarios read the programmes' and the consilium's)
for what in "Demo school created" "Demo programmes created" "Demo consilium created"; do
  for _ in $(seq 1 1200); do logged "$what" && break; sleep 0.5; done
  logged "$what" || { echo "the demo did not finish: no \"$what\" in karaf.log" >&2; exit 1; }
done
users_file="$home/data/opora-demo-users.txt"
cp "$floor_jar" "$home/deploy/"
for _ in $(seq 1 600); do
  logged "View /bench/floor added" && logged "View /bench/floor2 added" && break
  sleep 0.5
done
logged "View /bench/floor2 added" || { echo "the floor bundle did not start (see karaf.log)" >&2; exit 1; }

# the scenarios with the demo passwords put in: Opora's roles, and the floor signed in as the same roles
opora_args=(); floor_args=()
for spec in $mix; do
  role="${spec%%:*}"; weight="${spec#*:}"
  password="$(awk -v u="$role" '$1 == u {print $2}' "$users_file")"
  [ -n "$password" ] || { echo "no demo user $role" >&2; exit 1; }
  sed "s/PASSWORD/$password/" "$bench/load/$role.txt" > "$work/$role.txt"
  sed -e "s/USER/$role/" -e "s/PASSWORD/$password/" "$bench/load/floor.txt" > "$work/floor-$role.txt"
  opora_args+=(--scenario "$work/$role.txt:$weight"); floor_args+=(--scenario "$work/floor-$role.txt:$weight")
done

vload() { # $1 json, $2 users, $3 ramp, $4 duration, scenarios...
  local json="$1" users="$2" r="$3" d="$4"; shift 4
  python3 "$bench/vload.py" --base "http://127.0.0.1:$port/" --start login "$@" --users "$users" --ramp "$r" \
    --duration "$d" --think "$think" --pid "$pid" --json "$json" >/dev/null || true
}

cores="$(nproc)"; mem="$(free -g | awk '/^Mem:/ {print $2}')"
echo "Opora load benchmark: $(basename "$tarball"), demo school, HTTP port $port, Karaf pid $pid"
echo "machine: $cores cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), ${mem} GB RAM," \
  "load average now $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
echo "ramp ${ramp} s, load ${duration} s, think ${think} s; mix: $mix; JSON summaries in $out"
if [ "$warmup" != 0 ]; then
  vload "$work/warmup-floor.json" 10 5 "$warmup" "${floor_args[@]}"
  vload "$work/warmup-opora.json" 10 5 "$warmup" "${opora_args[@]}"
fi
for n in "${sessions[@]}"; do
  vload "$out/floor-$n.json" "$n" "$ramp" "$duration" "${floor_args[@]}"
  vload "$out/opora-$n.json" "$n" "$ramp" "$duration" "${opora_args[@]}"
  echo
  python3 "$bench/load-report.py" "$out/floor-$n.json" "$out/opora-$n.json" | tee "$out/report-$n.txt"
done
