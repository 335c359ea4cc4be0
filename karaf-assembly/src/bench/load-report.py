#!/usr/bin/env python3
"""Prints one session count's figures of load.sh: Opora's mixed scenario step by step, overall and per role, the
floor measured in the same run, and the ratios Opora/floor (p95, p99, heap per session). The ratios of the pages
(every request after sign-in) are the ones to watch: the floor's short loop holds few pages per sign-in, so the
sign-ins — the same PBKDF2 work in both runs — weigh more in the floor's figures of all requests.

Usage: load-report.py FLOOR.json OPORA.json   (vload.py --json summaries of the two runs)
"""
import json
import sys


def ratio(a, b):
    return f"{a / b:.1f}×" if a is not None and b else "—"


def line(name, f):
    if not f.get("n"):
        return f"  {name[:58]:58} {'':>6} {'':>8} {'':>8} {'':>8} {f.get('errors', 0):>6}"
    return (f"  {name[:58]:58} {f['n']:>6} {f['p50_ms']:>8} {f['p95_ms']:>8} {f['p99_ms']:>8} "
            f"{f.get('errors', 0):>6}")


def main(floor_path, opora_path):
    floor = json.load(open(floor_path, encoding="utf-8"))
    opora = json.load(open(opora_path, encoding="utf-8"))
    users = opora["users"]
    head = f"  {'step':58} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}"
    print(f"== {users} sessions: Opora, mixed scenario (steps of every role together)")
    print(head)
    for name, f in opora["steps"].items():
        print(line(name, f))
    print("  per role:")
    for name, f in opora["scenarios"].items():
        print(line(f"{name} ({f['users']} sessions)", f))
    for label, run in (("Opora", opora), ("floor", floor)):
        print(line(f"{label}, all requests", dict(n=run["requests"], errors=run["errors"], **{
            k: run[k] for k in ("p50_ms", "p95_ms", "p99_ms")})))
        print(line(f"{label}, pages (every request after sign-in)", run["pages"]))
        print(line(f"{label}, sign-in", run["sign_in"]))
    for name, f in floor["steps"].items():
        print(line("  floor: " + name, f))
    for label, run in (("Opora", opora), ("floor", floor)):
        if run["errors"]:
            print(f"  {label} errors: {json.dumps(run['error_examples'], ensure_ascii=False)[:600]}")
    heap_o, heap_f = opora.get("heap_per_session_kb"), floor.get("heap_per_session_kb")
    end_o, end_f = opora.get("heap_per_session_end_kb"), floor.get("heap_per_session_end_kb")
    print(f"  sessions through sign-in: Opora {opora.get('sessions_through_setup', '?')} of {users}, "
          f"floor {floor.get('sessions_through_setup', '?')} of {floor['users']}")
    print(f"  heap per session (after the ramp / at the end): Opora {heap_o} / {end_o} KB, "
          f"floor {heap_f} / {end_f} KB")
    po, pf = opora["pages"], floor["pages"]
    print(f"  RATIOS Opora/floor at {users} sessions: pages p95 {ratio(po.get('p95_ms'), pf.get('p95_ms'))}, "
          f"p99 {ratio(po.get('p99_ms'), pf.get('p99_ms'))}; all requests p95 "
          f"{ratio(opora['p95_ms'], floor['p95_ms'])}, p99 {ratio(opora['p99_ms'], floor['p99_ms'])}; "
          f"heap per session {ratio(heap_o, heap_f)} (at the end {ratio(end_o, end_f)}); "
          f"errors Opora {opora['errors']}, floor {floor['errors']}")
    print("  (the issue's aim: p95 within 2×, heap per session within 1.5× of the floor)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
