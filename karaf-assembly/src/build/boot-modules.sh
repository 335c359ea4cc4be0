#!/usr/bin/env bash
#
# Makes the Opora modules a boot stage of their own in the assembled etc/org.apache.karaf.features.cfg.
#
# karaf-maven-plugin welds every boot feature into one generated feature (a random name), and a module inside it
# cannot be uninstalled. So the assembly boots only the platform that way, and this script appends a second stage
# whose features are the property opora.modules (etc/custom.system.properties, or -Dopora.modules=… on the command
# line): Karaf installs them on the first start as ordinary features that feature:uninstall and the Modules view can
# remove. Idempotent.
#
set -euo pipefail
cfg="$1"
grep -q '^featuresBoot *= *[^ ]' "$cfg" || { echo "no featuresBoot in $cfg" >&2; exit 1; }
if ! grep -q 'opora.modules' "$cfg"; then
  sed -i -E 's/^featuresBoot *= *(.*)$/featuresBoot = (\1), (${opora.modules})/' "$cfg"
fi
grep '^featuresBoot' "$cfg"
