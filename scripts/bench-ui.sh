#!/usr/bin/env bash
# UI benchmark: open a generated project (10,000 revisions by default) in the real window and
# report open-to-first-frame, layout time and frame times while panning and zooming out.
# Needs a display; without one it starts Xvfb on :99. Usage: scripts/bench-ui.sh [REVISIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "needs a display or Xvfb" >&2; exit 1; }
  Xvfb :99 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB' EXIT
  export DISPLAY=:99
  sleep 1
fi
java -Xmx2g -Dprism.order="${PRISM_ORDER:-sw}" -Dbench.revisions="$N" \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  'dev.retort.ui.bench.UiBenchmark$Main' 2>&1 | { grep -v -e 'Unsupported JavaFX configuration' -e 'PlatformImpl startup' || true; }
