#!/usr/bin/env bash
#
# Benchmark: the lists and searches of a district-sized installation (issue 17). Unpacks the built distribution,
# starts it with the demo school (its users are the callers the lists are timed for), drops the bench-only bundle
# org.opora.bench.district into deploy/, generates a district's data set beside the demo school with
# opora-bench:district (prints the generation time), then times every list with opora-bench:lists: the count and
# first page each view asks for, p50/p95/p99 per list, PASS/OVER against 100 ms p95. Cleans up after itself.
# Usage (after mvn install of the assembly and of bundles/bench/org.opora.bench.district):
#   bash karaf-assembly/src/bench/district.sh [pupils] [repeat]      (default 50000 pupils, 50 repetitions)
#   SCHOOLS, PROGRAMMES, PLAN_ROWS override the rest of the data set (default 80, 5000, 100000);
#   TARBALL and BENCH_JAR override the distribution and the bench bundle.
#
set -euo pipefail
source "$(dirname "$0")/lib.sh"
pupils="${1:-50000}"
repeat="${2:-50}"
here="$(cd "$(dirname "$0")/../../.." && pwd)"
tarball="${TARBALL:-$(ls "$here"/karaf-assembly/target/org.opora.karaf-assembly-*.tar.gz | head -1)}"
jar="${BENCH_JAR:-$(ls "$here"/bundles/bench/org.opora.bench.district/target/org.opora.bench.district-*.jar | head -1)}"
work="$(mktemp -d)"
cleanup() {
  stop_karafs_under "$work"
  rm -rf "$work"
}
trap cleanup EXIT


tar xzf "$tarball" -C "$work" --strip-components=1 && chmod +x "$work"/bin/*
port="$(free_port)"
ssh="$(free_port)"
sed -i "s/^sshPort *=.*/sshPort = $ssh/" "$work/etc/org.apache.karaf.shell.cfg"
# an operator account for the console of this throw-away installation only
secret="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
printf 'bench = %s,_g_:benchgroup\n_g_\\:benchgroup = group,admin,manager,viewer,systembundles,ssh\n' "$secret" \
  >> "$work/etc/users.properties"

(cd "$work" && nohup bin/opora-demo "$port" server >/dev/null 2>&1 &)
started=$(date +%s)
for _ in $(seq 1 3000); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ] && break
  sleep 0.2
done
for _ in $(seq 1 1200); do grep -q "Demo school created" "$work/data/log/karaf.log" 2>/dev/null && break; sleep 0.5; done
echo "distribution with the demo school up in $(( $(date +%s) - started )) s (HTTP port $port)"

cp "$jar" "$work/deploy/"
for _ in $(seq 1 600); do
  grep -q "Registering commands for bundle org.opora.bench.district" "$work/data/log/karaf.log" && break; sleep 0.5
done

console() { # runs the commands of stdin in the console; prints their output without prompts and banner,
  # line by line as it comes (the lists print each list's figures as soon as they are timed)
  { cat; echo logout; } | "$work/bin/client" -a "$ssh" -u bench -p "$secret" 2>/dev/null \
    | sed -u -e 's/\x1b\[[0-9;?]*[a-zA-Z]//g' -e 's/\r/\n/g' \
    | awk '/@root\(\)> opora-bench:/ {on=1; next} on && !/@root\(\)>/ && !/^[[:space:]]*$/ {print; fflush()}' || true
}

echo
echo "generating: $pupils pupils in ${SCHOOLS:-80} schools, ${PROGRAMMES:-5000} programmes, ${PLAN_ROWS:-100000} plan rows"
echo "opora-bench:district --pupils $pupils --schools ${SCHOOLS:-80} --programmes ${PROGRAMMES:-5000} --plan-rows ${PLAN_ROWS:-100000}" | console
echo
echo "lists on it, $repeat repetitions each after 3 untimed (the demo users as callers):"
echo "opora-bench:lists --repeat $repeat" | console
echo
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
