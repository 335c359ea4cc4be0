#!/usr/bin/env bash
#
# Benchmark: server time to open the pupil list, search it and open a pupil card with the demo school
# (~600 pupils), median of several runs, measured in Debian's Chromium against the built distribution.
# Usage (after mvn package or install):  bash karaf-assembly/src/bench/core-views.sh [runs]
#
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
mvn -B -q -o failsafe:integration-test -Dit.test=CoreViewsBench -Dbench.runs="${1:-7}" \
  -Dfailsafe.failIfNoSpecifiedTests=false 2>/dev/null || true
grep -h -A4 'opora-core with the demo school' target/failsafe-reports/*CoreViewsBench-output.txt 2>/dev/null \
  || sed -n '/opora-core with the demo school/,+4p' target/failsafe-reports/TEST-org.opora.itest.browser.CoreViewsBench.xml
