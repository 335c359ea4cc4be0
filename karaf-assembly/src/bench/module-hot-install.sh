#!/usr/bin/env bash
#
# Benchmark: installing and removing a module at run time on the shipped distribution, from the command until the
# platform has added (or removed) the module's navigation entry — the moment it is pushed to every open session.
# Usage (after mvn package):  bash karaf-assembly/src/bench/module-hot-install.sh [rounds] [feature] [route]
#   defaults: 5 rounds, opora-programmes, route "programmes"
# It unpacks the tar.gz into a temporary folder, starts bin/karaf (console in tmux) with every module, waits for the
# login page, then removes and installs the feature `rounds` times with feature:uninstall / feature:install (what
# «Модули» calls too), timing each until the log says "View /<route> removed" / "added". Needs tmux.
#
set -euo pipefail
rounds="${1:-5}"; feature="${2:-opora-programmes}"; route="${3:-programmes}"
here="$(cd "$(dirname "$0")/../../.." && pwd)"
tarball="$(ls "$here"/karaf-assembly/target/org.opora.karaf-assembly-*.tar.gz | head -1)"
work="$(mktemp -d)"; session="opora-bench-$$"
trap 'tmux kill-session -t "$session" >/dev/null 2>&1 || true; pkill -f "karaf.home=$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

tar xzf "$tarball" -C "$work" --strip-components=1
chmod +x "$work"/bin/*
port="$(free_port)"
sed -i "s/^sshPort *=.*/sshPort = $(free_port)/" "$work/etc/org.apache.karaf.shell.cfg"
log="$work/data/log/karaf.log"
tmux new-session -d -s "$session" -x 200 -y 50 \
  "cd '$work' && EXTRA_JAVA_OPTS='-Dopora.http.port=$port -Dopora.modules=opora-core,opora-consilium,opora-programmes' bin/karaf"
for _ in $(seq 1 2400); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ] \
    && grep -aq "View /$route added" "$log" 2>/dev/null && break
  sleep 0.1
done
sleep 10 # let the first start settle (schemas migrated, demo-free)

timed() { # $1 command, $2 log text to wait for (a new occurrence)
  local before t0; before="$(grep -ac "$2" "$log" || true)"; t0="$(now)"
  tmux send-keys -t "$session" "$1" Enter
  for _ in $(seq 1 1200); do
    [ "$(grep -ac "$2" "$log" || true)" -gt "$before" ] && { echo "$(now) - $t0" | bc; return; }
    sleep 0.02
  done
  echo timeout; return 1
}

ins=(); outs=()
for i in $(seq 1 "$rounds"); do
  o="$(timed "feature:uninstall $feature" "View /$route removed")"; sleep 3
  n="$(timed "feature:install $feature" "View /$route added")"; sleep 3
  printf 'round %d: removal %.2f s, installation %.2f s\n' "$i" "$o" "$n"
  outs+=("$o"); ins+=("$n")
done
printf '\n%s, median of %d on %s cores: installation %.2f s, removal %.2f s (command to navigation entry)\n' \
  "$feature" "$rounds" "$(nproc)" "$(printf '%s\n' "${ins[@]}" | median)" "$(printf '%s\n' "${outs[@]}" | median)"
