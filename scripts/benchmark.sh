#!/usr/bin/env bash
# The kit's performance benchmark (issue 17): each figure beside its target, measured side by side in one run, as a
# Markdown table for the README. Needs the kit installed and a generated project with every lab solved: demo.sh
# makes both (target/demo/my-kitchen); tmux for the watch figure.
# Usage: scripts/benchmark.sh [--quick] [--only 1,4,6] [--project DIR]
#   --quick   each figure once instead of the median of five
#   --only    the targets to measure (default: all the benchmark has)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -q -B -ntp -pl labs test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.outputFile="$PWD/target/benchmark-classpath.txt"
exec java -cp "labs/target/classes:labs/target/test-classes:$(cat target/benchmark-classpath.txt)" \
    dev.kitchenlab.bench.Benchmark --kit "$PWD" "$@"
