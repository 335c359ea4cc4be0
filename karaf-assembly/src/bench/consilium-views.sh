#!/usr/bin/env bash
#
# Benchmark: server time to open the consilium's meetings, a meeting and its agenda, and to download a protocol PDF,
# with the demo school and its demo meetings; median of several runs, measured in Debian's Chromium against the built distribution.
# Usage (after mvn package or install):  bash karaf-assembly/src/bench/consilium-views.sh [runs]
#
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
mvn -B -q -o test-compile failsafe:integration-test -Dit.test=ConsiliumViewsBench -Dbench.runs="${1:-7}" \
  -Dfailsafe.failIfNoSpecifiedTests=false 2>/dev/null || true
sed -n '/opora-consilium with the demo meetings/,+4p' target/failsafe-reports/TEST-org.opora.itest.browser.ConsiliumViewsBench.xml \
  | sed 's/^.*\(opora-consilium with\)/\1/' | head -5
