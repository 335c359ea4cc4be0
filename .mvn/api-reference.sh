#!/usr/bin/env bash
# The reference of the bnd baseline: builds the API bundles exactly as they were at a fixed git revision and installs
# them into the local Maven repository as version api-reference-<revision>, which each API bundle's
# bnd-baseline-maven-plugin compares its exported packages with. Run by the parent pom (execution api-reference,
# phase validate, root project only); does nothing when the reference of that revision is installed already.
# Build output never goes into git: the reference is rebuilt from the sources of the revision on any machine.
#
#   api-reference.sh <project root> <revision> <local repository> <maven home> offline=<true|false>
set -euo pipefail

root=$1 revision=$2 repo=$3 maven_home=$4 offline=$5
version="api-reference-$revision"

fail() {
  echo "[api-reference] $*" >&2
  exit 1
}

# The API bundles are the modules whose pom declares the baseline plugin, as they were at the revision.
api_modules() {
  git -C "$root" grep -l 'bnd-baseline-maven-plugin' "$revision" -- 'bundles/*/*/pom.xml' \
    | sed -e "s|^$revision:||" -e 's|/pom.xml$||'
}

installed() {
  local module artifact
  for module in $(api_modules); do
    artifact=$(basename "$module")
    [ -f "$repo/org/opora/$artifact/$version/$artifact-$version.jar" ] || return 1
  done
}

git -C "$root" rev-parse --git-dir >/dev/null 2>&1 \
  || fail "$root is not a git clone, so the API reference (revision $revision) cannot be built. Build from a clone, or pass -Dbnd.baseline.skip=true to build without comparing the APIs."
if ! git -C "$root" cat-file -e "$revision^{commit}" 2>/dev/null; then
  # a shallow clone: fetch just that commit
  git -C "$root" fetch --quiet --depth=1 origin "$revision" 2>/dev/null \
    || fail "revision $revision (opora.api.reference in pom.xml) is not in this clone; run git fetch --unshallow."
fi

installed && exit 0

mkdir -p "$repo"
exec 9>"$repo/.opora-api-reference.lock"
command -v flock >/dev/null 2>&1 && flock 9
installed && exit 0   # built meanwhile by a concurrent build

echo "[api-reference] building the API bundles of revision $revision as version $version (once per local repository)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git -C "$root" archive "$revision" | tar -x -C "$work"

# the revision's own project version becomes the reference version in every pom of the copy
project_version=$(sed -n '0,/<artifactId>opora-parent<\/artifactId>/d; s|.*<version>\([^<]*\)</version>.*|\1|p' "$work/pom.xml" | head -n 1)
[ -n "$project_version" ] || fail "no project version found in pom.xml of revision $revision"
find "$work" -name pom.xml -exec sed -i "s|<version>$project_version</version>|<version>$version</version>|g" {} +

modules=$(api_modules | paste -s -d, -)
mvn_args=(-B -q -f "$work/pom.xml" "-Dmaven.repo.local=$repo" -DskipTests -Dbnd.baseline.skip=true -pl "$modules" -am install)
[ "$offline" = offline=true ] && mvn_args=(-o "${mvn_args[@]}")
"$maven_home/bin/mvn" "${mvn_args[@]}" || fail "the build of the API reference failed (revision $revision)"
installed || fail "the build of revision $revision did not install every API bundle as $version"
echo "[api-reference] installed"
