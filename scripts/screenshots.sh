#!/usr/bin/env bash
# Takes the README screenshots from the real window under Xvfb: the demo (the two-heads
# incident), a selection with its details, dark mode with the path between both heads, and the
# merge wizard explaining the two branches and previewing the merge file, and the upgrade wizard
# on the demo's database (plan, and verify after a run with the real alembic: needs python3-alembic).
# Needs Xvfb and ImageMagick's import (apt-get install xvfb imagemagick libgtk-3-0).
# Writes assets/screenshots/*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=assets/screenshots
mkdir -p "$OUT"
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/shot-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/shot-classpath.txt)"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :98 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB' EXIT
  export DISPLAY=:98
  sleep 1
fi
WORK=$(mktemp -d)
cp -r assets/demo "$WORK/demo"

shot() {
  local name=$1; shift
  java -Dprism.order=sw -Drig.width=1440 -Drig.height=900 "$@" -cp "$CP" \
    'dev.retort.ui.support.ScreenshotRig$Main' "$WORK/demo" >/dev/null 2>&1 &
  local pid=$!
  sleep "${SHOT_DELAY:-8}"
  import -window root -crop 1440x900+0+0 +repage "$OUT/$name.png"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

shot demo
shot selection -Drig.select=1687c833bfcc
shot dark -Drig.dark=true -Drig.select=1687c833bfcc -Drig.select2=017_add_asset_id_to_questionnaire_responses
SHOT_DELAY=${SHOT_DELAY:-11} shot merge-explain -Drig.merge=explain -Drig.database=true
SHOT_DELAY=${SHOT_DELAY:-11} shot merge-preview -Drig.merge=preview
rm -rf "$WORK"

# the wizard changes the demo's database: a fresh copy for each picture
for step in plan verify; do
  WORK=$(mktemp -d)
  cp -r assets/demo "$WORK/demo"
  SHOT_DELAY=${UPGRADE_DELAY:-16} shot "upgrade-$step" -Drig.upgrade=$step -Dretort.home="$WORK/home"
  rm -rf "$WORK"
done
ls -l "$OUT"
