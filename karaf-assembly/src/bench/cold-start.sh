#!/usr/bin/env bash
#
# Benchmark: start of the built distribution to the first served login page, heap after start, size.
# Usage (after mvn package):  bash karaf-assembly/src/bench/cold-start.sh [runs]
# Each run unpacks the tar.gz afresh (first start: feature resolution, every schema migrated) and then
# restarts the same copy (second start: existing data). Prints every run and the medians.
#
set -euo pipefail
runs="${1:-5}"
here="$(cd "$(dirname "$0")/../../.." && pwd)"
tarball="$(ls "$here"/karaf-assembly/target/org.opora.karaf-assembly-*.tar.gz | head -1)"
work="$(mktemp -d)"
trap 'pkill -f "karaf.home=$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }

start_and_wait() { # $1 home; prints seconds to the first 200 on /login
  local home="$1" port t0 code
  port="$(grep -o '[0-9]*$' <<<"$(grep '^org.osgi.service.http.port' "$home/etc/org.apache.felix.http.cfg")")"
  t0="$(now)"
  (cd "$home" && nohup bin/karaf server >/dev/null 2>&1 &) >/dev/null 2>&1 </dev/null
  for _ in $(seq 1 2400); do
    code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)"
    if [ "$code" = 200 ]; then echo "$(now) - $t0" | bc; return; fi
    sleep 0.05
  done
  echo "timeout"; return 1
}

stop() { # $1 home
  local pid; pid="$(pgrep -f "karaf.home=$1" | head -1 || true)"
  [ -n "$pid" ] && kill "$pid" && while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

heap_mb() { # $1 home: used heap after a full GC, MB
  local pid; pid="$(pgrep -f "karaf.home=$1" | head -1)"
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); print int(v/1024); exit}}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

first=(); second=(); heaps=()
for i in $(seq 1 "$runs"); do
  home="$work/run$i"; mkdir -p "$home"
  tar xzf "$tarball" -C "$home" --strip-components=1
  chmod +x "$home"/bin/*
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $(free_port)/" "$home/etc/org.apache.felix.http.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $(free_port)/" "$home/etc/org.apache.karaf.shell.cfg"
  # plain HTTP as the HTTP-only Karaf it is compared with (HTTPS would redirect the probe; its key is made once)
  sed -i "s/^opora.https.enabled *=.*/opora.https.enabled = false/" "$home/etc/custom.system.properties"
  f="$(start_and_wait "$home")"; sleep 5; h="$(heap_mb "$home")"; stop "$home"
  s="$(start_and_wait "$home")"; stop "$home"
  printf 'run %d: first start %.2f s, restart %.2f s, heap after start %s MB\n' "$i" "$f" "$s" "$h"
  first+=("$f"); second+=("$s"); heaps+=("$h")
  rm -rf "$home"
done
printf '\nmedian of %d: first start %.2f s, restart %.2f s, heap after start (after full GC) %s MB\n' "$runs" \
  "$(printf '%s\n' "${first[@]}" | median)" "$(printf '%s\n' "${second[@]}" | median)" \
  "$(printf '%s\n' "${heaps[@]}" | median)"
printf 'distribution: %s MB (tar.gz), %s MB unpacked\n' "$(du -m "$tarball" | cut -f1)" \
  "$(mkdir -p "$work/size" && tar xzf "$tarball" -C "$work/size" && du -sm "$work/size" | cut -f1)"
