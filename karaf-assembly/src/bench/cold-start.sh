#!/usr/bin/env bash
#
# Benchmark: cold start of the built distribution against a Karaf with only HTTP, alternating runs.
# Usage (after mvn package):  bash karaf-assembly/src/bench/cold-start.sh [runs]
#
# Each run, in this order (so both systems see the same machine load):
#   1. HTTP-only Karaf, first start: a fresh copy, to its first HTTP response (any status);
#   2. HTTP-only Karaf, restart of the same copy;
#   3. Opora, first start with the demo profile (bin/opora-demo: every module, every schema migrated, the demo
#      school loaded): to the first 200 of /login, and to "Demo school created" in the log (every module up);
#   4. Opora, restart of the same copy, to the first 200 of /login.
# Prints every run, the medians and the ratios Opora first start / HTTP-only and Opora restart / HTTP-only (the
# HTTP-only first start is the reference, as in issue 17), and Opora's heap after start.
#
# The HTTP-only Karaf is made from the same tar.gz, so it is the same Karaf (4.4.x), the same JVM options and the same
# HTTP stack (Felix HTTP Jetty 12, the feature opora-http): etc/org.apache.karaf.features.cfg boots Karaf's standard
# boot features plus opora-http and nothing of Opora, and bin/setenv (which makes Opora's TLS key and database
# settings) is emptied. A stock apache-karaf tar.gz is not needed (it is not in the offline Maven repository, and
# Karaf's own "http" feature is the javax Pax Web one, which Opora does not use).
#
# The machine's load changes the figures: compare ratios from one run of this script, never figures across runs.
#
set -euo pipefail
source "$(dirname "$0")/lib.sh"
runs="${1:-5}"
here="$(cd "$(dirname "$0")/../../.." && pwd)"
tarball="${TARBALL:-$(ls "$here"/karaf-assembly/target/org.opora.karaf-assembly-*.tar.gz | head -1)}"
work="$(mktemp -d)"
cleanup() {
  stop_karafs_under "$work"
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }

unpack() { # $1 home: a fresh copy on free ports, plain HTTP (HTTPS would redirect the probe)
  local home="$1"
  mkdir -p "$home"
  tar xzf "$tarball" -C "$home" --strip-components=1
  chmod +x "$home"/bin/*
  sed -i "s/^sshPort *=.*/sshPort = $(free_port)/" "$home/etc/org.apache.karaf.shell.cfg"
  sed -i -e "s/^opora.https.enabled *=.*/opora.https.enabled = false/" \
    -e "s/^opora.http.port *=.*/opora.http.port = $(free_port)/" \
    -e "s/^opora.http.host *=.*/opora.http.host = 127.0.0.1/" "$home/etc/custom.system.properties"
}

http_only() { # $1 home: the copy turned into a Karaf with its standard boot features and HTTP only
  local home="$1" cfg="$1/etc/org.apache.karaf.features.cfg" boot features
  boot="$(grep -o '^featuresRepositories *= *file:${karaf.etc}/[^ ,]*' "$cfg" | sed 's|.*/||')"
  # the features of the generated boot feature (Karaf's own), without Opora's platform; HTTP as Opora serves it
  features="$(grep -o '>[a-z-]*</feature>' "$home/etc/$boot" | sed 's/[<>]//g; s|/feature||' | grep -v '^opora' \
    | paste -sd, -),opora-http"
  sed -i "s|^featuresBoot *=.*|featuresBoot = $features|" "$cfg"
  : > "$home/bin/setenv"
}

port_of() { grep '^opora.http.port' "$1/etc/custom.system.properties" | grep -o '[0-9]*$'; }

start_and_wait() { # $1 home, $2 launcher, $3 "any" (any HTTP status) or a path that must answer 200; prints seconds
  local home="$1" launcher="$2" probe="$3" port t0 code url
  port="$(port_of "$home")"
  url="http://127.0.0.1:$port${probe#any}"
  t0="$(now)"
  (cd "$home" && nohup "bin/$launcher" "$port" server >/dev/null 2>&1 &) >/dev/null 2>&1 </dev/null
  for _ in $(seq 1 6000); do
    code="$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)"
    if { [ "$probe" = any ] && [ "$code" != 000 ]; } || [ "$code" = 200 ]; then
      echo "$(now) - $t0" | bc; return
    fi
    sleep 0.05
  done
  echo "timeout"; return 1
}

# bin/karaf takes no port argument: a launcher for the HTTP-only copy that ignores it, as bin/opora-demo uses it
plain_launcher() { printf '#!/usr/bin/env bash\nexec "$(dirname "$0")/karaf" "${@:2}"\n' > "$1/bin/plain"; chmod +x "$1/bin/plain"; }

wait_log() { # $1 home, $2 text, $3 t0: seconds from t0 until the text is in karaf.log
  for _ in $(seq 1 6000); do
    grep -q "$2" "$1/data/log/karaf.log" 2>/dev/null && { echo "$(now) - $3" | bc; return; }
    sleep 0.1
  done
  echo "timeout"; return 1
}

stop() { # $1 home
  local pid; pid="$(pgrep -f "karaf.home=$1" | head -1 || true)"
  [ -n "$pid" ] && kill "$pid" && while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  return 0
}

heap_mb() { # $1 home: used heap after a full GC, MB
  local pid; pid="$(pgrep -f "karaf.home=$1" | head -1)"
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); print int(v/1024); exit}}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
med() { printf '%s\n' "$@" | median; }

hf=(); hr=(); of=(); ol=(); orr=(); heaps=()
for i in $(seq 1 "$runs"); do
  h="$work/http$i"; unpack "$h"; http_only "$h"; plain_launcher "$h"
  a="$(start_and_wait "$h" plain any)"; stop "$h"
  b="$(start_and_wait "$h" plain any)"; stop "$h"
  rm -rf "$h"

  o="$work/opora$i"; unpack "$o"
  t0="$(now)"
  c="$(start_and_wait "$o" opora-demo /login)"
  d="$(wait_log "$o" "Demo school created" "$t0")"
  sleep 5; m="$(heap_mb "$o")"; stop "$o"
  e="$(start_and_wait "$o" opora-demo /login)"; stop "$o"
  rm -rf "$o"

  printf 'run %d: HTTP-only first %.2f s, restart %.2f s | Opora first %.2f s to /login, %.2f s to the demo loaded,' \
    "$i" "$a" "$b" "$c" "$d"
  printf ' restart %.2f s, heap after start %s MB\n' "$e" "$m"
  hf+=("$a"); hr+=("$b"); of+=("$c"); ol+=("$d"); orr+=("$e"); heaps+=("$m")
done

HF="$(med "${hf[@]}")"; HR="$(med "${hr[@]}")"; OF="$(med "${of[@]}")"; OL="$(med "${ol[@]}")"; OR="$(med "${orr[@]}")"
printf '\nmedians of %d alternating runs:\n' "$runs"
printf '  HTTP-only Karaf: first start %.2f s, restart %.2f s\n' "$HF" "$HR"
printf '  Opora: first start %.2f s to /login (%.2f s to the demo loaded), restart %.2f s; heap after start %s MB\n' \
  "$OF" "$OL" "$OR" "$(med "${heaps[@]}")"
printf '  ratio Opora first start / HTTP-only first start: %.2f\n' "$(echo "$OF / $HF" | bc -l)"
printf '  ratio Opora restart / HTTP-only first start:     %.2f\n' "$(echo "$OR / $HF" | bc -l)"
printf '  ratio Opora restart / HTTP-only restart:         %.2f\n' "$(echo "$OR / $HR" | bc -l)"
printf 'distribution: %s MB (tar.gz), %s MB unpacked\n' "$(du -m "$tarball" | cut -f1)" \
  "$(mkdir -p "$work/size" && tar xzf "$tarball" -C "$work/size" && du -sm "$work/size" | cut -f1)"
