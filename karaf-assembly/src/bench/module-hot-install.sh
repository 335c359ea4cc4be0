#!/usr/bin/env bash
#
# Benchmark: installing and removing a module at run time on the shipped distribution, from the command until the
# module's navigation entry appears in (or disappears from) a page a user has open in Chromium.
# Usage (after mvn package):
#   bash karaf-assembly/src/bench/module-hot-install.sh [rounds] [feature] [route] [navigation entry]
#   defaults: 5 rounds, opora-programmes, route "programmes", entry «Программы сопровождения»
# It unpacks the tar.gz into a temporary folder, starts bin/karaf (console in tmux) with every module and the demo
# school, signs the demo psychologist in with nav-watch.py (headless Chromium, the page stays open), then removes and
# installs the feature `rounds` times with feature:uninstall / feature:install (what «Модули» calls too). Each is
# timed twice: until the log says "View /<route> removed" / "added" (the platform has the change) and until the
# open page has lost / shown the entry (the browser notes the moment). Needs tmux, chromium and chromium-driver.
#
set -euo pipefail
source "$(dirname "$0")/lib.sh"
rounds="${1:-5}"; feature="${2:-opora-programmes}"; route="${3:-programmes}"
entry="${4:-Программы сопровождения}"
bench="$(cd "$(dirname "$0")" && pwd)"
here="$(cd "$(dirname "$0")/../../.." && pwd)"
tarball="$(ls "$here"/karaf-assembly/target/org.opora.karaf-assembly-*.tar.gz | head -1)"
work="$(mktemp -d)"; session="opora-bench-$$"
watcher=""
trap '[ -n "$watcher" ] && kill "$watcher" >/dev/null 2>&1; tmux kill-session -t "$session" >/dev/null 2>&1 || true; pkill -f "karaf.home=$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

tar xzf "$tarball" -C "$work" --strip-components=1
chmod +x "$work"/bin/*
port="$(free_port)"
sed -i "s/^sshPort *=.*/sshPort = $(free_port)/" "$work/etc/org.apache.karaf.shell.cfg"
log="$work/data/log/karaf.log"
tmux new-session -d -s "$session" -x 200 -y 50 \
  "cd '$work' && EXTRA_JAVA_OPTS='-Dopora.http.port=$port -Dopora.https.enabled=false -Dopora.http.host=127.0.0.1 -Dopora.modules=opora-core,opora-consilium,opora-programmes,opora-demo' bin/karaf"
for _ in $(seq 1 2400); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ] \
    && grep -aq "View /$route added" "$log" 2>/dev/null && break
  sleep 0.1
done
users="$work/data/opora-demo-users.txt"
for _ in $(seq 1 600); do [ -s "$users" ] && grep -aq "Demo programmes created" "$log" && break; sleep 0.2; done
sleep 10 # let the first start settle (schemas migrated, demo data written)

events="$work/nav-events.txt"
python3 "$bench/nav-watch.py" "http://127.0.0.1:$port/" psychologist "$(awk '$1=="psychologist"{print $2}' "$users")" \
  "$entry" "$events" & watcher=$!
for _ in $(seq 1 600); do grep -q ready "$events" 2>/dev/null && break; sleep 0.1; done
grep -q "ready shown" "$events" || { echo "the open page does not show «$entry»" >&2; exit 1; }

# $1 command, $2 log text (a new occurrence), $3 the page's event; prints "<to log> <to open page>" in seconds
timed() {
  local before seen t0 tlog=""; before="$(grep -ac "$2" "$log" || true)"; seen="$(grep -c " $3\$" "$events" || true)"
  t0="$(now)"
  tmux send-keys -t "$session" "$1" Enter
  for _ in $(seq 1 3000); do
    [ -z "$tlog" ] && [ "$(grep -ac "$2" "$log" || true)" -gt "$before" ] && tlog="$(echo "$(now) - $t0" | bc)"
    if [ "$(grep -c " $3\$" "$events" || true)" -gt "$seen" ]; then
      local ms; ms="$(grep " $3\$" "$events" | tail -1 | cut -d' ' -f1)"
      echo "${tlog:-0} $(echo "$ms / 1000 - $t0" | bc -l)"; return
    fi
    sleep 0.02
  done
  echo timeout; return 1
}

ins=(); outs=(); insp=(); outsp=()
for i in $(seq 1 "$rounds"); do
  read -r o op <<<"$(timed "feature:uninstall $feature" "View /$route removed" hidden)"; sleep 3
  read -r n np <<<"$(timed "feature:install $feature" "View /$route added" shown)"; sleep 3
  printf 'round %d: removal %.2f s (open page %.2f s), installation %.2f s (open page %.2f s)\n' \
    "$i" "$o" "$op" "$n" "$np"
  outs+=("$o"); ins+=("$n"); outsp+=("$op"); insp+=("$np")
done
med() { printf '%s\n' "$@" | median; }
printf '\n%s, median of %d rounds on %s cores, from the console command:\n' "$feature" "$rounds" "$(nproc)"
printf '  installation: %.2f s until the platform adds the view, %.2f s until the open page shows «%s»\n' \
  "$(med "${ins[@]}")" "$(med "${insp[@]}")" "$entry"
printf '  removal:      %.2f s until the platform removes the view, %.2f s until the open page has lost it\n' \
  "$(med "${outs[@]}")" "$(med "${outsp[@]}")"
