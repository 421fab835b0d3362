#!/usr/bin/env bash
# Core benchmark (issue 2): generates projects of 1,000 / 10,000 / 100,000 revisions under
# bench-work/ (reused between runs) and prints Retort's in-process phase times, peak heap,
# and whole-process `retort heads` beside `alembic heads` (when /usr/bin/python3 -m alembic works).
#
#   scripts/bench.sh                 # all three sizes
#   scripts/bench.sh 1000 10000      # chosen sizes
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
mkdir -p bench-work
# -Xmx1g: the 100,000-revision target is "under 1 GiB of heap"
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  dev.retort.bench.CoreBenchmark bench-work "$PWD/target/retort.jar" "$@"
