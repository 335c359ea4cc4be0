#!/usr/bin/env bash
#
# Benchmark: server time to open the pupil list, search it and open a pupil card with the demo school
# (~600 pupils), median of several runs, measured in Debian's Chromium against the built distribution.
# Usage (after mvn package or install):  bash karaf-assembly/src/bench/core-views.sh [runs]
#
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
mvn -B -q -o test-compile failsafe:integration-test -Dit.test=CoreViewsBench -Dbench.runs="${1:-7}" \
  -Dfailsafe.failIfNoSpecifiedTests=false 2>/dev/null || true
sed -n '/opora-core with the demo school/,+3p' target/failsafe-reports/TEST-org.opora.itest.browser.CoreViewsBench.xml \
  | sed 's/^.*\(opora-core with\)/\1/' | head -4
