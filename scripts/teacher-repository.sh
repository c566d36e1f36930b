#!/usr/bin/env bash
# Builds the kit into a Maven repository folder of its own (plugin, labs, archetype and their poms, with checksums
# and metadata), for a teacher to serve from any static web host or a shared folder. Students' projects then get the
# kit from it with -Dkitchen.repository=<its address>; everything else still comes from Maven Central.
# Usage: scripts/teacher-repository.sh [folder [more mvn options…]] (default folder: target/kitchen-repository). The
# tests are neither compiled nor run: run mvn -B -ntp -T 2 verify first to know the kit is sound.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-target/kitchen-repository}
shift || true
mkdir -p "$folder"
folder=$(cd "$folder" && pwd)
mvn -B -ntp deploy -Dmaven.test.skip=true -Dinvoker.skip=true -Darchetype.test.skip=true \
    -DaltDeploymentRepository="kitchen::file://$folder" "$@"
tar -czf "$folder.tar.gz" -C "$(dirname "$folder")" "$(basename "$folder")"
echo "The kit's repository: $folder (and $folder.tar.gz)"
echo "Serve it, then in each student's project: mvn kitchen:check -Dkitchen.repository=<its address>"
echo "(or put that -D option on one line of the project's .mvn/maven.config before handing it out)"
